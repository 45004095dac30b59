//! Afas profiles held on services, and the facts `profile check` needs.

use std::collections::HashMap;

use super::audit::Audit;
use super::seats::Seats;
use super::sql::{args, Insert, Only, Row};
use super::Tx;
use crate::domain::records::Holding;
use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use crate::domain::profiles::{Grant, GrantRequest, Granted, ProfileKind};
use crate::domain::readiness::ServiceHolders;
use crate::domain::readiness::{PartnerFacts, ServiceFacts, SiteFacts};

fn from_row(r: &Row) -> Result<Holding> {
    Ok(Holding {
        login: r.get(0)?,
        first_name: r.get(1)?,
        last_name: r.get(2)?,
        status: r.get(3)?,
        profile: r.get(4)?,
        partner: r.get(5)?,
        service: r.get(6)?,
        site: r.get(7)?,
        granted_by: r.get(8)?,
        granted_at: r.get(9)?,
    })
}

const SELECT: &str = "
    SELECT p.login, a.first_name, a.last_name, a.status, p.kind, s.partner, p.service, p.site,
           p.granted_by, p.granted_at
    FROM profile p JOIN account a ON a.login = p.login JOIN service s ON s.code = p.service";

pub struct Filter<'a> {
    pub partner: Option<&'a str>,
    pub service: Option<&'a str>,
    pub login: Option<&'a str>,
}

pub fn list(tx: &Tx, f: &Filter) -> Result<Vec<Holding>> {
    // `todo` asks one person's few holdings: found through profile_unique (sql/only.rs).
    let only = Only::default()
        .eq("s.partner", f.partner)
        .eq("p.service", f.service)
        .eq("p.login", f.login);
    tx.db.query_map(
        &format!(
            "{SELECT} {} ORDER BY p.service, p.kind, p.site, p.login",
            only.clause()
        ),
        &only.params(),
        from_row,
    )
}

/// The holders of a profile in one scope, by login, and the seats they hold.
#[derive(Clone, Debug, Default)]
pub struct Holders {
    pub logins: Vec<String>,
    pub seats: Seats,
}

/// The holders of `kind` in one scope (service level when `site` is None).
pub fn holders(tx: &Tx, service: &str, kind: ProfileKind, site: Option<&str>) -> Result<Holders> {
    // The kind is written into the SQL (one cached statement per kind), not bound: with a
    // bound kind SQLite re-prepared the statement whenever the kind changed, because the
    // partial index profile_one_approver (WHERE kind = 'approbateur') made the plan depend
    // on its value. A profiles import re-prepared it for nearly every row.
    let mut holders = Holders::default();
    tx.db.for_each(
        &format!(
            "SELECT login, seat FROM profile WHERE service = ?1 AND kind = '{}' AND site IS ?2
         ORDER BY login",
            kind.as_str()
        ),
        args![service, site],
        |r| {
            holders.logins.push(r.get(0)?);
            holders.seats.hold(r.get(1)?);
            Ok(())
        },
    )?;
    Ok(holders)
}

/// The profiles `login` holds on services of `partner`.
pub fn held_on_partner(tx: &Tx, login: &str, partner: &str) -> Result<Vec<Holding>> {
    list(
        tx,
        &Filter {
            partner: Some(partner),
            service: None,
            login: Some(login),
        },
    )
}

/// How an imported holding is listed in its batch's audit row.
#[derive(Serialize)]
struct ImportedGrant<'a> {
    login: &'a str,
    profile: &'a str,
    service: &'a str,
    site: Option<&'a str>,
}

/// A profile given.
static PROFILE: Insert = Insert::new(
    "profile",
    &[
        "login",
        "kind",
        "service",
        "site",
        "granted_by",
        "granted_at",
        "seat",
    ],
    &["account", "service", "site"],
);

/// Gives a profile as decided (revoking the approver it replaces), with the audit.
pub fn grant(
    tx: &Tx,
    g: &GrantRequest,
    granted: &Granted,
    holders: &mut Holders,
    audit: &mut Audit,
) -> Result<()> {
    let partner = granted.partner;
    let replaced = match &granted.grant {
        Grant::Add => None,
        Grant::Replace(old) => {
            revoke(tx, old, g.kind, g.service, partner, None)?;
            holders.logins.retain(|l| l != old);
            Some(old)
        }
    };
    // An FDA or FDF takes its scope's free seat; the approver has none (one per service,
    // held by the unique index profile_one_approver).
    let seat = (g.kind != ProfileKind::Approbateur).then(|| holders.seats.take());
    let k = g.kind.as_str();
    tx.db.insert(
        &PROFILE,
        args![g.login, k, g.service, g.site, tx.actor.login, tx.now, seat],
    )?;
    holders.logins.push(g.login.to_string());
    holders.logins.sort();
    audit.record(
        tx,
        "profile.grant",
        g.login,
        Some(partner),
        || json!({"profile": k, "service": g.service, "site": g.site, "replaced": replaced}),
        ImportedGrant {
            login: g.login,
            profile: k,
            service: g.service,
            site: g.site,
        },
    )
}

