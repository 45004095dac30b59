//! What only the shared store on PostgreSQL has (SPEC §4): the URL and its password, the
//! server's answers when something is wrong, its own schema and its upgrade. (Everything
//! the two stores share runs on both through `store_test!` in the other modules.)

use std::collections::{BTreeMap, BTreeSet};

use crate::common::postgres::{self, cluster, OWNER, OWNER_PASSWORD};
use crate::common::{afas, TestStore, AGENT};

/// `afas --db URL --as AGENT account list` with `password`, on `url`.
fn list_with(url: &str, password: Option<&str>) -> (Option<i32>, String) {
    let mut c = afas();
    c.args(["--db", url, "--as", AGENT, "account", "list"]);
    match password {
        Some(p) => c.env("AFAS_PASSWORD", p),
        None => c.env_remove("AFAS_PASSWORD"),
    };
    let out = c.output().expect("run afas");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn one_line(stderr: &str) -> &str {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {stderr:?}");
    assert!(lines[0].starts_with("error: "), "{stderr:?}");
    lines[0]
}

#[test]
fn a_password_in_the_url_is_refused_and_never_echoed() {
    let db = postgres::fresh_database();
    let url = db
        .url()
        .replace(&format!("{OWNER}@"), &format!("{OWNER}:{OWNER_PASSWORD}@"));
    let (code, stderr) = list_with(&url, None);
    assert_eq!(code, Some(2), "{stderr}");
    let line = one_line(&stderr);
    assert!(line.contains("password in the URL is refused"), "{line}");
    assert!(!stderr.contains(OWNER_PASSWORD), "{stderr}");
    let (code, stderr) = list_with(&format!("{}&password=hunter2", db.url()), None);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[test]
fn a_wrong_password_is_forbidden_in_one_line_that_does_not_echo_it() {
    let db = postgres::fresh_database();
    let (code, stderr) = list_with(&db.url(), Some("not-the-password-42"));
    assert_eq!(code, Some(4), "{stderr}");
    let line = one_line(&stderr);
    assert!(line.contains("wrong or expired password"), "{line}");
    assert!(line.contains(OWNER), "{line}");
    assert!(!stderr.contains("not-the-password-42"), "{stderr}");
    // without a terminal and without AFAS_PASSWORD nothing is asked: the server refuses
    let (code, stderr) = list_with(&db.url(), None);
    assert_eq!(code, Some(4), "{stderr}");
    one_line(&stderr);
}

#[test]
fn an_unreachable_server_is_one_line_naming_it_exit_1() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        l.local_addr().expect("its address").port()
    };
    let url = format!("postgresql://{OWNER}@127.0.0.1:{port}/afas?sslmode=disable");
    let (code, stderr) = list_with(&url, Some(OWNER_PASSWORD));
    assert_eq!(code, Some(1), "{stderr}");
    let line = one_line(&stderr);
    assert!(
        line.contains(&format!("cannot reach the store 127.0.0.1:{port}/afas")),
        "{line}"
    );
}

#[test]
fn a_database_that_is_not_an_afas_store_is_one_line_exit_1_and_stays_empty() {
    let db = postgres::database_from("template0");
    let (code, stderr) = list_with(&db.url(), Some(OWNER_PASSWORD));
    assert_eq!(code, Some(1), "{stderr}");
    let line = one_line(&stderr);
    assert!(line.contains("is not an afas store"), "{line}");
    assert!(line.contains("afas init"), "{line}");
    let tables: i64 = db
        .superuser()
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .expect("count tables")
        .get(0);
    assert_eq!(tables, 0, "nothing was created");
    // a database that does not exist at all is named too
    let (code, stderr) = list_with(
        &db.url().replace(&db.name, "no_such_database"),
        Some(OWNER_PASSWORD),
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(one_line(&stderr).contains("no_such_database"), "{stderr}");
}

#[test]
fn an_older_schema_waits_for_afas_migrate_by_its_owner() {
    // Version 0: the schema's version table alone, as a store from before any table.
    let db = postgres::database_from("template0");
    db.superuser()
        .batch_execute(&format!(
            "CREATE TABLE afas_schema (version BIGINT NOT NULL);
             INSERT INTO afas_schema VALUES (0);
             ALTER TABLE afas_schema OWNER TO {OWNER};"
        ))
        .expect("an old schema");
    let (code, stderr) = list_with(&db.url(), Some(OWNER_PASSWORD));
    assert_eq!(code, Some(1), "{stderr}");
    let line = one_line(&stderr);
    assert!(line.contains("older than this afas"), "{line}");
    assert!(line.contains("`afas migrate`"), "{line}");

    let out = afas()
        .args(["--db", &db.url(), "migrate", "--role-prefix", &db.prefix()])
        .env("AFAS_PASSWORD", OWNER_PASSWORD)
        .output()
        .expect("run afas");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("from schema version 0 to 6"), "{said}");
    // up to date now: migrate again changes nothing, and the store opens
    let again = afas()
        .args(["--db", &db.url(), "migrate"])
        .env("AFAS_PASSWORD", OWNER_PASSWORD)
        .output()
        .expect("run afas");
    assert!(String::from_utf8_lossy(&again.stdout).contains("up to date"));
    let (code, stderr) = list_with(&db.url(), Some(OWNER_PASSWORD));
    assert_eq!(
        code,
        Some(4),
        "no agent yet, so --as names nobody: {stderr}"
    );
}

