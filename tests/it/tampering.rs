//! Issue #7, tampering and damage. The audit trail cannot be rewritten even from a direct
//! SQLite connection (tests/it/cli_basics.rs tries UPDATE and DELETE; here the other ways in);
//! the store stays private (0600) however much it is written; and a store from a newer
//! afas, a truncated store, a store with a page of garbage, a read-only store and a full
//! disk each give one clear `error:` line with exit 1, never a panic, and never a
//! half-written store.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::faults::{assert_rules_hold, assert_same_dump, integrity};
use crate::common::{TestStore, AGENT};

const A: &str = "2016-00123";

/// A store with a partner, its people, groups, a service, profiles: every table has rows.
fn small_store() -> TestStore {
    let s = TestStore::new();
    let p = s.afas_partner(A, "P", 2);
    s.service("ALSH-0042", A, &["X"]);
    s.grant(&p.giver, p.d(0), "fda", "ALSH-0042", None);
    s.grant(&p.giver, p.d(1), "approbateur", "ALSH-0042", None);
    s
}

/// A store of `n` more accounts (imported): most of its pages hold accounts and audit rows.
fn big_store(n: usize) -> TestStore {
    let s = small_store();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("accounts.csv");
    std::fs::write(&csv, accounts_csv(0, n)).unwrap();
    s.ok(AGENT, &["-q", "import", csv.to_str().unwrap()]);
    s
}

fn accounts_csv(from: usize, n: usize) -> String {
    let mut out = String::from("login,partner,first_name,last_name,email,admin\n");
    for i in from..from + n {
        out.push_str(&format!(
            "ACC{i:06},{A},Prénom {i},Nom {i},prenom.nom{i}@example.fr,no\n"
        ));
    }
    out
}

struct Outcome {
    code: Option<i32>,
    stderr: String,
}

