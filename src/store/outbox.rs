//! The outbox: e-mails written in the same transaction as their cause, delivered later by
//! `outbox send`.

use super::Tx;
use crate::domain::records::Message;
use anyhow::Result;
use rusqlite::params;

pub struct Mail<'a> {
    pub recipient: &'a str,
    pub recipient_login: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    pub cause: &'a str,
}

pub fn queue(tx: &Tx, m: &Mail) -> Result<i64> {
    let now = tx.now.as_str();
    tx.db
        .prepare_cached(
            "INSERT INTO outbox (created_at, recipient, recipient_login, subject, body, cause)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            now,
            m.recipient,
            m.recipient_login,
            m.subject,
            m.body,
            m.cause
        ])?;
    Ok(tx.db.last_insert_rowid())
}

pub fn list(tx: &Tx, pending_only: bool) -> Result<Vec<Message>> {
    let mut stmt = tx.db.prepare_cached(
        "SELECT id, created_at, recipient, recipient_login, subject, body, cause, status,
                attempts, last_error, sent_at
         FROM outbox WHERE (?1 = 0 OR status = 'pending') ORDER BY id",
    )?;
    let rows = stmt.query_map([pending_only], |r| {
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
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Claims a pending message for delivery until `until`, unless another sender holds a
/// live claim on it. Returns whether this sender may deliver it.
pub fn claim(tx: &Tx, id: i64, until: &str) -> Result<bool> {
    let now = tx.now.as_str();
    let n = tx.db.execute(
        "UPDATE outbox SET claimed_until = ?3
         WHERE id = ?1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?2)",
        params![id, now, until],
    )?;
    Ok(n == 1)
}

pub fn mark_sent(tx: &Tx, id: i64) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.execute(
        "UPDATE outbox SET status = 'sent', sent_at = ?2, attempts = attempts + 1,
                last_error = NULL, claimed_until = NULL WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

pub fn mark_failed(tx: &Tx, id: i64, error: &str) -> Result<()> {
    tx.db.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, claimed_until = NULL
         WHERE id = ?1",
        params![id, error],
    )?;
    Ok(())
}
