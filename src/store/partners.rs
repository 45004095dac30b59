//! Partners and their documents.

use super::Tx;
use crate::domain::records::Partner;
use anyhow::Result;
use rusqlite::{params, OptionalExtension, Row};

use crate::domain::Document;
use crate::error::not_found;

impl Partner {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

const COLUMNS: &str =
    "code, name, siret, caf_code, status, convention, contrat, bulletin, created_at";

fn from_row(r: &Row) -> rusqlite::Result<Partner> {
    Ok(Partner {
        code: r.get(0)?,
        name: r.get(1)?,
        siret: r.get(2)?,
        caf_code: r.get(3)?,
        status: r.get(4)?,
        convention: r.get(5)?,
        contrat: r.get(6)?,
        bulletin: r.get(7)?,
        created_at: r.get(8)?,
    })
}

pub fn find(tx: &Tx, code: &str) -> Result<Option<Partner>> {
    Ok(tx
        .db
        .prepare_cached(&format!("SELECT {COLUMNS} FROM partner WHERE code = ?1"))?
        .query_row([code], from_row)
        .optional()?)
}

pub fn get(tx: &Tx, code: &str) -> Result<Partner> {
    find(tx, code)?.ok_or_else(|| not_found(format!("no partner {code}")))
}

/// Whether the partner is open (its three documents received); None: no such partner. The
/// import asks it once per partner of a file, and needs nothing else of the row.
pub fn is_open(tx: &Tx, code: &str) -> Result<Option<bool>> {
    Ok(tx
        .db
        .prepare_cached("SELECT status = 'open' FROM partner WHERE code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?)
}

/// All partners, or only `only` (the actor's own partner), by code.
pub fn list(tx: &Tx, only: Option<&str>) -> Result<Vec<Partner>> {
    let mut stmt = tx.db.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM partner WHERE ?1 IS NULL OR code = ?1 ORDER BY code"
    ))?;
    let rows = stmt.query_map([only], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(tx: &Tx, p: &Partner) -> Result<()> {
    tx.db.prepare_cached(
        "INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        p.code,
        p.name,
        p.siret,
        p.caf_code,
        p.convention,
        p.contrat,
        p.bulletin,
        p.created_at
    ])?;
    Ok(())
}

pub fn set_document(tx: &Tx, code: &str, doc: Document, date: &str) -> Result<()> {
    // The column name comes from a closed enum, never from the user.
    let sql = format!("UPDATE partner SET {} = ?1 WHERE code = ?2", doc.as_str());
    tx.db.execute(&sql, params![date, code])?;
    Ok(())
}
