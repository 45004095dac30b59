//! `afas demo` runs the seed's story end to end, through the real commands.

use assert_cmd::Command;

/// What the story must show, on either store.
const STORY: &[&str] = &[
    "nobody of it may act   (exit 4, as expected)",
    "already has its approver (DUBOIS01)",
    "justify control DEFICIT",
    "declaration 1 is transmitted to the Caf",
    "declaration 1 is sent back (a-revoir)",
    "transmise-caf: 1",
    "declaration-send-back",
    // issue #17: todo at two moments, the receipts, the history
    "form-to-fill",
    "ready-to-approve",
    "declaration-receipt",
    "sent back by the Caf",
    "receipt e-mailed to DUBOIS01",
];

fn tells_the_story(out: &std::process::Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for expected in STORY {
        assert!(
            stdout.contains(expected),
            "missing {expected:?} in:\n{stdout}"
        );
    }
}

#[test]
fn demo_runs_the_whole_story_in_a_temporary_store() {
    let out = Command::cargo_bin("afas")
        .unwrap()
        .env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .arg("demo")
        .output()
        .unwrap();
    tells_the_story(&out);
}

#[test]
fn demo_tells_the_same_story_on_a_postgresql_server() {
    let db = crate::common::postgres::database_from("template0");
    let out = Command::cargo_bin("afas")
        .unwrap()
        .env_remove("AFAS_AS")
        .env("AFAS_PASSWORD", crate::common::postgres::OWNER_PASSWORD)
        .args(["--db", &db.url(), "demo"])
        .output()
        .unwrap();
    tells_the_story(&out);
    // the store stays on the server, and afas reads it back
    // (as the agent's own login role: the demo named the roles after the database)
    let accounts = Command::cargo_bin("afas")
        .unwrap()
        .args([
            "--db",
            &db.url_as("MARTIN01"),
            "--as",
            "MARTIN01",
            "-o",
            "json",
            "account",
            "list",
        ])
        .output()
        .unwrap();
    assert!(accounts.status.success());
    assert!(String::from_utf8_lossy(&accounts.stdout).contains("DUBOIS01"));
}

#[test]
fn demo_keeps_its_store_with_db_and_refuses_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    Command::cargo_bin("afas")
        .unwrap()
        .args(["--db", db.to_str().unwrap(), "demo"])
        .assert()
        .success();
    let out = Command::cargo_bin("afas")
        .unwrap()
        .args([
            "--db",
            db.to_str().unwrap(),
            "--as",
            "MARTIN01",
            "-o",
            "json",
        ])
        .args(["declaration", "show", "1"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["state"], "transmise-caf");
    Command::cargo_bin("afas")
        .unwrap()
        .args(["--db", db.to_str().unwrap(), "demo"])
        .assert()
        .code(5);
}
