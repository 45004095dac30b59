//! Issue 16, item 8: the audit trail proves itself. Each test edits the store the way
//! whoever can write it could (the triggers dropped or disabled first, then plain SQL),
//! and `afas audit verify` must name the first row changed, inserted or removed (exit 5);
//! an intact trail verifies (exit 0) after many commands and an import, on both stores.

use afas::store::chain::{digest, GENESIS};

use crate::common::import::sample_data;
use crate::common::{Outcome, Store, TestStore, AGENT};

const A: &str = "2016-00123";

/// A store with a partner, its people and groups, a service and a profile: about ten audit
/// rows, from several actors.
fn store_with_history() -> TestStore {
    let s = TestStore::new();
    let p = s.afas_partner(A, "P", 2);
    s.service("ALSH-0042", A, &["X"]);
    s.grant(&p.giver, p.d(0), "fda", "ALSH-0042", None);
    assert!(rows(&s) >= 8, "{}", rows(&s));
    s
}

/// Runs `sql` on the store past its triggers, as its owner could: on SQLite the triggers
/// are dropped, on PostgreSQL the superuser disables them.
fn tamper(s: &TestStore, sql: &str) {
    match s.store() {
        Store::Sqlite => {
            let db = s.db();
            db.execute_batch(
                "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;
                 DROP TRIGGER IF EXISTS audit_no_replace;",
            )
            .unwrap();
            db.execute_batch(sql).unwrap();
        }
        Store::Postgres => {
            let mut db = s.database().superuser();
            db.batch_execute("ALTER TABLE audit DISABLE TRIGGER ALL")
                .unwrap();
            db.batch_execute(sql).unwrap();
        }
    }
}

/// The text columns of the one row `sql` returns.
fn texts(s: &TestStore, sql: &str) -> Vec<Option<String>> {
    match s.store() {
        Store::Sqlite => {
            let db = s.db();
            let mut stmt = db.prepare(sql).unwrap();
            let n = stmt.column_count();
            stmt.query_row([], |r| (0..n).map(|i| r.get(i)).collect())
                .unwrap()
        }
        Store::Postgres => {
            let row = s.database().superuser().query_one(sql, &[]).unwrap();
            (0..row.len()).map(|i| row.get(i)).collect()
        }
    }
}

fn rows(s: &TestStore) -> i64 {
    let n = texts(s, "SELECT CAST(count(*) AS TEXT) FROM audit");
    n[0].as_deref().unwrap().parse().unwrap()
}

/// The hash that afas would give row `id` with its content as stored and `prev`: what a
/// tamperer who read `src/store/chain.rs` computes.
fn rehash(s: &TestStore, id: i64, prev: Option<&str>) -> String {
    let f = texts(
        s,
        &format!("SELECT at, actor, action, target, partner, details FROM audit WHERE id = {id}"),
    );
    let fields: [Option<&str>; 6] = std::array::from_fn(|i| f[i].as_deref());
    digest(prev, id, &fields)
}

fn hash_of(s: &TestStore, id: i64) -> String {
    texts(s, &format!("SELECT hash FROM audit WHERE id = {id}"))[0]
        .clone()
        .unwrap()
}

fn verify(s: &TestStore, args: &[&str]) -> Outcome {
    let mut all = vec!["audit", "verify"];
    all.extend_from_slice(args);
    s.run(AGENT, &all)
}

/// Asserts that `audit verify` exits 5 with one line that says `what`.
fn verify_fails(s: &TestStore, args: &[&str], what: &str) {
    let out = verify(s, args);
    assert_eq!(out.code, Some(5), "{out:?}");
    assert_eq!(out.stderr.lines().count(), 1, "{out:?}");
    assert!(out.stderr.contains(what), "expected {what:?} in {out:?}");
}

fn head(s: &TestStore) -> String {
    s.ok(AGENT, &["audit", "head"]).trim().to_string()
}

