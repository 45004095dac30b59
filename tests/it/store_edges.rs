//! Issue #16, items 4 and 6: what `init` accepts as a new store and the mode it leaves; no
//! other command turns a missing or empty file into a store; values and dates are bounded;
//! a store edited into nonsense, a device as the store, a pipe as the import each give one
//! line naming what is wrong, with the documented exit code.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{self, TestStore, AGENT, INIT};

/// `afas --db PATH ARGS…` (no `--as`), whatever its outcome.
fn run(db: &Path, args: &[&str]) -> common::Outcome {
    let out = common::afas()
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run afas");
    common::Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).to_string(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

/// Exit `code` with one `error:` line that says `says`.
fn assert_one_line(what: &str, out: &common::Outcome, code: i32, says: &str) {
    assert_eq!(out.code, Some(code), "{what}: {}", out.stderr);
    assert!(
        out.stderr.starts_with("error: ") && out.stderr.trim_end().lines().count() == 1,
        "{what}: not one error line: {:?}",
        out.stderr
    );
    assert!(out.stderr.contains(says), "{what}: {}", out.stderr);
    assert!(out.stderr.len() < 400, "{what}: {} bytes", out.stderr.len());
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// `touch s.db; chmod 666 s.db; afas --db s.db init …` left personal data world-readable.
#[test]
fn init_makes_an_empty_file_of_any_mode_a_private_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    std::fs::write(&db, b"").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = run(&db, INIT);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(mode(&db), 0o600);
    let s = TestStore::at(&db);
    assert_eq!(s.json(AGENT, &["account", "show", AGENT])["login"], AGENT);
}

/// Any command on an empty file used to turn it into a store; a mistyped path made one too.
#[test]
fn no_command_but_init_turns_a_missing_or_empty_file_into_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let missing = dir.path().join("missing.db");
    for (db, says) in [(&empty, "(an empty file)"), (&missing, "no store at")] {
        for args in [
            vec!["--as", AGENT, "account", "list"],
            vec!["--as", AGENT, "config", "set", "controls.deficit", "50"],
        ] {
            let out = run(db, &args);
            assert_one_line(&format!("{args:?}"), &out, 3, says);
            assert!(out.stderr.contains("afas init"), "{}", out.stderr);
        }
    }
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
    assert!(!missing.exists());
    assert!(!dir.path().join("empty.db-wal").exists());
}

/// A SQLite file of another program, a folder, a device: neither `init` nor any other
/// command makes a store of them, and nothing is written beside them.
#[test]
fn init_refuses_a_path_holding_anything_but_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')")
        .unwrap();
    let before = std::fs::read(&foreign).unwrap();
    for args in [INIT.to_vec(), vec!["--as", AGENT, "account", "list"]] {
        let out = run(&foreign, &args);
        assert_one_line("a foreign database", &out, 1, "is not an afas store");
    }
    assert!(
        std::fs::read(&foreign).unwrap() == before,
        "the file changed"
    );

    for place in [dir.path(), Path::new("/dev/null")] {
        for args in [INIT.to_vec(), vec!["--as", AGENT, "account", "list"]] {
            let out = run(place, &args);
            assert_one_line(&format!("{place:?}"), &out, 1, "is not a regular file");
        }
    }
    // SQLite used to fall back to a rollback journal beside the device, and say "full disk".
    assert!(!Path::new("/dev/null-journal").exists());
    assert!(!Path::new("/dev/null-wal").exists());
}

/// 8 `init` at once on one new path printed a 3.5 KB debug dump: one wins, the others say
/// in one line that the store has its agent (or the harmless race said nothing at all).
#[test]
fn eight_inits_at_once_on_one_path_give_one_store_and_one_line_each() {
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("race.db");
        let children: Vec<_> = (0..8)
            .map(|i| {
                let mut c = common::afas_process();
                let agent = format!("AGENT{i:02}");
                let mut init = INIT.to_vec();
                init[2] = &agent;
                c.arg("--db").arg(&db).args(init);
                c.stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut winners = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => winners += 1,
                Some(5) => assert!(
                    stderr.lines().count() == 1 && stderr.contains("already has its Caf agent"),
                    "round {round}: {stderr:?}"
                ),
                other => panic!("round {round}: exit {other:?}: {stderr:?}"),
            }
        }
        assert_eq!(winners, 1, "round {round}");
        assert_eq!(mode(&db), 0o600);
    }
}

