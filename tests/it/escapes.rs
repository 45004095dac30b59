//! Issue #16 item 5: text from users, files or servers never reaches the terminal raw. A
//! path, `--db`, a declaration id, a CSV cell, an SMTP server's reply kept in the outbox:
//! each used to print its escape sequences (an OSC retitled the window) and line breaks (a
//! forged `error:` line) as they were.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::common::{self, TestStore, AGENT};

/// Sets the terminal's title, then starts a line that looks like afas's own error.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\r\nerror: forged";

/// No control character but the line break, and no line that starts as afas's errors do
/// unless it is the first of stderr.
fn assert_escaped(what: &str, text: &str) {
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{what}: a raw control character: {text:?}"
    );
    assert!(
        !text.lines().skip(1).any(|l| l.starts_with("error: forged")),
        "{what}: a forged line: {text:?}"
    );
}

fn os(s: &str) -> OsString {
    OsString::from_vec(s.as_bytes().to_vec())
}

store_test! {
    /// What an SMTP server answered is kept in `last_error`, and shown by `outbox list`.
    fn a_servers_reply_in_the_outbox_is_shown_escaped() {
        let s = TestStore::new();
        s.open_partner("2016-00123", "Angoulême");
        s.person("DURAND01", "2016-00123", true);
        for group in ["declarer", "habiliter"] {
            s.ok(AGENT, &["group", "create", "2016-00123", group, "--manager", "DURAND01"]);
        }
        s.ok("DURAND01", &["group", "notify", "2016-00123"]);
        s.edit(&format!(
            "UPDATE outbox SET last_error = '{}'",
            HOSTILE.replace('\'', "''")
        ));
        for args in [vec!["outbox", "list"], vec!["outbox", "list", "--pending"]] {
            let out = s.run(AGENT, &args);
            assert_eq!(out.code, Some(0), "{}", out.stderr);
            assert!(out.stdout.contains("pwned"), "{}", out.stdout);
            assert_escaped("outbox list", &out.stdout);
        }
    }
}

/// `--db`, a path to import and a declaration id, each with an OSC and a forged line.
#[test]
fn paths_and_ids_in_error_lines_are_escaped() {
    let s = TestStore::new();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(format!("store{HOSTILE}.db"));
    let out = common::afas()
        .arg("--db")
        .arg(&db)
        .args(["--as", AGENT, "account", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_escaped("--db", &stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let csv = dir.path().join(format!("accounts{HOSTILE}.csv"));
    let out = s
        .cmd(Some(AGENT))
        .arg("import")
        .arg(os(csv.to_str().unwrap()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_escaped("import PATH", &String::from_utf8_lossy(&out.stderr));

    for args in [
        vec!["declaration", "show"],
        vec!["declaration", "history"],
        vec!["call", "show"],
    ] {
        let out = s
            .cmd(Some(AGENT))
            .args(&args)
            .arg(format!("1{HOSTILE}"))
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert_escaped(&format!("{args:?}"), &String::from_utf8_lossy(&out.stderr));
    }
}

/// The name of an imported file, at the head of each bad row's line.
#[test]
fn a_file_name_in_an_import_rows_line_is_escaped() {
    let s = TestStore::new();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join(format!("accounts{HOSTILE}.csv"));
    std::fs::write(
        &csv,
        "login,partner,first_name,last_name,email,admin\nBAD00001,2016-00123,A,B,a@b.fr,no\n",
    )
    .unwrap();
    let out = s.run(
        AGENT,
        &["import", "--kind", "accounts", csv.to_str().unwrap()],
    );
    assert_eq!(out.code, Some(5), "{}", out.stderr);
    assert!(
        out.stderr.contains("no partner 2016-00123"),
        "{}",
        out.stderr
    );
    assert_escaped("an import row", &out.stderr);
}

/// The line that says what a command did quotes the store's path: `init` in a file whose
/// name holds an OSC and a line break printed both raw on stdout.
#[test]
fn a_path_in_a_commands_report_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(format!("store{HOSTILE}.db"));
    let out = common::afas()
        .arg("--db")
        .arg(&db)
        .args(common::INIT)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_escaped("init", &stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
}
