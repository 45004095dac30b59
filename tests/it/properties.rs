//! Issue #7, properties: random sequences of commands by random actors (the Caf agent,
//! administrators, managers and plain members of two partners, and an unknown login) on a
//! store with two partners ready for profiles.
//!
//! - No sequence reaches a state that breaks a limit or a membership rule (checked with
//!   SQLite after every sequence: ≤2 FDA per scope, ≤2 FDF, ≤1 approver, ≤2 administrators,
//!   members and holders of their own partner only, managers members of their group).
//! - Every command either succeeds or fails cleanly: exit 2–5, one `error:` line, and the
//!   store exactly as before (a refused command changes nothing).
//! - A suspended or unknown actor changes nothing and reads nothing (exit 4).
//! - A command by an account of partner A that names partner B's data is refused and
//!   changes nothing: exit 4 or 3 when it acts on or reads B's partner, services or
//!   accounts; when it acts on A's own group or service and only names B's account as the
//!   member, manager or receiver, the membership rule refuses it (exit 5, as
//!   tests/it/access.rs expects). Either way nothing is printed on stdout.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::common::faults::{broken_rules, integrity};
use crate::common::{TestStore, AGENT};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rusqlite::{Connection, OptionalExtension};

const A: &str = "2016-00123";
const B: &str = "2017-00456";

const ACTORS: &[&str] = &[
    AGENT, "PADM1", "PHAB1", "PDEC1", "PDEC2", "PUSR1", "QADM1", "QHAB1", "QDEC1", "QDEC2", "NEW01",
];
const LOGINS: &[&str] = &[
    "PADM1", "PHAB1", "PDEC1", "PDEC2", "PDEC3", "PUSR1", "QADM1", "QHAB1", "QDEC1", "QDEC2",
    "QDEC3", "QUSR1", "NEW01", "NEW02", "NEW03",
];
const PARTNERS: &[&str] = &[A, B];
const GROUPS: &[&str] = &["declarer", "habiliter"];
const SERVICES: &[&str] = &["SA1", "SA2", "SB1", "SB2"];
const SITES: &[Option<&str>] = &[None, None, Some("X"), Some("Y")];
const PROFILES: &[&str] = &["fda", "fdf", "approbateur"];

/// The store every case starts from, built once with the real commands.
fn template() -> &'static TestStore {
    static T: OnceLock<TestStore> = OnceLock::new();
    T.get_or_init(|| {
        let s = TestStore::new();
        let p = s.afas_partner(A, "P", 3);
        let q = s.afas_partner(B, "Q", 3);
        s.person("PUSR1", A, false);
        s.person("QUSR1", B, false);
        s.service("SA1", A, &["X", "Y"]);
        s.service("SA2", A, &[]);
        s.service("SB1", B, &["X"]);
        s.service("SB2", B, &[]);
        s.grant(&p.giver, p.d(1), "fda", "SA1", None);
        s.grant(&p.giver, p.d(1), "fda", "SA1", Some("X"));
        s.grant(&p.giver, p.d(2), "approbateur", "SA1", None);
        s.grant(&q.giver, q.d(1), "fda", "SB1", None);
        s.grant(&q.giver, q.d(2), "fdf", "SB1", None);
        s.grant(&q.giver, q.d(2), "approbateur", "SB2", None);
        s
    })
}

/// A fresh copy of the template, in its own folder.
fn fresh() -> (tempfile::TempDir, TestStore) {
    let t = template();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("afas.db");
    // nothing is left in the WAL once the last afas process has closed the store
    std::fs::copy(t.path(), &path).unwrap();
    (dir, TestStore::at(&path))
}

/// One command: who, and its arguments.
#[derive(Clone, Debug)]
struct Cmd {
    actor: &'static str,
    args: Vec<String>,
}

/// Which partner's data a command acts on ("where"), and which other things it names.
#[derive(Clone, Debug, Default)]
struct Names {
    /// The partner whose data is changed or read: a partner code, or the partner of a
    /// service or of the account acted upon.
    place: Vec<Place>,
    /// Accounts named as a new member, manager or profile receiver.
    people: Vec<String>,
    read: bool,
}

#[derive(Clone, Debug)]
enum Place {
    Partner(String),
    Service(String),
    Account(String),
}

fn s(v: &str) -> String {
    v.to_string()
}

