//! The store's schema: a store made by an older afas is migrated with its data and its
//! limits intact, and the limits of two are held by seats that no write can dodge.

use crate::common::{TestStore, AGENT};
use rusqlite::{params, Connection};

/// A store as afas left it at schema version 4 (before the seats), with two administrators
/// of one partner, two FDA at one scope, one FDF and the approver.
fn store_at_version_4() -> TestStore {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("afas.db");
    {
        let db = Connection::open(&path).unwrap();
        for sql in [
            include_str!("../../src/store/migrations/001_foundation.sql"),
            include_str!("../../src/store/migrations/002_profiles.sql"),
            include_str!("../../src/store/migrations/003_declarations.sql"),
            include_str!("../../src/store/migrations/004_audit_no_replace.sql"),
        ] {
            db.execute_batch(sql).unwrap();
        }
        let now = "2020-01-20T00:00:00Z";
        db.execute_batch(&format!(
            "INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin, created_at)
               VALUES ('2016-00123', 'Ville', '21160015000018', '161',
                       '2020-01-20', '2020-01-20', '2020-01-20', '{now}');
             INSERT INTO account (login, partner, first_name, last_name, email, is_admin, created_at)
               VALUES ('{AGENT}', NULL, 'Sophie', 'Martin', 'sophie.martin@caf16.caf.fr', 0, '{now}'),
                      ('DURAND01', '2016-00123', 'Marie', 'Durand', 'md@ville.fr', 1, '{now}'),
                      ('ROUX01', '2016-00123', 'Jean', 'Roux', 'jr@ville.fr', 0, '{now}'),
                      ('DUBOIS01', '2016-00123', 'Paul', 'Dubois', 'pd@ville.fr', 1, '{now}'),
                      ('LEROY01', '2016-00123', 'Anne', 'Leroy', 'al@ville.fr', 0, '{now}');
             INSERT INTO grp VALUES ('2016-00123', 'declarer', 'ROUX01', '{now}'),
                                    ('2016-00123', 'habiliter', 'DURAND01', '{now}');
             INSERT INTO membership VALUES ('2016-00123', 'declarer', 'ROUX01', '{now}'),
                                           ('2016-00123', 'declarer', 'LEROY01', '{now}'),
                                           ('2016-00123', 'habiliter', 'DURAND01', '{now}');
             INSERT INTO service VALUES ('ALSH-1', '2016-00123', 'alsh', 'Centre', '{now}');
             INSERT INTO profile (login, kind, service, site, granted_by, granted_at)
               VALUES ('ROUX01', 'fda', 'ALSH-1', NULL, 'DURAND01', '{now}'),
                      ('ROUX01', 'fdf', 'ALSH-1', NULL, 'DURAND01', '{now}'),
                      ('LEROY01', 'fda', 'ALSH-1', NULL, 'DURAND01', '{now}'),
                      ('LEROY01', 'approbateur', 'ALSH-1', NULL, 'DURAND01', '{now}');
             PRAGMA user_version = 4;"
        ))
        .unwrap();
    }
    let mut s = TestStore::at(&path);
    s.keep(dir);
    s
}

/// Every row of the two rebuilt tables, in the columns they had before the seats.
fn rebuilt_rows(db: &Connection) -> Vec<String> {
    let mut rows = Vec::new();
    for sql in [
        "SELECT rowid, login, partner, first_name, last_name, email, is_admin, status, created_at
         FROM account ORDER BY rowid",
        "SELECT id, login, kind, service, site, granted_by, granted_at FROM profile ORDER BY id",
    ] {
        let mut stmt = db.prepare(sql).unwrap();
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(r) = q.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            rows.push(cells.join("|"));
        }
    }
    rows
}