/// A store edited to an old schema version: it used to print the 6.6 KB migration.
#[test]
fn a_store_set_back_to_an_old_schema_version_is_one_line() {
    let s = TestStore::new();
    s.db().pragma_update(None, "user_version", 1).unwrap();
    let out = run(s.path(), &["--as", AGENT, "account", "list"]);
    assert_one_line(
        "user_version 1",
        &out,
        1,
        "cannot upgrade it from schema version 1",
    );
    assert!(out.stderr.contains(&s.path().display().to_string()));
}

/// Text where a number goes used to print rusqlite's `Invalid column type Text at index: 1`.
#[test]
fn text_where_a_number_goes_is_one_line_naming_the_store() {
    let s = TestStore::new();
    s.open_call("reel", 2025, "alsh", "2099-12-31", &[]);
    s.edit("UPDATE call SET year = 'abc'");
    let out = run(s.path(), &["--as", AGENT, "call", "list"]);
    assert_one_line(
        "'abc' as a year",
        &out,
        1,
        "holds a value afas does not know",
    );
    assert!(out.stderr.contains(&s.path().display().to_string()));
    assert!(!out.stderr.contains("Invalid column type"));
}

/// The date a document is received and a call's deadline are plausible.
fn implausible_dates_are_refused() {
    let s = TestStore::new();
    s.open_partner("2016-00123", "Angoulême");
    let err = s.refused(
        AGENT,
        &[
            "partner",
            "document",
            "2016-00123",
            "contrat",
            "--received",
            "9999-12-31",
        ],
        5,
    );
    assert!(err.contains("in the future"), "{err}");
    let err = s.refused(
        AGENT,
        &[
            "call",
            "open",
            "--kind",
            "alsh",
            "--type",
            "reel",
            "--year",
            "2025",
            "--deadline",
            "1900-01-01",
        ],
        5,
    );
    assert!(err.contains("before the year declared"), "{err}");
}

/// i64::MAX in two hours fields wrapped the total, and COUT_HORAIRE was computed on it.
fn numbers_past_their_bound_are_refused_not_wrapped() {
    let s = TestStore::new();
    let t = s.alsh_team("2016-00123", "ALSH-0042", "");
    s.open_call("reel", 2025, "alsh", "2099-12-31", &[]);
    let id = s.decl_id("reel-2025-alsh", "ALSH-0042");
    s.fill(&t, id, common::campaign::FINANCIAL_BALANCED);
    s.edit(&format!(
        "UPDATE form_value SET value = {} WHERE field LIKE 'heures_%'",
        i64::MAX
    ));
    let before = s.dump();
    for args in [
        vec!["declaration", "show", &id.to_string()],
        vec!["declaration", "approve", &id.to_string()],
    ] {
        let out = s.run(&t.approver, &args);
        assert_one_line(&format!("{args:?}"), &out, 1, "9223372036854775807");
        let store = match s.store() {
            common::Store::Sqlite => s.path().display().to_string(),
            common::Store::Postgres => format!("/{}", s.database().name),
        };
        assert!(
            out.stderr.contains(&store),
            "names the store: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("changed outside afas"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(before, s.dump());
}

/// A counter edited to its last value is refused, not wrapped (a debug build panicked).
fn a_counter_at_its_last_value_is_refused() {
    let s = TestStore::new();
    let t = s.alsh_team("2016-00123", "ALSH-0042", "");
    s.open_call("reel", 2025, "alsh", "2099-12-31", &[]);
    let id = s.decl_id("reel-2025-alsh", "ALSH-0042");
    s.fill(&t, id, common::campaign::FINANCIAL_BALANCED);
    s.edit(&format!("UPDATE declaration SET round = {}", i64::MAX));
    let before = s.dump();
    let out = s.run(&t.approver, &["declaration", "approve", &id.to_string()]);
    assert_one_line("approve", &out, 1, "approval round 9223372036854775807");
    assert_eq!(before, s.dump());
}

store_test! {
    fn a_counter_edited_to_its_last_value_is_one_line() {
        a_counter_at_its_last_value_is_refused();
    }

    fn dates_of_receipts_and_deadlines_are_plausible() {
        implausible_dates_are_refused();
    }

    fn a_number_edited_past_its_bound_is_one_line_and_no_total() {
        numbers_past_their_bound_are_refused_not_wrapped();
    }
}

/// Importing a named pipe used to say "no file or folder"; reading it could block forever.
#[test]
fn importing_a_pipe_is_refused_without_reading_it() {
    let s = TestStore::new();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("accounts.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let err = s.refused(AGENT, &["import", fifo.to_str().unwrap()], 2);
    assert!(err.contains("is not a regular file"), "{err}");
}
