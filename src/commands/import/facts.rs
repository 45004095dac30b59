//! What the import knows of the store: the facts its decisions need, read in bulk.
//!
//! A file is read in chunks of rows (reader.rs). Before the rows of a chunk are decided,
//! what they are about is read in one query per kind of fact for the whole chunk (`prefetch`:
//! their partners, services, logins, people), so that a chunk costs a few queries however
//! its rows are ordered, instead of lookups per row; and the rows' writes, which wait to
//! be sent many at a time on PostgreSQL (`store/sql/batch.rs`), are not sent in between.
//! The import keeps the facts up to date as it writes, so that a row sees the rows before
//! it. A fact no prefetch read (a row naming what the file did not lead to expect) is
//! looked up on its own. Memory holds one chunk's facts, and for the whole import whether
//! each partner named is open and who its administrators are.

use std::collections::{HashMap, HashSet};

use anyhow::{anyhow, Result};

use crate::domain::accounts::KnownAccount;
use crate::domain::records::{Partner, Site};
use crate::domain::services::NewService;
use crate::domain::{ids, CsvKind, GroupKind, ProfileKind};
use crate::store::accounts::{self, Admins};
use crate::store::bulk::{self, PartnerPeople, ServiceScope};
use crate::store::profiles::Holders;
use crate::store::sql::Dialect;
use crate::store::{groups, partners, services, Tx};

/// The facts kept.
#[derive(Default)]
pub(super) struct Known {
    /// partner code → open (only partners that exist), for the whole import
    partners: HashMap<String, bool>,
    /// partner code → its administrators, for the whole import
    admins: HashMap<String, Admins>,
    /// The facts of the chunk's rows; each map has every key the chunk named (None: the
    /// store has no such thing).
    logins: Option<Logins>,
    partner_rows: HashMap<String, Option<Partner>>,
    service_rows: HashMap<String, Option<NewService>>,
    services: HashMap<String, ServiceFacts>,
    people: HashMap<String, People>,
}

/// The logins a chunk of accounts rows names (read on PostgreSQL only, see `login`).
struct Logins {
    /// What the store holds under those it holds.
    held: HashMap<String, KnownAccount>,
    /// Those named by more than one row: looked up again when asked, since a row before
    /// may have written it.
    repeated: HashSet<String>,
}

/// A service, its sites and the holders of each of its profiles by scope.
pub(super) struct ServiceFacts {
    /// The service's partner; None: there is no such service.
    pub partner: Option<String>,
    /// The codes of its sites, in order.
    pub sites: Vec<String>,
    /// Its sites, by code.
    pub site_rows: HashMap<String, Site>,
    /// (profile, site) → its holders.
    pub holders: HashMap<(ProfileKind, Option<String>), Holders>,
}

impl From<ServiceScope> for ServiceFacts {
    fn from(s: ServiceScope) -> Self {
        ServiceFacts {
            partner: s.partner,
            sites: s.sites.iter().map(|x| x.code.clone()).collect(),
            site_rows: s.sites.into_iter().map(|x| (x.code.clone(), x)).collect(),
            holders: s.holders,
        }
    }
}

/// One partner's accounts and groups (manager and members).
pub(super) struct People {
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

impl From<PartnerPeople> for People {
    fn from(read: PartnerPeople) -> Self {
        let mut groups: HashMap<GroupKind, Crew> = HashMap::new();
        for (kind, manager) in read.managers {
            groups.entry(kind).or_default().manager = Some(manager);
        }
        for (kind, member) in read.members {
            groups.entry(kind).or_default().members.insert(member);
        }
        People {
            accounts: read.accounts,
            groups,
        }
    }
}

impl People {
    pub fn is_member(&self, group: GroupKind, login: &str) -> bool {
        self.groups
            .get(&group)
            .is_some_and(|c| c.members.contains(login))
    }
}

/// The distinct values of column `i` of `rows`, skipping empty ones.
fn distinct<'r>(rows: &[&[&'r str]], i: usize) -> Vec<&'r str> {
    let mut seen = HashSet::new();
    rows.iter()
        .filter_map(|r| r.get(i).copied())
        .filter(|v| !v.is_empty() && seen.insert(*v))
        .collect()
}

impl Known {
    /// Reads what the rows of a chunk of a `kind` file are about (see the module's comment),
    /// forgetting the previous chunk's.
    pub fn prefetch(&mut self, tx: &Tx, kind: CsvKind, rows: &[&[&str]]) -> Result<()> {
        self.logins = None;
        self.partner_rows.clear();
        self.service_rows.clear();
        self.services.clear();
        self.people.clear();
        match kind {
            CsvKind::Partners => {
                let codes = distinct(rows, 0);
                let mut found = bulk::partners(tx, &codes)?;
                for c in codes {
                    self.partner_rows.insert(c.to_string(), found.remove(c));
                }
            }
            CsvKind::Accounts => {
                let partners = distinct(rows, 1);
                self.prefetch_open(tx, &partners)?;
                let unknown: Vec<&str> = partners
                    .into_iter()
                    .filter(|p| !self.admins.contains_key(*p))
                    .collect();
                self.admins.extend(bulk::admins(tx, &unknown)?);
                if tx.dialect() == Dialect::Postgres {
                    self.prefetch_logins(tx, rows)?;
                }
            }
            CsvKind::Groups => {
                let partners = distinct(rows, 0);
                self.prefetch_open(tx, &partners)?;
                self.prefetch_people(tx, &partners)?;
            }
            CsvKind::Services => {
                self.prefetch_open(tx, &distinct(rows, 1))?;
                let codes = distinct(rows, 0);
                let mut found = bulk::services(tx, &codes)?;
                for c in codes {
                    self.service_rows.insert(c.to_string(), found.remove(c));
                }
            }
            CsvKind::Sites => self.prefetch_services(tx, &distinct(rows, 0))?,
            CsvKind::Profiles => {
                self.prefetch_services(tx, &distinct(rows, 2))?;
                let partners: Vec<String> = self
                    .services
                    .values()
                    .filter_map(|s| s.partner.clone())
                    .collect::<HashSet<_>>()
                    .into_iter()
                    .collect();
                let partners: Vec<&str> = partners.iter().map(String::as_str).collect();
                self.prefetch_people(tx, &partners)?;
            }
        }
        Ok(())
    }