#[allow(clippy::too_many_arguments)]
fn build(
    kind: u8,
    actor: &'static str,
    login: &'static str,
    partner: &'static str,
    group: &'static str,
    service: &'static str,
    site: Option<&'static str>,
    profile: &'static str,
    flag: bool,
) -> (Cmd, Names) {
    let mut n = Names::default();
    let args: Vec<String> = match kind {
        0 | 1 => {
            let verb = if kind == 0 { "grant" } else { "revoke" };
            let mut a = vec![
                s("profile"),
                s(verb),
                s(login),
                s(profile),
                s("--service"),
                s(service),
            ];
            if let (Some(site), "fda") = (site, profile) {
                a.extend([s("--site"), s(site)]);
            }
            n.place.push(Place::Service(s(service)));
            n.people.push(s(login));
            a
        }
        2 => {
            n.place.push(Place::Partner(s(partner)));
            n.people.push(s(login));
            vec![s("group"), s("add"), s(partner), s(group), s(login)]
        }
        3 => {
            n.place.push(Place::Partner(s(partner)));
            n.people.push(s(login));
            let mut a = vec![s("group"), s("remove"), s(partner), s(group), s(login)];
            if flag {
                a.push(s("--revoke-profiles"));
            }
            a
        }
        4 => {
            n.place.push(Place::Partner(s(partner)));
            n.people.push(s(login));
            let email = format!("{}@example.fr", login.to_lowercase());
            let mut a = vec![
                s("account"),
                s("create"),
                s(login),
                s("--partner"),
                s(partner),
                s("--first-name"),
                s("Prénom"),
                s("--last-name"),
                s(login),
                s("--email"),
                email,
            ];
            if flag {
                a.push(s("--admin"));
            }
            a
        }
        5 | 6 => {
            n.place.push(Place::Account(s(login)));
            let verb = if kind == 5 { "suspend" } else { "reactivate" };
            vec![s("account"), s(verb), s(login)]
        }
        7 => {
            n.place.push(Place::Account(s(login)));
            let mut a = vec![s("account"), s("admin"), s(login)];
            if flag {
                a.push(s("--revoke"));
            }
            a
        }
        8 => {
            n.place.push(Place::Partner(s(partner)));
            n.people.push(s(login));
            vec![s("group"), s("manager"), s(partner), s(group), s(login)]
        }
        _ => {
            n.read = true;
            match (login.len() + service.len() + partner.len()) % 6 {
                0 => {
                    n.place.push(Place::Account(s(login)));
                    vec![s("account"), s("show"), s(login)]
                }
                1 => {
                    n.place.push(Place::Partner(s(partner)));
                    vec![s("profile"), s("list"), s("--partner"), s(partner)]
                }
                2 => {
                    n.place.push(Place::Partner(s(partner)));
                    vec![s("group"), s("show"), s(partner), s(group)]
                }
                3 => {
                    n.place.push(Place::Service(s(service)));
                    vec![s("service"), s("show"), s(service)]
                }
                4 => {
                    n.place.push(Place::Partner(s(partner)));
                    vec![s("audit"), s("--partner"), s(partner)]
                }
                _ => {
                    n.place.push(Place::Service(s(service)));
                    vec![s("profile"), s("check"), s("--service"), s(service)]
                }
            }
        }
    };
    // destructive commands would ask on a terminal; the tests have none, but say it anyway
    let mut all = vec![s("-y")];
    all.extend(args);
    (Cmd { actor, args: all }, n)
}

fn command() -> impl Strategy<Value = (Cmd, Names)> {
    (
        0u8..10,
        prop::sample::select(ACTORS),
        prop::sample::select(LOGINS),
        prop::sample::select(PARTNERS),
        prop::sample::select(GROUPS),
        prop::sample::select(SERVICES),
        prop::sample::select(SITES),
        prop::sample::select(PROFILES),
        any::<bool>(),
    )
        .prop_map(|(k, a, l, p, g, sv, si, pr, f)| build(k, a, l, p, g, sv, si, pr, f))
}

/// One partner's side: (actors, logins, partner code, services); actors[0] is its
/// administrator, actors[1] its habiliter manager.
type Side = (
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
);

const SIDES: [Side; 2] = [
    (
        &["PADM1", "PHAB1", "PDEC1", "PDEC2", "PUSR1"],
        &[
            "PADM1", "PHAB1", "PDEC1", "PDEC2", "PDEC3", "PUSR1", "NEW01", "NEW02",
        ],
        A,
        &["SA1", "SA2"],
    ),
    (
        &["QADM1", "QHAB1", "QDEC1", "QDEC2", "QUSR1"],
        &[
            "QADM1", "QHAB1", "QDEC1", "QDEC2", "QDEC3", "QUSR1", "NEW03",
        ],
        B,
        &["SB1", "SB2"],
    ),
];

