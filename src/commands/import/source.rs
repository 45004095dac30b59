//! Where an import's rows come from: a CSV file or a workbook's sheet, read a chunk of rows
//! at a time as the same texts, so that what follows does not know which.

use std::path::PathBuf;

use anyhow::Result;

use crate::csv_io::{self, CsvFile};
use crate::domain::CsvKind;
use crate::workbook::SheetRows;

/// One file or sheet to import, and its kind.
pub(super) struct Input {
    pub kind: CsvKind,
    pub place: Place,
}

pub(super) enum Place {
    Csv(PathBuf),
    Sheet { path: PathBuf, sheet: String },
}

/// An open file or sheet.
pub(super) enum Rows {
    Csv(Box<CsvFile>),
    Sheet(SheetRows),
}

/// How many rows are read, their facts fetched (facts.rs), and decided at a time.
const CHUNK: usize = 1_000;

/// One row as read: its line, where it ends in the file, and its cells or why not.
#[derive(Default)]
pub(super) struct Read {
    pub line: u64,
    pub byte: u64,
    pub record: csv::StringRecord,
    pub error: Option<String>,
}

impl Rows {
    pub fn open(place: &Place, kind: CsvKind) -> Result<Rows> {
        Ok(match place {
            Place::Csv(path) => Rows::Csv(Box::new(CsvFile::open(path, kind.columns())?)),
            Place::Sheet { path, sheet } => {
                Rows::Sheet(SheetRows::open(path, sheet, kind.columns())?)
            }
        })
    }

    /// How its rows name it: `FILE` or `FILE:SHEET`.
    pub fn label(&self) -> &str {
        match self {
            Rows::Csv(f) => &f.label,
            Rows::Sheet(s) => &s.label,
        }
    }

    /// Its size in bytes, for progress (0: no progress shown).
    pub fn len(&self) -> u64 {
        match self {
            Rows::Csv(f) => f.len,
            Rows::Sheet(_) => 0,
        }
    }

    /// For each expected column, its index in a row.
    pub fn columns(&self) -> &[usize] {
        match self {
            Rows::Csv(f) => &f.columns,
            Rows::Sheet(s) => &s.columns,
        }
    }

    /// Reads the next rows, up to `CHUNK`, into `chunk` (whose records are reused from one
    /// chunk to the next); returns how many (none at the end). A row the CSV parser cannot
    /// read is kept with its error; a file that stops being text is refused whole.
    pub fn read_chunk(&mut self, chunk: &mut Vec<Read>) -> Result<usize> {
        let mut n = 0;
        while n < CHUNK {
            if chunk.len() == n {
                chunk.push(Read::default());
            }
            let r = &mut chunk[n];
            match self {
                Rows::Sheet(sheet) => match sheet.next_row(&mut r.record)? {
                    None => break,
                    Some(line) => {
                        r.line = line;
                        r.error = None;
                    }
                },
                Rows::Csv(csv) => match csv.reader.read_record(&mut r.record) {
                    Ok(false) => break,
                    Ok(true) => {
                        r.line = csv_io::line_of(&csv.reader, &r.record);
                        r.byte = r.record.position().map_or(0, |p| p.byte());
                        r.error = None;
                    }
                    Err(e) => {
                        if let Some(refusal) = csv_io::unreadable(&e) {
                            return Err(refusal);
                        }
                        if let csv::ErrorKind::Io(_) = e.kind() {
                            return Err(e.into());
                        }
                        r.line = e.position().map_or(0, |p| p.line());
                        r.byte = 0;
                        r.error = Some(e.to_string());
                    }
                },
            }
            n += 1;
        }
        Ok(n)
    }
}
