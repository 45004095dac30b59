//! Issue #7, hostile input (proptest over arbitrary bytes and strings): the CSV import,
//! `declaration enter … --set FIELD=VALUE`, and the free-text arguments (names, reasons,
//! codes, logins, e-mails, dates, settings, even bytes that are not UTF-8) never panic,
//! always end in one `error:` line (the import: its `FILE:LINE: column: reason` lines, then
//! one `error:` line), exit 5 or 2 (3 for a well-formed name that does not exist; 0 when
//! the input happens to be valid), never echo a control character to the terminal, and a
//! refused command changes nothing.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::sync::OnceLock;

use crate::common::faults::{assert_rules_hold, integrity};
use crate::common::{TestStore, AGENT};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

const A: &str = "2016-00123";

/// A store with an open partner, a service with a site, its FDA and FDF, and an open call:
/// declaration 1 takes entries.
fn template() -> &'static TestStore {
    static T: OnceLock<TestStore> = OnceLock::new();
    T.get_or_init(|| {
        let s = TestStore::new();
        let p = s.afas_partner(A, "P", 2);
        s.service("ALSH-0042", A, &["X"]);
        s.grant(&p.giver, p.d(0), "fda", "ALSH-0042", None);
        s.grant(&p.giver, p.d(1), "fdf", "ALSH-0042", None);
        s.ok(
            AGENT,
            &[
                "call",
                "open",
                "--kind",
                "alsh",
                "--type",
                "reel",
                "--year",
                "2019",
                "--deadline",
                "2030-06-30",
            ],
        );
        s
    })
}

fn fresh() -> (tempfile::TempDir, TestStore) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("afas.db");
    std::fs::copy(template().path(), &path).unwrap();
    (dir, TestStore::at(&path))
}

struct Outcome {
    code: Option<i32>,
    stderr: String,
}

fn run(s: &TestStore, actor: impl AsRef<std::ffi::OsStr>, args: &[OsString]) -> Outcome {
    let out = s
        .cmd(None)
        .arg("--as")
        .arg(actor)
        .args(args)
        .output()
        .expect("run afas");
    Outcome {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

/// No panic, no control character (an ESC would reach the terminal), an expected exit
/// code, and the error's shape: one `error:` line (clap's usage errors add a usage
/// paragraph after theirs; the import lists its bad rows before).
fn judge(
    what: &str,
    out: &Outcome,
    allowed: &[i32],
    import_file: Option<&str>,
) -> Result<(), TestCaseError> {
    prop_assert!(
        !out.stderr.contains("panicked"),
        "{}: panic: {}",
        what,
        out.stderr
    );
    prop_assert!(
        !out.stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{}: a control character reached stderr: {:?}",
        what,
        out.stderr
    );
    let code = out.code.unwrap_or(-1);
    prop_assert!(
        allowed.contains(&code),
        "{}: exit {:?}, expected one of {:?}: {}",
        what,
        out.code,
        allowed,
        out.stderr
    );
    if code == 0 {
        return Ok(());
    }
    let lines: Vec<&str> = out.stderr.trim_end().lines().collect();
    prop_assert!(!lines.is_empty(), "{}: failed silently", what);
    if code == 2 && out.stderr.contains("\nFor more information, try '--help'.") {
        // clap: "error: …", then the usage and where to read more
        prop_assert!(
            lines[0].starts_with("error: "),
            "{}: {:?}",
            what,
            out.stderr
        );
        return Ok(());
    }
    let last = lines[lines.len() - 1];
    prop_assert!(
        last.starts_with("error: "),
        "{}: the last line is not the error: {:?}",
        what,
        out.stderr
    );
    let rows = &lines[..lines.len() - 1];
    match import_file {
        None => prop_assert!(rows.is_empty(), "{}: not one line: {:?}", what, out.stderr),
        Some(file) => {
            for row in rows {
                let rest = row.strip_prefix(&format!("{file}:"));
                let well_formed = rest.is_some_and(|r| {
                    let (line, rest) = r.split_once(": ").unwrap_or(("", ""));
                    let (column, reason) = rest.split_once(": ").unwrap_or(("", ""));
                    line.parse::<u64>().is_ok()
                        && !column.is_empty()
                        && column
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-')
                        && !reason.is_empty()
                });
                prop_assert!(
                    well_formed,
                    "{}: not a FILE:LINE: column: reason line: {:?}",
                    what,
                    row
                );
            }
        }
    }
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 500,
        ..Config::default()
    })
}

// ── The CSV import ─────────────────────────────────────────────────────────────────────

const ACCOUNT_HEADER: &str = "login,partner,first_name,last_name,email,admin";
const PARTNER_HEADER: &str = "code,name,siret,caf_code,convention,contrat,bulletin";