store_test! {
    /// A row whose content was edited is named, whether its hash was left as it was or
    /// recomputed by someone who knows the encoding (then the next row gives it away).
    fn a_changed_row_is_named() {
        let s = store_with_history();
        assert_eq!(verify(&s, &[]).code, Some(0), "intact before");
        tamper(&s, "UPDATE audit SET actor = 'SOMEONE' WHERE id = 3");
        verify_fails(&s, &[], "row 3 was changed");

        let s = store_with_history();
        tamper(&s, "UPDATE audit SET details = '{\"forged\":true}' WHERE id = 4");
        let forged = rehash(&s, 4, Some(&hash_of(&s, 3)));
        tamper(&s, &format!("UPDATE audit SET hash = '{forged}' WHERE id = 4"));
        verify_fails(&s, &[], "row 4 was changed");
    }

    /// A row deleted from the middle: the row after it chains to a row that is not there.
    fn a_deleted_row_is_named() {
        let s = store_with_history();
        tamper(&s, "DELETE FROM audit WHERE id = 5");
        verify_fails(&s, &[], "row 5 was removed");
        tamper(&s, "DELETE FROM audit WHERE id = 6");
        verify_fails(&s, &[], "rows 5 to 6 were removed");
    }

    /// A backdated row: appended without a hash, or put in front of the first row with a
    /// hash computed the documented way.
    fn an_inserted_backdated_row_is_named() {
        let s = store_with_history();
        let n = rows(&s);
        tamper(
            &s,
            "INSERT INTO audit (id, at, actor, action, target, partner, details)
             SELECT max(id) + 1, '2020-01-01T00:00:00Z', 'MARTIN01', 'account.create',
                    'GHOST01', '2016-00123', '{}' FROM audit",
        );
        verify_fails(&s, &[], &format!("row {} was inserted outside afas", n + 1));
        let out = s.run(AGENT, &["audit", "head"]);
        assert!(out.stdout.contains("the last row has no hash"), "{out:?}");

        let s = store_with_history();
        tamper(
            &s,
            "INSERT INTO audit (id, at, actor, action, target, partner, details, prev_hash)
             VALUES (0, '2020-01-01T00:00:00Z', 'MARTIN01', 'account.create', 'GHOST01',
                     '2016-00123', '{}', '0000000000000000000000000000000000000000000000000000000000000000')",
        );
        let forged = rehash(&s, 0, Some(GENESIS));
        tamper(&s, &format!("UPDATE audit SET hash = '{forged}' WHERE id = 0"));
        verify_fails(&s, &[], "row 0 was inserted");
    }

    /// The table copied without its first rows.
    fn the_first_rows_cut_are_named() {
        let s = store_with_history();
        tamper(&s, "DELETE FROM audit WHERE id <= 3");
        verify_fails(&s, &[], "first rows (1 to 3) were removed");
    }

    /// Rows cut from the end leave a whole chain: only a head kept elsewhere shows it.
    fn the_last_rows_cut_are_caught_with_the_head_kept_elsewhere() {
        let s = store_with_history();
        let n = rows(&s);
        let kept = head(&s);
        let out = verify(&s, &["--head", &kept]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(out.stdout.contains("its head is the one given"), "{out:?}");

        tamper(&s, &format!("DELETE FROM audit WHERE id > {}", n - 2));
        let out = verify(&s, &[]);
        assert_eq!(out.code, Some(0), "a chain cut at its end is whole: {out:?}");
        verify_fails(
            &s,
            &["--head", &kept],
            &format!("the head given ({kept}) is not in it; its head is now row {}", n - 2),
        );
        // a head kept before the cut point still proves what it covers
        let earlier = hash_of(&s, n - 3);
        let out = verify(&s, &["--head", &earlier]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(out.stdout.contains(&format!("is row {}", n - 3)), "{out:?}");
    }

    /// Many commands by several actors and an import (PostgreSQL's batched inserts): the
    /// chain is whole, counts every row, ends at `audit head`; a head kept half-way is
    /// found in it.
    fn an_intact_trail_verifies_after_many_commands_and_an_import() {
        let s = TestStore::new();
        s.ok(AGENT, &["-q", "import", sample_data().to_str().unwrap()]);
        let half_way = head(&s);
        let p = s.afas_partner("2018-00777", "Q", 3);
        s.service("ALSH-9042", "2018-00777", &["X", "Y"]);
        s.grant(&p.giver, p.d(0), "fda", "ALSH-9042", None);
        s.grant(&p.giver, p.d(1), "fdf", "ALSH-9042", None);
        s.grant(&p.giver, p.d(2), "fda", "ALSH-9042", Some("X"));
        s.ok(AGENT, &["account", "suspend", p.d(2)]);
        let n = rows(&s);
        let h = head(&s);
        assert_eq!(h, hash_of(&s, n), "the head is the last row's hash");
        let out = verify(&s, &[]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert_eq!(
            out.stdout.trim(),
            format!("the audit trail is intact: {n} rows, head {h}")
        );
        let out = verify(&s, &["--head", &half_way]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(out.stdout.contains("rows came after it"), "{out:?}");
        // the first row starts the chain
        assert_eq!(
            texts(&s, "SELECT prev_hash FROM audit WHERE id = 1")[0].as_deref(),
            Some(GENESIS)
        );
    }

    /// Verifying reads every partner's rows: Caf agents only, like the whole trail.
    fn only_a_caf_agent_verifies_the_trail() {
        let s = TestStore::new();
        let p = s.afas_partner(A, "P", 1);
        for args in [&["audit", "verify"][..], &["audit", "head"]] {
            let out = s.run(&p.admin, args);
            assert_eq!(out.code, Some(4), "{out:?}");
        }
        assert_eq!(verify(&s, &["--head", "abc"]).code, Some(2));
    }
}

/// A store from before the chain is chained by its migration when opened. Its rows keep
/// their content and verify. (On PostgreSQL, where `afas migrate` does it, the store from
/// before is older still: tests/it/identity.rs, `an_old_store_is_migrated_…`.)
#[test]
fn a_store_from_before_the_chain_is_chained_by_its_migration() {
    let s = store_with_history();
    let n = rows(&s);
    let content =
        "SELECT group_concat(actor || action || target, ',') FROM (SELECT * FROM audit ORDER BY id)";
    let before = texts(&s, content);
    // back to version 7: the columns and the update trigger as they were
    s.db()
        .execute_batch(
            "DROP TRIGGER audit_no_update;
             ALTER TABLE audit DROP COLUMN prev_hash;
             ALTER TABLE audit DROP COLUMN hash;
             CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
             BEGIN SELECT RAISE(ABORT, 'afas: the audit trail is append-only'); END;
             ALTER TABLE account DROP COLUMN caf_code;
             ALTER TABLE call DROP COLUMN caf_code;
             DROP TABLE registration;
             DROP TABLE workshop;
             PRAGMA user_version = 7;",
        )
        .unwrap();
    let out = verify(&s, &[]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains(&format!("intact: {n} rows")), "{out:?}");
    let after = texts(&s, content);
    assert_eq!(before, after);
    // chained rows are append-only again, and new rows chain on
    s.ok(AGENT, &["account", "suspend", "PDEC1"]);
    let out = verify(&s, &[]);
    assert!(
        out.stdout.contains(&format!("intact: {} rows", n + 1)),
        "{out:?}"
    );
    let refused = s
        .db()
        .execute("UPDATE audit SET prev_hash = NULL WHERE id = 1", [])
        .err()
        .map(|e| e.to_string());
    assert!(
        refused.is_some_and(|e| e.contains("append-only")),
        "a chained row was updated"
    );
}
