//! The values shell completion offers, read from the store without an acting account:
//! the store is opened read-only, never created or migrated, and any failure simply
//! means no values.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// What a completed argument names.
#[derive(Clone, Copy, Debug)]
pub enum Values {
    Logins,
    Partners,
    Services,
    Sites,
    Calls,
    Declarations,
}

/// (value, help) pairs for `what`, from the store at `path`; empty when it cannot be read.
pub fn values(path: &Path, what: Values) -> Vec<(String, Option<String>)> {
    let sql = match what {
        Values::Logins => {
            "SELECT login, first_name || ' ' || last_name FROM account ORDER BY login LIMIT 5000"
        }
        Values::Partners => "SELECT code, name FROM partner ORDER BY code LIMIT 5000",
        Values::Services => "SELECT code, name FROM service ORDER BY code LIMIT 5000",
        Values::Sites => "SELECT DISTINCT code, name FROM site ORDER BY code LIMIT 5000",
        Values::Calls => "SELECT id, status FROM call ORDER BY id",
        Values::Declarations => {
            "SELECT CAST(id AS TEXT), service || ' ' || state FROM declaration
             ORDER BY id DESC LIMIT 5000"
        }
    };
    let run = || -> rusqlite::Result<Vec<(String, Option<String>)>> {
        let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = db.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    };
    run().unwrap_or_default()
}
