//! Services (équipements) and their sites (lieux d'implantation).

use super::audit::Audit;
use super::sql::{args, Insert, Row};
use super::Tx;
use crate::domain::records::{Service, Site};
use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use crate::domain::services::{no_service, NewService};

fn from_row(r: &Row) -> Result<Service> {
    Ok(Service {
        code: r.get(0)?,
        partner: r.get(1)?,
        kind: r.get(2)?,
        name: r.get(3)?,
        created_at: r.get(4)?,
        sites: Vec::new(),
    })
}

const SELECT: &str = "SELECT code, partner, kind, name, created_at FROM service";

pub fn find(tx: &Tx, code: &str) -> Result<Option<Service>> {
    let service = tx
        .db
        .query_opt(&format!("{SELECT} WHERE code = ?1"), args![code], from_row)?;
    match service {
        Some(mut s) => {
            s.sites = sites(tx, &s.code)?;
            Ok(Some(s))
        }
        None => Ok(None),
    }
}

pub fn get(tx: &Tx, code: &str) -> Result<Service> {
    Ok(find(tx, code)?.ok_or_else(|| no_service(code))?)
}

/// The service `code` as the acting account may know it: another partner's is not found,
/// with the same message as one that does not exist (SPEC §7).
pub fn seen(tx: &Tx, code: &str) -> Result<Service> {
    Ok(find(tx, code)?
        .filter(|s| tx.actor.sees(Some(&s.partner)))
        .ok_or_else(|| no_service(code))?)
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Service>> {
    let mut list = tx.db.query_map(
        &format!("{SELECT} WHERE ?1 IS NULL OR partner = ?1 ORDER BY code"),
        args![partner],
        from_row,
    )?;
    for s in &mut list {
        s.sites = sites(tx, &s.code)?;
    }
    Ok(list)
}

pub fn sites(tx: &Tx, service: &str) -> Result<Vec<Site>> {
    let rows = tx.db.query_map(
        "SELECT service, code, name, address FROM site WHERE service = ?1 ORDER BY code",
        args![service],
        |r| {
            Ok(Site {
                service: r.get(0)?,
                code: r.get(1)?,
                name: r.get(2)?,
                address: r.get(3)?,
            })
        },
    )?;
    Ok(rows)
}

/// What the store holds of the service `code`, as a new one is compared with it.
pub fn known(tx: &Tx, code: &str) -> Result<Option<NewService>> {
    tx.db.query_opt(
        "SELECT partner, kind, name FROM service WHERE code = ?1",
        args![code],
        |r| {
            Ok(NewService {
                code: code.to_string(),
                partner: r.get(0)?,
                kind: r.get(1)?,
                name: r.get(2)?,
            })
        },
    )
}

/// The site `code` of `service`.
pub fn site(tx: &Tx, service: &str, code: &str) -> Result<Option<Site>> {
    tx.db.query_opt(
        "SELECT name, address FROM site WHERE service = ?1 AND code = ?2",
        args![service, code],
        |r| {
            Ok(Site {
                service: service.to_string(),
                code: code.to_string(),
                name: r.get(0)?,
                address: r.get(1)?,
            })
        },
    )
}

/// How an imported service is listed in its batch's audit row.
#[derive(Serialize)]
struct ImportedService<'a> {
    code: &'a str,
    kind: &'a str,
    name: &'a str,
}

static SERVICE: Insert = Insert::new(
    "service",
    &["code", "partner", "kind", "name", "created_at"],
    &["partner"],
);
static SITE: Insert = Insert::new(
    "site",
    &["service", "code", "name", "address", "created_at"],
    &["service"],
);

/// Writes a new service, with its audit.
pub fn create(tx: &Tx, s: &NewService, audit: &mut Audit) -> Result<()> {
    let now = tx.now.as_str();
    let kind = s.kind.as_str();
    tx.db
        .insert(&SERVICE, args![s.code, s.partner, s.kind, s.name, now])?;
    audit.record(
        tx,
        "service.create",
        &s.code,
        Some(&s.partner),
        || json!({"kind": kind, "name": s.name}),
        ImportedService {
            code: &s.code,
            kind,
            name: &s.name,
        },
    )
}

/// How an imported site is listed in its batch's audit row.
#[derive(Serialize)]
struct ImportedSite<'a> {
    site: &'a str,
}

/// Writes a new site of a service of `partner`, with its audit.
pub fn add_site(tx: &Tx, site: &Site, partner: &str, audit: &mut Audit) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.insert(
        &SITE,
        args![site.service, site.code, site.name, site.address, now],
    )?;
    let target = format!("{}/{}", site.service, site.code);
    audit.record(
        tx,
        "service.add_site",
        &target,
        Some(partner),
        || json!({"name": site.name, "address": site.address}),
        ImportedSite { site: &target },
    )
}
