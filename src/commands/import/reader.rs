//! Reading one file or sheet: its rows in order, a chunk at a time (the facts of a chunk's
//! rows are read together, facts.rs), each decided and written, each bad one reported with
//! every bad cell it has.

use std::io::Write;

use anyhow::Result;

use super::rows::{Fault, Outcome, RowError, RowResult};
use super::source::{Input, Rows};
use super::{FileSummary, Importer};
use crate::csv_io;
use crate::domain::access::Action;
use crate::domain::{ids, CsvKind};
use crate::error::printable_line;

impl Importer<'_, '_> {
    pub(super) fn file(&mut self, input: &Input) -> Result<FileSummary> {
        let kind = input.kind;
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
            let mut rows = Rows::open(&input.place, kind)?;
            summary.file = rows.label().to_string();
            let bar = self.progress_bar(&rows, kind);
            let mut chunk = Vec::new();
            loop {
                let n = rows.read_chunk(&mut chunk)?;
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
                        None => csv_io::cells(&r.record, rows.columns()),
                    })
                    .collect();
                let decided: Vec<&[&str]> = cells.iter().flatten().map(Vec::as_slice).collect();
                self.known.prefetch(self.tx, kind, &decided)?;
                for (r, cells) in chunk.iter().zip(&cells) {
                    let line = r.line;
                    if let Some(e) = &r.error {
                        let unreadable = RowError::new("-", format!("unreadable row: {e}"));
                        self.bad(rows.label(), line, unreadable.faults)?;
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
                            return Err(e.context(format!("{}:{}", rows.label(), line)))
                        }
                        Err(e) => self.bad(rows.label(), line, e.faults)?,
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

    fn progress_bar(&self, rows: &Rows, kind: CsvKind) -> Option<indicatif::ProgressBar> {
        if !self.progress || rows.len() < 1 << 20 {
            return None;
        }
        let bar = indicatif::ProgressBar::new(rows.len());
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg:>10} [{bar:40}] {bytes}/{total_bytes} ({eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(kind.as_str());
        Some(bar)
    }

    /// Reports a bad row: each of its faults as `FILE:LINE: column: reason`. A column of
    /// month-first dates is refused whole, at the first line that proves it; its other
    /// lines add nothing.
    fn bad(&mut self, file: &str, line: u64, faults: Vec<Fault>) -> Result<()> {
        let mut reported = false;
        for f in faults {
            if f.month_first && !self.month_first.insert(format!("{file}\u{0}{}", f.column)) {
                continue;
            }
            let text = format!("{file}:{line}: {}: {}", f.column, f.reason);
            writeln!(self.stderr, "{}", printable_line(&text))?;
            reported = true;
        }
        if reported {
            self.bad_rows += 1;
        }
        self.stderr.flush()?;
        Ok(())
    }
}
