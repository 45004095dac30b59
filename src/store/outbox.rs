//! The outbox: e-mails written in the same transaction as their cause, delivered later by
//! `outbox send`.

use anyhow::Result;
use rusqlite::{params, Connection};

pub struct Mail<'a> {
    pub recipient: &'a str,
    pub recipient_login: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    pub cause: &'a str,
}

pub fn queue(db: &Connection, now: &str, m: &Mail) -> Result<i64> {
    db.prepare_cached(
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
    Ok(db.last_insert_rowid())
}