/// Takes one profile back from `login`, with the audit; returns whether it held it. The
/// caller has checked who may.
pub fn revoke(
    tx: &Tx,
    login: &str,
    kind: ProfileKind,
    service: &str,
    partner: &str,
    site: Option<&str>,
) -> Result<bool> {
    // The kind in the SQL, as in `holders`.
    let n = tx.db.run(
        &format!(
            "DELETE FROM profile WHERE login = ?1 AND kind = '{}' AND service = ?2 AND site IS ?3",
            kind.as_str()
        ),
        args![login, service, site],
    )?;
    if n == 0 {
        return Ok(false);
    }
    tx.audit(
        "profile.revoke",
        login,
        Some(partner),
        json!({"profile": kind.as_str(), "service": service, "site": site}),
    )?;
    Ok(true)
}

/// For `profile check`: the active holders of each service, in one pass.
pub fn service_facts(
    tx: &Tx,
    partner: Option<&str>,
    service: Option<&str>,
) -> Result<Vec<ServiceFacts>> {
    service_facts_where(tx, partner, service)
}

fn service_facts_where(
    tx: &Tx,
    partner: Option<&str>,
    service: Option<&str>,
) -> Result<Vec<ServiceFacts>> {
    // Every holder is counted from profile_by_scope alone (one index range per service, no
    // table row), then the suspended ones are taken off: joining account for each of the
    // 300 000 holdings of a national store cost most of `profile check`'s time.
    let suspended = suspended_per_scope(tx)?;
    let only = Only::default()
        .eq("s.partner", partner)
        .eq("s.code", service);
    let rows = tx.db.query_map(
        &format!(
            "SELECT s.partner, s.code,
                    count(CASE WHEN p.kind = 'approbateur' THEN 1 END),
                    count(CASE WHEN p.kind = 'fda' AND p.site IS NULL THEN 1 END),
                    count(CASE WHEN p.kind = 'fdf' THEN 1 END)
             FROM service s LEFT JOIN profile p ON p.service = s.code
             {}
             GROUP BY s.code, s.partner
             ORDER BY s.code",
            only.clause()
        ),
        &only.params(),
        |r| {
            let service: String = r.get(1)?;
            let active = |kind: ProfileKind, n: i64| {
                (n as usize).saturating_sub(suspended.get(&service, kind, None))
            };
            Ok(ServiceFacts {
                partner: r.get(0)?,
                holders: ServiceHolders {
                    approvers: active(ProfileKind::Approbateur, r.get(2)?),
                    fda_service: active(ProfileKind::Fda, r.get(3)?),
                    fdf: active(ProfileKind::Fdf, r.get(4)?),
                },
                service,
            })
        },
    )?;
    Ok(rows)
}

/// How many suspended accounts hold each profile scope: usually none, found from the
/// suspended accounts (one pass over account) rather than from every holding.
struct SuspendedPerScope(HashMap<(String, String, Option<String>), usize>);

impl SuspendedPerScope {
    fn get(&self, service: &str, kind: ProfileKind, site: Option<&str>) -> usize {
        if self.0.is_empty() {
            return 0;
        }
        self.0
            .get(&(
                service.to_string(),
                kind.as_str().to_string(),
                site.map(str::to_string),
            ))
            .copied()
            .unwrap_or(0)
    }
}

fn suspended_per_scope(tx: &Tx) -> Result<SuspendedPerScope> {
    let mut map = HashMap::new();
    tx.db.for_each(
        "SELECT p.service, p.kind, p.site
         FROM account a CROSS JOIN profile p ON p.login = a.login
         WHERE a.status = 'suspended'",
        args![],
        |r| {
            *map.entry((r.get(0)?, r.get(1)?, r.get(2)?)).or_insert(0) += 1;
            Ok(())
        },
    )?;
    Ok(SuspendedPerScope(map))
}

