//! Passwords of a shared store's accounts (SPEC §4): each account is a login role, whose
//! password afas sets through the store's own function (`afas_set_password`, which checks
//! the caller's right) as a SCRAM-SHA-256 verifier: the server never sees it in clear, so
//! neither its log nor `pg_stat_activity` can show it.

use anyhow::Result;

use super::sql::args;
use super::Tx;

/// How long a temporary password works.
pub const TEMPORARY_DAYS: i64 = 7;

/// Letters and digits that cannot be mistaken for one another when read aloud or copied.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// A temporary password: 20 characters of `ALPHABET` from the OS's randomness (~116 bits).
pub fn temporary_password() -> Result<String> {
    let mut out = String::with_capacity(20);
    let mut byte = [0u8; 1];
    // Rejection sampling: only bytes below the largest multiple of the alphabet's size, so
    // that every character is as likely.
    let limit = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
    while out.len() < 20 {
        getrandom::getrandom(&mut byte)
            .map_err(|e| anyhow::anyhow!("no randomness from the system for a password: {e}"))?;
        if byte[0] < limit {
            out.push(ALPHABET[byte[0] as usize % ALPHABET.len()] as char);
        }
    }
    Ok(out)
}

/// Sets `login`'s password, working for `days` days (`None`: for good).
pub fn set_password(tx: &Tx, login: &str, password: &str, days: Option<i64>) -> Result<()> {
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
    tx.db.run(
        "SELECT afas_set_password(CAST(?1 AS TEXT), CAST(?2 AS TEXT),
             CASE WHEN CAST(?3 AS BIGINT) = 0 THEN CAST('infinity' AS timestamptz)
                  ELSE now() + make_interval(days => CAST(CAST(?3 AS BIGINT) AS INTEGER)) END)",
        args![login, verifier, days.unwrap_or(0)],
    )?;
    let prefix: String = tx
        .db
        .query_one("SELECT afas_role_prefix()", args![], |r| r.get(0))?;
    super::postgres::connect::remember(&format!("{prefix}{login}"), password);
    Ok(())
}

/// Until when the caller's own password works (`None`: for good, or no password at all).
pub fn password_until(tx: &Tx) -> Result<Option<String>> {
    tx.db.query_one(
        "SELECT CASE WHEN u = 'infinity' THEN NULL
                     ELSE to_char(u AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') END
         FROM (SELECT afas_password_until() AS u) t",
        args![],
        |r| r.get(0),
    )
}
