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
/// Either quotes what came from outside (a path, a login, a server's words): escaped, line
/// breaks too, so that nothing can forge a second `error:` line.
pub fn one_line(err: &anyhow::Error) -> String {
    if let Some(f) = err.chain().find_map(|c| c.downcast_ref::<Refusal>()) {
        return printable_line(&f.to_string());
    }
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let s = cause.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    printable(&parts.join(": ").replace('\n', " "))
}

/// `text` with every control character but the line break written as an escape (`\t`,
/// `\u{1b}`): what a user typed, a path or a server's words must not reach the terminal
/// raw, where an escape sequence could retitle the window or a carriage return forge a line.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// `printable`, line breaks escaped too: for what must stay one line.
pub fn printable_line(text: &str) -> String {
    printable(text).replace('\n', "\\n")
}

#[cfg(test)]
mod printable_tests {
    use super::{printable, printable_line};

    #[test]
    fn control_characters_are_escaped_and_line_breaks_kept() {
        assert_eq!(
            printable("a\tb\x1b]0;x\x07\rc\nd"),
            "a\\tb\\u{1b}]0;x\\u{7}\\rc\nd"
        );
        assert_eq!(printable("Prénom Nom"), "Prénom Nom");
        assert_eq!(printable_line("a\nerror: b\x1b"), "a\\nerror: b\\u{1b}");
    }
}
