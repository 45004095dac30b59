//! The import's reads, shaped for bulk: what one service or one partner holds, in one query
//! each (the import asks once per service or partner, not once per row).

use std::collections::HashMap;

use anyhow::Result;

use super::sql::args;
use super::Tx;
use crate::domain::accounts::NewAccount;
use crate::domain::{GroupKind, ProfileKind};

/// A service, its sites and the holders of each of its profiles by scope.
pub struct ServiceScope {
    /// The service's partner; None: there is no such service.
    pub partner: Option<String>,
    /// The codes of its sites, in order.
    pub sites: Vec<String>,
    /// (profile, site) → holders, by login.
    pub holders: HashMap<(ProfileKind, Option<String>), Vec<String>>,
}

/// One statement for the three ranges: a national profiles file asks for 60 000 services.
pub fn service_scope(tx: &Tx, code: &str) -> Result<ServiceScope> {
    let mut scope = ServiceScope {
        partner: None,
        sites: Vec::new(),
        holders: HashMap::new(),
    };
    tx.db.for_each(
        "SELECT 0, partner, NULL, NULL FROM service WHERE code = ?1
         UNION ALL SELECT 1, code, NULL, NULL FROM site WHERE service = ?1
         UNION ALL SELECT 2, kind, site, login FROM profile WHERE service = ?1",
        args![code],
        |r| {
            match r.get::<i64>(0)? {
                0 => scope.partner = Some(r.get(1)?),
                1 => scope.sites.push(r.get(1)?),
                _ => {
                    let kind: ProfileKind = r.get(1)?;
                    scope
                        .holders
                        .entry((kind, r.get(2)?))
                        .or_default()
                        .push(r.get(3)?);
                }
            }
            Ok(())
        },
    )?;
    scope.sites.sort();
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
    // The three ranges share their columns' types: an account's status stays its text.
    tx.db.for_each(
        "SELECT 0, login, status FROM account WHERE partner = ?1
         UNION ALL SELECT 1, kind, manager FROM grp WHERE partner = ?1
         UNION ALL SELECT 2, kind, login FROM membership WHERE partner = ?1",
        args![partner],
        |r| {
            match r.get::<i64>(0)? {
                0 => {
                    let active = r.get::<String>(2)? == "active";
                    people.accounts.insert(r.get(1)?, active);
                }
                tag => {
                    let kind: GroupKind = r.get(1)?;
                    let pair = (kind, r.get(2)?);
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
    Ok(people)
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
