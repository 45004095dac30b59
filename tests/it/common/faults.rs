//! Shared by the reliability tests (issue #7): the store's invariants read straight from
//! SQLite, and a comparison of two dumps that stays readable on big stores.

use rusqlite::Connection;

/// `PRAGMA integrity_check` of a direct connection to the store.
pub fn integrity(db: &Connection) -> String {
    db.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

pub fn rows<T: rusqlite::types::FromSql>(db: &Connection, sql: &str) -> Vec<T> {
    db.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The limits and membership rules of SPEC §1, whatever wrote the store; the broken ones.
pub fn broken_rules(db: &Connection) -> Vec<String> {
    let mut broken = Vec::new();
    let checks: [(&str, &str); 5] = [
        (
            "over a profile limit",
            "SELECT service || ' ' || kind || coalesce('@' || site, '') || ' x' || count(*)
             FROM profile GROUP BY service, kind, site
             HAVING (kind IN ('fda', 'fdf') AND count(*) > 2)
                 OR (kind = 'approbateur' AND count(*) > 1)",
        ),
        (
            "member of another partner's group",
            "SELECT m.partner || '/' || m.kind || ' ' || m.login FROM membership m
             JOIN account a ON a.login = m.login WHERE a.partner IS NOT m.partner",
        ),
        (
            "profile held outside the partner's declarer group",
            "SELECT p.login || ' ' || p.kind || ' ' || p.service FROM profile p
             JOIN service s ON s.code = p.service
             WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.partner = s.partner
                               AND m.kind = 'declarer' AND m.login = p.login)",
        ),
        (
            "more than 2 administrators",
            "SELECT partner || ' x' || count(*) FROM account WHERE is_admin = 1
             GROUP BY partner HAVING count(*) > 2",
        ),
        (
            "group manager not a member of the group",
            "SELECT g.partner || '/' || g.kind || ' ' || g.manager FROM grp g
             WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.partner = g.partner
                               AND m.kind = g.kind AND m.login = g.manager)",
        ),
    ];
    for (rule, sql) in checks {
        for row in rows::<String>(db, sql) {
            broken.push(format!("{rule}: {row}"));
        }
    }
    broken
}

pub fn assert_rules_hold(db: &Connection) {
    let broken = broken_rules(db);
    assert!(broken.is_empty(), "rules broken: {broken:#?}");
}

/// Panics unless two dumps (`TestStore::dump`) are equal, naming the tables that differ
/// and their row counts instead of printing megabytes.
pub fn assert_same_dump(before: &str, after: &str, what: &str) {
    if before == after {
        return;
    }
    let tables = |d: &str| -> Vec<(String, String)> {
        d.split("## ")
            .filter(|t| !t.is_empty())
            .map(|t| {
                let (name, body) = t.split_once('\n').unwrap_or((t, ""));
                (name.to_string(), body.to_string())
            })
            .collect()
    };
    let (b, a) = (tables(before), tables(after));
    let mut differ = Vec::new();
    for (name, body) in &b {
        match a.iter().find(|(n, _)| n == name) {
            Some((_, other)) if other == body => {}
            Some((_, other)) => differ.push(format!(
                "{name}: {} rows before, {} after",
                body.lines().filter(|l| !l.is_empty()).count(),
                other.lines().filter(|l| !l.is_empty()).count()
            )),
            None => differ.push(format!("{name}: gone")),
        }
    }
    for (name, _) in &a {
        if !b.iter().any(|(n, _)| n == name) {
            differ.push(format!("{name}: new table"));
        }
    }
    panic!("{what}: the store changed: {differ:?}");
}