fn seats(db: &Connection, sql: &str) -> Vec<(String, Option<i64>)> {
    db.prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_version_4_store_is_migrated_with_its_data_and_its_limits() {
    let s = store_at_version_4();
    let before = rebuilt_rows(&s.db());
    // (the workshops' tables, new in migration 010, are added empty)
    let other_tables = |dump: String| -> String {
        dump.split("## ")
            .filter(|t| !t.starts_with("account\n") && !t.starts_with("profile\n"))
            .filter(|t| *t != "registration\n\n" && *t != "workshop\n\n")
            .collect()
    };
    let others_before = other_tables(s.dump());
    // any command opens, and so migrates, the store
    let accounts = s.json(AGENT, &["account", "list", "--partner", "2016-00123"]);
    assert_eq!(accounts.as_array().unwrap().len(), 4);

    let db = s.db();
    let version: i64 = db
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 10);
    assert_eq!(rebuilt_rows(&db), before, "the migration changed a row");
    assert_eq!(other_tables(s.dump()), others_before);
    // the administrators take the seats in the order they came; the others have none
    assert_eq!(
        seats(&db, "SELECT login, admin_seat FROM account ORDER BY rowid"),
        [
            (AGENT.to_string(), None),
            ("DURAND01".to_string(), Some(1)),
            ("ROUX01".to_string(), None),
            ("DUBOIS01".to_string(), Some(2)),
            ("LEROY01".to_string(), None),
        ]
    );
    assert_eq!(
        seats(
            &db,
            "SELECT login || ' ' || kind, seat FROM profile ORDER BY id"
        ),
        [
            ("ROUX01 fda".to_string(), Some(1)),
            ("ROUX01 fdf".to_string(), Some(1)),
            ("LEROY01 fda".to_string(), Some(2)),
            ("LEROY01 approbateur".to_string(), None),
        ]
    );
    let broken: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    // the limits hold on the migrated data, through afas and through the store
    let err = s.refused(AGENT, &["account", "admin", "ROUX01"], 5);
    assert!(err.contains("already has 2 administrators"), "{err}");
    let err = db
        .execute(
            "UPDATE account SET is_admin = 1, admin_seat = 2 WHERE login = 'ROUX01'",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("admin_seat"), "{err}");
    // the first administrator leaves: its seat, 1, goes to the next one
    s.ok(
        AGENT,
        &["account", "admin", "DURAND01", "--revoke", "--yes"],
    );
    s.ok(AGENT, &["account", "admin", "ROUX01"]);
    assert_eq!(
        seats(
            &db,
            "SELECT login, admin_seat FROM account WHERE is_admin = 1 ORDER BY admin_seat"
        ),
        [
            ("ROUX01".to_string(), Some(1)),
            ("DUBOIS01".to_string(), Some(2)),
        ]
    );
}

#[test]
fn a_revoked_holder_frees_its_seat_for_the_next() {
    let s = store_at_version_4();
    s.ok(
        "DURAND01",
        &[
            "profile",
            "revoke",
            "ROUX01",
            "fda",
            "--service",
            "ALSH-1",
            "--yes",
        ],
    );
    s.ok(
        "DURAND01",
        &["profile", "grant", "ROUX01", "fda", "--service", "ALSH-1"],
    );
    let db = s.db();
    assert_eq!(
        seats(
            &db,
            "SELECT login, seat FROM profile WHERE kind = 'fda' ORDER BY seat"
        ),
        [
            ("ROUX01".to_string(), Some(1)),
            ("LEROY01".to_string(), Some(2)),
        ]
    );
}

/// No write, from afas or not, gives a partner a third administrator or an administrator
/// without a seat.
#[test]
fn the_store_refuses_a_third_administrator_and_an_administrator_without_a_seat() {
    let s = store_at_version_4();
    s.ok(AGENT, &["account", "list"]);
    let db = s.db();
    let insert = |login: &str, admin: i64, seat: Option<i64>| {
        db.execute(
            "INSERT INTO account (login, partner, first_name, last_name, email, is_admin,
               created_at, admin_seat)
             VALUES (?1, '2016-00123', 'A', 'B', 'ab@ville.fr', ?2, '2020-01-20', ?3)",
            params![login, admin, seat],
        )
    };
    for seat in [Some(1), Some(2)] {
        let err = insert("BLANC01", 1, seat).unwrap_err();
        assert!(err.to_string().contains("admin_seat"), "{err}");
    }
    for (admin, seat) in [(1, None), (1, Some(3)), (0, Some(1))] {
        let err = insert("BLANC01", admin, seat).unwrap_err();
        assert!(err.to_string().contains("CHECK"), "{err}");
    }
    insert("BLANC01", 0, None).unwrap();
}

/// The three profiles are the only ones the store takes (its CHECK is written with OR so
/// that SQLite builds no temporary index per insert; migration 005).
#[test]
fn the_store_refuses_a_profile_that_does_not_exist() {
    let s = store_at_version_4();
    s.ok(AGENT, &["account", "list"]);
    let db = s.db();
    let insert = |kind: &str| {
        db.execute(
            "INSERT INTO profile (login, kind, service, site, granted_by, granted_at, seat)
             VALUES ('DUBOIS01', ?1, 'ALSH-1', NULL, 'DURAND01', '2020-01-20', 2)",
            [kind],
        )
    };
    // a seat, so that only the kind's CHECK can refuse the row
    for kind in ["boss", "FDA", "", "approver"] {
        let err = insert(kind).unwrap_err();
        assert!(
            err.to_string().contains("CHECK constraint failed: kind"),
            "{kind}: {err}"
        );
    }
    insert("fdf").unwrap();
}
