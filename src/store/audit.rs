//! The audit trail: appended in the same transaction as the change it records, never
//! updated or deleted (the store's triggers refuse it).

use super::sql::args;
use super::Tx;
use crate::domain::records::Entry;
use anyhow::Result;
use rusqlite::{params, Row};

/// One change: who (`actor`), what (`action`, e.g. `account.create`), on what (`target`),
/// for which partner, and the details (a JSON object, as text: the import writes its
/// batches as text; the commands serialize a `serde_json::Value`, see `Tx::audit`).
pub struct Change<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    pub partner: Option<&'a str>,
    pub details: &'a str,
}

pub fn record(tx: &Tx, c: &Change) -> Result<()> {
    // OR FAIL: nothing in this insert can abort, so SQLite keeps no statement journal for
    // it (migration 006).
    tx.db.run(
        "INSERT OR FAIL INTO audit (at, actor, action, target, partner, details)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        args![tx.now, c.actor, c.action, c.target, c.partner, c.details],
    )?;
    Ok(())
}

pub struct Filter<'a> {
    pub actor: Option<&'a str>,
    pub partner: Option<&'a str>,
    pub since: Option<&'a str>,
    pub limit: Option<u32>,
}

fn from_row(r: &Row) -> rusqlite::Result<Entry> {
    let details: String = r.get(6)?;
    Ok(Entry {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        target: r.get(4)?,
        partner: r.get(5)?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}

/// The matching entries, oldest first; with a limit, the most recent `limit` of them.
pub fn list(tx: &Tx, f: &Filter) -> Result<Vec<Entry>> {
    let mut stmt = tx.db.prepare_cached(
        "SELECT * FROM (
            SELECT id, at, actor, action, target, partner, details FROM audit
            WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR partner = ?2)
              AND (?3 IS NULL OR at >= ?3)
            ORDER BY id DESC LIMIT ?4)
         ORDER BY id",
    )?;
    let limit = f.limit.map_or(-1, i64::from);
    let rows = stmt.query_map(params![f.actor, f.partner, f.since, limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