#[test]
fn a_newer_schema_asks_to_upgrade_afas() {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    s.database()
        .superuser()
        .batch_execute("UPDATE afas_schema SET version = 99")
        .expect("a newer schema");
    let (code, stderr) = list_with(&s.database().url(), Some(OWNER_PASSWORD));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(one_line(&stderr).contains("upgrade afas"), "{stderr}");
}

/// Tables with their columns, and the unique keys (primary keys, UNIQUE constraints and
/// unique indexes) as their tables' column lists, with expressions as written.
type Shape = (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>);

fn sqlite_shape(s: &TestStore) -> Shape {
    let db = s.db();
    let mut tables = BTreeMap::new();
    let mut uniques = BTreeSet::new();
    let names: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in names {
        let cols: Vec<(String, i64)> = db
            .prepare(&format!(
                "SELECT name, pk FROM pragma_table_xinfo('{t}') ORDER BY pk"
            ))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let pk: Vec<&str> = cols
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(c, _)| c.as_str())
            .collect();
        uniques.insert(format!("{t}({})", pk.join(", ")));
        tables.insert(t.clone(), cols.into_iter().map(|(c, _)| c).collect());
        let indexes: Vec<(String, String)> = db
            .prepare(&format!(
                "SELECT l.name, coalesce(m.sql, '') FROM pragma_index_list('{t}') l
                 LEFT JOIN sqlite_master m ON m.name = l.name
                 WHERE l.\"unique\" = 1 AND l.origin <> 'pk'"
            ))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (name, sql) in indexes {
            let cols: Vec<String> = db
                .prepare(&format!(
                    "SELECT coalesce(name, '?') FROM pragma_index_info('{name}')"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let partial = sql.to_uppercase().contains(" WHERE ");
            uniques.insert(format!(
                "{t}({}){}",
                cols.join(", "),
                if partial { " partial" } else { "" }
            ));
        }
    }
    (tables, uniques)
}

fn postgres_shape(s: &TestStore) -> Shape {
    let mut db = s.database().superuser();
    let mut tables: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in db
        .query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name <> 'afas_schema'",
            &[],
        )
        .unwrap()
    {
        tables.entry(r.get(0)).or_default().insert(r.get(1));
    }
    let mut uniques = BTreeSet::new();
    for r in db
        .query(
            "SELECT t.relname::text,
                    (SELECT string_agg(CASE WHEN k = 0 THEN '?' ELSE a.attname::text END, ', '
                                       ORDER BY n)
                       FROM unnest(i.indkey) WITH ORDINALITY AS u(k, n)
                       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.k),
                    i.indpred IS NOT NULL
             FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
             JOIN pg_namespace ns ON ns.oid = t.relnamespace
             WHERE ns.nspname = 'public' AND i.indisunique AND t.relname <> 'afas_schema'",
            &[],
        )
        .unwrap()
    {
        let (t, cols, partial): (String, String, bool) = (r.get(0), r.get(1), r.get(2));
        uniques.insert(format!(
            "{t}({cols}){}",
            if partial { " partial" } else { "" }
        ));
    }
    (tables, uniques)
}

/// The two migration sets cannot drift: a fresh store has the same tables, columns and
/// unique keys (so the same limits held by seats) on both.
#[test]
fn both_stores_have_the_same_tables_columns_and_unique_keys() {
    let lite = TestStore::new();
    let pg = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    let (lite_tables, lite_uniques) = sqlite_shape(&lite);
    let (pg_tables, pg_uniques) = postgres_shape(&pg);
    assert_eq!(lite_tables, pg_tables);
    assert_eq!(lite_uniques, pg_uniques);
    assert!(pg_uniques.contains("account(partner, admin_seat) partial"));
    assert!(pg_uniques.contains("profile(service, kind, ?, seat) partial"));
    let _ = cluster();
}

