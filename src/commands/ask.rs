//! Asking for what the command line left out, on a terminal only (`dialoguer`, drawn on
//! stderr). Without a terminal nothing is ever asked: a missing value is a usage error
//! naming its flag, so scripts fail loudly instead of hanging.

use std::io::IsTerminal;

use anyhow::Result;

use crate::domain::refusal::Decided;

use crate::error::{refused, usage};

/// Whether afas may ask: stdin and stderr are a terminal.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn missing(flag: &str) -> anyhow::Error {
    usage(format!("missing {flag}"))
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
    let typed: String = dialoguer::Input::new()
        .with_prompt(prompt)
        .validate_with(|s: &String| check(s).map(|_| ()).map_err(|e| e.to_string()))
        .interact_text()?;
    Ok(check(&typed)?)
}

/// A value given on the command line, or chosen among `options` (value, label) computed
/// only when needed.
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
    let labels: Vec<&str> = options.iter().map(|(_, l)| l.as_str()).collect();
    let i = dialoguer::Select::new()
        .with_prompt(prompt)
        .items(&labels)
        .default(0)
        .interact()?;
    Ok(options[i].0.clone())
}
