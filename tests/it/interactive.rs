//! Interactive use through a real pseudo-terminal: prompts for missing values, selections
//! from the store, confirmations of destructive actions. Without a terminal (the other
//! tests) nothing is ever asked.

use crate::common;

use std::path::Path;
use std::process::Command;

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

const DOWN: &str = "\x1b[B";

/// A store where the demo ran: partners, groups, services and profiles to choose from.
fn demo_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert_cmd::Command::cargo_bin("afas")
        .unwrap()
        .arg("--db")
        .arg(&db)
        .arg("demo")
        .assert()
        .success();
    (dir, db)
}

fn afas_on_pty(db: &Path, actor: &str, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("afas"));
    cmd.env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .env("TERM", "xterm")
        .arg("--db")
        .arg(db)
        .args(["--as", actor])
        .args(args);
    spawn_command(cmd, Some(15_000)).unwrap()
}

fn exit_code(p: &mut PtySession) -> i32 {
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("afas did not exit: {other:?}"),
    }
}

fn json(db: &Path, actor: &str, args: &[&str]) -> serde_json::Value {
    let out = assert_cmd::Command::cargo_bin("afas")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(["--as", actor, "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn missing_values_are_asked_for_and_checked() {
    let (_dir, db) = demo_store();
    let mut p = afas_on_pty(
        &db,
        "MARTIN01",
        &["account", "create", "NOUVEAU1", "--partner", "2016-00123"],
    );
    p.exp_string("First name").unwrap();
    p.send_line("Nina").unwrap();
    p.exp_string("Last name").unwrap();
    p.send_line("Nouveau").unwrap();
    p.exp_string("E-mail").unwrap();
    p.send_line("pas-un-mail").unwrap();
    p.exp_string("not valid").unwrap(); // the rule's message, and the question again
    p.send_line("nina.nouveau@angouleme.fr").unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let a = json(&db, "MARTIN01", &["account", "show", "NOUVEAU1"]);
    assert_eq!(a["email"], "nina.nouveau@angouleme.fr");
    assert_eq!(a["last_name"], "Nouveau");
}

#[test]
fn a_missing_partner_is_chosen_from_the_stores_partners() {
    let (_dir, db) = demo_store();
    let mut p = afas_on_pty(
        &db,
        "MARTIN01",
        &[
            "account",
            "create",
            "CHOISI01",
            "--first-name",
            "Ali",
            "--last-name",
            "Choisi",
            "--email",
            "ali@cognac.fr",
        ],
    );
    p.exp_string("Partner").unwrap();
    p.exp_string("2017-00456").unwrap();
    p.send(DOWN).unwrap(); // from 2016-00123 to 2017-00456
    p.send("\r").unwrap();
    p.flush().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(
        json(&db, "MARTIN01", &["account", "show", "CHOISI01"])["partner"],
        "2017-00456"
    );
}

#[test]
fn a_grant_is_composed_from_selections() {
    let (_dir, db) = demo_store();
    // Durand gives profiles on Angoulême's services: RAM-16020's FDF is Petit alone.
    let mut p = afas_on_pty(
        &db,
        "DURAND01",
        &["profile", "grant", "--service", "RAM-16020"],
    );
    p.exp_string("Profile").unwrap();
    p.send(DOWN).unwrap(); // fda → fdf
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Member of declarer").unwrap();
    p.exp_string("ROUX01").unwrap();
    // members sorted: DUBOIS01, DURAND01, MOREAU01, PET463883N, ROUX01
    for _ in 0..4 {
        p.send(DOWN).unwrap();
    }
    p.send("\r").unwrap();
    p.flush().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let holders = json(
        &db,
        "DURAND01",
        &[
            "profile",
            "list",
            "--service",
            "RAM-16020",
            "--account",
            "ROUX01",
        ],
    );
    assert_eq!(holders[0]["profile"], "fdf");
}

#[test]
fn a_refused_confirmation_changes_nothing_and_an_accepted_one_acts() {
    let (_dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let before = store.dump();
    let mut p = afas_on_pty(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
    p.exp_string("Suspend ROUX01?").unwrap();
    p.send("n").unwrap();
    p.flush().unwrap();
    assert_eq!(exit_code(&mut p), 5);
    assert_eq!(
        before,
        store.dump(),
        "a refused confirmation changed the store"
    );

    let mut p = afas_on_pty(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
    p.exp_string("Suspend ROUX01?").unwrap();
    p.send("y").unwrap();
    p.flush().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(
        json(&db, "DURAND01", &["account", "show", "ROUX01"])["status"],
        "suspended"
    );
}

#[test]
fn yes_skips_the_confirmation_on_a_terminal() {
    let (_dir, db) = demo_store();
    let mut p = afas_on_pty(&db, "DURAND01", &["--yes", "account", "suspend", "ROUX01"]);
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn without_a_terminal_a_missing_value_is_a_usage_error_naming_the_flag() {
    let (_dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let out = store
        .cmd(Some("MARTIN01"))
        .args([
            "account",
            "create",
            "--partner",
            "2016-00123",
            "--first-name",
            "A",
            "--last-name",
            "B",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--email"));
    let out = store
        .cmd(Some("DURAND01"))
        .args(["profile", "grant"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--service"));
}
