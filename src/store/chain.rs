//! The audit trail as a hash chain: each row holds the hash of the row before it
//! (`prev_hash`) and its own `hash`, the SHA-256 of that link and of its content. Whoever
//! can write the store can still drop the triggers and edit the table; the chain makes the
//! edit show: `afas audit verify` recomputes every hash and names the first row changed,
//! inserted or removed. What it cannot show on its own (a chain rewritten from some row to
//! its end, rows cut from the end) shows against a head recorded elsewhere (`--head`).
//!
//! # The canonical encoding (version 1)
//!
//! `hash` is the lowercase hexadecimal SHA-256 of these bytes, in this order:
//!
//! 1. the 13 ASCII bytes `afas-audit-v1` and a line feed (0x0A);
//! 2. eight fields: `prev_hash`, `id` (in decimal ASCII, `-` for a negative), `at`,
//!    `actor`, `action`, `target`, `partner`, `details`. Each is written as the byte 0x00
//!    when it is NULL, else as the byte 0x01, its length in bytes as an unsigned 64-bit
//!    big-endian integer, then its UTF-8 bytes.
//!
//! The first row's `prev_hash` is 64 zeros (`GENESIS`). Lengths make the encoding
//! unambiguous (no separator can be forged inside a value), and the NULL marker tells a
//! missing partner from an empty one. `details` is hashed as the text stored, not as the
//! JSON it holds: a reformatted JSON object is a changed row.

use std::collections::VecDeque;

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::sql::{args, Conn, Row};

/// The `prev_hash` of the first row: there is no row before it.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The schema version whose migration adds the chain: afas fills in the hashes of the rows
/// already there right after its SQL, in its transaction (neither SQLite nor a migration
/// written once for both stores can compute SHA-256 in SQL).
pub const MIGRATION: usize = 8;
/// The same migration's number among PostgreSQL's.
pub const PG_MIGRATION: usize = 3;

/// A row's content, as it is hashed: `at`, `actor`, `action`, `target`, `partner`,
/// `details`, each as stored (NULL only where the store allows it, or was made to).
pub type Fields<'a> = [Option<&'a str>; 6];

/// The hash of row `id` with `fields`, chained to `prev` (see the module's comment).
pub fn digest(prev: Option<&str>, id: i64, fields: &Fields) -> String {
    let mut h = Sha256::new();
    h.update(b"afas-audit-v1\n");
    let id = id.to_string();
    for field in [prev, Some(id.as_str())].iter().chain(fields.iter()) {
        match field {
            None => h.update([0u8]),
            Some(text) => {
                h.update([1u8]);
                h.update((text.len() as u64).to_be_bytes());
                h.update(text.as_bytes());
            }
        }
    }
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// The last row of the chain: the next row is `id + 1` and chains to `hash`. An empty trail
/// is row 0 with `GENESIS`; a head without a hash (written outside afas) is chained to as
/// it is, NULL, and `verify` names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: i64,
    pub hash: Option<String>,
}

impl Link {
    /// The head as printed: its hash, or what is wrong with it. Only 64 hex digits are
    /// printed as they are: a hash column edited by hand could hold terminal escapes.
    pub fn shown(&self) -> &str {
        match self.hash.as_deref() {
            Some(h) if h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) => h,
            Some(_) => "(not a hash: the last row was changed outside afas; see `audit verify`)",
            None => "(none: the last row has no hash; see `audit verify`)",
        }
    }
}

/// The head of the chain: the row of the highest id.
pub fn head(db: &Conn) -> Result<Link> {
    // On PostgreSQL everyone links to the head, whatever part of the trail they may read:
    // the store's function reads it for them (postgres/migrations/005).
    let sql = match db.dialect() {
        super::sql::Dialect::Sqlite => "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
        super::sql::Dialect::Postgres => "SELECT id, hash FROM afas_audit_head()",
    };
    let head = db.query_opt(sql, args![], |r| {
        Ok(Link {
            id: r.get(0)?,
            hash: r.get(1)?,
        })
    })?;
    Ok(head.unwrap_or(Link {
        id: 0,
        hash: Some(GENESIS.to_string()),
    }))
}

/// Chains rows that have no hash yet (a store from before the chain), in id order:
/// (id, prev_hash, hash) for each.
pub fn chain_rows(
    rows: impl IntoIterator<Item = (i64, [Option<String>; 6])>,
) -> Vec<(i64, String, String)> {
    let mut prev = GENESIS.to_string();
    let mut out = Vec::new();
    for (id, fields) in rows {
        let f = fields.each_ref().map(Option::as_deref);
        let hash = digest(Some(&prev), id, &f);
        out.push((id, std::mem::replace(&mut prev, hash.clone()), hash));
    }
    out
}

