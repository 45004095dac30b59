//! Who acts (SPEC §4, issue #13): `whoami` on both stores; on PostgreSQL the account the
//! server authenticated, `--as` that may only name it again, passwords set by afas as
//! SCRAM verifiers, temporary for 7 days or permanent, and a store from before login roles
//! brought to them by `afas migrate`.

use crate::common::postgres::{self, OWNER, OWNER_PASSWORD};
use crate::common::{afas, afas_process, TestStore, AGENT};

const A: &str = "2016-00123";
const B: &str = "2016-00456";

store_test! {
    /// `whoami` prints the acting account as `account show` does.
    fn whoami_prints_the_acting_account() {
        let s = TestStore::new();
        s.open_partner(A, "Commune A");
        s.person("DURAND01", A, true);
        let me = s.json("DURAND01", &["whoami"]);
        assert_eq!(me["login"], "DURAND01");
        assert_eq!(me["partner"], A);
        assert_eq!(s.json(AGENT, &["whoami"])["login"], AGENT);
    }
}

#[test]
fn a_role_prefix_is_for_a_shared_store_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("afas.db");
    let out = afas()
        .arg("--db")
        .arg(&db)
        .args(crate::common::INIT)
        .args(["--role-prefix", "p_"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(!db.exists(), "nothing is written");
}

#[test]
fn on_sqlite_the_password_commands_say_a_file_has_no_passwords() {
    let s = TestStore::new();
    for args in [vec!["password"], vec!["account", "password", AGENT]] {
        let err = s.refused(AGENT, &args, 2);
        assert!(err.contains("SQLite store has no passwords"), "{err}");
    }
}

fn shared() -> TestStore {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    s.open_partner(A, "Commune A");
    s.open_partner(B, "Commune B");
    s.person("DURAND01", A, true);
    s.person("ROUX01", A, false);
    s.person("PETIT01", B, true);
    s
}

#[test]
fn the_server_says_who_acts_and_as_may_not_name_anyone_else() {
    let s = shared();
    let db = s.database();
    // --as left out: the account of the role connected as
    let out = afas()
        .args(["--db", &db.url_as("ROUX01"), "-o", "json", "whoami"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let me: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(me["login"], "ROUX01");
    // --as naming the same account, whatever its case: the same
    let out = afas()
        .args([
            "--db",
            &db.url_as("ROUX01"),
            "--as",
            "roux01",
            "-o",
            "json",
            "whoami",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn naming_another_account_with_as_is_forbidden() {
    let s = shared();
    let db = s.database();
    let before = s.dump();
    let out = afas()
        .args(["--db", &db.url_as("ROUX01"), "--as", AGENT])
        .args(["account", "create", "INTRUS01", "--partner", A])
        .args(["--first-name", "I", "--last-name", "N", "--email", "i@n.fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: you are connected as ROUX01") && err.lines().count() == 1,
        "{err}"
    );
    assert_eq!(before, s.dump());
    // a role that is no account of this store: the database's owner
    let out = afas()
        .args(["--db", &db.url(), "whoami"])
        .env("AFAS_PASSWORD", OWNER_PASSWORD)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("knows no account"));
}

/// `afas --db URL-over-TLS …` with `password` in AFAS_PASSWORD: the test server asks for
/// passwords over TLS (harness: access_rules).
fn with_password(
    s: &TestStore,
    login: &str,
    password: &str,
    args: &[&str],
) -> std::process::Output {
    afas_process()
        .args(["--db", &s.database().url_with_password_as(login)])
        .args(args)
        .env("AFAS_PASSWORD", password)
        .output()
        .unwrap()
}

fn temporary(s: &TestStore, by: &str, login: &str) -> String {
    let out = s.ok(by, &["-q", "account", "password", login]);
    let password = out.trim().to_string();
    assert_eq!(password.len(), 20, "{out:?}");
    password
}

#[test]
fn a_temporary_password_is_shown_once_works_and_is_made_permanent_by_its_owner() {
    let s = shared();
    let su = &mut s.database().superuser();
    // by the person's administrator, a Caf agent, the person themself; not by another
    // partner's administrator nor a plain colleague
    for by in ["DURAND01", AGENT, "ROUX01"] {
        temporary(&s, by, "ROUX01");
    }
    // (another partner's account is no account at all to PETIT01: the server hides it)
    let err = s.refused("PETIT01", &["account", "password", "ROUX01"], 3);
    assert!(err.contains("ROUX01"), "{err}");
    s.refused("ROUX01", &["account", "password", "DURAND01"], 4);
    let password = temporary(&s, "DURAND01", "ROUX01");
    // kept as a SCRAM verifier, valid 7 days
    let row = su
        .query_one(
            "SELECT rolpassword LIKE 'SCRAM-SHA-256$%', \
             rolvaliduntil BETWEEN now() + interval '6 days 23 hours' AND now() + interval '7 days 1 hour' \
             FROM pg_authid WHERE rolname = $1",
            &[&s.database().role("ROUX01")],
        )
        .unwrap();
    assert!(row.get::<_, bool>(0) && row.get::<_, bool>(1), "{row:?}");
    // the password is never in the audit trail
    assert!(!s.dump().contains(&password));
    let changes = s.audit_rows("account.password");
    assert_eq!(changes.len(), 4, "{changes:?}");

    // it logs in; a wrong one does not, in one line that does not echo it
    let out = with_password(&s, "ROUX01", &password, &["whoami"]);
    assert!(out.status.success(), "{out:?}");
    let out = with_password(&s, "ROUX01", "not-the-password-1", &["whoami"]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("wrong or expired password") && err.lines().count() == 1,
        "{err}"
    );
    assert!(!err.contains("not-the-password-1"));

    // `afas password` reads one line on stdin, and makes it permanent
    let mut c = assert_cmd::Command::from_std(afas_process());
    c.args([
        "--db",
        &s.database().url_with_password_as("ROUX01"),
        "password",
    ])
    .env("AFAS_PASSWORD", &password)
    .write_stdin("a-new-and-long-password\n")
    .assert()
    .success();
    let forever: bool = su
        .query_one(
            "SELECT rolvaliduntil = 'infinity' FROM pg_authid WHERE rolname = $1",
            &[&s.database().role("ROUX01")],
        )
        .unwrap()
        .get(0);
    assert!(forever);
    assert!(
        with_password(&s, "ROUX01", "a-new-and-long-password", &["whoami"])
            .status
            .success()
    );
    assert_eq!(
        with_password(&s, "ROUX01", &password, &["whoami"])
            .status
            .code(),
        Some(4)
    );
    // too short: refused, and the password stays
    let mut c = assert_cmd::Command::from_std(afas_process());
    c.args([
        "--db",
        &s.database().url_with_password_as("ROUX01"),
        "password",
    ])
    .env("AFAS_PASSWORD", "a-new-and-long-password")
    .write_stdin("short\n")
    .assert()
    .code(2);
    assert!(
        with_password(&s, "ROUX01", "a-new-and-long-password", &["whoami"])
            .status
            .success()
    );
}

#[test]
fn an_expired_password_is_refused_like_a_wrong_one() {
    let s = shared();
    let password = temporary(&s, AGENT, "ROUX01");
    s.database()
        .superuser()
        .batch_execute(&format!(
            "ALTER ROLE \"{}\" VALID UNTIL '2020-01-01'",
            s.database().role("ROUX01")
        ))
        .unwrap();
    let out = with_password(&s, "ROUX01", &password, &["whoami"]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong or expired password"));
}

#[test]
fn init_gives_the_first_agent_a_temporary_password() {
    let db = postgres::database_from("template0");
    let out = afas()
        .args(["--db", &db.url(), "-o", "json"])
        .args(crate::common::INIT)
        .args(["--role-prefix", &db.prefix()])
        .env("AFAS_PASSWORD", OWNER_PASSWORD)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let made: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let password = made["temporary_password"].as_str().unwrap().to_string();
    let out = afas_process()
        .args(["--db", &db.url_with_password_as(AGENT), "whoami"])
        .env("AFAS_PASSWORD", &password)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    // the database's owner who ran init is not the store's owner any more
    let member: bool = db
        .superuser()
        .query_one(
            "SELECT pg_has_role($1, $2, 'MEMBER')",
            &[&OWNER, &format!("{}afas", db.prefix())],
        )
        .unwrap()
        .get(0);
    assert!(!member);
}

/// A store of schema version 2 (before the Caf codes and login roles), with an agent, a
/// partner's person and audit rows, written as afas 2 wrote them: `afas migrate` gives each
/// account its role, chains the audit rows, and everyone acts as themself.
#[test]
fn an_old_store_is_migrated_to_login_roles_and_a_chained_trail() {
    let db = postgres::database_from("template0");
    let mut owner = crate::common::postgres::cluster()
        .connect_as(OWNER, OWNER_PASSWORD, &db.name)
        .unwrap();
    owner
        .batch_execute(include_str!(
            "../../src/store/postgres/migrations/001_schema.sql"
        ))
        .unwrap();
    owner
        .batch_execute(include_str!(
            "../../src/store/postgres/migrations/002_outbox_failed.sql"
        ))
        .unwrap();
    owner
        .batch_execute(&format!(
            "CREATE TABLE afas_schema (version BIGINT NOT NULL);
             INSERT INTO afas_schema VALUES (2);
             INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin, created_at)
                 VALUES ('{A}', 'Commune A', '21160015600017', '161', '2025-01-01', '2025-01-01', '2025-01-01', 'now');
             INSERT INTO account (login, partner, first_name, last_name, email, created_at)
                 VALUES ('{AGENT}', NULL, 'Sophie', 'Martin', 's@caf.fr', 'now'),
                        ('ROUX01', '{A}', 'Luc', 'Roux', 'l@a.fr', 'now');
             INSERT INTO audit (at, actor, action, target, partner, details)
                 VALUES ('now', '{AGENT}', 'store.init', '{AGENT}', NULL, '{{}}'),
                        ('now', '{AGENT}', 'account.create', 'ROUX01', '{A}', '{{}}');"
        ))
        .unwrap();
    let s = TestStore::on_database(db, tempfile::tempdir().unwrap());
    let out = s
        .cmd(None)
        .args(["migrate", "--role-prefix", &s.database().prefix()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("from schema version 2 to 6"));
    let verified = s.ok(AGENT, &["audit", "verify"]);
    assert!(verified.contains("intact: 2 rows"), "{verified}");
    assert_eq!(s.json("ROUX01", &["whoami"])["login"], "ROUX01");
    // agents from before stay national: they read every partner
    assert_eq!(
        s.json(AGENT, &["partner", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// Where the server's `pg_hba.conf` asks for a client certificate (the harness: members of
/// its `afas_cert_login` group, over TLS), a certificate whose name is the login role logs
/// in without a password; one for another name does not.
#[test]
fn a_client_certificate_named_after_the_login_logs_in_without_a_password() {
    let s = shared();
    let db = s.database();
    db.superuser()
        .batch_execute(&format!(
            "GRANT {} TO \"{}\"",
            postgres::CERT_GROUP,
            db.role("ROUX01")
        ))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ca = postgres::server_ca();
    let url = |cert: &(std::path::PathBuf, std::path::PathBuf)| {
        format!(
            "postgresql://{}@localhost:{}/{}?sslmode=verify-full&sslrootcert={}&sslcert={}&sslkey={}",
            db.role("ROUX01"),
            postgres::cluster().port,
            db.name,
            ca.display(),
            cert.0.display(),
            cert.1.display()
        )
    };
    let own = postgres::client_certificate(dir.path(), &db.role("ROUX01"));
    let out = afas_process()
        .args(["--db", &url(&own), "-o", "json", "whoami"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let me: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(me["login"], "ROUX01");
    // a certificate for another name: one line, exit 4
    let other = postgres::client_certificate(dir.path(), &db.role("DURAND01"));
    let out = afas_process()
        .args(["--db", &url(&other), "whoami"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines().count() == 1 && err.contains("certificate"),
        "{err}"
    );
}

/// A role of the server named as a new account's would be (another program's, say) is
/// never taken over: the account is refused in one line, and nothing is written.
#[test]
fn a_role_of_the_same_name_on_the_server_is_never_taken_over() {
    let s = shared();
    s.database()
        .superuser()
        .batch_execute(&format!("CREATE ROLE \"{}\"", s.database().role("TAKEN01")))
        .unwrap();
    let err = s.refused(
        AGENT,
        &[
            "account",
            "create",
            "TAKEN01",
            "--partner",
            A,
            "--first-name",
            "T",
            "--last-name",
            "N",
            "--email",
            "t@n.fr",
        ],
        5,
    );
    assert!(err.contains("already has a role"), "{err}");
}

/// On a terminal `afas password` asks twice, shows neither, and changes nothing when the
/// two differ (exit 2).
#[test]
fn on_a_terminal_the_new_password_is_asked_twice() {
    let s = shared();
    let password = temporary(&s, AGENT, "ROUX01");
    let url = s.database().url_with_password_as("ROUX01");
    let run = |first: &str, again: &str| {
        let mut cmd = afas_process();
        cmd.env("AFAS_PASSWORD", &password)
            .args(["--db", &url, "password"]);
        let mut t = crate::common::terminal::Terminal::spawn(cmd);
        t.expect("New password");
        t.send_line(first);
        t.expect("Again");
        t.send_line(again);
        t.finish()
    };
    let (code, shown) = run("first-long-password", "other-long-password");
    assert_eq!(code, 2, "{shown}");
    assert!(shown.contains("the two passwords differ"), "{shown}");
    assert!(!shown.contains("first-long-password"), "{shown}");
    assert!(with_password(&s, "ROUX01", &password, &["whoami"])
        .status
        .success());
    let (code, shown) = run("first-long-password", "first-long-password");
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains("first-long-password"), "{shown}");
    assert!(
        with_password(&s, "ROUX01", "first-long-password", &["whoami"])
            .status
            .success()
    );
}
