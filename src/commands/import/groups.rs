//! groups.csv: partner,group,login,manager (one row per member)
//!
//! A manager row creates the group, or names another manager; a member row adds a member.
//! The file is read twice, managers first (see reader.rs).

use super::rows::{Cells, Outcome, RowError, RowResult};
use super::Importer;
use crate::domain::access::Action;
use crate::domain::decision::{At, Decision, Intent, Refused};
use crate::domain::groups::{decide_add, decide_create, decide_manager, may_join};
use crate::domain::groups::{GroupFacts, Seat};
use crate::domain::partners::no_partner;
use crate::domain::{ids, GroupKind};
use crate::store::{accounts, groups};

impl Importer<'_, '_> {
    pub(super) fn group(&mut self, c: &[&str]) -> RowResult {
        let partner = c[0];
        let mut v = Cells::default();
        let group: Option<GroupKind> = v.check(c[1], c[1].parse().at("group"));
        let login = v.check(c[2], ids::login(c[2]).at("login"));
        let manager = v.check(c[3], ids::yes_no("manager", c[3]).at("manager"));
        let (Some(group), Some(login), Some(manager)) = (group, login, manager) else {
            return Err(v.refused());
        };
        let seat = Seat {
            partner,
            group,
            login: &login,
        };
        let tx = self.tx;
        let actor = &tx.actor;
        // Every row is checked in this order first: who may write it, its partner, its
        // login; then against the other rows of the file. The decisions check the first
        // three again (a command meets them in another order).
        let may = if manager {
            actor.require(Action::Administer { partner })
        } else {
            actor.require(Action::ChangeMembers { partner, group })
        };
        may.at("partner")?;
        let open = self.known.partner_open(tx, partner)?;
        let open = open.ok_or_else(|| Refused::new("partner", no_partner(partner)))?;
        let people = self.known.people(tx, partner)?;
        let current = people.groups.get(&group).and_then(|c| c.manager.clone());
        let is_member = people.is_member(group, &login);
        let stranger = match people.accounts.contains_key(&login) {
            true => None,
            false => Some(accounts::known(tx, &login)?),
        };
        let whose = match &stranger {
            None => Some(Some(partner)),
            Some(account) => account.as_ref().map(|a| a.partner.as_deref()),
        };
        may_join(&tx.actor, seat, whose)?;
        let target = format!("{partner}/{group}");
        if let Some(named) = self
            .managers
            .get(&target)
            .filter(|n| manager && **n != login)
        {
            return Err(RowError::new(
                "manager",
                format!("{target}: another row names {named} its manager; a group has one manager"),
            ));
        }
        let facts = GroupFacts {
            manager: current.as_deref(),
            whose,
            is_member,
        };
        let outcome = match (manager, facts.manager) {
            (true, None) => {
                decide_create(actor, seat, Some(open), &facts)?;
                groups::create(tx, seat, &mut self.audit)?;
                Outcome::Created
            }
            (true, Some(_)) => match decide_manager(actor, Intent::Ensure, seat, &facts)? {
                Decision::Write(change) => {
                    groups::change_manager(tx, seat, &change, &self.audit)?;
                    Outcome::Changed
                }
                Decision::Unchanged => Outcome::Unchanged,
            },
            (false, _) => match decide_add(actor, Intent::Ensure, seat, &facts)? {
                Decision::Write(()) => {
                    groups::add(tx, seat, &mut self.audit)?;
                    Outcome::Created
                }
                Decision::Unchanged => Outcome::Unchanged,
            },
        };
        if let Outcome::Created | Outcome::Changed = outcome {
            let people = self.known.people(tx, partner)?;
            let crew = people.groups.entry(group).or_default();
            crew.members.insert(login.clone());
            if manager {
                crew.manager = Some(login.clone());
            }
        }
        if manager {
            self.managers.insert(target, login);
        }
        Ok(outcome)
    }
}
