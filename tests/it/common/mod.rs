//! The end-to-end harness: a temporary store, the real `afas` binary, and a dump of the
//! whole store to prove that a refused command changed nothing.

pub mod campaign;
pub mod faults;
pub mod habilitation;
pub mod import;
pub mod smtp;
pub mod terminal;

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// `afas`, with no AFAS_* variables from the environment.
pub fn afas() -> Command {
    let mut c = Command::cargo_bin("afas").expect("afas binary");
    c.env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .env_remove("AFAS_SMTP_URL");
    c
}

/// The Caf agent created by `TestStore::new`.
pub const AGENT: &str = "MARTIN01";

pub struct TestStore {
    _dir: Option<TempDir>,
    pub path: PathBuf,
}

impl TestStore {
    /// An existing store (made by `afas demo`, say), left where it is.
    pub fn at(path: &std::path::Path) -> Self {
        TestStore {
            _dir: None,
            path: path.to_path_buf(),
        }
    }

    /// Keeps `dir` (the folder holding the store) until the store is dropped.
    pub fn keep(&mut self, dir: TempDir) {
        self._dir = Some(dir);
    }

    /// A fresh store with its first Caf agent, MARTIN01.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("afas.db");
        let s = TestStore {
            _dir: Some(dir),
            path,
        };
        s.cmd(None)
            .args([
                "init",
                "--agent",
                AGENT,
                "--first-name",
                "Sophie",
                "--last-name",
                "Martin",
                "--email",
                "sophie.martin@caf16.caf.fr",
            ])
            .assert()
            .success();
        s
    }

    /// `afas --db STORE [--as ACTOR]`, with no AFAS_* variables from the environment.
    pub fn cmd(&self, actor: Option<&str>) -> Command {
        let mut c = afas();
        c.arg("--db").arg(&self.path);
        if let Some(a) = actor {
            c.args(["--as", a]);
        }
        c
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, actor: &str, args: &[&str]) -> String {
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        assert!(
            out.status.success(),
            "afas --as {actor} {} failed ({:?}): {}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs a command with `-o json` that must succeed; returns the parsed JSON.
    pub fn json(&self, actor: &str, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.ok(actor, &all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Runs a command that must fail with `code`, leaving the store exactly as it was;
    /// returns stderr, which must be one line starting with `error: `.
    pub fn refused(&self, actor: &str, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "afas --as {actor} {}: expected exit {code}, stderr: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: ") && stderr.trim_end().lines().count() == 1,
            "expected one error line, got: {stderr:?}"
        );
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused command"
        );
        stderr
    }

    /// Runs a command that must fail with `code` without touching the store, when stderr may
    /// be more than one line (clap's usage errors); returns stderr.
    pub fn fails(&self, actor: &str, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "afas --as {actor} {}: expected exit {code}, stderr: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: "),
            "expected an error, got: {stderr:?}"
        );
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused command"
        );
        stderr
    }

    /// A direct connection to the store, to look at (or tamper with) what the tool hides.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.path).expect("open store")
    }

    /// Every row of every table, in a stable order: equal dumps mean an unchanged store.
    pub fn dump(&self) -> String {
        let db = self.db();
        let mut tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.retain(|t| !t.starts_with("sqlite_"));
        let mut out = String::new();
        for t in tables {
            let mut stmt = db.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| {
                    let cells: Vec<String> = (0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect();
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            out.push_str(&format!("## {t}\n{}\n", rows.join("\n")));
        }
        out
    }

    /// Runs a command whatever its outcome.
    pub fn run(&self, actor: &str, args: &[&str]) -> Outcome {
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        Outcome {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).to_string(),
        }
    }

    /// The audit rows of one action (e.g. `profile.grant`), oldest first, as `audit -o json`.
    pub fn audit_rows(&self, action: &str) -> Vec<Value> {
        self.json(AGENT, &["audit"])
            .as_array()
            .expect("audit is an array")
            .iter()
            .filter(|e| e["action"] == action)
            .cloned()
            .collect()
    }
}

/// The outcome of a command whatever it is: exit code, stdout, stderr.
pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}
