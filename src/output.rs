//! One printer for every list and show: a table for people, JSON for scripts, CSV for
//! spreadsheets. Every write to stdout goes through here, so a closed pipe is an error we
//! can recognise (and exit quietly on) instead of a panic.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;

// Every text for people goes through here or through error::one_line: the one place where
// what came from users, files or servers (names, paths, an SMTP reply) is escaped.
use crate::csv_io::formula::{defused, defused_bytes};
use crate::error::{printable, printable_line};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables, for people.
    #[default]
    Table,
    /// JSON with stable snake_case field names, for scripts.
    Json,
    /// CSV with a header row, for spreadsheets.
    Csv,
}

/// Something printable as a row: its JSON form comes from `Serialize`, its table and CSV
/// cells from `cells`, in the order of `HEADERS` (the JSON field names).
pub trait Record: Serialize {
    const HEADERS: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

#[derive(Clone, Copy, Debug)]
pub struct Out {
    pub format: Format,
    pub quiet: bool,
}

impl Out {
    pub fn list<T: Record>(&self, items: &[T]) -> Result<()> {
        let mut stdout = io::stdout().lock();
        match self.format {
            Format::Table => {
                if items.is_empty() {
                    if !self.quiet {
                        writeln!(stdout, "(none)")?;
                    }
                    return Ok(());
                }
                let mut table = new_table();
                table.set_header(T::HEADERS.iter().map(|h| h.replace('_', " ")));
                for item in items {
                    table.add_row(item.cells().iter().map(|c| printable(c)));
                }
                writeln!(stdout, "{table}")?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut stdout, items)?;
                writeln!(stdout)?;
            }
            Format::Csv => write_csv(&mut stdout, items)?,
        }
        stdout.flush()?;
        Ok(())
    }

    pub fn one<T: Record>(&self, item: &T) -> Result<()> {
        let mut stdout = io::stdout().lock();
        match self.format {
            Format::Table => {
                let mut table = new_table();
                for (h, v) in T::HEADERS.iter().zip(item.cells()) {
                    table.add_row(vec![h.replace('_', " "), printable(&v)]);
                }
                writeln!(stdout, "{table}")?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut stdout, item)?;
                writeln!(stdout)?;
            }
            Format::Csv => write_csv(&mut stdout, std::slice::from_ref(item))?,
        }
        stdout.flush()?;
        Ok(())
    }

    /// The outcome of a change: a line for people (unless `-q`), the changed record for
    /// scripts, so that `-o json` always prints something parseable.
    pub fn changed<T: Record>(&self, message: &str, item: &T) -> Result<()> {
        match self.format {
            Format::Table => self.say(message),
            _ => self.one(item),
        }
    }

    /// A line for people; nothing with `-q`, nothing in JSON or CSV mode.
    pub fn say(&self, message: &str) -> Result<()> {
        if self.quiet || self.format != Format::Table {
            return Ok(());
        }
        let mut stdout = io::stdout().lock();
        // One line: a path or a name quoted in it must not start another.
        writeln!(stdout, "{}", printable_line(message))?;
        stdout.flush()?;
        Ok(())
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

/// CSV is data for a spreadsheet, written as it is, but escaped when it goes to a terminal.
/// (JSON needs nothing: serde_json escapes every control character.)
fn write_csv<T: Record>(w: &mut impl Write, items: &[T]) -> Result<()> {
    let shown = io::stdout().is_terminal();
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(T::HEADERS)?;
    for item in items {
        // no formula leaves afas (csv_io/formula.rs); on a terminal, no control character
        let cells = item.cells();
        if shown {
            csv.write_record(cells.iter().map(|c| printable(&defused(c))))?;
        } else {
            csv.write_record(cells.iter().map(|c| defused_bytes(c)))?;
        }
    }
    csv.flush()?;
    Ok(())
}

/// A cell for an optional value: empty when absent.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// A cell for a list of values.
pub fn joined(v: &[impl std::fmt::Display]) -> String {
    v.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