/// Commands that mostly stay on one partner's side, mostly by someone with the right to
/// run them (so that many succeed and the state moves towards the limits), by the Caf agent
/// now and then, sometimes straying to the other side or to an actor without the right.
fn mostly_one_side() -> impl Strategy<Value = (Cmd, Names)> {
    (
        (
            0u8..100,
            0usize..2,
            0u8..100,
            0usize..8,
            0u8..100,
            0usize..16,
        ),
        (0u8..100, 0u8..100, 0usize..2),
        (
            prop::sample::select(GROUPS),
            prop::sample::select(SITES),
            prop::sample::select(PROFILES),
            any::<bool>(),
        ),
    )
        .prop_map(
            |((kr, side, ar, ai, lr, li), (pr, sr, si), (g, site, prof, f))| {
                // grants 35 %, revokes 10, group add 15, remove 8, account create 8,
                // suspend 4, reactivate 4, admin 6, manager 5, reads 5
                let kind = match kr {
                    0..=34 => 0,
                    35..=44 => 1,
                    45..=59 => 2,
                    60..=67 => 3,
                    68..=75 => 4,
                    76..=79 => 5,
                    80..=83 => 6,
                    84..=89 => 7,
                    90..=94 => 8,
                    _ => 9,
                };
                let (actors, logins, partner, services) = SIDES[side];
                let (_, _, other_partner, other_services) = SIDES[1 - side];
                // who has the right: the habiliter manager gives profiles, the administrator
                // does the rest (actors[0] is the administrator, actors[1] the giver)
                let entitled = if kind <= 1 { actors[1] } else { actors[0] };
                let actor = match ar {
                    0..=19 => AGENT,
                    20..=64 => entitled,
                    65..=69 => ACTORS[ai % ACTORS.len()],
                    _ => actors[ai % actors.len()],
                };
                let login = if lr < 90 {
                    logins[li % logins.len()]
                } else {
                    LOGINS[li % LOGINS.len()]
                };
                let partner = if pr < 90 { partner } else { other_partner };
                let service = if sr < 90 {
                    services[si]
                } else {
                    other_services[si]
                };
                build(kind, actor, login, partner, g, service, site, prof, f)
            },
        )
}

/// The partner of an account (None: a Caf agent), or Err(()) when there is no such account.
fn partner_of_account(db: &Connection, login: &str) -> Result<Option<String>, ()> {
    db.query_row(
        "SELECT partner FROM account WHERE login = ?1",
        [login],
        |r| r.get::<_, Option<String>>(0),
    )
    .optional()
    .unwrap()
    .ok_or(())
}

fn partner_of_service(db: &Connection, code: &str) -> Option<String> {
    db.query_row("SELECT partner FROM service WHERE code = ?1", [code], |r| {
        r.get(0)
    })
    .optional()
    .unwrap()
}

