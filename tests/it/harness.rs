//! The harness itself: the throwaway PostgreSQL cluster, a database per test and its dump,
//! and `store_test!` running a body on both stores. None of it needs afas's PostgreSQL
//! backend: the databases here are made by the harness's own SQL.

use std::cell::Cell;
use std::os::unix::fs::MetadataExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::Command;

use crate::common::postgres::{
    self, cluster, Database, OWNER, OWNER_PASSWORD, SUPERUSER, SUPERUSER_PASSWORD,
};
use crate::common::{store, Store, TestStore};

fn one_value(db: &mut ::postgres::Client, sql: &str) -> String {
    db.query_one(sql, &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

#[test]
fn the_cluster_asks_for_passwords_and_runs_with_the_test_settings() {
    let c = cluster();
    let mut su = c.superuser("postgres");
    assert_eq!(one_value(&mut su, "SELECT 1::text"), "1");
    for (setting, expected) in [
        ("fsync", "off"),
        ("synchronous_commit", "off"),
        ("full_page_writes", "off"),
        ("listen_addresses", "127.0.0.1"),
        ("password_encryption", "scram-sha-256"),
        ("lc_collate", "C"),
        ("server_encoding", "UTF8"),
    ] {
        assert_eq!(one_value(&mut su, &format!("SHOW {setting}")), expected);
    }
    let max: u32 = one_value(&mut su, "SHOW max_connections").parse().unwrap();
    assert!(max >= 200, "max_connections = {max}");
    assert_eq!(
        one_value(
            &mut su,
            "SELECT rolcreaterole::text || rolcanlogin::text || rolsuper::text
                    || (rolpassword LIKE 'SCRAM-SHA-256$%')::text
             FROM pg_authid WHERE rolname = 'afas_owner'"
        ),
        "truetruefalsetrue"
    );

    // the owner logs in with its password, and with no other
    let mut owner = c.connect_as(OWNER, OWNER_PASSWORD, "postgres").unwrap();
    assert_eq!(one_value(&mut owner, "SELECT current_user::text"), OWNER);
    let wrong = c.connect_as(OWNER, "not-the-password", "postgres");
    let err = wrong.err().expect("a wrong password is refused");
    assert_eq!(
        err.code(),
        Some(&::postgres::error::SqlState::INVALID_PASSWORD),
        "{err}"
    );

    // over TCP, the superuser too needs its password
    let mut tcp = c
        .connect_as(SUPERUSER, SUPERUSER_PASSWORD, "postgres")
        .unwrap();
    assert_eq!(one_value(&mut tcp, "SELECT current_user::text"), SUPERUSER);
    assert!(c.connect_as(SUPERUSER, OWNER_PASSWORD, "postgres").is_err());

    // psql from the same PostgreSQL, over TCP with the password
    let out = Command::new(c.bin.join("psql"))
        .args(["-X", "-At", "-c", "SELECT 40 + 2"])
        .args(["-d", "postgres", "-U", OWNER])
        .args(["-h", "127.0.0.1", "-p", &c.port.to_string()])
        .env("PGPASSWORD", OWNER_PASSWORD)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "42",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // as root, the server runs as the postgres system user, its data in the temp folder
    let data = one_value(&mut su, "SHOW data_directory");
    assert!(data.starts_with(c.dir.to_str().unwrap()), "{data}");
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        let uid = std::fs::metadata(&data).unwrap().uid();
        let name = Command::new("id").args(["-un", &uid.to_string()]).output();
        let name = String::from_utf8(name.unwrap().stdout).unwrap();
        assert_eq!(name.trim(), "postgres", "the data directory's owner");
    }
}

/// A database with two tables in `public` and one in another schema.
fn probe_template() -> Database {
    let t = postgres::database_from("template0");
    t.superuser()
        .batch_execute(
            "CREATE TABLE partner (code TEXT PRIMARY KEY, name TEXT NOT NULL);
             CREATE TABLE audit (id BIGSERIAL PRIMARY KEY, what TEXT, at TIMESTAMP);
             CREATE SCHEMA other;
             CREATE TABLE other.note (body TEXT);
             INSERT INTO partner VALUES ('B', 'Bé, \"b\"'), ('A', 'a');
             INSERT INTO audit (what, at) VALUES ('one', '2025-01-02 03:04:05'), (NULL, NULL);",
        )
        .unwrap();
    t
}

#[test]
fn a_test_database_is_a_clone_of_the_template_dropped_with_its_store() {
    let template = probe_template();
    let expected = template.dump();
    assert_eq!(
        expected,
        "## other.note\n\n\
         ## audit\n(1,one,\"2025-01-02 03:04:05\")\n(2,,)\n\
         ## partner\n(A,a)\n(B,\"Bé, \"\"b\"\"\")\n"
    );
    let a = TestStore::on_database(
        postgres::database_from(&template.name),
        tempfile::tempdir().unwrap(),
    );
    let b = TestStore::on_database(
        postgres::database_from(&template.name),
        tempfile::tempdir().unwrap(),
    );
    assert_eq!(a.store(), Store::Postgres);
    assert_eq!(a.dump(), expected);
    let name = a.database().name.clone();
    let mut su = cluster().superuser("postgres");
    let owner: String = su
        .query_one(
            "SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .unwrap()
        .get(0);
    assert_eq!(owner, OWNER);

    a.database()
        .superuser()
        .batch_execute("DELETE FROM partner WHERE code = 'B'")
        .unwrap();
    assert_ne!(a.dump(), expected);
    assert_eq!(b.dump(), expected, "the other clone changed too");

    // an account acts as its own login role (no password on 127.0.0.1: access_rules)…
    let args = |cmd: &std::process::Command| -> Vec<String> {
        cmd.get_args()
            .map(|a| a.to_string_lossy().to_string())
            .collect()
    };
    let password = |cmd: &std::process::Command| {
        cmd.get_envs()
            .find(|(k, _)| *k == "AFAS_PASSWORD")
            .and_then(|(_, v)| v.map(|v| v.to_string_lossy().to_string()))
    };
    let cmd = a.process(Some("MARTIN01"));
    let url = format!(
        "postgresql://{name}_MARTIN01@127.0.0.1:{}/{name}?sslmode=disable",
        cluster().port
    );
    assert_eq!(args(&cmd), ["--db", url.as_str(), "--as", "MARTIN01"]);
    assert_eq!(password(&cmd), None);
    // …and nobody (init, migrate) is the database's owner, with its password
    let cmd = a.process(None);
    let url = format!(
        "postgresql://afas_owner@127.0.0.1:{}/{name}?sslmode=disable",
        cluster().port
    );
    assert_eq!(args(&cmd), ["--db", url.as_str()]);
    assert_eq!(password(&cmd).as_deref(), Some(OWNER_PASSWORD));
    assert!(a.dir().is_dir());

    // what only a SQLite file has says so
    let refused = catch_unwind(AssertUnwindSafe(|| a.path().to_path_buf()));
    let message = *refused.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("plain #[test]"), "{message}");
    assert!(catch_unwind(AssertUnwindSafe(|| a.db())).is_err());

    drop(a);
    let left: i64 = su
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "the database outlived its store");
}

thread_local! {
    static SEEN: Cell<Option<Store>> = const { Cell::new(None) };
}

store_test! {
    /// Records the store it runs on, for the test below (and passes on its own).
    fn records_its_store() {
        SEEN.set(Some(store()));
    }
}

#[test]
fn store_test_runs_its_body_once_on_each_store() {
    assert_eq!(store(), Store::Sqlite, "a plain #[test] is on SQLite");
    records_its_store::sqlite();
    assert_eq!(SEEN.get(), Some(Store::Sqlite));
    records_its_store::postgres();
    assert_eq!(SEEN.get(), Some(Store::Postgres));
    assert_eq!(store(), Store::Sqlite, "back to SQLite after the test");
}

#[test]
fn a_sqlite_store_is_a_file_and_gets_no_password() {
    let s = TestStore::new();
    assert_eq!(s.store(), Store::Sqlite);
    assert!(s.path().is_file());
    let cmd = s.process(None);
    let removed = cmd
        .get_envs()
        .any(|(k, v)| k == "AFAS_PASSWORD" && v.is_none());
    assert!(removed, "AFAS_PASSWORD must be removed on SQLite");
    let refused = catch_unwind(AssertUnwindSafe(|| s.database().name.clone()));
    assert!(refused.is_err());
}
