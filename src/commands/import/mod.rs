//! `afas import`: the six CSV formats, all or nothing.
//!
//! Every row is decided by the rules the commands use: the same decision functions of
//! `domain/`, written by the same store functions. Only the gathering of facts differs: the
//! import reads a file in chunks of a thousand rows, and what a chunk's rows are about (their
//! partners, services, logins) in one query per kind of fact (`facts.rs`), so that a million
//! rows import in seconds, and PostgreSQL receives the chunk's writes in a few multi-row
//! statements (`store/sql/batch.rs`). Rows are applied inside the command's one transaction
//! in their order (so later rows see earlier ones); every bad row is reported as `FILE:LINE: column: reason` and, if there is any,
//! nothing is committed. Importing the same files again changes nothing: a row equal to what
//! the store holds is "unchanged"; a row that contradicts it is an error (the import never
//! overwrites silently: `Intent::Ensure`).
//!
//! mod.rs: the files to import and the summary; reader.rs: a file's rows; rows.rs: what a
//! row did or why not; one file per kind of row.

mod accounts;
mod facts;
mod groups;
mod partners;
mod profiles;
mod reader;
mod rows;
mod services;
mod sites;

use std::collections::HashMap;
use std::io::{BufWriter, IsTerminal, Stderr};
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::domain::CsvKind;
use crate::error::{self, refused, usage};
use crate::output::Record;
use crate::store::accounts::Creator;
use crate::store::audit::Audit;
use crate::store::Tx;
use facts::Known;

pub fn run(ctx: &mut Ctx, path: &Path, dry_run: bool, kind: Option<CsvKind>) -> Result<()> {
    let files = files_of(path, kind)?;
    let progress = std::io::stderr().is_terminal() && !ctx.out.quiet;
    let summary = ctx.write_with(!dry_run, |tx| {
        let mut importer = Importer::new(tx, progress);
        let mut summary = Vec::new();
        for (kind, file) in &files {
            summary.push(importer.file(*kind, file)?);
        }
        if importer.bad_rows > 0 {
            return Err(refused(format!(
                "{} bad row{}: nothing imported",
                importer.bad_rows,
                if importer.bad_rows == 1 { "" } else { "s" }
            )));
        }
        Ok(summary)
    })?;
    let rows: usize = summary.iter().map(|s| s.rows).sum();
    let created: usize = summary.iter().map(|s| s.created + s.changed).sum();
    ctx.out.list(&summary)?;
    ctx.out.say(&if dry_run {
        format!("dry run: {rows} rows checked, all valid; nothing written")
    } else {
        format!("imported {rows} rows: {created} changes")
    })
}

/// The files to import, in the spec's order: a folder's known files, or one file.
fn files_of(path: &Path, kind: Option<CsvKind>) -> Result<Vec<(CsvKind, PathBuf)>> {
    if path.is_dir() {
        if kind.is_some() {
            return Err(usage(
                "--kind is for a single file; a folder's files say their kind by name",
            ));
        }
        let files: Vec<(CsvKind, PathBuf)> = CsvKind::ALL
            .iter()
            .map(|k| (*k, path.join(format!("{}.csv", k.as_str()))))
            .filter(|(_, p)| p.is_file())
            .collect();
        if files.is_empty() {
            return Err(refused(format!(
                "{}: no partners.csv, accounts.csv, groups.csv, services.csv, sites.csv or profiles.csv in it",
                path.display()
            )));
        }
        return Ok(files);
    }
    if path.exists() && !path.is_file() {
        // A pipe or a device: reading it could block forever, and it is no CSV file.
        return Err(usage(format!(
            "{} is not a regular file (a pipe or a device): import reads a CSV file or a folder \
             of them",
            path.display()
        )));
    }
    if !path.is_file() {
        return Err(error::not_found(format!(
            "no file or folder {}",
            path.display()
        )));
    }
    let kind = match kind {
        Some(k) => k,
        None => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_lowercase();
            CsvKind::from_text(&stem)
                .ok_or_else(|| {
                    usage(format!(
                        "{}: cannot tell its kind from its name; give --kind partners|accounts|groups|services|sites|profiles",
                        path.display()
                    ))
                })?
        }
    };
    Ok(vec![(kind, path.to_path_buf())])
}

/// What the import did with one file.
#[derive(Debug, Default, Serialize)]
pub struct FileSummary {
    pub file: String,
    pub kind: String,
    pub rows: usize,
    pub created: usize,
    pub changed: usize,
    pub unchanged: usize,
}

impl Record for FileSummary {
    const HEADERS: &'static [&'static str] =
        &["file", "kind", "rows", "created", "changed", "unchanged"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.kind.clone(),
            self.rows.to_string(),
            self.created.to_string(),
            self.changed.to_string(),
            self.unchanged.to_string(),
        ]
    }
}

/// One import: its transaction, what it knows of the store, and what it has reported.
struct Importer<'t, 'c> {
    tx: &'t Tx<'c>,
    progress: bool,
    bad_rows: usize,
    stderr: BufWriter<Stderr>,
    audit: Audit,
    known: Known,
    /// `partner/group` → the manager a row of this import named: a file that names two
    /// contradicts itself.
    managers: HashMap<String, String>,
    /// The accounts file's insert, prepared at its first row.
    creator: Option<Creator<'c>>,
}

impl<'t, 'c> Importer<'t, 'c> {
    fn new(tx: &'t Tx<'c>, progress: bool) -> Self {
        Importer {
            tx,
            progress,
            bad_rows: 0,
            stderr: BufWriter::new(std::io::stderr()),
            audit: Audit::import(),
            known: Known::default(),
            managers: HashMap::new(),
            creator: None,
        }
    }
}
