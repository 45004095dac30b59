//! Workbooks, as Caf staff keep partners and people: `.xlsx` (Excel) and `.ods`
//! (LibreOffice) read with calamine, one sheet at a time (an .xlsx sheet streamed,
//! stream.rs; an .ods sheet, which calamine reads whole, held), each row given to the
//! import as the texts its cells show; `write.rs`: `export --workbook`.
//!
//! A cell's text is what the import reads in a CSV: a date cell is a date (`DD/MM/YYYY`,
//! as afas reads it), a number cell the digits it holds (a SIRET stored as a number is
//! `21160015000018`, never the `2.1160015E+13` a narrow column shows), a text cell its text.

pub mod stream;
pub mod write;

use std::path::Path;

use anyhow::Result;
use calamine::{open_workbook_auto, Data, Range, Reader};

use crate::csv_io;
use crate::error::{printable, usage};

/// The file name endings read as workbooks.
const ENDINGS: &[&str] = &["xlsx", "xlsm", "xls", "ods"];

/// Whether `path` names a workbook (by its ending, in any case).
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ENDINGS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The names of the workbook's sheets, in order.
pub fn sheet_names(path: &Path) -> Result<Vec<String>> {
    let book = open_workbook_auto(path).map_err(|e| unreadable(path, &e))?;
    Ok(book.sheet_names())
}

fn unreadable(path: &Path, e: &calamine::Error) -> anyhow::Error {
    usage(printable(&format!(
        "{}: not a workbook afas can read ({e}); save it as .xlsx or .ods, or as CSV",
        path.display()
    )))
}

/// The rows of one sheet, after its header row.
pub struct SheetRows {
    /// How rows name the sheet: `FILE:SHEET`.
    pub label: String,
    /// For each expected column, its index in the sheet's rows.
    pub columns: Vec<usize>,
    feed: Feed,
    text: String,
}

enum Feed {
    /// A sheet read whole (.ods).
    Whole {
        range: Range<Data>,
        /// The next row to give, as an index into `range` (0 is the header).
        next: usize,
        /// The sheet's row number of the range's first row, counted from 0.
        top: u32,
    },
    Stream(stream::Stream),
}

impl SheetRows {
    /// Reads sheet `sheet` of `path` and matches its first row against `expected`, as a CSV
    /// file's header. A sheet with no cell at all has no rows.
    pub fn open(path: &Path, sheet: &str, expected: &[&str]) -> Result<SheetRows> {
        let label = format!("{}:{sheet}", path.display());
        if stream::streams(path) {
            let mut rows = stream::Stream::start(path.to_path_buf(), sheet.to_string());
            let columns = match rows.next_row() {
                None => (0..expected.len()).collect(),
                Some(Err(e)) => return Err(unreadable_sheet(&label, &e)),
                Some(Ok((_, header))) => csv_io::columns_of(&label, &header, expected)?,
            };
            return Ok(SheetRows {
                label,
                columns,
                feed: Feed::Stream(rows),
                text: String::new(),
            });
        }
        let mut book = open_workbook_auto(path).map_err(|e| unreadable(path, &e))?;
        let range = book
            .worksheet_range(sheet)
            .map_err(|e| unreadable(path, &e))?;
        let top = range.start().map_or(0, |(row, _)| row);
        let columns = match range.rows().next() {
            None => (0..expected.len()).collect(),
            Some(header) => {
                let mut names = Vec::with_capacity(header.len());
                for cell in header {
                    let mut text = String::new();
                    text_of(cell, &mut text);
                    names.push(text);
                }
                csv_io::columns_of(&label, &names, expected)?
            }
        };
        Ok(SheetRows {
            label,
            columns,
            feed: Feed::Whole {
                range,
                next: 1,
                top,
            },
            text: String::new(),
        })
    }

    /// The next row's cells into `record`, and its line as the spreadsheet numbers it;
    /// None after the last.
    pub fn next_row(&mut self, record: &mut csv::StringRecord) -> Result<Option<u64>> {
        record.clear();
        match &mut self.feed {
            Feed::Stream(rows) => match rows.next_row() {
                None => Ok(None),
                Some(Err(e)) => Err(unreadable_sheet(&self.label, &e)),
                Some(Ok((row, texts))) => {
                    for text in &texts {
                        record.push_field(text);
                    }
                    Ok(Some(u64::from(row) + 1))
                }
            },
            Feed::Whole { range, next, top } => {
                let Some(row) = range.rows().nth(*next) else {
                    return Ok(None);
                };
                for cell in row {
                    self.text.clear();
                    text_of(cell, &mut self.text);
                    record.push_field(&self.text);
                }
                let line = u64::from(*top) + *next as u64 + 1;
                *next += 1;
                Ok(Some(line))
            }
        }
    }
}

fn unreadable_sheet(label: &str, e: &str) -> anyhow::Error {
    usage(printable(&format!(
        "{label}: a sheet afas cannot read ({e}); save the workbook again as .xlsx or .ods, or as CSV"
    )))
}

/// The text a cell shows, as the import reads it (see the module's comment).
pub fn text_of(cell: &Data, out: &mut String) {
    use std::fmt::Write;
    // (writing to a String cannot fail)
    let _ = match cell {
        Data::Empty => Ok(()),
        Data::String(s) => {
            out.push_str(s);
            Ok(())
        }
        Data::Int(i) => write!(out, "{i}"),
        Data::Float(f) => write_number(out, *f),
        Data::Bool(b) => write!(out, "{b}"),
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            write!(out, "{day:02}/{month:02}/{year:04}")
        }
        Data::DateTime(d) => write_number(out, d.as_f64()),
        Data::DateTimeIso(s) => {
            // `2024-03-05` or `2024-03-05T00:00:00`: the date part, as afas reads it
            match (s.get(0..4), s.get(5..7), s.get(8..10)) {
                (Some(y), Some(m), Some(d)) if s.len() == 10 || s.as_bytes()[10] == b'T' => {
                    write!(out, "{d}/{m}/{y}")
                }
                _ => write!(out, "{s}"),
            }
        }
        Data::DurationIso(s) => write!(out, "{s}"),
        Data::Error(e) => write!(out, "{e}"),
    };
}

/// A number as its digits: a whole number without a fraction or an exponent.
fn write_number(out: &mut String, f: f64) -> std::fmt::Result {
    use std::fmt::Write;
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        write!(out, "{}", f as i64)
    } else {
        write!(out, "{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(cell: Data) -> String {
        let mut s = String::new();
        text_of(&cell, &mut s);
        s
    }

    #[test]
    fn cells_read_as_the_texts_they_show() {
        assert_eq!(text(Data::Float(21160015000018.0)), "21160015000018");
        assert_eq!(text(Data::Float(61.0)), "61");
        assert_eq!(text(Data::Float(-120.5)), "-120.5");
        assert_eq!(text(Data::Int(161)), "161");
        assert_eq!(text(Data::DateTimeIso("2024-03-05".into())), "05/03/2024");
        assert_eq!(
            text(Data::DateTimeIso("2024-03-05T00:00:00".into())),
            "05/03/2024"
        );
        let excel =
            calamine::ExcelDateTime::new(45356.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(text(Data::DateTime(excel)), "05/03/2024");
        assert_eq!(text(Data::Bool(true)), "true");
    }
}