/// A CSV cell made to hurt: spreadsheet-ish text, quotes, separators, line breaks, control
/// characters, Windows-1252 and broken UTF-8 bytes, very long runs.
fn cell() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => "[A-Za-z0-9 @.\\-_]{0,24}".prop_map(String::into_bytes),
        2 => any::<String>().prop_map(String::into_bytes),
        2 => prop::collection::vec(any::<u8>(), 0..24),
        1 => prop::sample::select(vec![
            "\"", "\"\"", "\",\"", ";", ",", "\n", "\r\n", "\r", "\u{feff}", "\x1b[2J",
            "=cmd|' /C calc'!A0", "2016-00123", "ROUX01", "oui", "31/02/2020", "2020-01-20",
            "99999999999999999999", "-1", "NaN", "\u{202e}gnp.exe",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        1 => (any::<u8>(), 1000usize..5000).prop_map(|(b, n)| vec![b; n]),
    ]
}

/// A file: a valid header and random rows (sometimes with the wrong number of cells, or
/// `;` as separator), or nothing but random bytes.
fn csv_file(header: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let rows = prop::collection::vec(prop::collection::vec(cell(), 0..9), 0..12);
    prop_oneof![
        3 => (rows, any::<bool>(), any::<bool>()).prop_map(move |(rows, semicolons, bom)| {
            let sep = if semicolons { b';' } else { b',' };
            let mut out = Vec::new();
            if bom {
                out.extend_from_slice("\u{feff}".as_bytes());
            }
            out.extend(header.bytes().map(|b| if b == b',' { sep } else { b }));
            out.push(b'\n');
            for row in rows {
                for (i, c) in row.iter().enumerate() {
                    if i > 0 {
                        out.push(sep);
                    }
                    out.extend_from_slice(c);
                }
                out.push(b'\n');
            }
            out
        }),
        1 => prop::collection::vec(any::<u8>(), 0..400),
    ]
}

fn import_case(kind: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let (dir, s) = fresh();
    let file = dir.path().join(format!("{kind}.csv"));
    std::fs::write(&file, bytes).unwrap();
    let before = s.dump();
    let label = file.display().to_string();
    let out = run(
        &s,
        AGENT,
        &[OsString::from("import"), file.clone().into_os_string()],
    );
    judge(
        &format!("import {kind}.csv {bytes:?}"),
        &out,
        &[0, 2, 5],
        Some(&label),
    )?;
    if out.code != Some(0) {
        prop_assert!(before == s.dump(), "a refused import changed the store");
    }
    let db = s.db();
    prop_assert_eq!(integrity(&db), "ok");
    Ok(())
}

#[test]
fn the_import_survives_hostile_files() {
    let started = std::time::Instant::now();
    let mut r = runner(48);
    let result = r.run(
        &(
            prop::sample::select(vec!["accounts", "partners"]),
            any::<u64>(),
        )
            .prop_flat_map(|(kind, _)| {
                let header = if kind == "accounts" {
                    ACCOUNT_HEADER
                } else {
                    PARTNER_HEADER
                };
                (Just(kind), csv_file(header))
            }),
        |(kind, bytes)| import_case(kind, &bytes),
    );
    eprintln!("48 hostile imports in {:?}", started.elapsed());
    if let Err(e) = result {
        panic!("{e}");
    }
}

// ── declaration enter --set ────────────────────────────────────────────────────────────