/// (partner, service, site, active FDA count) for every site in scope.
pub fn site_facts(tx: &Tx, partner: Option<&str>, service: Option<&str>) -> Result<Vec<SiteFacts>> {
    site_facts_where(tx, partner, service)
}

fn site_facts_where(
    tx: &Tx,
    partner: Option<&str>,
    service: Option<&str>,
) -> Result<Vec<SiteFacts>> {
    // As for services: every FDA of the site from the index, less the suspended ones.
    let suspended = suspended_per_scope(tx)?;
    let only = Only::default()
        .eq("s.partner", partner)
        .eq("s.code", service);
    let rows = tx.db.query_map(
        &format!(
            "SELECT s.partner, si.service, si.code, count(p.service)
             FROM site si JOIN service s ON s.code = si.service
             LEFT JOIN profile p
                    ON p.service = si.service AND p.kind = 'fda' AND p.site = si.code
             {}
             GROUP BY si.service, si.code, s.partner
             ORDER BY si.service, si.code",
            only.clause()
        ),
        &only.params(),
        |r| {
            let (service, site): (String, String) = (r.get(1)?, r.get(2)?);
            let fda = (r.get::<i64>(3)? as usize).saturating_sub(suspended.get(
                &service,
                ProfileKind::Fda,
                Some(&site),
            ));
            Ok((r.get(0)?, service, site, fda))
        },
    )?;
    Ok(rows)
}

/// Holdings whose holder is suspended, in scope. Found from the suspended accounts (one
/// pass over account, then their holdings by login), not by looking up the holder of each
/// of the store's holdings. Logins are stored upper case everywhere, so comparing them
/// as written (`p.login = a.login`, the index's collation) finds the same rows.
pub fn suspended_holdings(
    tx: &Tx,
    partner: Option<&str>,
    service: Option<&str>,
) -> Result<Vec<Holding>> {
    let only = Only::default()
        .eq("s.partner", partner)
        .eq("p.service", service);
    let rows = tx.db.query_map(
        &format!(
            "SELECT p.login, a.first_name, a.last_name, a.status, p.kind, s.partner, p.service,
                    p.site, p.granted_by, p.granted_at
             FROM account a CROSS JOIN profile p ON p.login = a.login
             JOIN service s ON s.code = p.service
             WHERE a.status = 'suspended'{}
             ORDER BY s.partner, p.service, p.kind, p.login",
            only.and()
        ),
        &only.params(),
        from_row,
    )?;
    Ok(rows)
}

pub fn partner_facts(tx: &Tx, partner: Option<&str>) -> Result<Vec<PartnerFacts>> {
    // Active administrators counted in one pass over account: a count per partner through
    // account_by_partner read every account's row at random (30 000 partners).
    let mut admins: HashMap<String, usize> = HashMap::new();
    let only = Only::default().eq("partner", partner);
    tx.db.for_each(
        &format!(
            "SELECT partner FROM account WHERE is_admin = 1 AND status = 'active'{}",
            only.and()
        ),
        &only.params(),
        |r| {
            *admins.entry(r.get(0)?).or_insert(0) += 1;
            Ok(())
        },
    )?;
    // The managers joined to their partners (two hash joins), and their state looked up in
    // the suspended logins read once (usually none): one sub-query per partner and group
    // cost a national check a second on PostgreSQL.
    let mut suspended = std::collections::HashSet::new();
    tx.db.for_each(
        "SELECT login FROM account WHERE status = 'suspended'",
        args![],
        |r| {
            suspended.insert(r.get::<String>(0)?);
            Ok(())
        },
    )?;
    let state = |manager: Option<String>| {
        manager.map(|m| {
            if suspended.contains(&m) {
                "suspended"
            } else {
                "active"
            }
            .to_string()
        })
    };
    let only = Only::default().eq("p.code", partner);
    let rows = tx.db.query_map(
        &format!(
            "SELECT p.code, gd.manager, gh.manager FROM partner p
             LEFT JOIN grp gd ON gd.partner = p.code AND gd.kind = 'declarer'
             LEFT JOIN grp gh ON gh.partner = p.code AND gh.kind = 'habiliter'
             WHERE p.status = 'open'{}
             ORDER BY p.code",
            only.and()
        ),
        &only.params(),
        |r| {
            let partner: String = r.get(0)?;
            Ok(PartnerFacts {
                active_admins: admins.get(&partner).copied().unwrap_or(0),
                partner,
                declarer_manager: state(r.get(1)?),
                habiliter_manager: state(r.get(2)?),
            })
        },
    )?;
    Ok(rows)
}
