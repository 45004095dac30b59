//! The end-to-end harness: a temporary store, the real `afas` binary, and a dump of the
//! whole store to prove that a refused command changed nothing.
//!
//! A store is a SQLite file or a PostgreSQL database (`postgres.rs`), chosen per test
//! thread: plain `#[test]`s run on SQLite; `store_test! { fn name() { … } }` runs its body
//! once on each store, as the tests `name::sqlite` and `name::postgres`.

/// Runs a test on both stores: `store_test! { /// doc  fn name() { body } }` (several
/// functions may follow each other) keeps `fn name` as a plain function and adds
/// `mod name` with two tests, `sqlite` and `postgres`, each calling it after choosing its
/// store for `TestStore::new` and its siblings. The attributes (`///`, `#[ignore]`,
/// `#[should_panic]`…) go on the function and on both tests. A test that only makes sense
/// on one store stays a plain `#[test]` (SQLite) or says so in its body.
macro_rules! store_test {
    ($($(#[$attr:meta])* fn $name:ident() $(-> $ret:ty)? $body:block)+) => {$(
        $(#[$attr])*
        fn $name() $(-> $ret)? $body

        mod $name {
            $(#[$attr])*
            #[test]
            pub(super) fn sqlite() $(-> $ret)? {
                $crate::common::on_store($crate::common::Store::Sqlite, super::$name)
            }

            $(#[$attr])*
            #[test]
            pub(super) fn postgres() $(-> $ret)? {
                $crate::common::on_store($crate::common::Store::Postgres, super::$name)
            }
        }
    )+};
}

pub mod campaign;
pub mod faults;
pub mod habilitation;
pub mod import;
pub mod postgres;
pub mod relay;
pub mod sheets;
pub mod smtp;
pub mod terminal;

use std::cell::Cell;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The two stores a test can run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// A SQLite file in a temporary folder (the default).
    Sqlite,
    /// A database of the throwaway PostgreSQL cluster (`postgres.rs`).
    Postgres,
}

thread_local! {
    static STORE: Cell<Store> = const { Cell::new(Store::Sqlite) };
}

/// The store that `TestStore::new` makes on this thread.
pub fn store() -> Store {
    STORE.get()
}

/// Runs `test` with `TestStore::new` making `store`s on this thread (what `store_test!`
/// expands to); back to SQLite afterwards, even when the test panics.
pub fn on_store<T>(store: Store, test: fn() -> T) -> T {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            STORE.set(Store::Sqlite);
        }
    }
    let _reset = Reset;
    STORE.set(store);
    test()
}

/// `afas`, as a std process, with no AFAS_* variables from the environment.
pub fn afas_process() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_afas"));
    c.env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .env_remove("AFAS_SMTP_URL")
        .env_remove("AFAS_PASSWORD");
    c
}

/// `afas`, with no AFAS_* variables from the environment.
pub fn afas() -> Command {
    Command::from_std(afas_process())
}

/// The Caf agent created by `TestStore::new`.
pub const AGENT: &str = "MARTIN01";

/// The `init` that makes every test store: its first Caf agent, MARTIN01.
pub const INIT: &[&str] = &[
    "init",
    "--agent",
    AGENT,
    "--first-name",
    "Sophie",
    "--last-name",
    "Martin",
    "--email",
    "sophie.martin@caf16.caf.fr",
];

/// Where a test store lives.
enum Place {
    File(PathBuf),
    Database(postgres::Database),
}

pub struct TestStore {
    /// The temporary folder of the store: the SQLite file, the test's own files.
    folder: Option<TempDir>,
    place: Place,
}

impl TestStore {
    /// An existing SQLite store (made by `afas demo`, say), left where it is.
    pub fn at(path: &Path) -> Self {
        TestStore {
            folder: None,
            place: Place::File(path.to_path_buf()),
        }
    }

    /// Keeps `dir` (the folder holding the store) until the store is dropped.
    pub fn keep(&mut self, dir: TempDir) {
        self.folder = Some(dir);
    }

