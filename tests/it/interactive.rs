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
    p.send("n\r");
    let (code, shown) = p.finish();
    assert_eq!(code, 5, "{shown}");
    assert_eq!(
        before,
        store.dump(),
        "a refused confirmation changed the store"
    );

    let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
    p.expect("Suspend ROUX01?");
    p.send("y\r");
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

/// Issue #16 item 7: a confirmation takes y, yes, o, oui to go on, and n, no, non or just
/// Enter to stop, in any case; anything else is asked again. `o` and `oui` used to be
/// ignored, and the single key `n` or `y` answered at once.
#[test]
fn confirmations_take_english_and_french_words() {
    let (_dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let status = || json(&db, "DURAND01", &["account", "show", "ROUX01"])["status"].clone();
    for no in ["n", "no", "NON", "non", ""] {
        let before = store.dump();
        let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
        p.expect("Suspend ROUX01?");
        p.send(&format!("{no}\r"));
        let (code, shown) = p.finish();
        assert_eq!(code, 5, "{no:?}: {shown}");
        assert_eq!(before, store.dump(), "{no:?} changed the store");
    }
    for yes in ["o", "Oui", "y", "yes"] {
        let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
        p.expect("Suspend ROUX01?");
        p.send("peut-être\r");
        p.expect("answer y, yes, o or oui");
        p.send(&format!("{yes}\r"));
        let (code, shown) = p.finish();
        assert_eq!(code, 0, "{yes:?}: {shown}");
        assert_eq!(status(), "suspended", "{yes:?}");
        store.ok("DURAND01", &["account", "reactivate", "ROUX01"]);
    }
}

/// What the terminal last did with the cursor: shown (`ESC[?25h`) or hidden (`ESC[?25l`).
fn cursor_shown_at_the_end(shown: &str) -> bool {
    shown.rfind("\x1b[?25h") >= shown.rfind("\x1b[?25l")
}

/// Esc and Ctrl-C at a menu, a confirmation or a typed value cancel (exit 5, nothing
/// changed) and leave the cursor shown. After Ctrl-C at a menu the cursor stayed hidden
/// (dialoguer raised SIGINT), and Esc did nothing.
#[test]
fn esc_and_ctrl_c_cancel_any_prompt_and_give_the_terminal_back() {
    let (_dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let before = store.dump();
    for cancel in ["\x1b", "\x03"] {
        let mut p = Terminal::start(
            &db,
            "DURAND01",
            &["profile", "grant", "--service", "RAM-16020"],
        );
        p.expect("Profile");
        p.expect("approbateur");
        p.send(DOWN);
        p.send(cancel);
        let (code, shown) = p.finish();
        assert_eq!(code, 5, "{cancel:?} at a menu: {shown}");
        assert!(shown.contains("cancelled"), "{shown}");
        assert!(
            cursor_shown_at_the_end(&shown),
            "{cancel:?}: the cursor stays hidden"
        );

        let mut p = Terminal::start(&db, "DURAND01", &["account", "suspend", "ROUX01"]);
        p.expect("Suspend ROUX01?");
        p.send("o");
        p.send(cancel);
        let (code, shown) = p.finish();
        assert_eq!(code, 5, "{cancel:?} at a confirmation: {shown}");
        assert!(cursor_shown_at_the_end(&shown));

        let mut p = Terminal::start(
            &db,
            "MARTIN01",
            &["account", "create", "NOUVEAU1", "--partner", "2016-00123"],
        );
        p.expect("First name");
        p.send("Ni");
        p.send(cancel);
        let (code, shown) = p.finish();
        assert_eq!(code, 5, "{cancel:?} at a typed value: {shown}");
    }
    assert_eq!(before, store.dump(), "a cancelled prompt changed the store");
}

/// With stdin on the terminal and only stderr redirected, the confirmation used to be
/// skipped and the account suspended unasked. Someone is there: afas refuses to act unasked
/// (exit 2, saying to give --yes), and changes nothing.
#[test]
fn a_confirmation_is_never_skipped_because_stderr_is_redirected() {
    let (dir, db) = demo_store();
    let store = common::TestStore::at(&db);
    let before = store.dump();
    let log = dir.path().join("stderr.log");
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("exec \"$0\" --db \"$1\" --as DURAND01 account suspend ROUX01 2>\"$2\"")
        .arg(env!("CARGO_BIN_EXE_afas"))
        .arg(&db)
        .arg(&log);
    let (code, shown) = Terminal::spawn(sh).finish();
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert_eq!(code, 2, "{shown} {stderr}");
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(before, store.dump(), "suspended unasked");
}

/// Issue #16 item 2: on a terminal, `profile grant --service S` by an account of another
/// partner showed S's partner's declarer members and sites, then exited 4. Access is
/// checked first: S is no service to it (exit 3, as one that does not exist) and nothing of
/// S's partner is shown.
#[test]
fn a_grant_prompt_checks_access_before_it_lists_anything() {
    let (_dir, db) = demo_store();
    let p = Terminal::start(
        &db,
        "GIRARD01",
        &["profile", "grant", "--service", "ALSH-16015"],
    );
    let (code, shown) = p.finish();
    assert_eq!(code, 3, "{shown}");
    assert!(shown.contains("no service ALSH-16015"), "{shown}");
    for secret in ["DUBOIS01", "ROUX01", "MOREAU01", "2016-00123", "Profile"] {
        assert!(!shown.contains(secret), "{secret} shown: {shown}");
    }
}

/// The shared store's password prompt (issue #16 item 7): Esc and Ctrl-C cancel it (exit 5)
/// and what was typed is never shown. It was dialoguer's, where Ctrl-C killed afas with the
/// terminal's echo left off.
#[test]
fn the_password_prompt_cancels_on_esc_and_ctrl_c() {
    let db = common::postgres::fresh_database();
    for cancel in ["\x1b", "\x03"] {
        let mut cmd = common::afas_process();
        cmd.arg("--db")
            .arg(db.url())
            .args(["--as", "MARTIN01", "account", "list"]);
        let mut p = Terminal::spawn(cmd);
        p.expect("Password for");
        p.send("hunter2");
        p.send(cancel);
        let (code, shown) = p.finish();
        assert_eq!(code, 5, "{cancel:?}: {shown}");
        assert!(shown.contains("cancelled"), "{shown}");
        assert!(
            !shown.contains("hunter2"),
            "the password was shown: {shown}"
        );
    }
}
