//! Reading CSV files as spreadsheets write them: `,` or `;` (detected from the header),
//! UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 (sniff.rs); cells trimmed,
//! empty lines skipped, columns matched by header name in any order. Files are streamed,
//! never held in memory. formula.rs: what no CSV of afas may carry, and the way back.

pub mod formula;
pub mod sniff;

use std::fs::File;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

use crate::error::{printable, refused, usage};
use sniff::{Guard, Unreadable};

/// The decoded file, with one more newline at its end so that every record ends with one
/// (see `line_of`).
pub type Reader =
    csv::Reader<std::io::Chain<Guard<DecodeReaderBytes<File, Vec<u8>>>, &'static [u8]>>;

/// An open CSV file whose columns are known.
pub struct CsvFile {
    /// How rows name the file: its path as given.
    pub label: String,
    pub reader: Reader,
    /// For each expected column, its index in the file.
    pub columns: Vec<usize>,
    /// The file's size in bytes, for progress.
    pub len: u64,
}

impl CsvFile {
    /// Opens `path`, detects its encoding and separator, and matches its header against
    /// `expected` (all required, no others allowed).
    pub fn open(path: &Path, expected: &[&str]) -> Result<CsvFile> {
        let label = path.display().to_string();
        let sniffed = sniff::sniff(path, &label)?;
        let file = File::open(path).with_context(|| format!("cannot read {label}"))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let decoder = DecodeReaderBytesBuilder::new()
            .encoding(Some(sniffed.encoding))
            .utf8_passthru(true)
            .bom_sniffing(true)
            .strip_bom(true)
            .build(file);
        // Cells are trimmed by `cells`, not by the reader, so that newlines inside quoted
        // cells stay countable for `line_of`.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sniffed.delimiter)
            .flexible(true)
            // `\n` ends a record; a `\r` before it is trimmed with the cell. (With CRLF as
            // the terminator the reader counts the line only at the next read.)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(Guard::new(decoder, &label).chain(&b"\n"[..]));
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(str::to_string).collect(),
            Err(e) => {
                return Err(unreadable(&e)
                    .unwrap_or_else(|| anyhow::Error::new(e))
                    .context(format!("cannot read the header of {label}")))
            }
        };
        let columns = columns_of(&label, &header, expected)?;
        Ok(CsvFile {
            label,
            reader,
            columns,
            len,
        })
    }
}

/// The refusal (exit 2) of a file the reader's guard stopped: binary, or a line too long.
pub fn unreadable(e: &csv::Error) -> Option<anyhow::Error> {
    match e.kind() {
        csv::ErrorKind::Io(io) => io
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Unreadable>())
            .map(|u| usage(u.0.clone())),
        _ => None,
    }
}

/// For each expected column, its index in `header` (a file's first line or a sheet's
/// first row): all required, each once, no others.
pub fn columns_of(label: &str, header: &[String], expected: &[&str]) -> Result<Vec<usize>> {
    let label = printable(label);
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    for (i, h) in header.iter().enumerate() {
        if !h.is_empty() && header[..i].contains(h) {
            return Err(refused(format!("{label}: column {h:?} appears twice")));
        }
    }
    if let Some(unknown) = header
        .iter()
        .find(|h| !h.is_empty() && !expected.contains(&h.as_str()))
    {
        return Err(refused(format!(
            "{label}: unknown column {unknown:?} (expected: {})",
            expected.join(",")
        )));
    }
    let mut columns = Vec::with_capacity(expected.len());
    for name in expected {
        match header.iter().position(|h| h == name) {
            Some(i) => columns.push(i),
            None => {
                return Err(refused(format!(
                    "{label}: missing column {name:?} (expected: {})",
                    expected.join(",")
                )))
            }
        }
    }
    Ok(columns)
}

/// The line where `record`, just read, starts. The reader's own record positions point at
/// the blank lines before a record when there are some; the position after the record is
/// exact (every record ends with a newline, thanks to the one added at the end), so count
/// back from there over the newlines inside the record's cells.
pub fn line_of(reader: &Reader, record: &csv::StringRecord) -> u64 {
    let inside: u64 = record
        .iter()
        .map(|c| c.bytes().filter(|b| *b == b'\n').count() as u64)
        .sum();
    reader.position().line().saturating_sub(1 + inside)
}

/// The cells of one row in the order of the expected columns; None for an empty line.
pub fn cells<'r>(record: &'r csv::StringRecord, columns: &[usize]) -> Option<Vec<&'r str>> {
    if record.iter().all(|c| c.trim().is_empty()) {
        return None;
    }
    Some(
        columns
            .iter()
            .map(|&i| formula::undefused(record.get(i).unwrap_or("").trim()))
            .collect(),
    )
}
