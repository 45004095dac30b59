//! The end-to-end harness: a temporary store, the real `afas` binary, and a dump of the
//! whole store to prove that a refused command changed nothing.
#![allow(dead_code)]

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
    _dir: TempDir,
    pub path: PathBuf,
}

impl TestStore {
    /// A fresh store with its first Caf agent, MARTIN01.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("afas.db");
        let s = TestStore { _dir: dir, path };
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

    /// Registers an open partner (all three documents received).
    pub fn open_partner(&self, code: &str, name: &str) {
        self.ok(
            AGENT,
            &[
                "partner",
                "create",
                code,
                "--name",
                name,
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );
        for doc in ["convention", "contrat", "bulletin"] {
            self.ok(
                AGENT,
                &["partner", "document", code, doc, "--received", "2020-01-20"],
            );
        }
    }

    /// Creates an account of `partner` as the Caf agent.
    pub fn person(&self, login: &str, partner: &str, admin: bool) {
        let email = format!("{}@example.fr", login.to_lowercase());
        let mut args = vec![
            "account",
            "create",
            login,
            "--partner",
            partner,
            "--first-name",
            "Prénom",
            "--last-name",
            login,
            "--email",
            &email,
        ];
        if admin {
            args.push("--admin");
        }
        self.ok(AGENT, &args);
    }
}

/// A partner set up for Afas profiles by `TestStore::afas_partner`.
#[derive(Clone, Debug)]
pub struct Partner {
    pub code: String,
    /// The administrator, in neither group.
    pub admin: String,
    /// The manager of habiliter, who gives the profiles.
    pub giver: String,
    /// Members of declarer; the first one manages the group.
    pub declarers: Vec<String>,
}

impl Partner {
    /// The n-th member of declarer (0: its manager).
    pub fn d(&self, n: usize) -> &str {
        &self.declarers[n]
    }
}

/// The outcome of a command whatever it is: exit code, stdout, stderr.
pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl TestStore {
    /// An open partner `code` with an administrator `{tag}ADM1`, a habiliter group managed by
    /// `{tag}HAB1`, and a declarer group of `declarers` members `{tag}DEC1`…, the first one
    /// its manager. Tags keep the logins of two partners apart.
    pub fn afas_partner(&self, code: &str, tag: &str, declarers: usize) -> Partner {
        assert!(declarers >= 1);
        self.open_partner(code, &format!("Partenaire {code}"));
        let admin = format!("{tag}ADM1");
        let giver = format!("{tag}HAB1");
        self.person(&admin, code, true);
        self.person(&giver, code, false);
        let declarers: Vec<String> = (1..=declarers).map(|i| format!("{tag}DEC{i}")).collect();
        for d in &declarers {
            self.person(d, code, false);
        }
        self.ok(
            &admin,
            &["group", "create", code, "habiliter", "--manager", &giver],
        );
        self.ok(
            &admin,
            &[
                "group",
                "create",
                code,
                "declarer",
                "--manager",
                &declarers[0],
            ],
        );
        if declarers.len() > 1 {
            let mut args = vec!["group", "add", code, "declarer"];
            args.extend(declarers[1..].iter().map(String::as_str));
            self.ok(&admin, &args);
        }
        Partner {
            code: code.to_string(),
            admin,
            giver,
            declarers,
        }
    }

    /// A service of `partner` with the given sites, created by the Caf agent.
    pub fn service(&self, code: &str, partner: &str, sites: &[&str]) {
        self.ok(
            AGENT,
            &[
                "service",
                "create",
                code,
                "--partner",
                partner,
                "--kind",
                "alsh",
                "--name",
                "Accueil de loisirs",
            ],
        );
        for site in sites {
            let name = format!("Site {site}");
            self.ok(AGENT, &["service", "add-site", code, site, "--name", &name]);
        }
    }

    /// `profile grant` that must succeed: `site` for a site FDA.
    pub fn grant(
        &self,
        giver: &str,
        login: &str,
        profile: &str,
        service: &str,
        site: Option<&str>,
    ) {
        let mut args = vec!["profile", "grant", login, profile, "--service", service];
        if let Some(site) = site {
            args.extend(["--site", site]);
        }
        self.ok(giver, &args);
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

    /// The profiles held, as the Caf agent sees them with `profile list -o json` and `filter`
    /// (e.g. `["--service", "S1"]`): (login, profile, service, site) sorted.
    pub fn holdings(&self, filter: &[&str]) -> Vec<(String, String, String, Option<String>)> {
        let mut args = vec!["profile", "list"];
        args.extend_from_slice(filter);
        let list = self.json(AGENT, &args);
        let mut out: Vec<_> = list
            .as_array()
            .expect("profile list is an array")
            .iter()
            .map(|h| {
                (
                    h["login"].as_str().unwrap().to_string(),
                    h["profile"].as_str().unwrap().to_string(),
                    h["service"].as_str().unwrap().to_string(),
                    h["site"].as_str().map(str::to_string),
                )
            })
            .collect();
        out.sort();
        out
    }

    /// The logins holding `profile` on `service` (`site`: a site FDA; None: service level).
    pub fn holders(&self, service: &str, profile: &str, site: Option<&str>) -> Vec<String> {
        self.holdings(&["--service", service])
            .into_iter()
            .filter(|(_, p, _, s)| p == profile && s.as_deref() == site)
            .map(|(login, ..)| login)
            .collect()
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

// ── CSV import and export ───────────────────────────────────────────────────────────────

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
    /// The store's temporary folder, where tests write their CSV files.
    pub fn dir(&self) -> PathBuf {
        self.path.parent().unwrap().to_path_buf()
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
