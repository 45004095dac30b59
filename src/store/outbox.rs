//! The outbox: e-mails written in the same transaction as their cause, delivered later by
//! `outbox send`.

use super::sql::{args, Param};
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
    tx.db.query_one(
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
    )
}

/// E-mails queued many at a time (a call's opening or reminder: one per profile holder):
/// each `QUEUE_CHUNK` messages are one statement, so that a national call costs a few
/// hundred round trips to a PostgreSQL server rather than one per message.
#[derive(Default)]
pub struct Queue {
    pending: Vec<[String; 5]>,
}

/// Messages per statement: 6 parameters each, well under both stores' limits.
const QUEUE_CHUNK: usize = 500;

impl Queue {
    pub fn push(&mut self, tx: &Tx, m: &Mail) -> Result<()> {
        self.pending.push([
            m.recipient.to_string(),
            m.recipient_login.unwrap_or_default().to_string(),
            m.subject.to_string(),
            m.body.to_string(),
            m.cause.to_string(),
        ]);
        if self.pending.len() == QUEUE_CHUNK {
            self.flush(tx)?;
        }
        Ok(())
    }

    /// Writes what is left; the queue is empty after it.
    pub fn flush(&mut self, tx: &Tx) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut sql = String::from(
            "INSERT INTO outbox (created_at, recipient, recipient_login, subject, body, cause)
             VALUES ",
        );
        let mut params: Vec<&dyn Param> = Vec::with_capacity(self.pending.len() * 6);
        for (i, [recipient, login, subject, body, cause]) in self.pending.iter().enumerate() {
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
                recipient,
                login,
                subject,
                body,
                cause,
            ]);
        }
        tx.db.run(&sql, &params)?;
        self.pending.clear();
        Ok(())
    }
}

pub fn list(tx: &Tx, pending_only: bool) -> Result<Vec<Message>> {
    let rows = tx.db.query_map(
        "SELECT id, created_at, recipient, recipient_login, subject, body, cause, status,
                attempts, last_error, sent_at
         FROM outbox WHERE (?1 = 0 OR status = 'pending') ORDER BY id",
        args![pending_only],
        |r| {
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
        },
    )?;
    Ok(rows)
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