/// Where the chain breaks: the first row changed, inserted or removed.
#[derive(Debug, PartialEq, Eq)]
pub enum Break {
    /// The row's content (or its hash) was edited: it does not match its hash, or the row
    /// after it chains to the hash it had.
    Changed { id: i64, rehashed: bool },
    /// The row is not part of the chain: it has no hash, or the row after it chains to the
    /// row before it.
    Inserted { id: i64, no_hash: bool },
    /// Rows `from..=to` are missing: the row after them chains to a row that is not there.
    Removed { from: i64, to: i64 },
    /// The first rows are missing: the first row left chains to a row that is not there.
    FirstRemoved { first_left: i64 },
}

impl Break {
    /// The one line `audit verify` says.
    pub fn line(&self) -> String {
        match self {
            Break::Changed {
                id,
                rehashed: false,
            } => format!(
                "the audit trail was tampered with: row {id} was changed (its content does not \
                 match its hash)"
            ),
            Break::Changed { id, rehashed: true } => format!(
                "the audit trail was tampered with: row {id} was changed (its hash was \
                 recomputed, and row {} still chains to the one it had)",
                id + 1
            ),
            Break::Inserted { id, no_hash: true } => format!(
                "the audit trail was tampered with: row {id} was inserted outside afas (it has \
                 no hash)"
            ),
            Break::Inserted { id, no_hash: false } => format!(
                "the audit trail was tampered with: row {id} was inserted (it is not part of \
                 the chain: the row after it chains to the row before it)"
            ),
            Break::Removed { from, to } if from == to => format!(
                "the audit trail was tampered with: row {from} was removed (row {} chains to \
                 a row that is not there)",
                to + 1
            ),
            Break::Removed { from, to } => format!(
                "the audit trail was tampered with: rows {from} to {to} were removed (row {} \
                 chains to a row that is not there)",
                to + 1
            ),
            Break::FirstRemoved { first_left } if *first_left > 1 => format!(
                "the audit trail was tampered with: its first rows (1 to {}) were removed \
                 (row {first_left}, the first left, chains to a row that is not there)",
                first_left - 1
            ),
            Break::FirstRemoved { first_left } => format!(
                "the audit trail was tampered with: rows before row {first_left} were removed \
                 (it chains to a row that is not there)"
            ),
        }
    }
}

/// A row as `verify` reads it.
struct Stored {
    id: i64,
    fields: [Option<String>; 6],
    prev: Option<String>,
    hash: Option<String>,
}

impl Stored {
    fn read(r: &Row) -> Result<Stored> {
        Ok(Stored {
            id: r.get(0)?,
            fields: [
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ],
            prev: r.get(7)?,
            hash: r.get(8)?,
        })
    }

    fn matches_its_hash(&self) -> bool {
        let f = self.fields.each_ref().map(Option::as_deref);
        self.hash.as_deref() == Some(digest(self.prev.as_deref(), self.id, &f).as_str())
    }
}

/// An intact chain: how many rows, and its head.
#[derive(Debug)]
pub struct Intact {
    pub rows: u64,
    pub head: Link,
}

/// Rows read per query: memory stays bounded whatever the trail's size (an import's audit
/// rows hold whole partners).
const PAGE: i64 = 500;

/// Walks the whole chain, oldest first: the first break, or the chain's size and head.
/// Every text column is read as text (CAST), so a value of another type put there by hand
/// is a changed row, not a failure to read.
pub fn verify(db: &Conn) -> Result<std::result::Result<Intact, Break>> {
    let mut walk = Walk {
        last: None,
        rows: 0,
        first: None,
    };
    let mut page: VecDeque<Stored> = VecDeque::new();
    let mut after = i64::MIN;
    let mut more = true;
    loop {
        // One row of lookahead: a row that does not match its hash is judged by the next.
        if more && page.len() < 2 {
            let rows = db.query_map(
                "SELECT id, CAST(at AS TEXT), CAST(actor AS TEXT), CAST(action AS TEXT),
                        CAST(target AS TEXT), CAST(partner AS TEXT), CAST(details AS TEXT),
                        CAST(prev_hash AS TEXT), CAST(hash AS TEXT)
                 FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2",
                args![after, PAGE],
                Stored::read,
            )?;
            more = rows.len() as i64 == PAGE;
            if let Some(last) = rows.last() {
                after = last.id;
            }
            page.extend(rows);
        }
        let Some(row) = page.pop_front() else {
            break;
        };
        if let Some(broken) = walk.step(db, &row, page.front())? {
            return Ok(Err(broken));
        }
    }
    Ok(Ok(Intact {
        rows: walk.rows,
        head: walk.last.map_or(
            Link {
                id: 0,
                hash: Some(GENESIS.to_string()),
            },
            |(id, hash)| Link {
                id,
                hash: Some(hash),
            },
        ),
    }))
}

