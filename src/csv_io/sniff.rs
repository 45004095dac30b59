//! What a file is, told from its bytes before it is parsed: its encoding (UTF-8 with or
//! without BOM, UTF-16 with BOM as LibreOffice's "Unicode" saves it, else Windows-1252), its
//! separator, and whether it is text at all. A binary file, a file of NULs or a first line
//! longer than `MAX_LINE` is refused from its first 64 KiB, before anything is parsed: the
//! CSV parser would hold such a "line" whole in memory.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::{printable, usage};

/// The longest line a CSV file may have: a header or row of an import is a few hundred
/// bytes; anything longer is not a spreadsheet's CSV, and must not be held in memory.
pub const MAX_LINE: usize = 64 * 1024;

/// What the first bytes of a file say about it.
pub struct Sniffed {
    pub encoding: &'static Encoding,
    pub delimiter: u8,
}

/// Reads the start of `path` and tells its encoding and separator, or refuses it (exit 2)
/// as binary or as having a header line longer than `MAX_LINE`.
pub fn sniff(path: &Path, label: &str) -> Result<Sniffed> {
    let mut head = Vec::with_capacity(MAX_LINE + 4);
    File::open(path)
        .with_context(|| format!("cannot read {label}"))?
        .take(MAX_LINE as u64 + 4)
        .read_to_end(&mut head)
        .with_context(|| format!("cannot read {label}"))?;
    let bom = match head.as_slice() {
        [0xFF, 0xFE, ..] => Some(UTF_16LE),
        [0xFE, 0xFF, ..] => Some(UTF_16BE),
        [0xEF, 0xBB, 0xBF, ..] => Some(UTF_8),
        _ => None,
    };
    if head.starts_with(b"PK\x03\x04") {
        return Err(usage(format!(
            "{}: a workbook (.xlsx or .ods), not CSV text: import it under its .xlsx or .ods name",
            printable(label)
        )));
    }
    let (text, _, _) = bom.unwrap_or(UTF_8).decode(&head);
    if text.contains('\0') {
        return Err(binary(label));
    }
    let Some(end) = text.find('\n') else {
        if head.len() > MAX_LINE {
            return Err(long_line(label, 1));
        }
        return Ok(Sniffed {
            encoding: bom.map_or_else(|| whole_file_encoding(path, label), Ok)?,
            delimiter: delimiter(&text),
        });
    };
    let encoding = match bom {
        Some(e) => e,
        None => whole_file_encoding(path, label)?,
    };
    // the header line as the file's encoding reads it (Windows-1252 decodes any byte)
    let (header, _, _) = encoding.decode(&head);
    let header = header.lines().next().unwrap_or(&text[..end]);
    Ok(Sniffed {
        encoding,
        delimiter: delimiter(header),
    })
}

/// `;` or a tab when the header line has more of them than commas, else `,`.
fn delimiter(header: &str) -> u8 {
    let count = |c: char| header.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// UTF-8 when every byte of the file is valid UTF-8, else Windows-1252, the encoding of
/// spreadsheets saved "as CSV" on French Windows. The whole file is checked, in chunks, so
/// a stray accent on the last line is not missed; a NUL byte anywhere refuses it as binary.
fn whole_file_encoding(path: &Path, label: &str) -> Result<&'static Encoding> {
    let mut file = BufReader::with_capacity(
        1 << 16,
        File::open(path).with_context(|| format!("cannot read {label}"))?,
    );
    let mut carry: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    let mut utf8 = true;
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            return Ok(if utf8 && carry.is_empty() {
                UTF_8
            } else {
                WINDOWS_1252
            });
        }
        if chunk[..n].contains(&0) {
            return Err(binary(label));
        }
        if !utf8 {
            continue;
        }
        carry.extend_from_slice(&chunk[..n]);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) if e.error_len().is_none() => {
                // a character cut at the chunk's end: keep its first bytes for the next chunk
                let valid = e.valid_up_to();
                carry.drain(..valid);
            }
            Err(_) => utf8 = false,
        }
    }
}

fn binary(label: &str) -> anyhow::Error {
    usage(format!(
        "{}: a binary file (it holds NUL bytes), not CSV text",
        printable(label)
    ))
}

