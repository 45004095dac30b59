//! CSV import and export: the sample data set, files written next to the store, and the
//! bad rows an import reports.

use std::path::PathBuf;

use super::{TestStore, AGENT};

/// A fresh store with the open partner 2016-00123 (Ville d'Angoulême) and nothing else.
pub fn store_with_a() -> TestStore {
    let s = TestStore::new();
    s.open_partner("2016-00123", "Ville d'Angoulême");
    s
}

/// The repository's `sample-data/` folder: a full, valid data set.
pub fn sample_data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-data")
}

/// One bad row as `import` reports it: `FILE:LINE: column: reason`, the file reduced to its
/// name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BadRow {
    pub file: String,
    pub line: u64,
    pub column: String,
}

/// `BadRow` from its parts, for the expected side of an assertion.
pub fn bad(file: &str, line: u64, column: &str) -> BadRow {
    BadRow {
        file: file.to_string(),
        line,
        column: column.to_string(),
    }
}

/// Parses an import's stderr: every line but the last is `FILE:LINE: column: reason` (with
/// a reason), the last starts with `error: `. Returns the bad rows sorted (duplicates kept,
/// so that a row reported twice shows).
pub fn bad_rows(stderr: &str) -> Vec<BadRow> {
    let lines: Vec<&str> = stderr.trim_end().lines().collect();
    let (last, rows) = lines.split_last().expect("an error on stderr");
    assert!(
        last.starts_with("error: "),
        "the last line must be the error, got: {stderr}"
    );
    let mut out: Vec<BadRow> = rows
        .iter()
        .map(|l| {
            let parsed = l.split_once(": ").and_then(|(loc, rest)| {
                let (file, line) = loc.rsplit_once(':')?;
                let (column, reason) = rest.split_once(": ")?;
                let line = line.parse().ok()?;
                (!column.is_empty() && !column.contains(' ') && !reason.trim().is_empty())
                    .then_some((file, line, column))
            });
            let (file, line, column) =
                parsed.unwrap_or_else(|| panic!("not FILE:LINE: column: reason: {l:?}"));
            BadRow {
                file: std::path::Path::new(file)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
                line,
                column: column.to_string(),
            }
        })
        .collect();
    out.sort();
    out
}

impl TestStore {
    /// The store's temporary folder, where tests write their CSV files: the SQLite file's
    /// folder, or the one a PostgreSQL store was given.
    pub fn dir(&self) -> PathBuf {
        match (&self.place, &self.folder) {
            (super::Place::File(p), _) => p.parent().unwrap().to_path_buf(),
            (super::Place::Database(_), Some(d)) => d.path().to_path_buf(),
            (super::Place::Database(db), None) => panic!("no folder for database {}", db.name),
        }
    }

    /// A new empty sub-folder of the store's temporary folder.
    pub fn folder(&self, name: &str) -> PathBuf {
        let d = self.dir().join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// Writes `bytes` to `dir/name` and returns the path as a string for the command line.
    pub fn write(&self, dir: &std::path::Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().to_string()
    }

    /// A store holding `sample-data/`, imported by the Caf agent.
    pub fn with_sample() -> Self {
        let s = TestStore::new();
        s.ok(AGENT, &["import", sample_data().to_str().unwrap()]);
        s
    }

    /// Runs an import (or any command) that must refuse rows: exit 5, every bad row on its
    /// own line then the `error:` line, the store unchanged. Returns the bad rows.
    pub fn refused_rows(&self, actor: &str, args: &[&str]) -> Vec<BadRow> {
        let before = self.dump();
        let out = self.run(actor, args);
        assert_eq!(
            out.code,
            Some(5),
            "afas --as {actor} {}: expected exit 5, stderr: {}",
            args.join(" "),
            out.stderr
        );
        let rows = bad_rows(&out.stderr);
        assert!(!rows.is_empty(), "no bad row reported: {}", out.stderr);
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused import"
        );
        rows
    }

    /// `export KIND [args…]` that must succeed: the CSV text.
    pub fn export(&self, actor: &str, kind: &str, args: &[&str]) -> String {
        let mut all = vec!["export", kind];
        all.extend_from_slice(args);
        self.ok(actor, &all)
    }
}