/// TLS through rustls: encrypted without a check (`require`), with the server's certificate
/// checked against `sslrootcert` and its name (`verify-full`), and a certificate for another
/// name refused in one line.
#[test]
fn tls_is_required_and_checked_as_sslmode_says() {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    // over TLS the test server asks for the password (harness: access_rules)
    let password = s.ok(AGENT, &["-q", "account", "password", AGENT]);
    let password = Some(password.trim());
    let db = s.database();
    let ca = postgres::server_ca();
    let ca = ca.to_str().expect("a UTF-8 path");
    let port = cluster().port;
    let name = &db.name;
    // the agent's own login role: the server knows who acts
    let role = db.role(AGENT);
    let url = |host: &str, query: &str| format!("postgresql://{role}@{host}:{port}/{name}?{query}");
    for ok in [
        url("127.0.0.1", "sslmode=require"),
        url(
            "localhost",
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        url("127.0.0.1", &format!("sslmode=verify-ca&sslrootcert={ca}")),
    ] {
        let (code, stderr) = list_with(&ok, password);
        assert_eq!(code, Some(0), "{ok}: {stderr}");
    }
    // the certificate names localhost, not 127.0.0.1
    let (code, stderr) = list_with(
        &url(
            "127.0.0.1",
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        ),
        password,
    );
    assert_eq!(code, Some(1), "{stderr}");
    let line = one_line(&stderr);
    assert!(line.contains("cannot reach the store 127.0.0.1"), "{line}");
    assert!(line.to_lowercase().contains("certificate"), "{line}");
    // without sslrootcert the system's roots do not know a self-signed certificate
    let (code, stderr) = list_with(&url("localhost", "sslmode=verify-full"), password);
    assert_eq!(code, Some(1), "{stderr}");
    one_line(&stderr);
    // a missing sslrootcert file is named
    let (code, stderr) = list_with(
        &url(
            "localhost",
            "sslmode=verify-full&sslrootcert=/nonexistent/ca.pem",
        ),
        password,
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        one_line(&stderr).contains("/nonexistent/ca.pem"),
        "{stderr}"
    );
}

/// Without `AFAS_PASSWORD`, on a terminal, the password is asked for, not shown, and used:
/// over TLS, where the test server asks every login for its password, with the temporary
/// one a Caf agent gave.
#[test]
fn on_a_terminal_the_password_is_asked_for_and_never_shown() {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    let password = s.ok(AGENT, &["-q", "account", "password", AGENT]);
    let password = password.trim();
    let db = s.database();
    let url = db.url_with_password_as(AGENT);
    let mut cmd = crate::common::afas_process();
    cmd.env_remove("AFAS_PASSWORD")
        .args(["--db", &url, "account", "show", AGENT]);
    let mut t = crate::common::terminal::Terminal::spawn(cmd);
    t.expect(&format!("Password for {} on 127.0.0.1:", db.role(AGENT)));
    t.send_line(password);
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("Sophie"), "{shown}");
    assert!(
        !shown.contains(password),
        "the password was echoed: {shown}"
    );

    // a wrong one typed there: one line, exit 4, not echoed either
    let mut cmd = crate::common::afas_process();
    cmd.env_remove("AFAS_PASSWORD")
        .args(["--db", &url, "account", "show", AGENT]);
    let mut t = crate::common::terminal::Terminal::spawn(cmd);
    t.expect("Password for");
    t.send_line("typed-wrong-77");
    let (code, shown) = t.finish();
    assert_eq!(code, 4, "{shown}");
    assert!(shown.contains("wrong or expired password"), "{shown}");
    assert!(!shown.contains("typed-wrong-77"), "{shown}");
}

/// The server holds the hardest rules itself, for a program that bypasses afas: even the
/// store's owner cannot update, delete or truncate the audit trail, nor seat a third
/// administrator or a second approver.
#[test]
fn the_server_itself_keeps_the_audit_append_only_and_the_limits() {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    let p = s.afas_partner("2016-00123", "P", 2);
    s.service("ALSH-0042", "2016-00123", &[]);
    s.grant(&p.giver, p.d(0), "approbateur", "ALSH-0042", None);
    s.person("PADM2", "2016-00123", true);
    let before = s.dump();
    // The store's owner role, which nobody logs in as: the superuser becomes it.
    let mut owner = s.database().superuser();
    owner
        .batch_execute(&format!("SET ROLE \"{}afas\"", s.database().prefix()))
        .expect("the superuser becomes the store's owner");
    for sql in [
        "UPDATE audit SET actor = 'SOMEONE'",
        "DELETE FROM audit",
        "TRUNCATE audit",
        "INSERT INTO audit (id, at, actor, action, target, details)
         VALUES (1, 'x', 'x', 'x', 'x', '{}') ON CONFLICT (id) DO UPDATE SET actor = 'x'",
    ] {
        let e = owner
            .batch_execute(sql)
            .err()
            .unwrap_or_else(|| panic!("{sql} went through"));
        let msg = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_default();
        assert!(msg.contains("append-only"), "{sql}: {e}");
    }
    for (sql, constraint) in [
        (
            "INSERT INTO account (login, partner, first_name, last_name, email, is_admin,
                                  created_at, admin_seat)
             VALUES ('PADM3', '2016-00123', 'A', 'B', 'c@d.fr', 1, 'now', 1)",
            "account_admin_seat",
        ),
        (
            "INSERT INTO profile (login, kind, service, granted_by, granted_at)
             VALUES ('PDEC2', 'approbateur', 'ALSH-0042', 'x', 'now')",
            "profile_one_approver",
        ),
    ] {
        let e = owner
            .batch_execute(sql)
            .err()
            .unwrap_or_else(|| panic!("{sql} went through"));
        let db = e.as_db_error().unwrap_or_else(|| panic!("{e}"));
        assert_eq!(db.constraint(), Some(constraint), "{e}");
    }
    assert_eq!(before, s.dump(), "nothing changed");
}
