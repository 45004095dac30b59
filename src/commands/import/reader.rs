//! Reading one file: its rows in order, a chunk at a time (the facts of a chunk's rows are
//! read together, facts.rs), each decided and written, each bad one reported.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::rows::{Outcome, RowError, RowResult};
use super::{FileSummary, Importer};
use crate::csv_io::{self, CsvFile};
use crate::domain::access::Action;
use crate::domain::{ids, CsvKind};

impl Importer<'_, '_> {
    pub(super) fn file(&mut self, kind: CsvKind, path: &Path) -> Result<FileSummary> {
        // Whole files an actor may not import at all are refused up front (exit 4).
        // Partners, services and sites come from the Caf's files; an administrator imports
        // the accounts, groups and profiles of its own partner (issue #5).
        match kind {
            CsvKind::Partners | CsvKind::Services | CsvKind::Sites => {
                let what = format!("import {}", kind.as_str());
                self.tx.actor.require(Action::CafOnly(&what))?;
            }
            CsvKind::Accounts | CsvKind::Groups | CsvKind::Profiles => {}
        }
        let mut summary = FileSummary {
            file: path.display().to_string(),
            kind: kind.as_str().to_string(),
            ..FileSummary::default()
        };
        // Groups: managers first, so that member rows find their group wherever they are.
        let passes: &[Option<bool>] = if kind == CsvKind::Groups {
            &[Some(true), Some(false)]
        } else {
            &[None]
        };
        for &pass in passes {
            let mut csv = CsvFile::open(path, kind.columns())?;
            let bar = self.progress_bar(&csv, kind);
            let mut chunk = Vec::new();
            loop {
                let n = read_chunk(&mut csv.reader, &mut chunk);
                if n == 0 {
                    break;
                }
                let chunk = &chunk[..n];
                if let Some(b) = &bar {
                    b.set_position(chunk.last().map_or(0, |r| r.byte));
                }
                let cells: Vec<Option<Vec<&str>>> = chunk
                    .iter()
                    .map(|r| match r.error {
                        Some(_) => None,
                        None => csv_io::cells(&r.record, &csv.columns),
                    })
                    .collect();
                let rows: Vec<&[&str]> = cells.iter().flatten().map(Vec::as_slice).collect();
                self.known.prefetch(self.tx, kind, &rows)?;
                for (r, cells) in chunk.iter().zip(&cells) {
                    let line = r.line;
                    if let Some(e) = &r.error {
                        self.bad(&csv.label, line, "-", &format!("unreadable row: {e}"))?;
                        continue;
                    }
                    // an empty line has no cells
                    let Some(cells) = cells else { continue };
                    let outcome = match (kind, pass) {
                        (CsvKind::Groups, Some(managers)) => {
                            let is_manager = ids::yes_no("manager", cells[3]);
                            match is_manager {
                                Ok(m) if m != managers => continue,
                                // a bad manager cell is reported by the managers' pass only
                                Err(_) if !managers => continue,
                                _ => self.group(cells),
                            }
                        }
                        _ => self.row(kind, cells),
                    };
                    summary.rows += 1;
                    match outcome {
                        Ok(Outcome::Created) => summary.created += 1,
                        Ok(Outcome::Changed) => summary.changed += 1,
                        Ok(Outcome::Unchanged) => summary.unchanged += 1,
                        Err(RowError { fatal: Some(e), .. }) => {
                            return Err(e.context(format!("{}:{}", csv.label, line)))
                        }
                        Err(e) => self.bad(&csv.label, line, e.column, &e.reason)?,
                    }
                }
            }
            if let Some(b) = bar {
                b.finish_and_clear();
            }
        }
        self.audit.flush(self.tx)?;
        Ok(summary)
    }

    fn row(&mut self, kind: CsvKind, c: &[&str]) -> RowResult {
        match kind {
            CsvKind::Partners => self.partner(c),
            CsvKind::Accounts => self.account(c),
            CsvKind::Groups => self.group(c),
            CsvKind::Services => self.service(c),
            CsvKind::Sites => self.site(c),
            CsvKind::Profiles => self.profile(c),
        }
    }

    fn progress_bar(&self, csv: &CsvFile, kind: CsvKind) -> Option<indicatif::ProgressBar> {
        if !self.progress || csv.len < 1 << 20 {
            return None;
        }
        let bar = indicatif::ProgressBar::new(csv.len);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg:>10} [{bar:40}] {bytes}/{total_bytes} ({eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(kind.as_str());
        Some(bar)
    }

    fn bad(&mut self, file: &str, line: u64, column: &str, reason: &str) -> Result<()> {
        self.bad_rows += 1;
        let said = format!("{file}:{line}: {column}: {reason}");
        writeln!(self.stderr, "{}", crate::error::printable_line(&said))?;
        self.stderr.flush()?;
        Ok(())
    }
}

/// How many rows are read, their facts fetched (facts.rs), and decided at a time.
const CHUNK: usize = 1_000;

/// One row as read: its line, where it ends in the file, and its cells or why not.
#[derive(Default)]
struct Read {
    line: u64,
    byte: u64,
    record: csv::StringRecord,
    error: Option<csv::Error>,
}

/// Reads the next rows of the file, up to `CHUNK`, into `chunk` (whose records are reused
/// from one chunk to the next); returns how many (none at its end).
fn read_chunk(reader: &mut csv_io::Reader, chunk: &mut Vec<Read>) -> usize {
    let mut n = 0;
    while n < CHUNK {
        if chunk.len() == n {
            chunk.push(Read::default());
        }
        let r = &mut chunk[n];
        match reader.read_record(&mut r.record) {
            Ok(false) => break,
            Ok(true) => {
                r.line = csv_io::line_of(reader, &r.record);
                r.byte = r.record.position().map_or(0, |p| p.byte());
                r.error = None;
            }
            Err(e) => {
                r.line = e.position().map_or(0, |p| p.line());
                r.byte = 0;
                r.error = Some(e);
            }
        }
        n += 1;
    }
    n
}
