//! The outbox: e-mails written in the same transaction as their cause, delivered later by
//! `outbox send`.

use super::sql::{args, Dialect, Param, Row};
use super::Tx;
use crate::domain::records::Message;
use anyhow::Result;

pub struct Mail<'a> {
    pub recipient: &'a str,
    pub recipient_login: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    pub cause: &'a str,
}

pub fn queue(tx: &Tx, m: &Mail) -> Result<i64> {
    let now = tx.now.as_str();
    match tx.dialect() {
        Dialect::Sqlite => tx.db.query_one(
            "INSERT INTO outbox (created_at, recipient, recipient_login, subject, body, cause)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            args![
                now,
                m.recipient,
                m.recipient_login,
                m.subject,
                m.body,
                m.cause
            ],
            |r| r.get(0),
        ),
        // A partner's people queue e-mails they may not read back (the outbox is the Caf
        // agents'), and RETURNING would be a read: the id is taken first.
        Dialect::Postgres => {
            let id: i64 = tx.db.query_one(
                "SELECT nextval(pg_get_serial_sequence('outbox', 'id'))",
                args![],
                |r| r.get(0),
            )?;
            tx.db.run(
                "INSERT INTO outbox (id, created_at, recipient, recipient_login, subject, body,
                                     cause)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                args![
                    id,
                    now,
                    m.recipient,
                    m.recipient_login,
                    m.subject,
                    m.body,
                    m.cause
                ],
            )?;
            Ok(id)
        }
    }
}

/// An e-mail queued with many others (`queue_all`): its texts written for its recipient.
pub struct Letter<'a> {
    pub recipient: &'a str,
    pub recipient_login: Option<&'a str>,
    pub subject: String,
    pub body: String,
    pub cause: &'a str,
}

/// Messages per statement on SQLite: 6 parameters each, well under its limit.
const CHUNK: usize = 500;

/// Queues many e-mails at once (a call's opening or reminder: one per profile holder);
/// returns how many. `letters` is read as the rows are written, so it must not use the
/// store itself.
///
/// Both stores write them `CHUNK` to an INSERT. (PostgreSQL's `COPY` was faster, but the
/// server refuses it on a table with row-level security.)
pub fn queue_all<'a>(tx: &Tx, letters: impl Iterator<Item = Letter<'a>>) -> Result<usize> {
    let mut n = 0;
    let mut chunk = Vec::with_capacity(CHUNK);
    for letter in letters {
        chunk.push(letter);
        if chunk.len() == CHUNK {
            n += insert_chunk(tx, &chunk)?;
            chunk.clear();
        }
    }
    n += insert_chunk(tx, &chunk)?;
    Ok(n)
}

/// One INSERT of many rows.
fn insert_chunk(tx: &Tx, chunk: &[Letter]) -> Result<usize> {
    if chunk.is_empty() {
        return Ok(0);
    }
    let mut sql = String::from(
        "INSERT INTO outbox (created_at, recipient, recipient_login, subject, body, cause)
         VALUES ",
    );
    let mut params: Vec<&dyn Param> = Vec::with_capacity(chunk.len() * 6);
    for (i, l) in chunk.iter().enumerate() {
        let n = i * 6;
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!(
            "(?{}, ?{}, nullif(?{}, ''), ?{}, ?{}, ?{})",
            n + 1,
            n + 2,
            n + 3,
            n + 4,
            n + 5,
            n + 6
        ));
        params.extend([
            &tx.now as &dyn Param,
            &l.recipient,
            &l.recipient_login,
            &l.subject,
            &l.body,
            &l.cause,
        ]);
    }
    tx.db.run(&sql, &params)?;
    Ok(chunk.len())
}

const SELECT: &str = "SELECT id, created_at, recipient, recipient_login, subject, body, cause,
                             status, attempts, last_error, sent_at FROM outbox";

fn from_row(r: &Row) -> Result<Message> {
    Ok(Message {
        id: r.get(0)?,
        created_at: r.get(1)?,
        recipient: r.get(2)?,
        recipient_login: r.get(3)?,
        subject: r.get(4)?,
        body: r.get(5)?,
        cause: r.get(6)?,
        status: r.get(7)?,
        attempts: r.get(8)?,
        last_error: r.get(9)?,
        sent_at: r.get(10)?,
    })
}

pub fn list(tx: &Tx, pending_only: bool) -> Result<Vec<Message>> {
    tx.db.query_map(
        &format!(
            "{SELECT} WHERE (?1 = 0 OR status = 'pending') AND {} ORDER BY id",
            to_caf(2)
        ),
        args![pending_only, tx.actor.caf_code()],
        from_row,
    )
}

/// The messages that fail: given up, or pending after a failed attempt (`todo`). Read by
/// status in SQL: a national call leaves hundreds of thousands of messages in the outbox.
pub fn failing(tx: &Tx) -> Result<Vec<Message>> {
    tx.db.query_map(
        &format!(
            "{SELECT} WHERE (status = 'failed' OR (status = 'pending' AND last_error IS NOT NULL))
               AND {} ORDER BY id",
            to_caf(1)
        ),
        args![tx.actor.caf_code()],
        from_row,
    )
}

/// An agent of one Caf (its code in parameter `param`) reads and delivers the e-mails to
/// its Caf's partners' people only.
fn to_caf(param: u8) -> String {
    format!(
        "(?{param} IS NULL OR recipient_login IN (SELECT login FROM account a WHERE {}))",
        super::reach::of_caf("a.partner", param)
    )
}

/// Claims a pending message for delivery until `until`, unless another sender holds a
/// live claim on it. Returns whether this sender may deliver it.
pub fn claim(tx: &Tx, id: i64, until: &str) -> Result<bool> {
    let now = tx.now.as_str();
    let n = tx.db.run(
        "UPDATE outbox SET claimed_until = ?3
         WHERE id = ?1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?2)",
        args![id, now, until],
    )?;
    Ok(n == 1)
}

pub fn mark_sent(tx: &Tx, id: i64) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.run(
        "UPDATE outbox SET status = 'sent', sent_at = ?2, attempts = attempts + 1,
                last_error = NULL, claimed_until = NULL WHERE id = ?1",
        args![id, now],
    )?;
    Ok(())
}

pub fn mark_failed(tx: &Tx, id: i64, error: &str) -> Result<()> {
    tx.db.run(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, claimed_until = NULL
         WHERE id = ?1",
        args![id, error],
    )?;
    Ok(())
}

/// A permanent refusal of this message (its recipient or its data). After `limit` of them
/// the message is given up: `failed`, with `given_up` as its reason, never tried again.
/// Returns whether it was given up.
pub fn mark_rejected(tx: &Tx, id: i64, error: &str, given_up: &str, limit: i64) -> Result<bool> {
    let status: String = tx.db.query_one(
        "UPDATE outbox SET attempts = attempts + 1, rejections = rejections + 1,
                claimed_until = NULL,
                status = CASE WHEN rejections + 1 >= ?3 THEN 'failed' ELSE status END,
                last_error = CASE WHEN rejections + 1 >= ?3 THEN ?4 ELSE ?2 END
         WHERE id = ?1 RETURNING status",
        args![id, error, limit, given_up],
        |r| r.get(0),
    )?;
    Ok(status == "failed")
}

/// Gives a claimed message back untried (the run stopped before it: a TLS or login failure).
pub fn release(tx: &Tx, id: i64) -> Result<()> {
    tx.db.run(
        "UPDATE outbox SET claimed_until = NULL WHERE id = ?1 AND status = 'pending'",
        args![id],
    )?;
    Ok(())
}
