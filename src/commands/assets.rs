//! `afas generate-assets DIR` (hidden): the shell completion scripts and the man pages,
//! generated from the clap definitions into DIR/completions and DIR/man. The committed
//! copies are checked against a fresh generation by the tests, so they never drift.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::{Generator, Shell};

use crate::cli::{Cli, ENVIRONMENT, EXIT_CODES};

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

pub fn run(dir: &Path) -> Result<()> {
    let completions = dir.join("completions");
    let man = dir.join("man");
    for d in [&completions, &man] {
        fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    for shell in SHELLS {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "afas", &mut buf);
        fs::write(completions.join(shell.file_name("afas")), buf)?;
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    pages(&cmd, &man)
}

/// One page per command and subcommand: `afas.1`, `afas-account.1`, `afas-account-create.1`…
fn pages(cmd: &clap::Command, dir: &Path) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages(sub, dir)?;
    }
    let man = clap_mangen::Man::new(cmd.clone()).date("2026-11");
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut page)?;
    }
    section(&mut page, "EXIT STATUS", EXIT_CODES)?;
    section(&mut page, "ENVIRONMENT", ENVIRONMENT)?;
    man.render_version_section(&mut page)?;
    fs::write(dir.join(man.get_filename()), page)?;
    Ok(())
}

/// A man page section from the `--help` text: its first line is the title, the others
/// `  NAME  meaning` pairs, rendered as tagged paragraphs.
fn section(page: &mut Vec<u8>, title: &str, text: &str) -> Result<()> {
    writeln!(page, ".SH \"{title}\"")?;
    for line in text.lines().skip(1) {
        let line = line.trim();
        let (tag, meaning) = line.split_once("  ").unwrap_or((line, ""));
        writeln!(
            page,
            ".TP\n\\fB{}\\fR\n{}",
            escape(tag),
            escape(meaning.trim())
        )?;
    }
    Ok(())
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('-', "\\-")
}
