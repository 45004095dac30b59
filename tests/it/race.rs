//! Races between processes (issue #3: "two processes racing cannot go over a limit"): the
//! real binary, several children at once on the same store, many rounds. The loser is
//! refused by the rule (exit 5, the rule's message), never by a raw "database is locked".
//! And the store itself backs the limits, whatever writes to it.

use std::process::{Child, Output, Stdio};

use crate::common::habilitation::Partner;
use crate::common::{Store, TestStore};

const ROUNDS: usize = 30;

/// A store with one partner of `declarers` members and `ROUNDS` fresh services
/// RACE-00…, each with a site A, so that every round starts from nothing.
fn arena(declarers: usize) -> (TestStore, Partner, Vec<String>) {
    let s = TestStore::new();
    let p = s.afas_partner("2016-00123", "P", declarers);
    let services: Vec<String> = (0..ROUNDS).map(|i| format!("RACE-{i:02}")).collect();
    for code in &services {
        s.service(code, &p.code, &["A"]);
    }
    (s, p, services)
}

/// Starts `afas --db STORE --as ACTOR ARGS` without waiting for it.
fn spawn(s: &TestStore, actor: &str, args: &[&str]) -> Child {
    s.process(Some(actor))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn afas")
}

/// Starts every command at once, then waits for all of them.
fn race(s: &TestStore, actor: &str, commands: &[Vec<String>]) -> Vec<Output> {
    let children: Vec<Child> = commands
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            spawn(s, actor, &args)
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait afas"))
        .collect()
}

fn grant(login: &str, profile: &str, service: &str, site: Option<&str>) -> Vec<String> {
    let mut args = vec!["profile", "grant", login, profile, "--service", service];
    if let Some(site) = site {
        args.extend(["--site", site]);
    }
    args.into_iter().map(str::to_string).collect()
}

