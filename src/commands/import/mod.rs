//! `afas import`: the six CSV formats, in files or in a workbook's sheets, all or nothing.
//!
//! Every row is decided by the rules the commands use: the same decision functions of
//! `domain/`, written by the same store functions. Only the gathering of facts differs: the
//! import reads a file in chunks of a thousand rows, and what a chunk's rows are about (their
//! partners, services, logins) in one query per kind of fact (`facts.rs`), so that a million
//! rows import in seconds, and PostgreSQL receives the chunk's writes in a few multi-row
//! statements (`store/sql/batch.rs`). Rows are applied inside the command's one transaction
//! in their order (so later rows see earlier ones); every bad cell of every bad row is
//! reported as `FILE:LINE: column: reason` (`FILE:SHEET:LINE: …` in a workbook) and, if there is any,
//! nothing is committed. Importing the same files again changes nothing: a row equal to what
//! the store holds is "unchanged"; a row that contradicts it is an error (the import never
//! overwrites silently: `Intent::Ensure`).
//!
//! mod.rs: the run and its summary; inputs.rs: the files and sheets to import; source.rs:
//! their rows as texts; reader.rs: a file's rows decided and reported; rows.rs: what a row
//! did or why not; hints.rs: spreadsheet damage recognised; one file per kind of row.

mod accounts;
mod facts;
mod groups;
mod hints;
mod inputs;
mod partners;
mod profiles;
mod reader;
mod rows;
mod services;
mod sites;
mod source;

use std::collections::{HashMap, HashSet};
use std::io::{BufWriter, IsTerminal, Stderr};
use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::domain::CsvKind;
use crate::error::refused;
use crate::output::Record;
use crate::store::accounts::Creator;
use crate::store::audit::Audit;
use crate::store::Tx;
use facts::Known;

pub fn run(ctx: &mut Ctx, path: &Path, dry_run: bool, kind: Option<CsvKind>) -> Result<()> {
    let inputs = inputs::inputs_of(path, kind)?;
    let progress = std::io::stderr().is_terminal() && !ctx.out.quiet;
    let summary = ctx.write_with(!dry_run, |tx| {
        let mut importer = Importer::new(tx, progress);
        let mut summary = Vec::new();
        for input in &inputs {
            summary.push(importer.file(input)?);
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
    /// The columns (`FILE\0column`) already refused whole for month-first dates.
    month_first: HashSet<String>,
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
            month_first: HashSet::new(),
        }
    }
}