    fn prefetch_logins(&mut self, tx: &Tx, rows: &[&[&str]]) -> Result<()> {
        let mut named = HashSet::new();
        let mut repeated = HashSet::new();
        for login in rows.iter().filter_map(|r| ids::login(r.first()?).ok()) {
            if let Some(again) = named.replace(login) {
                repeated.insert(again);
            }
        }
        let named: Vec<&str> = named.iter().map(String::as_str).collect();
        let held = bulk::accounts(tx, &named)?;
        self.logins = Some(Logins { held, repeated });
        Ok(())
    }

    fn prefetch_open(&mut self, tx: &Tx, codes: &[&str]) -> Result<()> {
        let unknown: Vec<&str> = codes
            .iter()
            .copied()
            .filter(|c| !self.partners.contains_key(*c))
            .collect();
        self.partners.extend(bulk::partners_open(tx, &unknown)?);
        Ok(())
    }

    fn prefetch_people(&mut self, tx: &Tx, codes: &[&str]) -> Result<()> {
        let read = bulk::partner_people(tx, codes)?;
        self.people
            .extend(read.into_iter().map(|(p, people)| (p, people.into())));
        Ok(())
    }

    fn prefetch_services(&mut self, tx: &Tx, codes: &[&str]) -> Result<()> {
        let read = bulk::service_scopes(tx, codes)?;
        self.services
            .extend(read.into_iter().map(|(s, scope)| (s, scope.into())));
        Ok(())
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

    /// The partner `code` as the store holds it.
    pub fn partner(&mut self, tx: &Tx, code: &str) -> Result<Option<Partner>> {
        match self.partner_rows.get(code) {
            Some(p) => Ok(p.clone()),
            None => partners::find(tx, code),
        }
    }

    /// A partners row wrote `code`: it is read again when asked, and so is whether it is
    /// open.
    pub fn partner_written(&mut self, code: &str) {
        self.partners.remove(code);
        self.partner_rows.remove(code);
    }

    /// The administrators of `partner`.
    pub fn admins(&mut self, tx: &Tx, partner: &str) -> Result<&mut Admins> {
        if !self.admins.contains_key(partner) {
            let admins = accounts::admins_of(tx, partner)?;
            self.admins.insert(partner.to_string(), admins);
        }
        self.admins
            .get_mut(partner)
            .ok_or_else(|| anyhow!("the administrators of {partner} were not kept"))
    }

    /// What the store holds under `login` (upper case); None: not read. A chunk's logins
    /// are read on PostgreSQL, where the chunk's inserts must not fail; on SQLite a lookup
    /// per row would cost a 1 000 000-row import a fifth of its time, so the insert itself
    /// finds a login taken (`Creator::create`), and the row is decided again knowing its
    /// holder.
    pub fn login(&mut self, tx: &Tx, login: &str) -> Result<Option<Option<KnownAccount>>> {
        Ok(match &self.logins {
            // a row before may have written it: the store says, once that row is sent
            Some(chunk) if chunk.repeated.contains(login) => Some(accounts::known(tx, login)?),
            Some(chunk) => Some(chunk.held.get(login).cloned()),
            None => None,
        })
    }

    /// The service `code` as the store holds it.
    pub fn service_row(&mut self, tx: &Tx, code: &str) -> Result<Option<NewService>> {
        match self.service_rows.get(code) {
            Some(s) => Ok(s.clone()),
            None => services::known(tx, code),
        }
    }

    pub fn service_written(&mut self, service: NewService) {
        self.service_rows
            .insert(service.code.clone(), Some(service));
    }

    /// The service `code`, its sites and holders.
    pub fn service(&mut self, tx: &Tx, code: &str) -> Result<&mut ServiceFacts> {
        if !self.services.contains_key(code) {
            self.prefetch_services(tx, &[code])?;
        }
        // (every code asked is in the answer of `bulk::service_scopes`)
        self.services
            .get_mut(code)
            .ok_or_else(|| anyhow!("the facts of service {code} were not kept"))
    }

    /// The people of `partner`.
    pub fn people(&mut self, tx: &Tx, partner: &str) -> Result<&mut People> {
        if !self.people.contains_key(partner) {
            self.prefetch_people(tx, &[partner])?;
        }
        // (every code asked is in the answer of `bulk::partner_people`)
        self.people
            .get_mut(partner)
            .ok_or_else(|| anyhow!("the people of {partner} were not kept"))
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
