//! Completion of values from the store (logins, partner, service and site codes, call and
//! declaration ids), for clap_complete's dynamic engine: `source <(COMPLETE=bash afas)`.
//!
//! The completer runs inside `afas` while the shell completes, before any argument is
//! parsed, so it finds the store itself: `--db` on the line being completed, else
//! `AFAS_DB`, else the default. It only reads, never creates or migrates a store, and any
//! failure simply means no candidates.

use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;
use rusqlite::{Connection, OpenFlags};

fn store_path() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    let from_line = args
        .windows(2)
        .rev()
        .find_map(|w| (w[0] == "--db").then(|| PathBuf::from(&w[1])));
    let from_eq = args
        .iter()
        .rev()
        .find_map(|a| a.strip_prefix("--db=").map(PathBuf::from));
    from_line
        .or(from_eq)
        .or_else(|| std::env::var_os("AFAS_DB").map(PathBuf::from))
        .or_else(|| {
            directories::ProjectDirs::from("fr", "caf", "afas")
                .map(|d| d.data_dir().join("afas.db"))
        })
}

fn query(sql: &str) -> Vec<CompletionCandidate> {
    let run = || -> rusqlite::Result<Vec<CompletionCandidate>> {
        let path = store_path().ok_or(rusqlite::Error::InvalidQuery)?;
        let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = db.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            let value: String = r.get(0)?;
            let help: Option<String> = r.get(1)?;
            Ok(CompletionCandidate::new(value).help(help.map(Into::into)))
        })?;
        rows.collect()
    };
    run().unwrap_or_default()
}

pub fn logins() -> Vec<CompletionCandidate> {
    query("SELECT login, first_name || ' ' || last_name FROM account ORDER BY login LIMIT 5000")
}

pub fn partners() -> Vec<CompletionCandidate> {
    query("SELECT code, name FROM partner ORDER BY code LIMIT 5000")
}

pub fn services() -> Vec<CompletionCandidate> {
    query("SELECT code, name FROM service ORDER BY code LIMIT 5000")
}

pub fn sites() -> Vec<CompletionCandidate> {
    query("SELECT DISTINCT code, name FROM site ORDER BY code LIMIT 5000")
}

pub fn calls() -> Vec<CompletionCandidate> {
    query("SELECT id, status FROM call ORDER BY id")
}

pub fn declarations() -> Vec<CompletionCandidate> {
    query(
        "SELECT CAST(id AS TEXT), service || ' ' || state FROM declaration
         ORDER BY id DESC LIMIT 5000",
    )
}
