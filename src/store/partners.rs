//! Partners and their documents.

use super::audit::Audit;
use super::sql::{args, Insert, Row};
use super::Tx;
use crate::domain::records::Partner;
use anyhow::Result;
use serde_json::json;

use crate::domain::partners::{no_partner, received};
use crate::domain::Document;

impl Partner {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
}

pub(super) const COLUMNS: &str =
    "code, name, siret, caf_code, status, convention, contrat, bulletin, created_at";

pub(super) fn from_row(r: &Row) -> Result<Partner> {
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
    tx.db.query_opt(
        &format!("SELECT {COLUMNS} FROM partner WHERE code = ?1"),
        args![code],
        from_row,
    )
}

pub fn get(tx: &Tx, code: &str) -> Result<Partner> {
    Ok(find(tx, code)?.ok_or_else(|| no_partner(code))?)
}

/// Whether the partner is open (its three documents received); None: no such partner. The
/// import asks it once per partner of a file, and needs nothing else of the row.
pub fn is_open(tx: &Tx, code: &str) -> Result<Option<bool>> {
    tx.db.query_opt(
        "SELECT status = 'open' FROM partner WHERE code = ?1",
        args![code],
        |r| r.get(0),
    )
}

/// All partners, or only `only` (the actor's own partner), by code.
pub fn list(tx: &Tx, only: Option<&str>) -> Result<Vec<Partner>> {
    let rows = tx.db.query_map(
        &format!("SELECT {COLUMNS} FROM partner WHERE ?1 IS NULL OR code = ?1 ORDER BY code"),
        args![only],
        from_row,
    )?;
    Ok(rows)
}

static PARTNER: Insert = Insert::new(
    "partner",
    &[
        "code",
        "name",
        "siret",
        "caf_code",
        "convention",
        "contrat",
        "bulletin",
        "created_at",
    ],
    &[],
);

/// Writes a new partner, with the documents it comes with, and its audit. The import lists
/// them in its audit row; a command records them afterwards, one by one.
pub fn create(tx: &Tx, p: &Partner, audit: &Audit) -> Result<()> {
    // An agent of one Caf acts on the partner it registers for the rest of the command.
    tx.actor.admit(&p.code, &p.caf_code);
    tx.db.insert(
        &PARTNER,
        args![
            p.code,
            p.name,
            p.siret,
            p.caf_code,
            p.convention,
            p.contrat,
            p.bulletin,
            tx.now
        ],
    )?;
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
    tx.db.run(&sql, args![date, code])?;
    let details = match audit {
        Audit::Command => json!({"document": doc.as_str(), "received": date,
                                 "status": get(tx, code)?.status}),
        Audit::Import(_) => json!({"document": doc.as_str(), "received": date, "import": true}),
    };
    tx.audit("partner.document", code, Some(code), details)
}