struct Walk {
    /// The last row found intact: its id and hash.
    last: Option<(i64, String)>,
    rows: u64,
    /// The first row's id.
    first: Option<i64>,
}

impl Walk {
    fn step(&mut self, db: &Conn, row: &Stored, next: Option<&Stored>) -> Result<Option<Break>> {
        let first = *self.first.get_or_insert(row.id);
        let expected = self.last.as_ref().map_or(GENESIS, |(_, h)| h.as_str());
        if !row.matches_its_hash() {
            // Inserted if the chain goes around it, changed if the next row chains to it.
            let skipped = next.is_some_and(|n| n.prev.as_deref() == Some(expected));
            return Ok(Some(if row.hash.is_none() || skipped {
                Break::Inserted {
                    id: row.id,
                    no_hash: row.hash.is_none(),
                }
            } else {
                Break::Changed {
                    id: row.id,
                    rehashed: false,
                }
            }));
        }
        if row.prev.as_deref() == Some(expected) {
            self.rows += 1;
            self.last = Some((row.id, row.hash.clone().unwrap_or_default()));
            return Ok(None);
        }
        // The row is whole, but chains to another row than the one before it.
        let Some((last_id, _)) = self.last else {
            return Ok(Some(if row.id > 1 {
                Break::FirstRemoved { first_left: row.id }
            } else {
                Break::Changed {
                    id: row.id,
                    rehashed: false,
                }
            }));
        };
        if row.prev.as_deref() == Some(GENESIS) {
            // The chain starts here: what came before it was put in front.
            return Ok(Some(Break::Inserted {
                id: first,
                no_hash: false,
            }));
        }
        if let Some(prev) = &row.prev {
            let earlier = db.query_opt(
                "SELECT min(id) FROM audit WHERE id > (SELECT min(id) FROM audit WHERE hash = ?1)
                 AND id < ?2",
                args![prev, row.id],
                |r| r.get::<Option<i64>>(0),
            )?;
            if let Some(Some(id)) = earlier {
                return Ok(Some(Break::Inserted { id, no_hash: false }));
            }
        }
        Ok(Some(if row.id > last_id + 1 {
            Break::Removed {
                from: last_id + 1,
                to: row.id - 1,
            }
        } else {
            Break::Changed {
                id: last_id,
                rehashed: true,
            }
        }))
    }
}

/// Where a hash is in the chain: the id of the row that has it.
pub fn find(db: &Conn, hash: &str) -> Result<Option<i64>> {
    db.query_opt(
        "SELECT min(id) FROM audit WHERE hash = ?1",
        args![hash],
        |r| r.get::<Option<i64>>(0),
    )
    .map(Option::flatten)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_encoding_is_the_documented_one() {
        // Recomputed by hand from the module's comment, byte for byte.
        let mut bytes = b"afas-audit-v1\n".to_vec();
        for field in [
            Some(GENESIS),
            Some("7"),
            Some("t"),
            Some("A"),
            Some("x"),
            Some(""),
            None,
        ] {
            match field {
                None => bytes.push(0),
                Some(s) => {
                    bytes.push(1);
                    bytes.extend_from_slice(&(s.len() as u64).to_be_bytes());
                    bytes.extend_from_slice(s.as_bytes());
                }
            }
        }
        bytes.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0, 2]);
        bytes.extend_from_slice(b"{}");
        assert_eq!(
            digest(
                Some(GENESIS),
                7,
                &[Some("t"), Some("A"), Some("x"), Some(""), None, Some("{}")]
            ),
            hex(&Sha256::digest(&bytes))
        );
    }

    #[test]
    fn a_missing_partner_and_an_empty_one_hash_differently() {
        let f = |p| [Some("t"), Some("A"), Some("x"), Some("y"), p, Some("{}")];
        assert_ne!(digest(None, 1, &f(None)), digest(None, 1, &f(Some(""))));
        // and a value cannot slide into the next field
        let g = [Some("t"), Some("A"), Some("xy"), Some(""), None, Some("{}")];
        let h = [Some("t"), Some("A"), Some("x"), Some("y"), None, Some("{}")];
        assert_ne!(digest(None, 1, &g), digest(None, 1, &h));
    }

    #[test]
    fn rows_chain_to_the_row_before() {
        let row = |id| {
            (
                id,
                [Some("t"), Some("A"), Some("x"), Some("y"), None, Some("{}")],
            )
        };
        let chained = chain_rows([1, 2].map(|id| {
            let (id, f) = row(id);
            (id, f.map(|v| v.map(str::to_string)))
        }));
        assert_eq!(chained[0].1, GENESIS);
        assert_eq!(chained[1].1, chained[0].2);
        assert_eq!(chained[1].2, digest(Some(&chained[0].2), 2, &row(2).1));
    }
}