/// What the store says of the actor before the command: (its partner, able to act).
fn actor_state(db: &Connection, login: &str) -> Option<(Option<String>, bool)> {
    db.query_row(
        "SELECT partner, status = 'active' FROM account WHERE login = ?1",
        [login],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .unwrap()
}

/// Commands run, commands that succeeded, commands that named another partner's data.
#[derive(Default)]
struct Stats {
    run: AtomicUsize,
    succeeded: AtomicUsize,
    crossed: AtomicUsize,
}

impl Stats {
    fn get(&self) -> (usize, usize, usize) {
        (
            self.run.load(Ordering::Relaxed),
            self.succeeded.load(Ordering::Relaxed),
            self.crossed.load(Ordering::Relaxed),
        )
    }
}

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(s: &TestStore, c: &Cmd) -> Outcome {
    let out = s
        .cmd(Some(c.actor))
        .args(&c.args)
        .output()
        .expect("run afas");
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).to_string(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

/// Runs one sequence on a fresh store, checking every command, then the rules.
fn play(cmds: &[(Cmd, Names)], stats: &Stats) -> Result<(), TestCaseError> {
    let (_dir, s) = fresh();
    for (i, (c, names)) in cmds.iter().enumerate() {
        let what = format!("#{i} --as {} {}", c.actor, c.args.join(" "));
        let db = s.db();
        let actor = actor_state(&db, c.actor);
        // the partners of what the command acts on, and of the people it names
        let places: Vec<Option<String>> = names
            .place
            .iter()
            .filter_map(|p| match p {
                Place::Partner(code) => Some(Some(code.clone())),
                Place::Service(code) => partner_of_service(&db, code).map(Some),
                Place::Account(login) => partner_of_account(&db, login).ok(),
            })
            .collect();
        let people: Vec<Option<String>> = names
            .people
            .iter()
            .filter_map(|l| partner_of_account(&db, l).ok())
            .collect();
        drop(db);
        let before = s.dump();
        let out = run(&s, c);
        let after = s.dump();
        stats.run.fetch_add(1, Ordering::Relaxed);
        if out.code == Some(0) {
            stats.succeeded.fetch_add(1, Ordering::Relaxed);
        }

        prop_assert!(
            !out.stderr.contains("panicked"),
            "{}: panic: {}",
            what,
            out.stderr
        );
        match out.code {
            Some(0) => {}
            Some(2..=5) => {
                prop_assert!(
                    out.stderr.starts_with("error: ") && out.stderr.trim_end().lines().count() == 1,
                    "{}: not one error line: {:?}",
                    what,
                    out.stderr
                );
                prop_assert!(before == after, "{}: refused but changed the store", what);
            }
            other => prop_assert!(false, "{}: exit {:?}: {}", what, other, out.stderr),
        }

        // a suspended or unknown actor does nothing, reads nothing
        let able = matches!(&actor, Some((_, true)));
        if !able {
            prop_assert_eq!(out.code, Some(4), "{}: {}", what, out.stderr);
            prop_assert!(out.stdout.is_empty(), "{}: printed {}", what, out.stdout);
        }

        // an account of one partner naming another partner's data
        if let Some((Some(own), true)) = &actor {
            let foreign_place = places.iter().any(|p| p.as_ref().is_some_and(|p| p != own));
            let foreign_person = people.iter().any(|p| p.as_ref() != Some(own));
            if foreign_place {
                prop_assert!(
                    matches!(out.code, Some(3) | Some(4)),
                    "{}: acted on another partner's data: exit {:?} {}",
                    what,
                    out.code,
                    out.stderr
                );
            } else if foreign_person {
                prop_assert!(
                    matches!(out.code, Some(3) | Some(4) | Some(5)),
                    "{}: took another partner's account: exit {:?} {}",
                    what,
                    out.code,
                    out.stderr
                );
            }
            if foreign_place || foreign_person {
                stats.crossed.fetch_add(1, Ordering::Relaxed);
                prop_assert!(before == after, "{}: changed the store", what);
                prop_assert!(out.stdout.is_empty(), "{}: printed {}", what, out.stdout);
            }
        }
    }
    let db = s.db();
    prop_assert_eq!(integrity(&db), "ok");
    let broken = broken_rules(&db);
    prop_assert!(broken.is_empty(), "rules broken: {:?}", broken);
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 200,
        ..Config::default()
    })
}

#[test]
fn random_sequences_by_random_actors_keep_every_rule() {
    let started = std::time::Instant::now();
    let stats = Stats::default();
    let result = runner(24).run(&prop::collection::vec(mostly_one_side(), 20..40), |cmds| {
        play(&cmds, &stats)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let (run, ok, crossed) = stats.get();
    eprintln!(
        "24 sequences in {:?}: {run} commands, {ok} succeeded, {crossed} named another \
         partner's data",
        started.elapsed()
    );
    // the sequences did something: a good share of the commands changed the store
    assert!(
        ok * 100 >= run * 15,
        "too few commands succeeded to prove much: {ok}/{run}"
    );
    assert!(crossed > 0);
}

/// Only commands by partner accounts naming the other partner's data, many of them: each is
/// refused and changes nothing (the same checks as above, focused).
#[test]
fn an_account_of_one_partner_never_reaches_the_other_partners_data() {
    let strategy = command().prop_filter("a partner account naming the other partner", |(c, n)| {
        let own = match c.actor.as_bytes()[0] {
            b'P' => 'P',
            b'Q' => 'Q',
            _ => return false,
        };
        let other = if own == 'P' { 'Q' } else { 'P' };
        let other_code = if own == 'P' { B } else { A };
        let other_service = if own == 'P' { "SB" } else { "SA" };
        n.place.iter().any(|p| match p {
            Place::Partner(code) => code == other_code,
            Place::Service(code) => code.starts_with(other_service),
            Place::Account(login) => login.starts_with(other),
        }) || n.people.iter().any(|l| l.starts_with(other))
    });
    let started = std::time::Instant::now();
    let stats = Stats::default();
    let result = runner(16).run(&prop::collection::vec(strategy, 20..30), |cmds| {
        play(&cmds, &stats)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let (run, ok, crossed) = stats.get();
    eprintln!(
        "16 sequences in {:?}: {run} commands, {ok} succeeded, {crossed} named another \
         partner's data",
        started.elapsed()
    );
    // most commands cross (the others: a suspended actor, an account created meanwhile)
    assert!(crossed * 2 >= run, "{crossed}/{run}");
}
