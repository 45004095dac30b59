//! The audit trail: appended in the same transaction as the change it records, never
//! updated or deleted (the store's triggers refuse it).

use super::sql::{args, Insert, Row};
use super::Tx;
use crate::domain::records::Entry;
use anyhow::Result;
use serde::Serialize;

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

static AUDIT: Insert = Insert::new(
    "audit",
    &[
        "id",
        "at",
        "actor",
        "action",
        "target",
        "partner",
        "details",
        "prev_hash",
        "hash",
    ],
    &[],
);

/// Appends the change to the hash chain (`chain.rs`). afas numbers the row itself: its id
/// is part of what is hashed, so it must be known before the row is sent (on PostgreSQL
/// many rows go in one statement, where the server's numbering would come too late).
pub fn record(tx: &Tx, c: &Change) -> Result<()> {
    let mut chain = tx.chain.borrow_mut();
    let link = match chain.as_mut() {
        Some(link) => link,
        None => chain.insert(super::chain::head(&tx.db)?),
    };
    // The last id there can be was written past afas (no afas writes 2^63 rows).
    let id = link.id.checked_add(1).ok_or_else(|| {
        super::Edited(format!(
            "an audit row numbered {}, the last number there is",
            link.id
        ))
    })?;
    let fields = [
        Some(tx.now.as_str()),
        Some(c.actor),
        Some(c.action),
        Some(c.target),
        c.partner,
        Some(c.details),
    ];
    let hash = super::chain::digest(link.hash.as_deref(), id, &fields);
    tx.db.insert(
        &AUDIT,
        args![id, tx.now, c.actor, c.action, c.target, c.partner, c.details, link.hash, hash],
    )?;
    *link = super::chain::Link {
        id,
        hash: Some(hash),
    };
    Ok(())
}

/// How the writes of a transaction are audited.
pub enum Audit {
    /// A command: one audit row per change, with what changed in its details.
    Command,
    /// The import: the rows of a file in batches (see `Batch`); the few changes it audits
    /// one by one say `"import": true`.
    Import(Batch),
}

impl Audit {
    pub fn import() -> Audit {
        Audit::Import(Batch::default())
    }

    /// Records one change: a command as an audit row of its own with `details`, the import
    /// as `row` in its batch. `details` is built only for a command.
    pub fn record(
        &mut self,
        tx: &Tx,
        action: &'static str,
        target: &str,
        partner: Option<&str>,
        details: impl FnOnce() -> serde_json::Value,
        row: impl Serialize,
    ) -> Result<()> {
        match self {
            Audit::Command => tx.audit(action, target, partner, details()),
            Audit::Import(batch) => batch.add(tx, action, partner, target, &row),
        }
    }

    /// Writes what is batched (at the end of each imported file).
    pub fn flush(&mut self, tx: &Tx) -> Result<()> {
        match self {
            Audit::Command => Ok(()),
            Audit::Import(batch) => batch.flush(tx),
        }
    }
}

/// Imported rows are audited a partner at a time: one audit row per run of rows of the same
/// action and partner, listing what each row did in `details.rows`, so that a national
/// import writes some tens of thousands of audit rows instead of a million. A run ends when
/// the action or the partner changes, at the end of each file, and after `RUN_ROWS` rows:
/// memory holds at most that many rows' details, however many rows one partner has (a run
/// of a million accounts of one partner, held whole and copied to be written, took 130 MB).
/// The most rows one audit row lists (a few hundred KB of details).
const RUN_ROWS: usize = 10_000;

#[derive(Default)]
pub struct Batch {
    run: Option<Run>,
}

struct Run {
    action: &'static str,
    partner: Option<String>,
    /// What a lone row is named, as its command would name it.
    first_target: String,
    rows: usize,
    /// The rows, comma-separated JSON objects. Written as they come: a `serde_json::Value`
    /// per row would cost an accounts import more than its audit rows.
    json: Vec<u8>,
}

impl Batch {
    fn add(
        &mut self,
        tx: &Tx,
        action: &'static str,
        partner: Option<&str>,
        target: &str,
        row: &impl Serialize,
    ) -> Result<()> {
        let same = matches!(&self.run, Some(r) if r.action == action
            && r.partner.as_deref() == partner && r.rows < RUN_ROWS);
        if !same {
            self.flush(tx)?;
        }
        let run = self.run.get_or_insert_with(|| Run {
            action,
            partner: partner.map(str::to_string),
            first_target: target.to_string(),
            rows: 0,
            json: Vec::new(),
        });
        if run.rows > 0 {
            run.json.push(b',');
        }
        serde_json::to_writer(&mut run.json, row)?;
        run.rows += 1;
        Ok(())
    }

    fn flush(&mut self, tx: &Tx) -> Result<()> {
        let Some(run) = self.run.take() else {
            return Ok(());
        };
        let target = match run.rows {
            1 => run.first_target,
            n => format!("{n} rows"),
        };
        let mut details = br#"{"import":true,"rows":["#.to_vec();
        details.extend_from_slice(&run.json);
        details.extend_from_slice(b"]}");
        tx.audit_json(
            run.action,
            &target,
            run.partner.as_deref(),
            &String::from_utf8(details)?,
        )
    }
}

pub struct Filter<'a> {
    pub actor: Option<&'a str>,
    pub partner: Option<&'a str>,
    pub since: Option<&'a str>,
    pub limit: Option<u32>,
}

fn from_row(r: &Row) -> Result<Entry> {
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
    // No limit is the largest one: SQLite's -1 and PostgreSQL's NULL do not mean it in both.
    let limit = f.limit.map_or(i64::MAX, i64::from);
    // An agent of one Caf reads its Caf's partners' rows (none of the store's own).
    tx.db.query_map(
        &format!(
            "SELECT * FROM (
                SELECT id, at, actor, action, target, partner, details FROM audit
                WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR partner = ?2)
                  AND (?3 IS NULL OR at >= ?3) AND {}
                ORDER BY id DESC LIMIT ?4) AS recent
             ORDER BY id",
            super::reach::of_caf("partner", 5)
        ),
        args![f.actor, f.partner, f.since, limit, tx.actor.caf_code()],
        from_row,
    )
}

/// The audit rows of declaration `id` of `partner` (`declaration.*`), oldest first. By
/// partner first: its index narrows the rows, and the server's policy reads that column.
pub fn of_declaration(tx: &Tx, partner: &str, id: i64) -> Result<Vec<Entry>> {
    let target = id.to_string();
    tx.db.query_map(
        "SELECT id, at, actor, action, target, partner, details FROM audit
         WHERE partner = ?1 AND target = ?2 AND action LIKE 'declaration.%'
         ORDER BY id",
        args![partner, target],
        from_row,
    )
}

/// The head of the audit trail's hash chain (`chain.rs`).
pub fn head(tx: &Tx) -> Result<super::chain::Link> {
    super::chain::head(&tx.db)
}

/// Walks the whole chain: its size and head, or the first row changed, inserted or removed.
pub fn verify(tx: &Tx) -> Result<std::result::Result<super::chain::Intact, super::chain::Break>> {
    super::chain::verify(&tx.db)
}

/// The row whose hash is `hash`, if any.
pub fn find(tx: &Tx, hash: &str) -> Result<Option<i64>> {
    super::chain::find(&tx.db, hash)
}
