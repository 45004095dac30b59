//! The import's reads, shaped for bulk: what one service or one partner holds, in one query
//! each (the import asks once per service or partner, not once per row), and lean lookups
//! of single rows.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::domain::{GroupKind, ProfileKind};

/// A service, its sites and the holders of each of its profiles by scope.
pub struct ServiceScope {
    /// The service's partner; None: there is no such service.
    pub partner: Option<String>,
    pub sites: HashSet<String>,
    /// (profile, site) → holders, by login.
    pub holders: HashMap<(ProfileKind, Option<String>), Vec<String>>,
}

/// One statement for the three ranges: a national profiles file asks for 60 000 services.
pub fn service_scope(tx: &Tx, code: &str) -> Result<ServiceScope> {
    let mut scope = ServiceScope {
        partner: None,
        sites: HashSet::new(),
        holders: HashMap::new(),
    };
    let mut stmt = tx.db.prepare_cached(
        "SELECT 0, partner, NULL, NULL FROM service WHERE code = ?1
         UNION ALL SELECT 1, code, NULL, NULL FROM site WHERE service = ?1
         UNION ALL SELECT 2, kind, site, login FROM profile WHERE service = ?1",
    )?;
    let mut rows = stmt.query([code])?;
    while let Some(r) = rows.next()? {
        match r.get::<_, i64>(0)? {
            0 => scope.partner = Some(r.get(1)?),
            1 => {
                scope.sites.insert(r.get(1)?);
            }
            _ => {
                let kind = ProfileKind::parse(r.get_ref(1)?.as_str()?)?;
                scope
                    .holders
                    .entry((kind, r.get(2)?))
                    .or_default()
                    .push(r.get(3)?);
            }
        }
    }
    for holders in scope.holders.values_mut() {
        holders.sort();
    }
    Ok(scope)
}

/// One partner's accounts and its groups' managers and members.
#[derive(Default)]
pub struct PartnerPeople {
    /// login → active
    pub accounts: HashMap<String, bool>,
    pub managers: Vec<(GroupKind, String)>,
    pub members: Vec<(GroupKind, String)>,
}

/// One statement for the three ranges: a national import loads 90 000 partners.
pub fn partner_people(tx: &Tx, partner: &str) -> Result<PartnerPeople> {
    let mut people = PartnerPeople::default();
    let mut stmt = tx.db.prepare_cached(
        "SELECT 0, login, status = 'active' FROM account WHERE partner = ?1
         UNION ALL SELECT 1, kind, manager FROM grp WHERE partner = ?1
         UNION ALL SELECT 2, kind, login FROM membership WHERE partner = ?1",
    )?;
    let mut rows = stmt.query([partner])?;
    while let Some(r) = rows.next()? {
        match r.get::<_, i64>(0)? {
            0 => {
                people.accounts.insert(r.get(1)?, r.get(2)?);
            }
            tag => {
                let kind: GroupKind = r.get_ref(1)?.as_str()?.parse()?;
                let pair = (kind, r.get(2)?);
                if tag == 1 {
                    people.managers.push(pair);
                } else {
                    people.members.push(pair);
                }
            }
        }
    }
    Ok(people)
}

/// The fields of an account that an import row is compared with.
#[derive(Clone)]
pub struct LeanAccount {
    pub partner: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub admin: bool,
    pub active: bool,
}

pub fn lean_account(tx: &Tx, login: &str) -> Result<Option<LeanAccount>> {
    Ok(tx
        .db
        .prepare_cached(
            "SELECT partner, first_name, last_name, email, is_admin, status = 'active'
             FROM account WHERE login = ?1",
        )?
        .query_row([login], |r| {
            Ok(LeanAccount {
                partner: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                email: r.get(3)?,
                admin: r.get(4)?,
                active: r.get(5)?,
            })
        })
        .optional()?)
}

/// Whether this person (partner, e-mail and names) already has an account, whatever its
/// login: a row without login for a known person changes nothing.
pub fn person_known(
    tx: &Tx,
    partner: Option<&str>,
    email: &str,
    first_name: &str,
    last_name: &str,
) -> Result<bool> {
    Ok(tx
        .db
        .prepare_cached(
            "SELECT 1 FROM account WHERE partner IS ?1 AND email = ?2
               AND first_name = ?3 AND last_name = ?4",
        )?
        .exists(params![partner, email, first_name, last_name])?)
}

/// (partner, kind, name) of a service.
pub fn lean_service(tx: &Tx, code: &str) -> Result<Option<(String, String, String)>> {
    Ok(tx
        .db
        .prepare_cached("SELECT partner, kind, name FROM service WHERE code = ?1")?
        .query_row([code], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// (name, address) of a site.
pub fn lean_site(tx: &Tx, service: &str, code: &str) -> Result<Option<(String, Option<String>)>> {
    Ok(tx
        .db
        .prepare_cached("SELECT name, address FROM site WHERE service = ?1 AND code = ?2")?
        .query_row(params![service, code], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}
