//! Global behaviour of the command line: exit codes, output formats, the store file.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

use crate::common::{TestStore, AGENT};

#[test]
fn new_store_is_private() {
    let s = TestStore::new();
    let mode = std::fs::metadata(s.path()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

store_test! {
    fn unknown_output_format_is_a_usage_error() {
        let s = TestStore::new();
        s.cmd(Some(AGENT))
            .args(["-o", "yaml", "partner", "list"])
            .assert()
            .code(2);
    }
}

/// On SQLite only: on PostgreSQL the server says who acts, and `--as` may be left out
/// (tests/it/identity.rs).
#[test]
fn missing_actor_is_a_usage_error_naming_the_flag() {
    let s = TestStore::new();
    s.cmd(None)
        .args(["partner", "list"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--as"));
}

// ── Output formats ──────────────────────────────────────────────────────────────────────

const A: &str = "2016-00123";
/// A name that needs quoting in CSV: a comma, double quotes, an accent.
const AWKWARD: &str = "Centre social \"Les Alliers\", Angoulême";

/// A partner with an awkward name, its administrator, its declarer group.
fn small_store() -> TestStore {
    let s = TestStore::new();
    s.open_partner(A, AWKWARD);
    s.person("DURAND01", A, true);
    s.person("ROUX01", A, false);
    s.ok(
        "DURAND01",
        &["group", "create", A, "declarer", "--manager", "DURAND01"],
    );
    s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
    s
}

const PARTNER_HEADERS: &[&str] = &[
    "code",
    "name",
    "siret",
    "caf_code",
    "status",
    "convention",
    "contrat",
    "bulletin",
    "created_at",
];
const ACCOUNT_HEADERS: &[&str] = &[
    "login",
    "partner",
    "role",
    "first_name",
    "last_name",
    "email",
    "admin",
    "status",
    "groups",
    "manages",
    "created_at",
    "caf_code",
];
const GROUP_HEADERS: &[&str] = &["partner", "group", "manager", "members", "created_at"];
const AUDIT_HEADERS: &[&str] = &[
    "id", "at", "actor", "action", "target", "partner", "details",
];

/// Every list and show, with its CSV header and whether it is a list.
fn reads() -> Vec<(Vec<&'static str>, &'static [&'static str], bool)> {
    vec![
        (vec!["partner", "list"], PARTNER_HEADERS, true),
        (vec!["partner", "show", A], PARTNER_HEADERS, false),
        (vec!["account", "list"], ACCOUNT_HEADERS, true),
        (
            vec!["account", "list", "--partner", A, "--group", "declarer"],
            ACCOUNT_HEADERS,
            true,
        ),
        (vec!["account", "show", "ROUX01"], ACCOUNT_HEADERS, false),
        (vec!["group", "list"], GROUP_HEADERS, true),
        (vec!["group", "show", A, "declarer"], GROUP_HEADERS, false),
        (vec!["audit"], AUDIT_HEADERS, true),
    ]
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r
        .headers()
        .unwrap_or_else(|e| panic!("no CSV header ({e}): {text}"))
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            rec.unwrap_or_else(|e| panic!("not CSV ({e}): {text}"))
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (headers, rows)
}

store_test! {
    fn every_list_and_show_parses_as_csv_with_a_header_row() {
        let s = small_store();
        for (args, headers, is_list) in reads() {
            let mut all = vec!["-o", "csv"];
            all.extend(&args);
            let text = s.ok("DURAND01", &all);
            let (h, rows) = parse_csv(&text);
            assert_eq!(h, headers, "{args:?}");
            // As many rows as the JSON form has records, each with every column.
            let json = s.json("DURAND01", &args);
            let expected = if is_list {
                json.as_array().expect("a JSON list").len()
            } else {
                1
            };
            assert_eq!(rows.len(), expected, "{args:?}: {text}");
            assert!(rows.iter().all(|r| r.len() == headers.len()), "{args:?}");
        }
        // The awkward name comes back whole.
        let (_, rows) = parse_csv(&s.ok("DURAND01", &["-o", "csv", "partner", "show", A]));
        assert_eq!(rows[0][0], A);
        assert_eq!(rows[0][1], AWKWARD);
        assert_eq!(rows[0][4], "open");
        let (_, rows) = parse_csv(&s.ok("DURAND01", &["-o", "csv", "group", "show", A, "declarer"]));
        assert_eq!(rows[0][3], "DURAND01 ROUX01");
        // The audit details are one cell holding JSON.
        let (_, rows) = parse_csv(&s.ok(AGENT, &["-o", "csv", "audit", "--limit", "1"]));
        let details: serde_json::Value = serde_json::from_str(&rows[0][6]).expect("JSON details");
        assert_eq!(details["group"], "declarer");
    }
}

store_test! {
    fn changes_print_their_record_in_csv_too() {
        let s = small_store();
        let text = s.ok(
            "DURAND01",
            &[
                "-o",
                "csv",
                "account",
                "create",
                "DUBOIS01",
                "--partner",
                A,
                "--first-name",
                "Marc",
                "--last-name",
                "Dubois, dit \"Marco\"",
                "--email",
                "marc.dubois@angouleme.fr",
            ],
        );
        let (h, rows) = parse_csv(&text);
        assert_eq!(h, ACCOUNT_HEADERS);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0], "DUBOIS01");
        assert_eq!(rows[0][4], "Dubois, dit \"Marco\"");
    }
}

store_test! {
    fn every_output_parses_as_json() {
        let s = small_store();
        for (args, headers, is_list) in reads() {
            let json = s.json("DURAND01", &args);
            let records: Vec<&serde_json::Value> = if is_list {
                json.as_array().expect("a list").iter().collect()
            } else {
                vec![&json]
            };
            assert!(!records.is_empty(), "{args:?}");
            for r in records {
                let obj = r.as_object().unwrap_or_else(|| panic!("{args:?}: {r}"));
                let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
                keys.sort_unstable();
                let mut want = headers.to_vec();
                want.sort_unstable();
                assert_eq!(keys, want, "{args:?}: the JSON fields are the CSV columns");
            }
        }
        // Changes print the changed record.
        let changes: Vec<Vec<&str>> = vec![
            vec!["account", "admin", "ROUX01"],
            vec!["account", "update", "ROUX01", "--first-name", "Léa"],
            vec!["group", "create", A, "habiliter", "--manager", "ROUX01"],
            vec!["group", "notify", A],
            vec!["-y", "account", "suspend", "ROUX01"],
        ];
        for args in changes {
            let json = s.json("DURAND01", &args);
            assert!(json.is_object(), "{args:?}: {json}");
        }
        // An empty list is an empty JSON array (not "(none)"), and a lone header in CSV.
        let t = TestStore::new();
        assert_eq!(t.json(AGENT, &["group", "list"]), serde_json::json!([]));
        assert_eq!(
            t.ok(AGENT, &["-o", "csv", "group", "list"]).trim(),
            GROUP_HEADERS.join(",")
        );
    }
}

// ── A reader that goes away ─────────────────────────────────────────────────────────────

/// `afas account list | head -0`: the pipe closes before afas has written its output.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let s = TestStore::new();
    {
        let mut db = s.db();
        let tx = db.transaction().unwrap();
        for i in 0..2000 {
            tx.execute(
                "INSERT INTO account (login, partner, first_name, last_name, email, created_at)
                 VALUES (?1, NULL, 'Prénom', 'Nom', 'agent@caf16.caf.fr', '2020-01-01T00:00:00Z')",
                [format!("AGENT{i:04}")],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    for format in ["table", "json", "csv"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_afas"))
            .env_remove("AFAS_DB")
            .env_remove("AFAS_AS")
            .arg("--db")
            .arg(s.path())
            .args(["--as", AGENT, "-o", format, "account", "list"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run afas");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for afas");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "-o {format}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "-o {format}: {stderr}");
        assert!(stderr.is_empty(), "-o {format}: {stderr}");
    }
}

// ── The store ───────────────────────────────────────────────────────────────────────────

#[test]
fn the_store_refuses_to_rewrite_the_audit_trail() {
    let s = small_store();
    let before = s.dump();
    let db = s.db();
    let err = db
        .execute("UPDATE audit SET actor = 'NOBODY01' WHERE id = 2", [])
        .expect_err("UPDATE of the audit trail");
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = db
        .execute("DELETE FROM audit WHERE action = 'group.add'", [])
        .expect_err("DELETE of the audit trail");
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = db
        .execute("DELETE FROM audit", [])
        .expect_err("DELETE of the whole trail");
    assert!(err.to_string().contains("append-only"), "{err}");
    drop(db);
    assert_eq!(before, s.dump());
}

#[test]
fn a_store_from_a_newer_afas_is_refused() {
    let s = small_store();
    s.db().pragma_update(None, "user_version", 99).unwrap();
    for args in [vec!["partner", "list"], vec!["account", "show", "ROUX01"]] {
        let err = s.refused(AGENT, &args, 1);
        assert!(err.contains("newer"), "{err}");
        assert!(err.contains("99"), "{err}");
        assert!(err.contains("upgrade afas"), "says what to do: {err}");
    }
    let v: i64 = s
        .db()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, 99, "the store is left as it was");
}

#[test]
fn a_missing_store_is_not_found_and_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere").join("afas.db");
    for args in [vec!["partner", "list"], vec!["audit"]] {
        common::afas()
            .arg("--db")
            .arg(&path)
            .args(["--as", AGENT])
            .args(&args)
            .assert()
            .code(3)
            .stderr(predicates::str::contains("no store at"))
            .stderr(predicates::str::contains("afas init"));
    }
    assert!(!path.exists());
    assert!(!path.parent().unwrap().exists());
    // AFAS_DB is read the same way.
    common::afas()
        .env("AFAS_DB", &path)
        .env("AFAS_AS", AGENT)
        .args(["partner", "list"])
        .assert()
        .code(3);
    assert!(!path.exists());
}

#[test]
fn reads_never_wait_for_the_write_lock() {
    let s = TestStore::new();
    s.open_partner("2016-00123", "Ville d'Angoulême");
    // Another process holds the write lock (an open IMMEDIATE transaction).
    let writer = rusqlite::Connection::open(s.path()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    // A read that took the write lock would fail after the busy timeout ("the store is
    // busy", exit 1); these succeed while the lock is held.
    let out = s.ok(AGENT, &["partner", "show", "2016-00123"]);
    assert!(out.contains("Angoulême"));
    s.ok(AGENT, &["account", "list"]);
    // A write, meanwhile, waits: with the lock released it goes through.
    writer.execute_batch("COMMIT").unwrap();
    s.ok(AGENT, &["partner", "document", "2016-00123", "convention"]);
}

#[test]
fn afas_db_and_afas_as_stand_for_the_flags() {
    let s = TestStore::new();
    let out = common::afas()
        .env("AFAS_DB", s.path())
        .env("AFAS_AS", AGENT)
        .args([
            "-o",
            "json",
            "partner",
            "create",
            "2016-00123",
            "--name",
            "Ville",
            "--siret",
            "21160015000018",
            "--caf-code",
            "161",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let audit = s.json(AGENT, &["audit", "--partner", "2016-00123"]);
    assert_eq!(audit[0]["actor"], AGENT, "{audit}");
}
