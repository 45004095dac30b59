//! `export --workbook FILE.xlsx`: the six kinds as sheets, in the import's columns, so that
//! importing the workbook into an empty store gives the same data. Codes, SIRETs and every
//! other text are text cells in text-formatted columns (a spreadsheet keeps `061` and the
//! 14 digits of a SIRET, also in a cell typed later); the documents' dates are date cells.
//! Sheets are written in rust_xlsxwriter's constant-memory mode, row by row to temporary
//! files; the workbook appears under its name only once complete.

use std::path::Path;

use anyhow::{Context, Result};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::domain::CsvKind;
use crate::error::{printable, usage};

/// The columns written as date cells.
const DATE_COLUMNS: &[&str] = &["convention", "contrat", "bulletin"];

/// A workbook being written.
pub struct Book {
    book: Workbook,
    header: Format,
    text: Format,
    date: Format,
}

/// One sheet being written: its next row.
pub struct Sheet<'b> {
    sheet: &'b mut Worksheet,
    kind: CsvKind,
    row: u32,
    text: &'b Format,
    date: &'b Format,
}

impl Book {
    /// A new workbook for `path`, which must end in `.xlsx`.
    pub fn new(path: &Path) -> Result<Book> {
        let xlsx = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
        if !xlsx {
            return Err(usage(format!(
                "--workbook writes an .xlsx workbook: name it like {}.xlsx",
                printable(&path.with_extension("").display().to_string())
            )));
        }
        Ok(Book {
            book: Workbook::new(),
            header: Format::new().set_bold(),
            text: Format::new().set_num_format("@"),
            date: Format::new().set_num_format("dd/mm/yyyy"),
        })
    }

    /// Adds the sheet of `kind`, with its header row.
    pub fn sheet(&mut self, kind: CsvKind) -> Result<Sheet<'_>> {
        let sheet = self
            .book
            .add_worksheet_with_constant_memory()
            .map_err(xlsx)?;
        sheet.set_name(kind.as_str()).map_err(xlsx)?;
        for (col, name) in kind.columns().iter().enumerate() {
            let col = col as u16;
            let format = if DATE_COLUMNS.contains(name) {
                &self.date
            } else {
                &self.text
            };
            sheet.set_column_format(col, format).map_err(xlsx)?;
            sheet.set_column_width(col, 16).map_err(xlsx)?;
            sheet
                .write_string_with_format(0, col, *name, &self.header)
                .map_err(xlsx)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx)?;
        Ok(Sheet {
            sheet,
            kind,
            row: 1,
            text: &self.text,
            date: &self.date,
        })
    }

    /// Writes the workbook to `path`: to a temporary file beside it, then renamed, so that
    /// a failure leaves no half-written workbook.
    pub fn save(mut self, path: &Path) -> Result<()> {
        let shown = printable(&path.display().to_string());
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut file = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("cannot write {shown}"))?;
        self.book.save_to_writer(file.as_file_mut()).map_err(xlsx)?;
        file.as_file().sync_all()?;
        file.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {shown}"))?;
        Ok(())
    }
}

impl Sheet<'_> {
    /// Writes one row, its cells in `kind.columns()` order.
    pub fn row(&mut self, cells: &[String]) -> Result<()> {
        for (col, (cell, name)) in cells.iter().zip(self.kind.columns()).enumerate() {
            let col = col as u16;
            if cell.is_empty() {
                continue;
            }
            match DATE_COLUMNS.contains(name).then(|| ymd(cell)).flatten() {
                Some(date) => self
                    .sheet
                    .write_datetime_with_format(self.row, col, &date, self.date),
                None => self
                    .sheet
                    .write_string_with_format(self.row, col, cell, self.text),
            }
            .map_err(xlsx)?;
        }
        self.row += 1;
        Ok(())
    }
}

/// A stored date (`YYYY-MM-DD`) as a date cell.
fn ymd(iso: &str) -> Option<ExcelDateTime> {
    let year = iso.get(0..4)?.parse().ok()?;
    let month = iso.get(5..7)?.parse().ok()?;
    let day = iso.get(8..10)?.parse().ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

fn xlsx(e: XlsxError) -> anyhow::Error {
    anyhow::anyhow!("cannot write the workbook: {e}")
}
