//! What `import PATH` reads, in the spec's order: a folder's known files, a workbook's
//! sheets, or one CSV file. A folder's file or a workbook's sheet that afas does not know is
//! named in a warning, never skipped in silence.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::source::{Input, Place};
use crate::domain::CsvKind;
use crate::error::{self, printable, refused, usage};
use crate::workbook;

const KINDS: &str = "partners, accounts, groups, services, sites or profiles";

pub(super) fn inputs_of(path: &Path, kind: Option<CsvKind>) -> Result<Vec<Input>> {
    if path.is_dir() {
        if kind.is_some() {
            return Err(usage(
                "--kind is for a single file; a folder's files say their kind by name",
            ));
        }
        return folder(path);
    }
    if path.exists() && !path.is_file() {
        // A pipe or a device: reading it could block forever, and it is no file to import.
        return Err(usage(format!(
            "{} is not a regular file (a pipe or a device): import reads a CSV file, a \
             workbook or a folder of them",
            printable(&path.display().to_string())
        )));
    }
    if !path.is_file() {
        return Err(error::not_found(format!(
            "no file or folder {}",
            printable(&path.display().to_string())
        )));
    }
    if workbook::is_workbook(path) {
        return sheets(path, kind);
    }
    let kind = match kind {
        Some(k) => k,
        None => kind_of_name(path)?,
    };
    Ok(vec![Input {
        kind,
        place: Place::Csv(path.to_path_buf()),
    }])
}

/// A folder's files named after the kinds (`accounts.csv`, in any case), in the kinds'
/// order; any other file is named in a warning.
fn folder(dir: &Path) -> Result<Vec<Input>> {
    let mut found: Vec<(CsvKind, PathBuf)> = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let kind = name
            .strip_suffix(".csv")
            .and_then(CsvKind::from_text)
            .filter(|_| path.is_file());
        match kind {
            Some(k) => {
                if let Some((_, other)) = found.iter().find(|(f, _)| *f == k) {
                    return Err(usage(format!(
                        "{} and {} are both the {} file: keep one",
                        shown(other),
                        shown(&path),
                        k.as_str()
                    )));
                }
                found.push((k, path));
            }
            None => warn(&format!(
                "{}: not one of partners.csv, accounts.csv, groups.csv, services.csv, sites.csv, profiles.csv: not imported",
                shown(&path)
            )),
        }
    }
    if found.is_empty() {
        return Err(refused(format!(
            "{}: no partners.csv, accounts.csv, groups.csv, services.csv, sites.csv or profiles.csv in it",
            shown(dir)
        )));
    }
    found.sort_by_key(|(k, _)| CsvKind::ALL.iter().position(|a| a == k));
    Ok(found
        .into_iter()
        .map(|(kind, path)| Input {
            kind,
            place: Place::Csv(path),
        })
        .collect())
}

/// A workbook's sheets: those named after the kinds, in the kinds' order (any other one
/// named in a warning); or its one sheet, whose kind is `--kind` or the file's name.
fn sheets(path: &Path, kind: Option<CsvKind>) -> Result<Vec<Input>> {
    let names = workbook::sheet_names(path)?;
    let kind_of = |n: &str| CsvKind::from_text(&n.trim().to_lowercase());
    let sheet = |kind: CsvKind, name: &str| Input {
        kind,
        place: Place::Sheet {
            path: path.to_path_buf(),
            sheet: name.to_string(),
        },
    };
    if let [only] = names.as_slice() {
        let kind = match (kind, kind_of(only)) {
            (Some(k), _) | (None, Some(k)) => k,
            (None, None) => kind_of_name(path)?,
        };
        return Ok(vec![sheet(kind, only)]);
    }
    let mut found: Vec<(CsvKind, &String)> = Vec::new();
    let mut others = Vec::new();
    for name in &names {
        match kind_of(name) {
            Some(k) if kind.is_none_or(|asked| asked == k) => {
                if found.iter().any(|(f, _)| *f == k) {
                    return Err(usage(format!(
                        "{}: two sheets are named {}: keep one",
                        shown(path),
                        k.as_str()
                    )));
                }
                found.push((k, name));
            }
            // with --kind, the other kinds' sheets are left as asked
            Some(_) => {}
            None => others.push(name),
        }
    }
    if found.is_empty() {
        return Err(usage(match kind {
            Some(k) => format!(
                "{}: no sheet named {} among its {} sheets",
                shown(path),
                k.as_str(),
                names.len()
            ),
            None => format!(
                "{}: cannot tell which sheet holds what: name its sheets {KINDS}",
                shown(path)
            ),
        }));
    }
    for name in others {
        warn(&format!(
            "{}:{name}: a sheet not named {KINDS}: not imported",
            shown(path)
        ));
    }
    found.sort_by_key(|(k, _)| CsvKind::ALL.iter().position(|a| a == k));
    Ok(found.into_iter().map(|(k, n)| sheet(k, n)).collect())
}

/// A single file's kind, from its name (`accounts.csv`, `Accounts.xlsx`).
fn kind_of_name(path: &Path) -> Result<CsvKind> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    CsvKind::from_text(&stem).ok_or_else(|| {
        usage(format!(
            "{}: cannot tell its kind from its name; give --kind partners|accounts|groups|services|sites|profiles",
            shown(path)
        ))
    })
}

fn shown(path: &Path) -> String {
    printable(&path.display().to_string())
}

fn warn(message: &str) {
    eprintln!("warning: {}", printable(message));
}
