//! Interactive use through a real pseudo-terminal: prompts for missing values, selections
//! from the store, confirmations of destructive actions. Without a terminal (the other
//! tests) nothing is ever asked.

use crate::common;

use std::path::Path;

use crate::common::terminal::{Terminal, DOWN};

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

store_test! {
    fn missing_values_are_asked_for_and_checked() {
        let (_dir, db) = demo_store();
        let mut p = Terminal::start(
            &db,
            "MARTIN01",
            &["account", "create", "NOUVEAU1", "--partner", "2016-00123"],
        );
        p.expect("First name");
        p.send_line("Nina");
        p.expect("Last name");
        p.send_line("Nouveau");
        p.expect("E-mail");
        p.send_line("pas-un-mail");
        p.expect("not valid"); // the rule's message, and the question again
        p.send_line("nina.nouveau@angouleme.fr");
        let (code, shown) = p.finish();
        assert_eq!(code, 0, "{shown}");
        let a = json(&db, "MARTIN01", &["account", "show", "NOUVEAU1"]);
        assert_eq!(a["email"], "nina.nouveau@angouleme.fr");
        assert_eq!(a["last_name"], "Nouveau");
    }
}

store_test! {
    fn a_missing_partner_is_chosen_from_the_stores_partners() {
        let (_dir, db) = demo_store();
        let mut p = Terminal::start(
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
        p.expect("Partner");
        p.expect("2017-00456");
        p.send(DOWN); // from 2016-00123 to 2017-00456
        p.send("\r");
        let (code, shown) = p.finish();
        assert_eq!(code, 0, "{shown}");
        assert_eq!(
            json(&db, "MARTIN01", &["account", "show", "CHOISI01"])["partner"],
            "2017-00456"
        );
    }
}

store_test! {
    fn a_grant_is_composed_from_selections() {
        let (_dir, db) = demo_store();
        // Durand gives profiles on Angoulême's services: RAM-16020's FDF is Petit alone.
        let mut p = Terminal::start(
            &db,
            "DURAND01",
            &["profile", "grant", "--service", "RAM-16020"],
        );
        p.expect("Profile");
        p.send(DOWN); // fda → fdf
        p.send("\r");
        p.expect("Member of declarer");
        p.expect("ROUX01");
        // members sorted: DUBOIS01, DURAND01, MOREAU01, PET463883N, ROUX01
        for _ in 0..4 {
            p.send(DOWN);
        }
        p.send("\r");
        let (code, shown) = p.finish();
        assert_eq!(code, 0, "{shown}");
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
}

#[test]
fn a_refused_confirmation_changes_nothing_and_an_accepted_one_acts() {
    let (_dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let before = store.dump();
    let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
    p.expect("Suspend ROUX01?");
    p.send("n");
    let (code, shown) = p.finish();
    assert_eq!(code, 5, "{shown}");
    assert_eq!(
        before,
        store.dump(),
        "a refused confirmation changed the store"
    );

    let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
    p.expect("Suspend ROUX01?");
    p.send("y");
    let (code, shown) = p.finish();
    assert_eq!(code, 0, "{shown}");
    assert_eq!(
        json(&db, "DURAND01", &["account", "show", "ROUX01"])["status"],
        "suspended"
    );
}

store_test! {
    fn yes_skips_the_confirmation_on_a_terminal() {
        let (_dir, db) = demo_store();
        let p = Terminal::start(&db, "DURAND01", &["--yes", "account", "suspend", "ROUX01"]);
        let (code, shown) = p.finish();
        assert_eq!(code, 0, "{shown}");
    }
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
