//! Reading CSV files as spreadsheets write them: `,` or `;` (detected from the header),
//! UTF-8 with or without BOM, or Windows-1252; cells trimmed, empty lines skipped, columns
//! matched by header name in any order. Files are streamed, never held in memory.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};

use crate::error::refused;

/// The decoded file, with one more newline at its end so that every record ends with one
/// (see `line_of`).
pub type Reader = csv::Reader<std::io::Chain<DecodeReaderBytes<File, Vec<u8>>, &'static [u8]>>;

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
        let encoding = detect_encoding(path)?;
        let delimiter = detect_delimiter(path, encoding)?;
        let file = File::open(path).with_context(|| format!("cannot read {label}"))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let decoder = DecodeReaderBytesBuilder::new()
            .encoding(Some(encoding))
            .utf8_passthru(true)
            .bom_sniffing(true)
            .strip_bom(true)
            .build(file);
        // Cells are trimmed by `cells`, not by the reader, so that newlines inside quoted
        // cells stay countable for `line_of`.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            // `\n` ends a record; a `\r` before it is trimmed with the cell. (With CRLF as
            // the terminator the reader counts the line only at the next read.)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(decoder.chain(&b"\n"[..]));
        let header: Vec<String> = reader
            .headers()
            .with_context(|| format!("cannot read the header of {label}"))?
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
        Ok(CsvFile {
            label,
            reader,
            columns,
            len,
        })
    }
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
            .map(|&i| record.get(i).unwrap_or("").trim())
            .collect(),
    )
}

/// UTF-8 (with or without BOM) when every byte of the file is valid UTF-8, else
/// Windows-1252, the encoding of spreadsheets saved "as CSV" on French Windows. The whole
/// file is checked, in chunks, so a stray accent on the last line is not missed.
fn detect_encoding(path: &Path) -> Result<&'static Encoding> {
    let mut file = BufReader::with_capacity(
        1 << 16,
        File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
    );
    let mut carry: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            return Ok(if carry.is_empty() {
                UTF_8
            } else {
                WINDOWS_1252
            });
        }
        carry.extend_from_slice(&chunk[..n]);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) if e.error_len().is_none() => {
                // a character cut at the chunk's end: keep its first bytes for the next chunk
                let valid = e.valid_up_to();
                carry.drain(..valid);
            }
            Err(_) => return Ok(WINDOWS_1252),
        }
    }
}

/// `;` when the header line has more semicolons than commas, else `,`.
fn detect_delimiter(path: &Path, encoding: &'static Encoding) -> Result<u8> {
    let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut first = Vec::new();
    BufReader::new(file).read_until(b'\n', &mut first)?;
    let (text, _, _) = encoding.decode(&first);
    let semicolons = text.matches(';').count();
    let commas = text.matches(',').count();
    Ok(if semicolons > commas { b';' } else { b',' })
}
