//! Services (équipements) and their sites (lieux d'implantation).

use super::Tx;
use crate::domain::records::{Service, Site};
use anyhow::Result;
use rusqlite::{params, OptionalExtension, Row};

use crate::error::not_found;

fn from_row(r: &Row) -> rusqlite::Result<Service> {
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
        .prepare_cached(&format!("{SELECT} WHERE code = ?1"))?
        .query_row([code], from_row)
        .optional()?;
    match service {
        Some(mut s) => {
            s.sites = sites(tx, &s.code)?;
            Ok(Some(s))
        }
        None => Ok(None),
    }
}

pub fn get(tx: &Tx, code: &str) -> Result<Service> {
    find(tx, code)?.ok_or_else(|| not_found(format!("no service {code}")))
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Service>> {
    let mut stmt = tx.db.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR partner = ?1 ORDER BY code"
    ))?;
    let mut list: Vec<Service> = stmt
        .query_map([partner], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for s in &mut list {
        s.sites = sites(tx, &s.code)?;
    }
    Ok(list)
}

pub fn sites(tx: &Tx, service: &str) -> Result<Vec<Site>> {
    let mut stmt = tx.db.prepare_cached(
        "SELECT service, code, name, address FROM site WHERE service = ?1 ORDER BY code",
    )?;
    let rows = stmt.query_map([service], |r| {
        Ok(Site {
            service: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            address: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(tx: &Tx, code: &str, partner: &str, kind: &str, name: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.prepare_cached(
        "INSERT INTO service (code, partner, kind, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![code, partner, kind, name, now])?;
    Ok(())
}

pub fn insert_site(tx: &Tx, site: &Site) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.prepare_cached(
        "INSERT INTO site (service, code, name, address, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        site.service,
        site.code,
        site.name,
        site.address,
        now
    ])?;
    Ok(())
}