    /// A fresh store with its first Caf agent, MARTIN01: a SQLite file, or a PostgreSQL
    /// database cloned from the template that `afas init` made (per `store()`).
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        match store() {
            Store::Sqlite => {
                let path = dir.path().join("afas.db");
                let s = TestStore {
                    folder: Some(dir),
                    place: Place::File(path),
                };
                s.cmd(None).args(INIT).assert().success();
                s
            }
            Store::Postgres => TestStore::on_database(postgres::fresh_database(), dir),
        }
    }

    /// A store on `db`, with `dir` for the test's files.
    pub fn on_database(db: postgres::Database, dir: TempDir) -> Self {
        TestStore {
            folder: Some(dir),
            place: Place::Database(db),
        }
    }

    /// Which store this is.
    pub fn store(&self) -> Store {
        match self.place {
            Place::File(_) => Store::Sqlite,
            Place::Database(_) => Store::Postgres,
        }
    }

    /// Panics, naming `what`, unless the store is a SQLite file.
    fn sqlite_only(&self, what: &str) -> &Path {
        match &self.place {
            Place::File(p) => p,
            Place::Database(db) => panic!(
                "TestStore::{what} is for a SQLite store, and this one is the PostgreSQL \
                 database {}: a test that needs it stays a plain #[test] (SQLite only), \
                 outside store_test!",
                db.name
            ),
        }
    }

    /// The SQLite file (panics on PostgreSQL).
    pub fn path(&self) -> &Path {
        self.sqlite_only("path()")
    }

    /// The PostgreSQL database (panics on SQLite).
    pub fn database(&self) -> &postgres::Database {
        match &self.place {
            Place::Database(db) => db,
            Place::File(p) => panic!(
                "TestStore::database() is for a PostgreSQL store, and this one is the SQLite \
                 file {}",
                p.display()
            ),
        }
    }

    /// What `--db` is given: the SQLite file, or the database's URL
    /// (`postgresql://afas_owner@127.0.0.1:PORT/t_N?sslmode=disable`).
    pub fn db_arg(&self) -> OsString {
        match &self.place {
            Place::File(p) => p.clone().into_os_string(),
            Place::Database(db) => db.url().into(),
        }
    }

    /// `afas --db STORE [--as ACTOR]` as a std process: no AFAS_* variables from the
    /// environment but, on PostgreSQL, `AFAS_PASSWORD` (the owner's).
    ///
    /// On PostgreSQL an account acts by connecting as its login role (the server knows who
    /// acts: SPEC §4), so the URL names the role of `actor`; without an actor it is the
    /// database's owner, with its password (`init`, `migrate`).
    pub fn process(&self, actor: Option<&str>) -> std::process::Command {
        let mut c = afas_process();
        match (&self.place, actor) {
            (Place::Database(db), Some(a)) if !a.trim().is_empty() => {
                c.arg("--db").arg(db.url_as(a));
            }
            (Place::Database(_), _) => {
                c.arg("--db").arg(self.db_arg());
                c.env("AFAS_PASSWORD", postgres::OWNER_PASSWORD);
            }
            (Place::File(_), _) => {
                c.arg("--db").arg(self.db_arg());
            }
        }
        if let Some(a) = actor {
            c.args(["--as", a]);
        }
        c
    }

    /// `afas --db STORE [--as ACTOR]`, with no AFAS_* variables from the environment but,
    /// on PostgreSQL, `AFAS_PASSWORD`.
    pub fn cmd(&self, actor: Option<&str>) -> Command {
        Command::from_std(self.process(actor))
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

    /// A direct connection to the SQLite store, to look at (or tamper with) what the tool
    /// hides (panics on PostgreSQL: `database().superuser()` is its counterpart).
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.sqlite_only("db()")).expect("open store")
    }

    /// Runs `sql` past afas, as whoever can write the store: a direct SQLite connection, or
    /// PostgreSQL's superuser.
    pub fn edit(&self, sql: &str) {
        match &self.place {
            Place::File(_) => self.db().execute_batch(sql).expect("edit the store"),
            Place::Database(db) => db.superuser().batch_execute(sql).expect("edit the store"),
        }
    }

    /// Every row of every table, in a stable order: equal dumps mean an unchanged store.
    pub fn dump(&self) -> String {
        if let Place::Database(db) = &self.place {
            return db.dump();
        }
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
#[derive(Debug)]
pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}