fn run(path: &Path, args: &[&str]) -> Outcome {
    let out = common::afas()
        .arg("--db")
        .arg(path)
        .args(["--as", AGENT])
        .args(args)
        .output()
        .expect("run afas");
    Outcome {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

/// Exit 1, one `error:` line that says `says`, names the store, and shows no SQLite
/// internals (error codes, method names) and no panic.
fn assert_clear_failure(what: &str, out: &Outcome, store: &Path, says: &str) {
    assert_eq!(out.code, Some(1), "{what}: {}", out.stderr);
    assert!(
        out.stderr.starts_with("error: ") && out.stderr.trim_end().lines().count() == 1,
        "{what}: not one error line: {:?}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked"), "{what}: {}", out.stderr);
    for raw in ["Error code", "xShmMap", "sqlite", "SQLITE"] {
        assert!(
            !out.stderr.contains(raw),
            "{what}: SQLite internals: {}",
            out.stderr
        );
    }
    assert!(
        out.stderr.contains(says),
        "{what}: does not say {says:?}: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&store.display().to_string()),
        "{what}: does not name the store: {}",
        out.stderr
    );
}

const READ: &[&str] = &["partner", "list"];
const WRITE: &[&str] = &[
    "partner",
    "create",
    "2099-00001",
    "--name",
    "Nouveau",
    "--siret",
    "21160015000018",
    "--caf-code",
    "161",
];

// ── The audit trail ─────────────────────────────────────────────────────────────────────

/// UPDATE and DELETE are refused (tests/it/cli_basics.rs); REPLACE and an upsert are the other
/// ways to overwrite a row: REPLACE deletes the old row without firing delete triggers
/// (SQLite fires them only with recursive_triggers), so the store must refuse the insert.
#[test]
fn the_audit_trail_cannot_be_overwritten_by_replace_or_upsert() {
    let s = small_store();
    let before = s.dump();
    let db = s.db();
    for sql in [
        "REPLACE INTO audit (id, at, actor, action, target, partner, details)
         VALUES (2, '2020-01-01T00:00:00Z', 'NOBODY01', 'forged', 'x', NULL, '{}')",
        "INSERT OR REPLACE INTO audit (id, at, actor, action, target, partner, details)
         VALUES (1, '2020-01-01T00:00:00Z', 'NOBODY01', 'forged', 'x', NULL, '{}')",
        "INSERT INTO audit (id, at, actor, action, target, partner, details)
         VALUES (3, '2020-01-01T00:00:00Z', 'NOBODY01', 'forged', 'x', NULL, '{}')
         ON CONFLICT (id) DO UPDATE SET actor = 'NOBODY01'",
        "UPDATE OR REPLACE audit SET id = 2 WHERE id = 3",
        "INSERT OR REPLACE INTO audit SELECT id, at, 'NOBODY01', action, target, partner,
         details, prev_hash, hash FROM audit",
    ] {
        let err = db.execute(sql, []).expect_err(sql);
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    drop(db);
    assert_same_dump(
        &before,
        &s.dump(),
        "after trying to overwrite the audit trail",
    );
    // appending stays possible: the tool itself does it
    s.ok(AGENT, &["partner", "list"]);
    s.ok(AGENT, WRITE);
}

/// The same through the `sqlite3` shell, as a person at the keyboard would try it.
#[test]
fn the_audit_trail_cannot_be_rewritten_from_the_sqlite3_shell() {
    let Ok(probe) = Command::new("sqlite3").arg("-version").output() else {
        eprintln!("SKIPPED: no sqlite3 shell on this machine (the rusqlite tests stand)");
        return;
    };
    assert!(probe.status.success());
    let s = small_store();
    let before = s.dump();
    for sql in [
        "UPDATE audit SET actor = 'NOBODY01';",
        "DELETE FROM audit WHERE id = 1;",
        "DELETE FROM audit;",
        "REPLACE INTO audit (id, at, actor, action, target, partner, details) \
         VALUES (2, '2020-01-01', 'NOBODY01', 'forged', 'x', NULL, '{}');",
    ] {
        let out = Command::new("sqlite3")
            .arg(s.path())
            .arg(sql)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{sql}: accepted");
        assert!(stderr.contains("append-only"), "{sql}: {stderr}");
    }
    assert_same_dump(&before, &s.dump(), "after sqlite3");
}

// ── The file's mode ────────────────────────────────────────────────────────────────────

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn beside(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// 0600 from `init` through hundreds of writes, checkpoints and a big import; the -wal and
/// -shm files SQLite keeps beside it while it is in use are 0600 too.
#[test]
fn the_store_stays_private_through_many_writes() {
    let s = small_store();
    assert_eq!(mode(s.path()), 0o600);
    // hold the store open so that its -wal and -shm stay to be looked at
    let holder = s.db();
    let _: i64 = holder
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap();
    for i in 0..150 {
        let login = format!("MANY{i:04}");
        s.person(&login, A, false);
        if i % 3 == 0 {
            s.ok(AGENT, &["-y", "account", "suspend", &login]);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("accounts.csv");
    std::fs::write(&csv, accounts_csv(0, 5000)).unwrap();
    s.ok(AGENT, &["-q", "import", csv.to_str().unwrap()]);
    for suffix in ["", "-wal", "-shm"] {
        let p = beside(s.path(), suffix);
        assert!(p.exists(), "{} is missing", p.display());
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    holder
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(holder);
    s.ok(AGENT, &["partner", "list"]);
    assert_eq!(mode(s.path()), 0o600);
}

// ── Damage ─────────────────────────────────────────────────────────────────────────────

/// A newer afas's store: the reads are refused in tests/it/cli_basics.rs; writes and `init`
/// are refused the same way, and nothing is written.
#[test]
fn a_store_from_a_newer_afas_refuses_writes_and_init_too() {
    let s = small_store();
    s.db().pragma_update(None, "user_version", 99).unwrap();
    let before = s.dump();
    for args in [
        WRITE.to_vec(),
        vec![
            "init",
            "--agent",
            "DUPONT01",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--email",
            "a.b@caf16.caf.fr",
        ],
        vec!["-q", "import", "/nonexistent/accounts.csv"],
    ] {
        let out = run(s.path(), &args);
        assert_eq!(out.code, Some(1), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.starts_with("error: ") && out.stderr.trim_end().lines().count() == 1,
            "{args:?}: {:?}",
            out.stderr
        );
        assert!(out.stderr.contains("upgrade afas"), "{}", out.stderr);
    }
    assert_same_dump(&before, &s.dump(), "a newer store");
}

fn file_bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

/// The file cut in half (a copy interrupted, a disk that lost its end): every command
/// says the store is damaged, exit 1, and writes nothing into it.
#[test]
fn a_truncated_store_is_a_clear_error_and_is_left_as_it_is() {
    let s = big_store(3000);
    let len = std::fs::metadata(s.path()).unwrap().len();
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(s.path())
        .unwrap();
    f.set_len(len / 2).unwrap();
    drop(f);
    let before = file_bytes(s.path());
    for args in [
        READ,
        &["audit", "--limit", "1"],
        &["account", "list"],
        WRITE,
    ] {
        let out = run(s.path(), args);
        assert_clear_failure(&format!("{args:?}"), &out, s.path(), "damaged");
        assert!(before == file_bytes(s.path()), "{args:?} wrote into it");
    }
}

/// A page in the middle overwritten with garbage: the commands that meet it say the store
/// is damaged (exit 1, one line); the others work; none panics, none writes half.
#[test]
fn a_store_with_a_page_of_garbage_is_a_clear_error_where_it_is_met() {
    let s = big_store(3000);
    let page = 4096u64;
    let pages = std::fs::metadata(s.path()).unwrap().len() / page;
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(s.path())
            .unwrap();
        f.seek(SeekFrom::Start(pages / 2 * page)).unwrap();
        let garbage: Vec<u8> = (0..page).map(|i| (i * 7 + 13) as u8 ^ 0xA5).collect();
        f.write_all(&garbage).unwrap();
    }
    assert_ne!(integrity(&s.db()), "ok", "the garbage went unnoticed");
    let mut met = 0;
    for args in [
        READ,
        &["account", "list"],
        &["audit"],
        &["export", "accounts"],
        &["group", "list"],
        WRITE,
        &[
            "account",
            "create",
            "ZZZ99999",
            "--partner",
            A,
            "--first-name",
            "Z",
            "--last-name",
            "Z",
            "--email",
            "z.z@example.fr",
        ],
    ] {
        let out = run(s.path(), args);
        match out.code {
            Some(0) => {}
            _ => {
                assert_clear_failure(&format!("{args:?}"), &out, s.path(), "damaged");
                met += 1;
            }
        }
    }
    assert!(met > 0, "no command met the damaged page");
}

/// Runs `f` with `path` made unwritable: `chattr +i` as root (chmod does not stop root),
/// `chmod 0400` otherwise; undone afterwards whatever happens. Returns false (and says
/// so) when neither is possible here.
fn with_read_only(path: &Path, f: impl FnOnce()) -> bool {
    struct Undo<'a>(&'a Path, bool);
    impl Drop for Undo<'_> {
        fn drop(&mut self) {
            if self.1 {
                let _ = Command::new("chattr").arg("-i").arg(self.0).status();
            } else {
                let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    let root = unsafe { libc::geteuid() } == 0;
    let _undo = if root {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!(
                "SKIPPED: running as root, where chmod does not stop writes, and chattr +i \
                 is not available on this file system"
            );
            return false;
        }
        Undo(path, true)
    } else {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o400)).unwrap();
        Undo(path, false)
    };
    // it really is read-only
    if std::fs::OpenOptions::new().write(true).open(path).is_ok() {
        eprintln!("SKIPPED: could not make {} read-only", path.display());
        return false;
    }
    f();
    true
}

/// A read-only store file: reads still work, writes say the store is read-only (exit 1,
/// one line) and change nothing.
#[test]
fn a_read_only_store_reads_and_refuses_writes_clearly() {
    let s = small_store();
    let before = s.dump();
    with_read_only(s.path(), || {
        let out = run(s.path(), READ);
        assert_eq!(out.code, Some(0), "a read failed: {}", out.stderr);
        for args in [WRITE, &["-y", "account", "suspend", "PDEC2"]] {
            let out = run(s.path(), args);
            assert_clear_failure(&format!("{args:?}"), &out, s.path(), "read-only");
        }
    });
    assert_same_dump(&before, &s.dump(), "a read-only store");
    assert_eq!(integrity(&s.db()), "ok");
    s.ok(AGENT, WRITE);
}

/// A folder where SQLite cannot create the store's -wal and -shm files: even reads cannot
/// open it; the message says so, in one line, exit 1.
#[test]
fn a_store_in_a_read_only_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("store");
    std::fs::create_dir(&sub).unwrap();
    let s = small_store();
    let path = sub.join("afas.db");
    std::fs::copy(s.path(), &path).unwrap();
    let copy = TestStore::at(&path);
    let before = copy.dump();
    with_read_only(&sub, || {
        for args in [READ, WRITE] {
            let out = run(&path, args);
            assert_clear_failure(&format!("{args:?}"), &out, &path, "cannot open");
        }
    });
    assert_same_dump(&before, &copy.dump(), "a store in a read-only folder");
}

/// Runs `afas` with the size of any file it writes limited to `limit` bytes (RLIMIT_FSIZE,
/// with SIGXFSZ ignored so that a write fails with EFBIG instead of killing it): a disk
/// that fills up under the store, without needing one.
fn run_with_file_limit(path: &Path, limit: u64, args: &[&str]) -> Outcome {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("afas"));
    cmd.env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .arg("--db")
        .arg(path)
        .args(["--as", AGENT])
        .args(args)
        .stdin(Stdio::null());
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("run afas");
    Outcome {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

/// The disk fills up in the middle of an import (the store's WAL may not grow past 256 KiB):
/// one clear line, exit 1, nothing half-imported; with room again the same import works.
#[test]
fn a_full_disk_in_the_middle_of_an_import_writes_nothing() {
    let s = small_store();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("accounts.csv");
    std::fs::write(&csv, accounts_csv(0, 20_000)).unwrap();
    let before = s.dump();
    let csv = csv.to_str().unwrap();
    let out = run_with_file_limit(s.path(), 256 << 10, &["-q", "import", csv]);
    assert_clear_failure("import on a full disk", &out, s.path(), "full");
    assert_eq!(integrity(&s.db()), "ok");
    assert_same_dump(&before, &s.dump(), "after the import on a full disk");
    // so small that even opening the store fails (its -shm cannot grow)
    let out = run_with_file_limit(s.path(), 4 << 10, READ);
    assert_clear_failure("a read on a full disk", &out, s.path(), "full");
    let out = run_with_file_limit(s.path(), 4 << 10, WRITE);
    assert_clear_failure("a write on a full disk", &out, s.path(), "full");
    assert_same_dump(&before, &s.dump(), "after commands on a full disk");
    s.ok(AGENT, &["-q", "import", csv]);
    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    assert_rules_hold(&db);
    let n: i64 = db
        .query_row("SELECT count(*) FROM account", [], |r| r.get(0))
        .unwrap();
    assert!(n > 20_000);
}

/// A real full file system (ENOSPC, not a size limit): a 1 MiB tmpfs holding the store.
/// Needs the right to mount (root here); skipped with a message elsewhere.
#[test]
fn a_full_file_system_in_the_middle_of_an_import_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs"])
        .arg(&mnt)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!(
            "SKIPPED: cannot mount a small tmpfs here (needs root); \
             a_full_disk_in_the_middle_of_an_import_writes_nothing covers the case with \
             RLIMIT_FSIZE"
        );
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mnt.clone());
    let path = mnt.join("afas.db");
    let small = small_store();
    std::fs::copy(small.path(), &path).unwrap();
    let s = TestStore::at(&path);
    let csv = dir.path().join("accounts.csv");
    std::fs::write(&csv, accounts_csv(0, 20_000)).unwrap();
    let before = s.dump();
    let out = run(&path, &["-q", "import", csv.to_str().unwrap()]);
    assert_clear_failure("import on a full file system", &out, &path, "full");
    assert_eq!(integrity(&s.db()), "ok");
    assert_same_dump(&before, &s.dump(), "after the import on a full file system");
    // small writes still fit
    s.ok(AGENT, WRITE);
    assert_eq!(integrity(&s.db()), "ok");
}

store_test! {
    /// A store edited behind afas's back to hold a kind afas does not know (past SQLite's
    /// CHECK with `ignore_check_constraints`, past PostgreSQL's by dropping it): one line
    /// naming the column, exit 1, never a panic.
    fn a_value_afas_does_not_know_is_one_line_naming_its_column() {
        let s = small_store();
        s.ok(
            AGENT,
            &["call", "open", "--kind", "alsh", "--type", "reel", "--year", "2019",
              "--deadline", "2030-06-30"],
        );
        match s.store() {
            common::Store::Sqlite => {
                let db = s.db();
                db.pragma_update(None, "ignore_check_constraints", "ON")
                    .unwrap();
                db.execute("UPDATE call SET type = 'annuel'", [])
                    .unwrap();
            }
            common::Store::Postgres => {
                s.database()
                    .superuser()
                    .batch_execute(
                        "ALTER TABLE call DROP CONSTRAINT call_type_check;
                         UPDATE call SET type = 'annuel'",
                    )
                    .unwrap();
            }
        }
        let stderr = s.fails(AGENT, &["call", "list"], 1);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("in its column type"), "{stderr}");
        assert!(stderr.contains("changed outside afas"), "{stderr}");
    }
}
