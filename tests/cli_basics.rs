//! Global behaviour of the command line: exit codes, output formats, the store file.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{TestStore, AGENT};

#[test]
fn new_store_is_private() {
    let s = TestStore::new();
    let mode = std::fs::metadata(&s.path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn unknown_output_format_is_a_usage_error() {
    let s = TestStore::new();
    s.cmd(Some(AGENT))
        .args(["-o", "yaml", "partner", "list"])
        .assert()
        .code(2);
}

#[test]
fn missing_actor_is_a_usage_error_naming_the_flag() {
    let s = TestStore::new();
    s.cmd(None)
        .args(["partner", "list"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--as"));
}
