//! Asking for what the command line left out, and confirming destructive or final actions,
//! on a terminal only. Without a terminal nothing is ever asked: a missing value is a usage
//! error naming its flag, so scripts fail loudly instead of hanging.
//!
//! Which streams must be terminals: the answer is read from stdin (console reads the
//! terminal there) and the question is drawn on stderr, so that stdout stays the command's
//! output. A missing value is asked when both are terminals. A confirmation is asked
//! whenever stdin is a terminal (someone is there to answer): if stderr is then redirected,
//! the question could not be seen, so afas refuses (exit 2) rather than act unasked.
//!
//! The prompts are drawn by `crate::prompt` (Esc and Ctrl-C cancel, exit 5, the terminal
//! given back), and a confirmation takes the words French users type (o, oui, non) as
//! well as y, yes, n, no.

use std::io::IsTerminal;

use anyhow::Result;
use console::Term;

use crate::domain::refusal::Decided;
use crate::error::{printable_line, refused, usage};
use crate::prompt::{cancelled, choose, read_line};

/// Whether afas may ask for a missing value: stdin and stderr are a terminal.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Whether a confirmation is asked: someone is at the terminal (stdin), and `--yes` was
/// not given.
pub fn asks(yes: bool) -> bool {
    !yes && std::io::stdin().is_terminal()
}

fn missing(flag: &str) -> anyhow::Error {
    usage(format!("missing {flag}"))
}

/// Asks `question` before a destructive or final action (see `asks`); Ok to go on.
pub fn confirm(yes: bool, question: &str) -> Result<()> {
    if !asks(yes) {
        return Ok(());
    }
    if !std::io::stderr().is_terminal() {
        return Err(usage(
            "this asks for confirmation on the terminal, and stderr is not one: give --yes to \
             confirm, or run it with stderr on the terminal",
        ));
    }
    let term = Term::stderr();
    let prompt = format!("{} [y/N] ", printable_line(question));
    loop {
        let Some(answer) = read_line(&term, &prompt)? else {
            return Err(cancelled());
        };
        match answer.trim().to_lowercase().as_str() {
            "y" | "yes" | "o" | "oui" => return Ok(()),
            "" | "n" | "no" | "non" => return Err(cancelled()),
            _ => term.write_line("answer y, yes, o or oui to go on; n, no or non to stop")?,
        }
    }
}

/// A value given on the command line, or typed at a prompt checked by `check` (the same
/// rule the command applies), asked again until it passes.
pub fn text(
    given: Option<String>,
    flag: &str,
    prompt: &str,
    check: fn(&str) -> Decided<String>,
) -> Result<String> {
    if let Some(v) = given {
        return Ok(check(&v)?);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    let term = Term::stderr();
    loop {
        let Some(typed) = read_line(&term, &format!("{prompt}: "))? else {
            return Err(cancelled());
        };
        match check(&typed) {
            Ok(v) => return Ok(v),
            Err(e) => term.write_line(&printable_line(&e.to_string()))?,
        }
    }
}

/// A value given on the command line, or chosen among `options` (value, label) computed
/// only when needed: `options` checks access first, so that nothing is listed to whoever
/// may not read it.
pub fn select(
    given: Option<String>,
    flag: &str,
    prompt: &str,
    options: impl FnOnce() -> Result<Vec<(String, String)>>,
) -> Result<String> {
    if let Some(v) = given {
        return Ok(v);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    let options = options()?;
    if options.is_empty() {
        return Err(refused(format!("nothing to choose for {flag}")));
    }
    let labels: Vec<String> = options.iter().map(|(_, l)| printable_line(l)).collect();
    match choose(&Term::stderr(), prompt, &labels)? {
        Some(i) => Ok(options[i].0.clone()),
        None => Err(cancelled()),
    }
}