/// `FIELD=VALUE` made to hurt: real fields with odd numbers, odd fields, odd separators.
fn assignment() -> impl Strategy<Value = OsString> {
    let field = prop_oneof![
        prop::sample::select(vec![
            "jours_ouverture",
            "heures_periscolaire",
            "charges_personnel",
            "total_charges",
            "resultat",
            "JOURS_OUVERTURE",
            " jours_ouverture ",
            "",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ];
    let value = prop_oneof![
        "[0-9 ,.\u{a0}\u{202f}€-]{0,20}",
        "[0-9]{15,30}",
        "[0-9]{1,6}[.,][0-9]{1,4}",
        any::<String>(),
    ];
    prop_oneof![
        4 => (field, value).prop_map(|(f, v)| OsString::from(format!("{f}={v}"))),
        1 => any::<String>().prop_map(OsString::from),
        1 => prop::collection::vec(1u8..=255, 0..30).prop_map(OsString::from_vec),
    ]
}

#[test]
fn declaration_enter_survives_hostile_assignments() {
    let started = std::time::Instant::now();
    let (_dir, s) = fresh();
    let mut r = runner(160);
    let result = r.run(
        &(
            prop::sample::select(vec!["activity", "financial"]),
            prop::collection::vec(assignment(), 1..4),
            any::<bool>(),
        ),
        |(form, sets, done)| {
            let actor = if form == "activity" { "PDEC1" } else { "PDEC2" };
            let mut args = os(&["declaration", "enter", "1", form]);
            if form == "activity" {
                args.extend(os(&["--site", "X"]));
            }
            for set in &sets {
                args.push(OsString::from("--set"));
                args.push(set.clone());
            }
            if done {
                args.push(OsString::from("--done"));
            }
            let before = s.dump();
            let out = run(&s, actor, &args);
            judge(&format!("{args:?}"), &out, &[0, 2, 5], None)?;
            if out.code != Some(0) {
                prop_assert!(before == s.dump(), "{:?}: refused but changed", args);
            }
            Ok(())
        },
    );
    eprintln!("160 hostile entries in {:?}", started.elapsed());
    if let Err(e) = result {
        panic!("{e}");
    }
    let db = s.db();
    assert_eq!(integrity(&db), "ok");
}

// ── Free text everywhere ───────────────────────────────────────────────────────────────

/// The well-known troublemakers: options where a value goes, SQL, terminal escapes, line
/// breaks, a right-to-left override, format strings, paths, names that exist.
const TROUBLEMAKERS: &[&str] = &[
    "",
    " ",
    "-",
    "--",
    "--help",
    "-y",
    "'; DROP TABLE audit; --",
    "\x1b[31mred",
    "\x1b]0;pwned\x07",
    "a\nb",
    "a\rb",
    "\t",
    "\u{202e}",
    "%s%n",
    "../../etc/passwd",
    "ROUX01",
    "2016-00123",
    "NULL",
    "PDEC1\nerror: forged",
];

/// A free-text argument made to hurt: any string without NUL (argv cannot hold one), or
/// bytes that are not UTF-8 at all, or the well-known troublemakers.
fn text() -> impl Strategy<Value = OsString> {
    prop_oneof![
        3 => any::<String>().prop_map(|s| OsString::from(s.replace('\0', ""))),
        2 => "[A-Za-z0-9 '\\-.@éèçàÉ]{0,40}".prop_map(OsString::from),
        1 => prop::collection::vec(1u8..=255, 0..40).prop_map(OsString::from_vec),
        1 => prop::sample::select(TROUBLEMAKERS).prop_map(OsString::from),
        1 => (0usize..4, 150usize..400)
            .prop_map(|(i, n)| OsString::from(["é", "a", "€", "😀"][i].repeat(n))),
    ]
}

/// The commands whose arguments take free text, with the text in one place. Exit 3 is
/// allowed where a well-formed name may simply not exist.
fn free_text_command(t: OsString, slot: u8) -> (OsString, Vec<OsString>, &'static [i32]) {
    let o = |s: &str| OsString::from(s);
    let with = |mut base: Vec<OsString>, at: usize| {
        base[at] = t.clone();
        base
    };
    if slot % 15 == 14 {
        // the actor itself: unknown (4), empty (2), or an account created by an earlier case
        return (t, os(&["partner", "list"]), &[0, 2, 4]);
    }
    let (actor, args, allowed): (&str, Vec<OsString>, &'static [i32]) = match slot % 15 {
        0 => (
            AGENT,
            with(
                os(&[
                    "partner",
                    "create",
                    "X",
                    "--name",
                    "Ville",
                    "--siret",
                    "21160015000018",
                    "--caf-code",
                    "161",
                ]),
                2,
            ),
            &[0, 2, 5],
        ),
        1 => (
            AGENT,
            with(
                os(&[
                    "partner",
                    "create",
                    "2020-00001",
                    "--name",
                    "X",
                    "--siret",
                    "21160015000018",
                    "--caf-code",
                    "161",
                ]),
                4,
            ),
            &[0, 2, 5],
        ),
        2 => (
            AGENT,
            with(
                os(&[
                    "partner",
                    "create",
                    "2020-00002",
                    "--name",
                    "N",
                    "--siret",
                    "X",
                    "--caf-code",
                    "161",
                ]),
                6,
            ),
            &[0, 2, 5],
        ),
        3 => (
            AGENT,
            with(
                os(&[
                    "partner",
                    "create",
                    "2020-00003",
                    "--name",
                    "N",
                    "--siret",
                    "21160015000018",
                    "--caf-code",
                    "X",
                ]),
                8,
            ),
            &[0, 2, 5],
        ),
        4 => (
            AGENT,
            with(
                os(&[
                    "account",
                    "create",
                    "X",
                    "--partner",
                    A,
                    "--first-name",
                    "F",
                    "--last-name",
                    "L",
                    "--email",
                    "f.l@example.fr",
                ]),
                2,
            ),
            &[0, 2, 5],
        ),
        5 => (
            AGENT,
            with(
                os(&[
                    "account",
                    "create",
                    "--partner",
                    A,
                    "--first-name",
                    "X",
                    "--last-name",
                    "L",
                    "--email",
                    "f.l@example.fr",
                ]),
                4,
            ),
            &[0, 2, 5],
        ),
        6 => (
            AGENT,
            with(
                os(&[
                    "account",
                    "create",
                    "--partner",
                    A,
                    "--first-name",
                    "F",
                    "--last-name",
                    "X",
                    "--email",
                    "f.l@example.fr",
                ]),
                6,
            ),
            &[0, 2, 5],
        ),
        7 => (
            AGENT,
            with(
                os(&[
                    "account",
                    "create",
                    "--partner",
                    A,
                    "--first-name",
                    "F",
                    "--last-name",
                    "L",
                    "--email",
                    "X",
                ]),
                8,
            ),
            &[0, 2, 5],
        ),
        8 => (
            AGENT,
            with(os(&["account", "update", "PDEC1", "--first-name", "X"]), 4),
            &[0, 2, 5],
        ),
        9 => (
            AGENT,
            with(
                os(&["service", "add-site", "ALSH-0042", "X", "--name", "Site"]),
                3,
            ),
            &[0, 2, 5],
        ),
        10 => (
            AGENT,
            with(
                os(&[
                    "service",
                    "add-site",
                    "ALSH-0042",
                    "Y",
                    "--name",
                    "X",
                    "--address",
                    "A",
                ]),
                5,
            ),
            &[0, 2, 5],
        ),
        11 => (
            "PDEC1",
            vec![
                o("declaration"),
                o("return"),
                o("1"),
                o("activity"),
                o("--reason"),
                t.clone(),
            ],
            &[2, 4, 5],
        ),
        12 => (
            AGENT,
            with(os(&["config", "set", "controls.variation_n1", "X"]), 3),
            &[0, 2, 5],
        ),
        _ => (AGENT, with(os(&["audit", "--since", "X"]), 2), &[0, 2, 5]),
    };
    (OsString::from(actor), args, allowed)
}

/// Every troublemaker in every slot, deterministically (the random cases meet them only now
/// and then).
#[test]
fn every_troublemaker_in_every_free_text_slot() {
    let (_dir, s) = fresh();
    for t in TROUBLEMAKERS {
        for slot in 0..15u8 {
            let (actor, args, allowed) = free_text_command(OsString::from(t), slot);
            let before = s.dump();
            let out = run(&s, &actor, &args);
            let what = format!("--as {actor:?} {args:?}");
            if let Err(e) = judge(&what, &out, allowed, None) {
                panic!("{e}");
            }
            if out.code != Some(0) {
                assert!(before == s.dump(), "{what}: refused but changed");
            }
        }
    }
    assert_eq!(integrity(&s.db()), "ok");
}

#[test]
fn free_text_arguments_survive_anything() {
    let started = std::time::Instant::now();
    let (_dir, s) = fresh();
    let mut r = runner(200);
    let result = r.run(&(text(), any::<u8>()), |(t, slot)| {
        let (actor, args, allowed) = free_text_command(t, slot);
        let before = s.dump();
        let out = run(&s, &actor, &args);
        judge(&format!("--as {actor:?} {args:?}"), &out, allowed, None)?;
        if out.code != Some(0) {
            prop_assert!(before == s.dump(), "{:?}: refused but changed", args);
        }
        Ok(())
    });
    eprintln!("200 hostile arguments in {:?}", started.elapsed());
    if let Err(e) = result {
        panic!("{e}");
    }
    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    assert_rules_hold(&db);
    // what was accepted reads back as one line in every output format
    for fmt in ["table", "json", "csv"] {
        s.ok(AGENT, &["-o", fmt, "partner", "list"]);
        s.ok(AGENT, &["-o", fmt, "account", "list"]);
    }
}

#[test]
fn an_argument_clap_refuses_is_quoted_without_its_control_characters() {
    // Found by `free_text_arguments_survive_anything`: clap quotes the argument it refuses,
    // and a tab or an escape sequence in it reached the terminal raw.
    use std::os::unix::ffi::OsStrExt;
    for arg in [&b"-\x80\t"[..], b"--x\t\x1b]0;title\x07"] {
        let out = assert_cmd::Command::cargo_bin("afas")
            .unwrap()
            .arg(std::ffi::OsStr::from_bytes(arg))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reached stderr: {stderr:?}"
        );
    }
}
