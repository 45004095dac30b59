//! Completion of values from the store (logins, partner, service and site codes, call and
//! declaration ids), for clap_complete's dynamic engine: `source <(COMPLETE=bash afas)`,
//! and of the fixed values the store does not hold (control codes, field names).
//!
//! The completer runs inside `afas` while the shell completes, before any argument is
//! parsed, so it reads the line itself: the store (`--db`, else `AFAS_DB`, else the
//! default; `~` is the home directory, as the shell would not expand it in `--db=~/…`),
//! the acting account (`--as`, else `AFAS_AS`: what it may read is all it is offered), the
//! service and the declaration the line names.

use std::ffi::OsString;
use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::domain::{controls, fields};
use crate::store::completion::{self, Line, Values};

/// The words of the line being completed (after clap_complete's `--`).
fn words() -> Vec<String> {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => args,
    }
}

/// The last value of `--flag VALUE` or `--flag=VALUE` on the line.
fn flag(words: &[String], name: &str) -> Option<String> {
    let eq = format!("{name}=");
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if w == name {
            found = words.get(i + 1).cloned();
        } else if let Some(v) = w.strip_prefix(&eq) {
            found = Some(v.to_string());
        }
    }
    found
}

/// `~` and `~/…` as the home directory.
fn expand_home(path: &str) -> PathBuf {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    match path.strip_prefix('~') {
        Some("") => home().unwrap_or_else(|| PathBuf::from(path)),
        Some(rest) if rest.starts_with('/') => match home() {
            Some(h) => h.join(rest.trim_start_matches('/')),
            None => PathBuf::from(path),
        },
        _ => PathBuf::from(path),
    }
}

fn store_path(words: &[String]) -> Option<PathBuf> {
    flag(words, "--db")
        .map(|p| expand_home(&p))
        .or_else(|| std::env::var_os("AFAS_DB").map(PathBuf::from))
        .or_else(crate::store::default_path)
}

/// What the line says that the values depend on.
fn line(words: &[String]) -> Line {
    let declaration = words
        .iter()
        .position(|w| w == "declaration")
        .and_then(|i| words[i + 1..].iter().skip(1).find(|w| !w.starts_with('-')))
        .and_then(|id| id.parse().ok());
    Line {
        actor: flag(words, "--as")
            .or_else(|| std::env::var_os("AFAS_AS").map(|a| a.to_string_lossy().into_owned())),
        service: flag(words, "--service"),
        declaration,
    }
}

fn candidates(what: Values) -> Vec<CompletionCandidate> {
    let words = words();
    // Values come from a local store only: completing must not ask a server for a
    // password while the shell waits.
    let Some(path) = store_path(&words)
        .filter(|p| !crate::store::postgres::connect::is_url(&p.to_string_lossy()))
    else {
        return Vec::new();
    };
    completion::values(&path, what, &line(&words))
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

pub fn workshops() -> Vec<CompletionCandidate> {
    candidates(Values::Workshops)
}

/// Who may receive a profile: the declarer members of the service on the line.
pub fn declarers() -> Vec<CompletionCandidate> {
    candidates(Values::Declarers)
}

/// The coherence controls, for `declaration justify ID CONTROL`.
pub fn controls() -> Vec<CompletionCandidate> {
    controls::CODES
        .iter()
        .map(|c| CompletionCandidate::new(OsString::from(c)))
        .collect()
}

/// `FIELD=` for `--set`: the fields of the form on the line (`activity` or `financial`),
/// else every field; never the computed ones.
pub fn fields() -> Vec<CompletionCandidate> {
    let words = words();
    let form = |name: &str| words.iter().any(|w| w == name);
    let mut names: Vec<&str> = Vec::new();
    if !form("activity") {
        names.extend(fields::FINANCIAL.iter().map(|f| f.name));
    }
    if !form("financial") {
        names.extend(fields::ALSH_ACTIVITY.iter().map(|f| f.name));
        names.extend(fields::RAM_ACTIVITY.iter().map(|f| f.name));
    }
    names
        .into_iter()
        .map(|n| CompletionCandidate::new(format!("{n}=")))
        .collect()
}
