//! `afas demo`: the seed's story end to end, in a fresh store, through the very same code
//! as the commands (each step is parsed from a command line and run), printing each step.

use std::io::{self, Write};

use anyhow::{Context, Result};
use clap::Parser;

use crate::cli::{Cli, Global};
use crate::error::refused;

/// The story: (what happens, the command line after `afas --db … --as …`).
const HABILITATION: &[(&str, &str, &str)] = &[
    (
        "The Caf de la Charente registers the commune of Angoulême",
        "MARTIN01",
        "partner create 2016-00123 --name \"Ville d'Angoulême\" --siret 21160015000018 --caf-code 161",
    ),
    (
        "Mme Durand will be the partner's administrator (named on the bulletin)",
        "MARTIN01",
        "account create DURAND01 --partner 2016-00123 --first-name Claire --last-name Durand --email claire.durand@angouleme.fr --admin",
    ),
    (
        "The Caf records the three signed documents: the convention…",
        "MARTIN01",
        "partner document 2016-00123 convention --received 2020-01-20",
    ),
    ("… the contract…", "MARTIN01", "partner document 2016-00123 contrat --received 2020-01-20"),
    (
        "… and the subscription form: the partner's access opens",
        "MARTIN01",
        "partner document 2016-00123 bulletin --received 2020-01-27",
    ),
    ("", "MARTIN01", "partner show 2016-00123"),
    (
        "M. Dubois is the second administrator",
        "MARTIN01",
        "account create DUBOIS01 --partner 2016-00123 --first-name Marc --last-name Dubois --email marc.dubois@angouleme.fr --admin",
    ),
    (
        "Mme Durand creates the group Habiliter and manages it",
        "DURAND01",
        "group create 2016-00123 habiliter --manager DURAND01",
    ),
    (
        "… and the group Déclarer, which she manages too",
        "DURAND01",
        "group create 2016-00123 declarer --manager DURAND01",
    ),
    (
        "As manager of Déclarer she creates the Afas users: a site activity provider…",
        "DURAND01",
        "account create ROUX01 --partner 2016-00123 --first-name Léa --last-name Roux --email lea.roux@angouleme.fr",
    ),
    (
        "… a financial provider (no login given: one is generated with its check letter)",
        "DURAND01",
        "account create --partner 2016-00123 --first-name Paul --last-name Petit --email paul.petit@angouleme.fr",
    ),
    (
        // PET463883N is the login generated above: generation is deterministic.
        "She puts M. Dubois, Mme Roux and M. Petit in Déclarer",
        "DURAND01",
        "group add 2016-00123 declarer DUBOIS01 ROUX01 PET463883N",
    ),
    ("", "DURAND01", "group show 2016-00123 declarer"),
    (
        "She tells the Habiliter manager that Déclarer is filled (an e-mail in the outbox)",
        "DURAND01",
        "group notify 2016-00123",
    ),
    ("Every account of the partner", "DURAND01", "account list"),
    ("And every change, audited", "MARTIN01", "audit --partner 2016-00123"),
];

pub fn run(global: &Global) -> Result<()> {
    let (path, _keep) = match &global.db {
        Some(p) => {
            if p.exists() {
                return Err(refused(format!(
                    "{} already exists: the demo runs in a fresh store (leave out --db for a temporary one)",
                    p.display()
                )));
            }
            (p.clone(), None)
        }
        None => {
            let dir = tempfile::tempdir().context("cannot create a temporary folder")?;
            (dir.path().join("demo.db"), Some(dir))
        }
    };
    let db = path.display().to_string();
    let mut stdout = io::stdout();
    writeln!(
        stdout,
        "afas demo: the habilitation of Ville d'Angoulême, in {db}\n"
    )?;
    step(
        &mut stdout,
        &db,
        "The store is created with its first Caf agent, Mme Martin",
        None,
        "init --agent MARTIN01 --first-name Sophie --last-name Martin --email sophie.martin@caf16.caf.fr",
    )?;
    for (what, actor, line) in HABILITATION {
        step(&mut stdout, &db, what, Some(actor), line)?;
    }
    Ok(())
}

fn step(out: &mut impl Write, db: &str, what: &str, actor: Option<&str>, line: &str) -> Result<()> {
    if !what.is_empty() {
        writeln!(out, "── {what}")?;
    }
    let shown = match actor {
        Some(a) => format!("$ afas --as {a} {line}"),
        None => format!("$ afas {line}"),
    };
    writeln!(out, "{shown}")?;
    out.flush()?;
    let mut args = vec!["afas".to_string(), "--db".into(), db.to_string()];
    if let Some(a) = actor {
        args.extend(["--as".to_string(), a.to_string()]);
    }
    args.extend(split_words(line));
    let cli = Cli::try_parse_from(&args).with_context(|| format!("demo step `{line}`"))?;
    crate::commands::run(cli).with_context(|| format!("demo step `{line}`"))?;
    writeln!(out)?;
    Ok(())
}

/// Splits a command line on spaces, keeping "double-quoted words" together.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}
