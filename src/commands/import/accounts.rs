//! accounts.csv: login,partner,first_name,last_name,email,admin

use super::rows::{Outcome, RowResult};
use super::Importer;
use crate::domain::accounts::{
    decide_create, free_login, AccountFacts, Generated, KnownAccount, LoginFact, NewAccount,
};
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::ids;
use crate::store::accounts::{self, Admins, Creator};
use crate::store::bulk;

impl Importer<'_, '_> {
    pub(super) fn account(&mut self, c: &[&str]) -> RowResult {
        let partner = (!c[1].is_empty()).then_some(c[1]);
        let first_name = ids::text("first name", c[2]).at("first_name")?;
        let last_name = ids::text("last name", c[3]).at("last_name")?;
        let email = ids::email(c[4]).at("email")?;
        let admin = ids::yes_no("admin", c[5]).at("admin")?;
        let new = NewAccount {
            partner,
            first_name: &first_name,
            last_name: &last_name,
            email: &email,
            admin,
        };
        let tx = self.tx;
        let partner_exists = match partner {
            Some(p) => self.known.partner_open(tx, p)?.is_some(),
            None => true,
        };
        let given = !c[0].is_empty();
        // The holder of a given login was read with the chunk's (facts.rs); an invalid
        // login is refused by the decision, which is told nobody holds it.
        let holder = match ids::login(c[0]) {
            Ok(login) if given => self.known.login(tx, &login)?,
            _ => None,
        };
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
        let facts = AccountFacts {
            partner_exists,
            login,
            admins: &admins.logins,
        };
        let login = match decide_create(&tx.actor, Intent::Ensure, &new, &facts)? {
            Decision::Write(login) => login,
            Decision::Unchanged => return Ok(Outcome::Unchanged),
        };
        let creator = match self.creator.take() {
            Some(creator) => creator,
            None => Creator::new(tx)?,
        };
        let creator = self.creator.insert(creator);
        creator.create(tx, &login, &new, !given, admins, &mut self.audit)?;
        let written = KnownAccount {
            partner: partner.map(str::to_string),
            first_name: first_name.clone(),
            last_name: last_name.clone(),
            email: email.clone(),
            admin,
            active: true,
        };
        self.known.login_written(&login, written);
        Ok(Outcome::Created)
    }
}
