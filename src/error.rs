//! The error kinds a user can meet, and the exit code each maps to (SPEC §2).
//!
//! Anything that is not one of these kinds (I/O, a damaged store, a bug) exits 1.

use std::io;

/// A failure the user caused and can fix; its message is printed as one line on stderr.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Exit 2: the command line itself is wrong (a missing flag, a value of the wrong form).
    #[error("{0}")]
    Usage(String),
    /// Exit 3: a partner, account, group… named on the command line does not exist.
    #[error("{0}")]
    NotFound(String),
    /// Exit 4: the acting account may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// Exit 5: a rule of the domain refuses it (a limit, a state, an invalid row, a check).
    #[error("{0}")]
    Refused(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::NotFound(_) => 3,
            Failure::Forbidden(_) => 4,
            Failure::Refused(_) => 5,
        }
    }
}

pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    Failure::Usage(msg.into()).into()
}
pub fn not_found(msg: impl Into<String>) -> anyhow::Error {
    Failure::NotFound(msg.into()).into()
}
pub fn forbidden(msg: impl Into<String>) -> anyhow::Error {
    Failure::Forbidden(msg.into()).into()
}
pub fn refused(msg: impl Into<String>) -> anyhow::Error {
    Failure::Refused(msg.into()).into()
}

/// The exit code for any error: the first `Failure` in the chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(|c| c.downcast_ref::<Failure>())
        .map_or(1, Failure::exit_code)
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

/// One line for stderr: a `Failure` speaks for itself; anything else shows its causes joined.
pub fn one_line(err: &anyhow::Error) -> String {
    if let Some(f) = err.chain().find_map(|c| c.downcast_ref::<Failure>()) {
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
