//! The error kinds a user can meet, and the exit code each maps to (SPEC §2).
//!
//! Anything that is not one of these kinds (I/O, a damaged store, a bug) exits 1.

use std::io;

pub use crate::domain::refusal::Refusal;

pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    Refusal::Usage(msg.into()).into()
}
pub fn not_found(msg: impl Into<String>) -> anyhow::Error {
    Refusal::NotFound(msg.into()).into()
}
pub fn forbidden(msg: impl Into<String>) -> anyhow::Error {
    Refusal::Forbidden(msg.into()).into()
}
/// A refusal that fits no finer kind of `Refusal` (a check that found problems, a cancel).
pub fn refused(msg: impl Into<String>) -> anyhow::Error {
    Refusal::Rejected(msg.into()).into()
}

/// The exit code for any error: the first `Refusal` in the chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(|c| c.downcast_ref::<Refusal>())
        .map_or(1, Refusal::exit_code)
}

/// `afas account list | head -1`: the reader went away; that is not an error.
/// serde_json's error does not expose its io::Error as a source: ask it directly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe)
            })
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// One line for stderr: a `Refusal` speaks for itself; anything else shows its causes joined.
pub fn one_line(err: &anyhow::Error) -> String {
    if let Some(f) = err.chain().find_map(|c| c.downcast_ref::<Refusal>()) {
        return f.to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let s = cause.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ").replace('\n', " ")
}
