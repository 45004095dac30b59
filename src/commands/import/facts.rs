//! What the import knows of the store: the facts its decisions need, read in bulk and kept
//! while the rows that follow are about the same partner or service.
//!
//! Any export lists a partner's rows together, and a service's: reading what one partner
//! or service holds in one query when the rows move on to another costs a file one query
//! per partner or service, instead of lookups per row at random places of the store (a
//! national profiles file: 600 000 of them). Memory holds one partner and one service.
//! The import keeps them up to date as it writes.

use std::collections::{HashMap, HashSet};

use anyhow::Result;

use crate::domain::{GroupKind, ProfileKind};
use crate::store::{accounts, bulk, groups, partners, Tx};

/// The facts kept; each is read at its first use.
#[derive(Default)]
pub(super) struct Known {
    /// partner code → open (only partners that exist)
    partners: HashMap<String, bool>,
    /// partner code → its administrators, by login
    admins: HashMap<String, Vec<String>>,
    /// The service the last sites or profiles row named.
    service: Option<ServiceFacts>,
    /// The people of the partner of the last groups or profiles row.
    people: Option<People>,
}

/// A service, its sites and the holders of each of its profiles by scope.
pub(super) struct ServiceFacts {
    code: String,
    /// The service's partner; None: there is no such service.
    pub partner: Option<String>,
    /// The codes of its sites, in order.
    pub sites: Vec<String>,
    /// (profile, site) → holders, by login.
    pub holders: HashMap<(ProfileKind, Option<String>), Vec<String>>,
}

/// One partner's accounts and groups (manager and members).
pub(super) struct People {
    partner: String,
    /// login → active
    pub accounts: HashMap<String, bool>,
    pub groups: HashMap<GroupKind, Crew>,
}

/// A group's manager and members.
#[derive(Default)]
pub(super) struct Crew {
    pub manager: Option<String>,
    pub members: HashSet<String>,
}

/// The account receiving a profile, as the grant's rules see it.
pub(super) struct Holder {
    pub partner: Option<String>,
    pub active: bool,
    /// Whether it is a member of the declarer group of the service's partner.
    pub in_declarer: bool,
}

impl People {
    fn load(tx: &Tx, partner: &str) -> Result<People> {
        let read = bulk::partner_people(tx, partner)?;
        let mut groups: HashMap<GroupKind, Crew> = HashMap::new();
        for (kind, manager) in read.managers {
            groups.entry(kind).or_default().manager = Some(manager);
        }
        for (kind, member) in read.members {
            groups.entry(kind).or_default().members.insert(member);
        }
        Ok(People {
            partner: partner.to_string(),
            accounts: read.accounts,
            groups,
        })
    }

    pub fn is_member(&self, group: GroupKind, login: &str) -> bool {
        self.groups
            .get(&group)
            .is_some_and(|c| c.members.contains(login))
    }
}

impl Known {
    /// At a file's start: what the previous file wrote may change what these hold.
    pub fn forget_services_and_people(&mut self) {
        self.service = None;
        self.people = None;
    }

    /// Whether the partner `code` is open; None: there is no such partner.
    pub fn partner_open(&mut self, tx: &Tx, code: &str) -> Result<Option<bool>> {
        if let Some(open) = self.partners.get(code) {
            return Ok(Some(*open));
        }
        let open = partners::is_open(tx, code)?;
        if let Some(open) = open {
            self.partners.insert(code.to_string(), open);
        }
        Ok(open)
    }

    /// A partners row may have changed whether `code` is open.
    pub fn forget_partner(&mut self, code: &str) {
        self.partners.remove(code);
    }

    /// The administrators of `partner`.
    pub fn admins(&mut self, tx: &Tx, partner: &str) -> Result<&[String]> {
        if !self.admins.contains_key(partner) {
            let admins = accounts::admins_of(tx, partner)?;
            self.admins.insert(partner.to_string(), admins);
        }
        Ok(self.admins.get(partner).map_or(&[], Vec::as_slice))
    }

    pub fn admin_added(&mut self, partner: &str, login: &str) {
        self.admins
            .entry(partner.to_string())
            .or_default()
            .push(login.to_string());
    }

    /// The service `code`, read when the rows move on to another service.
    pub fn service(&mut self, tx: &Tx, code: &str) -> Result<&mut ServiceFacts> {
        let service = match self.service.take() {
            Some(s) if s.code == code => s,
            _ => {
                let scope = bulk::service_scope(tx, code)?;
                ServiceFacts {
                    code: code.to_string(),
                    partner: scope.partner,
                    sites: scope.sites,
                    holders: scope.holders,
                }
            }
        };
        Ok(self.service.insert(service))
    }

    /// The people of `partner`, read when the rows move on to another partner.
    pub fn people(&mut self, tx: &Tx, partner: &str) -> Result<&mut People> {
        let people = match self.people.take() {
            Some(p) if p.partner == partner => p,
            _ => People::load(tx, partner)?,
        };
        Ok(self.people.insert(people))
    }

    /// The account `login` as a profile's holder on a service of `partner`: from the
    /// partner's people when it is one of them, else looked up. None: no such account.
    pub fn holder(&mut self, tx: &Tx, partner: &str, login: &str) -> Result<Option<Holder>> {
        let people = self.people(tx, partner)?;
        if let Some(active) = people.accounts.get(login) {
            return Ok(Some(Holder {
                partner: Some(partner.to_string()),
                active: *active,
                in_declarer: people.is_member(GroupKind::Declarer, login),
            }));
        }
        let Some(account) = accounts::known(tx, login)? else {
            return Ok(None);
        };
        Ok(Some(Holder {
            partner: account.partner,
            active: account.active,
            in_declarer: groups::is_member(tx, partner, GroupKind::Declarer, login)?,
        }))
    }
}
