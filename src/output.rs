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

    /// Whether the output is drawn for a person: a table, on a stdout that is a terminal.
    /// Pipes and scripts (`-o json`, `-o csv`, stdout redirected) get the plain records,
    /// the same whatever the terminal.
    pub fn drawn(&self) -> bool {
        self.format == Format::Table && io::stdout().is_terminal()
    }

    /// `title`, then one bar per (label, count), as wide as the terminal allows (`bar_lines`).
    pub fn bars(&self, title: &str, rows: &[(&str, i64)]) -> Result<()> {
        let (_, columns) = console::Term::stdout().size();
        let mut stdout = io::stdout().lock();
        writeln!(stdout, "{}", printable_line(title))?;
        for line in bar_lines(rows, usize::from(columns)) {
            writeln!(stdout, "{}", printable_line(&line))?;
        }
        stdout.flush()?;
        Ok(())
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

/// One line per (label, count): the label, a bar of `█` proportional to the count's share
/// of the total, the count and its percentage, fitted to `columns` (the bar 10 to 50
/// cells). A count above zero always shows at least one cell, so that no state that holds
/// something looks empty.
pub fn bar_lines(rows: &[(&str, i64)], columns: usize) -> Vec<String> {
    let total: i128 = rows.iter().map(|(_, n)| i128::from((*n).max(0))).sum();
    let label_width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let count_width = rows
        .iter()
        .map(|(_, n)| n.to_string().len())
        .max()
        .unwrap_or(1);
    // label, bar, count and "100 %", two spaces between each
    let around = label_width + count_width + 5 + 6;
    let bar_width = columns.saturating_sub(around).clamp(10, 50);
    // rounded share of `scale`, in integers: no float for counts
    let share = |n: i128, scale: i128| {
        if total == 0 {
            0
        } else {
            (n * scale + total / 2) / total
        }
    };
    rows.iter()
        .map(|(label, n)| {
            let count = i128::from((*n).max(0));
            let mut cells = usize::try_from(share(count, bar_width as i128)).unwrap_or(0);
            if count > 0 {
                cells = cells.max(1);
            }
            let cells = cells.min(bar_width);
            format!(
                "{label:<label_width$}  {}{}  {n:>count_width$}  {:>3} %",
                "█".repeat(cells),
                " ".repeat(bar_width - cells),
                share(count, 100)
            )
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::bar_lines;

    #[test]
    fn bars_are_proportional_with_their_count_and_percentage() {
        let lines = bar_lines(
            &[("a-saisir", 3), ("transmise-caf", 1), ("a-revoir", 0)],
            40,
        );
        // 40 columns: the label (13), the count (1), "100 %" and the spaces between leave
        // the bar 15 cells, and each line fits in the 40
        assert_eq!(
            lines,
            [
                "a-saisir       ███████████      3   75 %",
                "transmise-caf  ████             1   25 %",
                "a-revoir                        0    0 %",
            ]
        );
        assert!(lines.iter().all(|l| l.chars().count() == 40));
    }

    #[test]
    fn a_small_count_shows_and_the_bar_stays_within_bounds() {
        let lines = bar_lines(&[("x", 1), ("y", 10_000)], 500);
        assert!(lines[0].contains("x  █ "), "{}", lines[0]);
        assert!(lines[0].ends_with("     1    0 %"), "{}", lines[0]);
        assert_eq!(lines[1].matches('█').count(), 50, "at most 50 cells");
        let narrow = bar_lines(&[("x", 1)], 0);
        assert_eq!(narrow[0].matches('█').count(), 10, "at least 10 cells");
        let empty = bar_lines(&[("x", 0), ("y", 0)], 80);
        assert!(empty.iter().all(|l| !l.contains('█') && l.ends_with("0 %")));
        let huge = bar_lines(&[("x", i64::MAX), ("y", i64::MAX)], 80);
        assert!(huge[0].ends_with(" 50 %"), "{}", huge[0]);
    }
}
