//! Partners and their documents.

use super::audit::Audit;
use super::Tx;
use crate::domain::records::Partner;
use anyhow::Result;
use rusqlite::{params, OptionalExtension, Row};
use serde_json::json;

use crate::domain::partners::{no_partner, received};
use crate::domain::Document;

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
    Ok(find(tx, code)?.ok_or_else(|| no_partner(code))?)
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

/// Writes a new partner, with the documents it comes with, and its audit. The import lists
/// them in its audit row; a command records them afterwards, one by one.
pub fn create(tx: &Tx, p: &Partner, audit: &Audit) -> Result<()> {
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
        tx.now
    ])?;
    let details = match audit {
        Audit::Command => json!({"name": p.name, "siret": p.siret, "caf_code": p.caf_code}),
        Audit::Import(_) => {
            let documents: serde_json::Map<String, serde_json::Value> = Document::ALL
                .iter()
                .filter_map(|d| Some((d.as_str().to_string(), json!(received(p, *d)?))))
                .collect();
            json!({"name": p.name, "siret": p.siret, "caf_code": p.caf_code,
                   "documents": documents, "import": true})
        }
    };
    tx.audit("partner.create", &p.code, Some(&p.code), details)
}

/// Records that partner `code` received `doc` on `date`, with the audit (a command's says
/// the partner's status after it).
pub fn record_document(
    tx: &Tx,
    code: &str,
    doc: Document,
    date: &str,
    audit: &Audit,
) -> Result<()> {
    // The column name comes from a closed enum, never from the user.
    let sql = format!("UPDATE partner SET {} = ?1 WHERE code = ?2", doc.as_str());
    tx.db.execute(&sql, params![date, code])?;
    let details = match audit {
        Audit::Command => json!({"document": doc.as_str(), "received": date,
                                 "status": get(tx, code)?.status}),
        Audit::Import(_) => json!({"document": doc.as_str(), "received": date, "import": true}),
    };
    tx.audit("partner.document", code, Some(code), details)
}
