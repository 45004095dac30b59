//! The import's reads, shaped for bulk: what the rows of a chunk of a file are about (their
//! partners, services, logins), each kind in one query for the whole chunk, not once per
//! row. The keys travel as one JSON array (`json_each`, translated for PostgreSQL).

use std::collections::HashMap;

use anyhow::Result;

use super::accounts::Admins;
use super::profiles::Holders;
use super::sql::args;
use super::Tx;
use crate::domain::accounts::{KnownAccount, NewAccount};
use crate::domain::records::{Partner, Site};
use crate::domain::services::NewService;
use crate::domain::{GroupKind, ProfileKind};

/// The keys as the one parameter of `IN (SELECT value FROM json_each(?1))`.
fn keys(keys: &[&str]) -> Result<String> {
    Ok(serde_json::to_string(keys)?)
}

/// The partners among `codes`, by code.
pub fn partners(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, Partner>> {
    let mut out = HashMap::new();
    tx.db.for_each(
        &format!(
            "SELECT {} FROM partner WHERE code IN (SELECT value FROM json_each(?1))",
            super::partners::COLUMNS
        ),
        args![keys(codes)?],
        |r| {
            let p = super::partners::from_row(r)?;
            out.insert(p.code.clone(), p);
            Ok(())
        },
    )?;
    Ok(out)
}

/// Whether each partner among `codes` is open, by code (absent: no such partner).
pub fn partners_open(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, bool>> {
    let mut out = HashMap::new();
    tx.db.for_each(
        "SELECT code, status = 'open' FROM partner
         WHERE code IN (SELECT value FROM json_each(?1))",
        args![keys(codes)?],
        |r| {
            out.insert(r.get(0)?, r.get(1)?);
            Ok(())
        },
    )?;
    Ok(out)
}

/// The administrators of each partner of `codes` (every code is in the answer).
pub fn admins(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, Admins>> {
    let mut out: HashMap<String, Admins> = codes
        .iter()
        .map(|c| (c.to_string(), Admins::default()))
        .collect();
    tx.db.for_each(
        "SELECT partner, login, admin_seat FROM account
         WHERE partner IN (SELECT value FROM json_each(?1)) AND is_admin = 1 ORDER BY login",
        args![keys(codes)?],
        |r| {
            let admins = out.entry(r.get(0)?).or_default();
            admins.logins.push(r.get(1)?);
            admins.seats.hold(r.get(2)?);
            Ok(())
        },
    )?;
    Ok(out)
}

/// What the store holds under each of `logins` (upper case, as stored), by login.
pub fn accounts(tx: &Tx, logins: &[&str]) -> Result<HashMap<String, KnownAccount>> {
    let mut out = HashMap::new();
    tx.db.for_each(
        "SELECT login, partner, first_name, last_name, email, is_admin, status = 'active'
         FROM account WHERE login IN (SELECT value FROM json_each(?1))",
        args![keys(logins)?],
        |r| {
            let account = KnownAccount {
                partner: r.get(1)?,
                first_name: r.get(2)?,
                last_name: r.get(3)?,
                email: r.get(4)?,
                admin: r.get(5)?,
                active: r.get(6)?,
            };
            out.insert(r.get(0)?, account);
            Ok(())
        },
    )?;
    Ok(out)
}

/// The services among `codes`, by code.
pub fn services(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, NewService>> {
    let mut out = HashMap::new();
    tx.db.for_each(
        "SELECT code, partner, kind, name FROM service
         WHERE code IN (SELECT value FROM json_each(?1))",
        args![keys(codes)?],
        |r| {
            let s = NewService {
                code: r.get(0)?,
                partner: r.get(1)?,
                kind: r.get(2)?,
                name: r.get(3)?,
            };
            out.insert(s.code.clone(), s);
            Ok(())
        },
    )?;
    Ok(out)
}

/// A service, its sites and the holders of each of its profiles by scope.
#[derive(Default)]
pub struct ServiceScope {
    /// The service's partner; None: there is no such service.
    pub partner: Option<String>,
    /// Its sites, by code.
    pub sites: Vec<Site>,
    /// (profile, site) → its holders.
    pub holders: HashMap<(ProfileKind, Option<String>), Holders>,
}

/// Each service of `codes` with its sites and holders (every code is in the answer), in
/// one statement for the three ranges.
pub fn service_scopes(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, ServiceScope>> {
    let mut out: HashMap<String, ServiceScope> = codes
        .iter()
        .map(|c| (c.to_string(), ServiceScope::default()))
        .collect();
    tx.db.for_each(
        "SELECT 0, code, partner, NULL, NULL, CAST(NULL AS BIGINT) FROM service
          WHERE code IN (SELECT value FROM json_each(?1))
         UNION ALL SELECT 1, service, code, name, address, NULL FROM site
          WHERE service IN (SELECT value FROM json_each(?1))
         UNION ALL SELECT 2, service, kind, site, login, seat FROM profile
          WHERE service IN (SELECT value FROM json_each(?1))",
        args![keys(codes)?],
        |r| {
            let service: String = r.get(1)?;
            let scope = out.entry(service.clone()).or_default();
            match r.get::<i64>(0)? {
                0 => scope.partner = Some(r.get(2)?),
                1 => scope.sites.push(Site {
                    service,
                    code: r.get(2)?,
                    name: r.get(3)?,
                    address: r.get(4)?,
                }),
                _ => {
                    let kind: ProfileKind = r.get(2)?;
                    let holders = scope.holders.entry((kind, r.get(3)?)).or_default();
                    holders.logins.push(r.get(4)?);
                    holders.seats.hold(r.get(5)?);
                }
            }
            Ok(())
        },
    )?;
    for scope in out.values_mut() {
        scope.sites.sort_by(|a, b| a.code.cmp(&b.code));
        for holders in scope.holders.values_mut() {
            holders.logins.sort();
        }
    }
    Ok(out)
}

/// One partner's accounts and its groups' managers and members.
#[derive(Default)]
pub struct PartnerPeople {
    /// login → active
    pub accounts: HashMap<String, bool>,
    pub managers: Vec<(GroupKind, String)>,
    pub members: Vec<(GroupKind, String)>,
}

/// The people of each partner of `codes` (every code is in the answer), in one statement
/// for the three ranges.
pub fn partner_people(tx: &Tx, codes: &[&str]) -> Result<HashMap<String, PartnerPeople>> {
    let mut out: HashMap<String, PartnerPeople> = codes
        .iter()
        .map(|c| (c.to_string(), PartnerPeople::default()))
        .collect();
    // The three ranges share their columns' types: an account's status stays its text.
    tx.db.for_each(
        "SELECT 0, partner, login, status FROM account
          WHERE partner IN (SELECT value FROM json_each(?1))
         UNION ALL SELECT 1, partner, kind, manager FROM grp
          WHERE partner IN (SELECT value FROM json_each(?1))
         UNION ALL SELECT 2, partner, kind, login FROM membership
          WHERE partner IN (SELECT value FROM json_each(?1))",
        args![keys(codes)?],
        |r| {
            let people = out.entry(r.get(1)?).or_default();
            match r.get::<i64>(0)? {
                0 => {
                    let active = r.get::<String>(3)? == "active";
                    people.accounts.insert(r.get(2)?, active);
                }
                tag => {
                    let kind: GroupKind = r.get(2)?;
                    let pair = (kind, r.get(3)?);
                    if tag == 1 {
                        people.managers.push(pair);
                    } else {
                        people.members.push(pair);
                    }
                }
            }
            Ok(())
        },
    )?;
    Ok(out)
}

/// Whether this person (partner, e-mail and names) already has an account, whatever its
/// login: a row without login for a known person changes nothing.
pub fn person_known(tx: &Tx, a: &NewAccount) -> Result<bool> {
    tx.db.exists(
        "SELECT 1 FROM account WHERE partner IS ?1 AND email = ?2
               AND first_name = ?3 AND last_name = ?4",
        args![a.partner, a.email, a.first_name, a.last_name],
    )
}
