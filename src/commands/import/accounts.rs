//! accounts.csv: login,partner,first_name,last_name,email,admin

use anyhow::anyhow;

use super::rows::{Cells, Outcome, RowResult};
use super::Importer;
use crate::domain::accounts::{
    agent_caf, decide_create, free_login, AccountFacts, Generated, LoginFact, NewAccount,
};
use crate::domain::decision::{At, Decision, Intent, Ruled};
use crate::domain::ids;
use crate::domain::refusal::Refusal;
use crate::store::accounts::{self, Admins, Creator};
use crate::store::{bulk, Tx};

impl Importer<'_, '_> {
    pub(super) fn account(&mut self, c: &[&str]) -> RowResult {
        let partner = (!c[1].is_empty()).then_some(c[1]);
        let mut v = Cells::default();
        let given = !c[0].is_empty();
        if given && !ids::is_login(c[0]) {
            v.check(c[0], ids::login(c[0]).at("login"));
        }
        let first_name = v.check(c[2], ids::text("first name", c[2]).at("first_name"));
        let last_name = v.check(c[3], ids::text("last name", c[3]).at("last_name"));
        let email = v.check(c[4], ids::email(c[4]).at("email"));
        let admin = v.check(c[5], ids::yes_no("admin", c[5]).at("admin"));
        let (Some(first_name), Some(last_name), Some(email), Some(admin)) =
            (first_name, last_name, email, admin)
        else {
            return Err(v.refused());
        };
        v.done()?;
        let new = NewAccount {
            partner,
            first_name: &first_name,
            last_name: &last_name,
            email: &email,
            admin,
            // An imported Caf agent is of its importer's Caf (none for a national agent).
            caf_code: partner
                .is_none()
                .then(|| agent_caf(&self.tx.actor, None))
                .flatten(),
        };
        let tx = self.tx;
        let partner_exists = match partner {
            Some(p) => self.known.partner_open(tx, p)?.is_some(),
            None => true,
        };
        // The holder of a given login: read with the chunk's on PostgreSQL (facts.rs); on
        // SQLite not read, and the insert finds the login taken. An invalid login is
        // refused by the decision, told nobody holds it.
        let holder = match ids::login(c[0]) {
            Ok(login) if given => self.known.login(tx, &login)?,
            _ => Some(None),
        };
        let read = holder.is_some();
        let holder = holder.flatten();
        let login = if given {
            LoginFact::Given {
                login: c[0],
                holder: holder.as_ref(),
            }
        } else if bulk::person_known(tx, &new)? {
            // The same person already in the store, whatever its login: imported before.
            LoginFact::Generated(Generated::Known)
        } else {
            LoginFact::Generated(free_login(Intent::Ensure, &new, |l| {
                accounts::known(tx, l)
            })?)
        };
        let mut none = Admins::default();
        let admins = match (partner, admin) {
            (Some(p), true) => self.known.admins(tx, p)?,
            _ => &mut none,
        };
        let decide = |login: LoginFact, admins: &[String]| {
            let facts = AccountFacts {
                partner_exists,
                login,
                admins,
            };
            decide_create(&tx.actor, Intent::Ensure, &new, &facts)
        };
        let login = match decide(login, &admins.logins) {
            Ok(Decision::Write(login)) => login,
            Ok(Decision::Unchanged) => return Ok(Outcome::Unchanged),
            // The administrator limit comes after the login's own check: who holds the
            // login (this very row, imported before?) answers first.
            Err(e) if given && !read && matches!(e.refusal, Refusal::Limit(_)) => {
                let login = ids::login(c[0]).at("login")?;
                return knowing_holder(tx, &login, |l| decide(l, &admins.logins));
            }
            Err(e) => return Err(e.into()),
        };
        let creator = match self.creator.take() {
            Some(creator) => creator,
            None => Creator::new(tx)?,
        };
        let creator = self.creator.insert(creator);
        if creator.create(tx, &login, &new, !given, admins, &mut self.audit)? {
            return Ok(Outcome::Created);
        }
        knowing_holder(tx, &login, |l| decide(l, &admins.logins))
    }
}

/// The account's decision made again knowing who holds `login` (SQLite: the insert found
/// it taken).
fn knowing_holder(
    tx: &Tx,
    login: &str,
    decide: impl Fn(LoginFact) -> Ruled<Decision<String>>,
) -> RowResult {
    let holder = accounts::known(tx, login)?;
    let holder = holder.as_ref();
    match decide(LoginFact::Given { login, holder })? {
        Decision::Unchanged => Ok(Outcome::Unchanged),
        // The insert found the login taken, yet it cannot be read back: only another
        // writer could do that, and none can inside this transaction.
        Decision::Write(login) => {
            Err(anyhow!("login {login} was refused as taken but is not in the store").into())
        }
    }
}
