//! `afas export`: the import formats, streamed row by row, so that export → import into an
//! empty store gives the same data back: one kind as CSV to stdout (plain, or as French
//! Excel opens it), or the six kinds as the sheets of an .xlsx workbook.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{scope, Ctx};
use crate::csv_io::formula::defused_bytes;
use crate::domain::CsvKind;
use crate::store;
use crate::workbook::write::Book;

pub fn run(ctx: &mut Ctx, kind: CsvKind, partner: Option<String>, excel: bool) -> Result<()> {
    ctx.read(|tx, actor| {
        let only = scope(tx, actor, partner.as_deref())?;
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        // French Excel reads a CSV as UTF-8 only after a BOM, splits it on `;` and expects
        // Windows line ends.
        let mut builder = csv::WriterBuilder::new();
        if excel {
            stdout.write_all("\u{feff}".as_bytes())?;
            builder.delimiter(b';').terminator(csv::Terminator::CRLF);
        }
        let mut out = builder.from_writer(stdout);
        out.write_record(kind.columns())?;
        store::export::rows(tx, kind, only.as_deref(), |record| {
            out.write_record(record.iter().map(|c| defused_bytes(c)))?;
            Ok(())
        })?;
        out.flush()?;
        out.into_inner().map_err(|e| e.into_error())?.flush()?;
        Ok(())
    })
}

/// `export --workbook FILE.xlsx`: the six kinds, each as a sheet named after it.
pub fn workbook(ctx: &mut Ctx, path: &Path, partner: Option<String>) -> Result<()> {
    let mut book = Book::new(path)?;
    ctx.read(|tx, actor| {
        let only = scope(tx, actor, partner.as_deref())?;
        for kind in CsvKind::ALL {
            let mut sheet = book.sheet(*kind)?;
            store::export::rows(tx, *kind, only.as_deref(), |record| sheet.row(record))?;
        }
        Ok(())
    })?;
    book.save(path)?;
    ctx.out.say(&format!(
        "wrote {}",
        crate::error::printable(&path.display().to_string())
    ))
}