/// The holders of one scope, read straight from the store.
fn holders_in_store(s: &TestStore, service: &str, kind: &str, site: Option<&str>) -> Vec<String> {
    if s.store() == Store::Postgres {
        return s
            .database()
            .superuser()
            .query(
                "SELECT login FROM profile WHERE service = $1 AND kind = $2
                   AND site IS NOT DISTINCT FROM $3 ORDER BY login",
                &[&service, &kind, &site],
            )
            .expect("read the holders")
            .iter()
            .map(|r| r.get(0))
            .collect();
    }
    let db = rusqlite::Connection::open(s.path()).unwrap();
    let mut stmt = db
        .prepare(
            "SELECT login FROM profile WHERE service = ?1 AND kind = ?2 AND site IS ?3
             ORDER BY login",
        )
        .unwrap();
    stmt.query_map(rusqlite::params![service, kind, site], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Checks one round: `winners` exited 0, the others exited 5 with `message`, and nobody
/// met a raw store error. Returns the logins that won, in the order of `logins`.
fn judge(
    round: &str,
    outputs: &[Output],
    logins: &[&str],
    winners: usize,
    message: &str,
) -> Vec<String> {
    let mut won = Vec::new();
    for (out, login) in outputs.iter().zip(logins) {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lower = stderr.to_lowercase();
        assert!(
            !lower.contains("locked") && !lower.contains("busy"),
            "{round}: {login} met a raw store error: {stderr}"
        );
        match out.status.code() {
            Some(0) => won.push(login.to_string()),
            Some(5) => {
                assert!(
                    stderr.starts_with("error: ") && stderr.contains(message),
                    "{round}: {login} was refused without the rule's message: {stderr}"
                );
                assert_eq!(stderr.trim_end().lines().count(), 1, "{round}: {stderr}");
            }
            other => panic!("{round}: {login} exited {other:?}: {stderr}"),
        }
    }
    assert_eq!(
        won.len(),
        winners,
        "{round}: expected {winners} winner(s), got {won:?}"
    );
    won
}

store_test! {
    fn two_processes_grant_the_approver_exactly_one_wins() {
        let (s, p, services) = arena(2);
        let logins = [p.d(0), p.d(1)];
        for (i, svc) in services.iter().enumerate() {
            // alternate who starts first, so either may win
            let order = if i % 2 == 0 { [0, 1] } else { [1, 0] };
            let who: Vec<&str> = order.iter().map(|&k| logins[k]).collect();
            let commands: Vec<Vec<String>> = who
                .iter()
                .map(|l| grant(l, "approbateur", svc, None))
                .collect();
            let outputs = race(&s, &p.giver, &commands);
            let won = judge(svc, &outputs, &who, 1, "already has its approver");
            assert_eq!(holders_in_store(&s, svc, "approbateur", None), won);
            assert_eq!(s.holders(svc, "approbateur", None), won);
        }
        // every win is audited once, every loss not at all
        assert_eq!(s.audit_rows("profile.grant").len(), ROUNDS);
    }
}

store_test! {
    fn three_processes_race_for_two_fda_places_exactly_two_win() {
        let (s, p, services) = arena(3);
        for (i, svc) in services.iter().enumerate() {
            let mut who = vec![p.d(0), p.d(1), p.d(2)];
            who.rotate_left(i % 3);
            // odd rounds race for the service level, even rounds for site A
            let site = if i % 2 == 0 { Some("A") } else { None };
            let commands: Vec<Vec<String>> = who.iter().map(|l| grant(l, "fda", svc, site)).collect();
            let outputs = race(&s, &p.giver, &commands);
            let message = match site {
                Some(_) => "already has 2 FDA at site A",
                None => "already has 2 service-level FDA",
            };
            let mut won = judge(svc, &outputs, &who, 2, message);
            won.sort();
            assert_eq!(holders_in_store(&s, svc, "fda", site), won);
        }
        assert_eq!(s.audit_rows("profile.grant").len(), 2 * ROUNDS);
    }
}

store_test! {
    fn three_processes_race_for_two_fdf_places_exactly_two_win() {
        let (s, p, services) = arena(3);
        for svc in services.iter().take(ROUNDS / 2) {
            let who = [p.d(0), p.d(1), p.d(2)];
            let commands: Vec<Vec<String>> = who.iter().map(|l| grant(l, "fdf", svc, None)).collect();
            let outputs = race(&s, &p.giver, &commands);
            let mut won = judge(svc, &outputs, &who, 2, "already has 2 FDF");
            won.sort();
            assert_eq!(holders_in_store(&s, svc, "fdf", None), won);
        }
    }
}

store_test! {
    fn two_processes_replace_the_approver_at_once_one_remains() {
        let (s, p, services) = arena(3);
        for svc in services.iter().take(ROUNDS / 2) {
            s.grant(&p.giver, p.d(0), "approbateur", svc, None);
            let who = [p.d(1), p.d(2)];
            let commands: Vec<Vec<String>> = who
                .iter()
                .map(|l| {
                    let mut args = grant(l, "approbateur", svc, None);
                    args.push("--replace".into());
                    args
                })
                .collect();
            let outputs = race(&s, &p.giver, &commands);
            // both swaps succeed one after the other; the last one holds it, alone
            let won = judge(svc, &outputs, &who, 2, "");
            let held = holders_in_store(&s, svc, "approbateur", None);
            assert_eq!(held.len(), 1, "{svc}: {held:?}");
            assert!(won.contains(&held[0]), "{svc}: {held:?}");
        }
    }
}

/// Whatever writes to the store (another tool, a bug), the store refuses to go over a
/// limit: one approver per service (a unique index), two per scope for fda and fdf (two
/// seats in a unique index, and no fda or fdf without a seat).
#[test]
fn the_store_itself_refuses_to_go_over_a_limit() {
    let (s, p, _) = arena(3);
    let db = rusqlite::Connection::open(s.path()).unwrap();
    db.pragma_update(None, "foreign_keys", "ON").unwrap();
    let insert = |login: &str, kind: &str, site: Option<&str>, seat: Option<i64>| {
        db.execute(
            "INSERT INTO profile (login, kind, service, site, granted_by, granted_at, seat)
             VALUES (?1, ?2, 'RACE-00', ?3, 'MARTIN01', '2020-01-20T00:00:00Z', ?4)",
            rusqlite::params![login, kind, site, seat],
        )
    };
    insert(p.d(0), "approbateur", None, None).unwrap();
    let err = insert(p.d(1), "approbateur", None, None).unwrap_err();
    assert!(err.to_string().contains("profile.service"), "{err}");

    for (kind, site) in [("fda", None), ("fda", Some("A")), ("fdf", None)] {
        insert(p.d(0), kind, site, Some(1)).unwrap();
        insert(p.d(1), kind, site, Some(2)).unwrap();
        for seat in [Some(1), Some(2), Some(3), None] {
            let err = insert(p.d(2), kind, site, seat).unwrap_err();
            assert!(
                err.to_string().contains("profile_seat") || err.to_string().contains("CHECK"),
                "{kind} {site:?} seat {seat:?}: {err}"
            );
        }
    }
    // a profile is never moved to another scope behind the limits' back
    let err = db
        .execute(
            "UPDATE profile SET site = 'A' WHERE login = ?1 AND kind = 'fda' AND site IS NULL",
            [p.d(0)],
        )
        .unwrap_err();
    assert!(err.to_string().contains("never moved"), "{err}");
    // one person still holds the three profiles and a site FDA at once
    let mut held: Vec<String> = db
        .prepare(
            "SELECT kind || coalesce('@' || site, '') FROM profile WHERE login = ?1 ORDER BY 1",
        )
        .unwrap()
        .query_map([p.d(0)], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    held.sort();
    assert_eq!(held, vec!["approbateur", "fda", "fda@A", "fdf"]);
}
