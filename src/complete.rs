//! Completion of values from the store (logins, partner, service and site codes, call and
//! declaration ids), for clap_complete's dynamic engine: `source <(COMPLETE=bash afas)`.
//!
//! The completer runs inside `afas` while the shell completes, before any argument is
//! parsed, so it finds the store itself: `--db` on the line being completed, else
//! `AFAS_DB`, else the default.

use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::store::completion::{self, Values};

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
        .or_else(crate::store::default_path)
}

fn candidates(what: Values) -> Vec<CompletionCandidate> {
    // Values come from a local store only: completing must not ask a server for a
    // password while the shell waits.
    let Some(path) =
        store_path().filter(|p| !crate::store::postgres::connect::is_url(&p.to_string_lossy()))
    else {
        return Vec::new();
    };
    completion::values(&path, what)
        .into_iter()
        .map(|(value, help)| CompletionCandidate::new(value).help(help.map(Into::into)))
        .collect()
}

pub fn logins() -> Vec<CompletionCandidate> {
    candidates(Values::Logins)
}

pub fn partners() -> Vec<CompletionCandidate> {
    candidates(Values::Partners)
}

pub fn services() -> Vec<CompletionCandidate> {
    candidates(Values::Services)
}

pub fn sites() -> Vec<CompletionCandidate> {
    candidates(Values::Sites)
}

pub fn calls() -> Vec<CompletionCandidate> {
    candidates(Values::Calls)
}

pub fn declarations() -> Vec<CompletionCandidate> {
    candidates(Values::Declarations)
}