fn long_line(label: &str, line: u64) -> anyhow::Error {
    usage(format!(
        "{}: line {line} is longer than 64 KiB: not a spreadsheet's CSV",
        printable(label)
    ))
}

/// Why `Guard` stopped reading: the one line to tell the user.
#[derive(Debug)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreadable {}

/// The decoded text of a file on its way to the CSV parser, stopped at a NUL or at a line
/// longer than `MAX_LINE` anywhere in the file, so that the parser never holds more than
/// that of one row.
pub struct Guard<R> {
    inner: R,
    label: String,
    /// the line being read, and how many bytes of it were read so far
    line: u64,
    run: usize,
}

impl<R: Read> Guard<R> {
    pub fn new(inner: R, label: &str) -> Self {
        Guard {
            inner,
            label: printable(label),
            line: 1,
            run: 0,
        }
    }

    fn stop(&self, why: String) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, Unreadable(why))
    }
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = &buf[..n];
        // memchr's SIMD search: every byte of an import goes through here, and the
        // import's speed is a target.
        if memchr::memchr(0, read).is_some() {
            return Err(self.stop(binary(&self.label).to_string()));
        }
        if n > MAX_LINE {
            return self.line_by_line(read);
        }
        // A line between the buffer's first and last newlines is shorter than the buffer,
        // so only the line ending at the first and the one left open after the last count.
        let too_long = match memchr::memchr(b'\n', read) {
            None => {
                self.run += n;
                self.run > MAX_LINE
            }
            Some(first) => {
                let ended = self.run + first;
                let last = memchr::memrchr(b'\n', read).unwrap_or(first);
                self.run = n - last - 1;
                ended > MAX_LINE
            }
        };
        if too_long {
            return Err(self.stop(long_line(&self.label, self.line).to_string()));
        }
        self.line += memchr::memchr_iter(b'\n', read).count() as u64;
        Ok(n)
    }
}

impl<R: Read> Guard<R> {
    /// The check of a buffer longer than a line may be, one line at a time.
    fn line_by_line(&mut self, read: &[u8]) -> io::Result<usize> {
        let mut parts = read.split(|b| *b == b'\n');
        if let Some(first) = parts.next() {
            self.run += first.len();
        }
        for part in parts {
            if self.run > MAX_LINE {
                break;
            }
            self.line += 1;
            self.run = part.len();
        }
        if self.run > MAX_LINE {
            return Err(self.stop(long_line(&self.label, self.line).to_string()));
        }
        Ok(read.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_most_frequent_of_the_header() {
        assert_eq!(delimiter("a;b;c"), b';');
        assert_eq!(delimiter("a,b,c"), b',');
        assert_eq!(delimiter("a\tb\tc"), b'\t');
        assert_eq!(delimiter("a;b, c;d"), b';');
    }

    #[test]
    fn the_guard_stops_at_a_nul_and_at_a_long_line() {
        let mut out = Vec::new();
        let ok = b"a,b\n1,2\n".to_vec();
        assert!(Guard::new(&ok[..], "f").read_to_end(&mut out).is_ok());
        let nul = b"a,b\n1\0,2\n".to_vec();
        assert!(Guard::new(&nul[..], "f").read_to_end(&mut out).is_err());
        let mut long = b"a,b\n".to_vec();
        long.extend(std::iter::repeat_n(b'x', MAX_LINE + 1));
        let e = Guard::new(&long[..], "f")
            .read_to_end(&mut out)
            .unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        let mut many = Vec::new();
        for _ in 0..10_000 {
            many.extend_from_slice(b"0123456789,abcdef\n");
        }
        assert!(Guard::new(&many[..], "f").read_to_end(&mut out).is_ok());
        // read in small buffers, the line is counted as well
        let mut small = Guard::new(&long[..], "f");
        let mut buf = [0u8; 1000];
        let e = loop {
            match small.read(&mut buf) {
                Ok(0) => panic!("a long line read to its end"),
                Ok(_) => continue,
                Err(e) => break e,
            }
        };
        assert!(e.to_string().contains("line 2"), "{e}");
        let mut small = Guard::new(&many[..], "f");
        while small.read(&mut buf).expect("short lines") > 0 {}
    }
}
