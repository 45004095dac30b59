//! Issue #16 item 1: shell completion offers only what the acting account may read. It
//! used to list every login of every partner with full names, every partner, declaration
//! and site, whoever asked (an unknown, a suspended or no `--as` too).

use std::path::Path;

use crate::common::{self, TestStore};

/// A store where the demo ran: Angoulême (2016-00123: DURAND01, ROUX01…) and Cognac
/// (2017-00456: GIRARD01…), services, sites, declarations. ROUX01 is suspended.
fn demo_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    common::afas()
        .arg("--db")
        .arg(&db)
        .arg("demo")
        .assert()
        .success();
    TestStore::at(&db).ok("MARTIN01", &["-y", "account", "suspend", "ROUX01"]);
    (dir, db)
}

/// The values fish is offered for the last word of `afas WORDS…` (flags left out), with
/// `home` as HOME and no AFAS_* variable.
pub(crate) fn complete(home: &Path, words: &[&str]) -> Vec<String> {
    let out = common::afas_process()
        .env("COMPLETE", "fish")
        .env("HOME", home)
        .arg("--")
        .arg("afas")
        .args(words)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

/// Completing `--site` after Angoulême's service ALSH-16015 (sites SC1, SC2).
const SITES_OF_ALSH_16015: &[&str] = &[
    "profile",
    "grant",
    "X",
    "fda",
    "--service",
    "ALSH-16015",
    "--site",
    "",
];

fn with_db<'a>(db: &'a str, actor: Option<&'a str>, rest: &[&'a str]) -> Vec<&'a str> {
    let mut words = vec!["--db", db];
    if let Some(a) = actor {
        words.extend(["--as", a]);
    }
    words.extend_from_slice(rest);
    words
}

#[test]
fn completion_offers_nothing_to_an_unknown_a_suspended_or_no_actor() {
    let (dir, db) = demo_store();
    let db = db.to_str().unwrap();
    for actor in [Some("NOBODY99"), Some("ROUX01"), None] {
        for rest in [
            vec!["account", "show", ""],
            vec!["partner", "show", ""],
            vec!["service", "show", ""],
            vec!["declaration", "show", ""],
            SITES_OF_ALSH_16015.to_vec(),
        ] {
            let got = complete(dir.path(), &with_db(db, actor, &rest));
            assert!(got.is_empty(), "{actor:?} {rest:?}: {got:?}");
        }
    }
}

#[test]
fn completion_offers_a_partners_account_its_own_partner_only() {
    let (dir, db) = demo_store();
    let db = db.to_str().unwrap();
    let girard = |rest: &[&str]| complete(dir.path(), &with_db(db, Some("GIRARD01"), rest));
    let logins = girard(&["account", "show", ""]);
    assert!(logins.contains(&"GIRARD01".to_string()), "{logins:?}");
    for other in ["DURAND01", "DUBOIS01", "MARTIN01"] {
        assert!(
            !logins.contains(&other.to_string()),
            "{other} in {logins:?}"
        );
    }
    assert_eq!(girard(&["partner", "show", ""]), vec!["2017-00456"]);
    assert!(girard(&["service", "show", ""])
        .iter()
        .all(|s| s != "ALSH-16015"));
    // Angoulême's service on the line: none of its sites, none of its members.
    let angouleme = ["--service", "ALSH-16015"];
    let sites = girard(
        &[
            &["profile", "grant", "X", "fda"][..],
            &angouleme,
            &["--site", ""],
        ]
        .concat(),
    );
    assert!(sites.is_empty(), "{sites:?}");
    let members = girard(&[&["profile", "grant"][..], &angouleme, &[""]].concat());
    assert!(members.is_empty(), "{members:?}");
    let theirs: Vec<String> = TestStore::at(Path::new(db))
        .json(
            "MARTIN01",
            &["declaration", "list", "--partner", "2016-00123"],
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].to_string())
        .collect();
    let offered = girard(&["declaration", "show", ""]);
    assert!(theirs.iter().all(|id| !offered.contains(id)), "{offered:?}");

    // A Caf agent reads every partner.
    let agent = complete(
        dir.path(),
        &with_db(db, Some("MARTIN01"), &["account", "show", ""]),
    );
    for login in ["DURAND01", "GIRARD01", "MARTIN01"] {
        assert!(
            agent.contains(&login.to_string()),
            "{login} not in {agent:?}"
        );
    }
}

#[test]
fn completion_offers_the_values_of_what_is_on_the_line() {
    let (dir, db) = demo_store();
    let db = db.to_str().unwrap();
    let durand = |rest: &[&str]| complete(dir.path(), &with_db(db, Some("DURAND01"), rest));
    // --site: the sites of the service on the line, or of the declaration's.
    let sites = durand(SITES_OF_ALSH_16015);
    assert_eq!(sites, vec!["SC1", "SC2"]);
    let decl = TestStore::at(Path::new(db)).json("DURAND01", &["declaration", "list"])[0]["id"]
        .to_string();
    let sites = durand(&["declaration", "enter", &decl, "activity", "--site", ""]);
    assert!(!sites.is_empty(), "{sites:?}");
    // profile grant: the declarer members, not every login of the partner.
    let members = durand(&["profile", "grant", ""]);
    let group =
        TestStore::at(Path::new(db)).json("DURAND01", &["group", "show", "2016-00123", "declarer"]);
    let expected: Vec<String> = group["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    assert_eq!(members, expected);
    // justify: the control codes; --set: the form's field names.
    assert_eq!(
        durand(&["declaration", "justify", &decl, ""]),
        vec!["ACTIVITE_NULLE", "VARIATION_N1", "COUT_HORAIRE", "DEFICIT"]
    );
    let set = durand(&["declaration", "enter", &decl, "financial", "--set", ""]);
    assert!(set.contains(&"charges_personnel=".to_string()), "{set:?}");
    assert!(
        !set.iter().any(|f| f.starts_with("jours_ouverture")),
        "{set:?}"
    );
}

/// `--db ~/…` is the home directory's, as the shell leaves `~` alone after `--db=`.
#[test]
fn completion_finds_the_store_under_the_home_directory() {
    let (dir, _db) = demo_store();
    for db in ["~/demo.db", "--db=~/demo.db"] {
        let words: Vec<&str> = if db.starts_with("--db=") {
            vec![db, "--as", "MARTIN01", "account", "show", ""]
        } else {
            vec!["--db", db, "--as", "MARTIN01", "account", "show", ""]
        };
        let got = complete(dir.path(), &words);
        assert!(got.contains(&"DURAND01".to_string()), "{db}: {got:?}");
    }
}

/// `workshop register ID` offers the sessions still ahead, to whoever may act, and nothing
/// to an unknown or suspended account.
#[test]
fn workshop_ids_are_offered_for_the_sessions_ahead() {
    let (dir, db) = demo_store();
    let s = TestStore::at(&db);
    let today = time::OffsetDateTime::now_utc().date();
    let ahead = s.json(
        "MARTIN01",
        &[
            "workshop",
            "create",
            "--date",
            &(today + time::Duration::days(7)).to_string(),
            "--place",
            "Caf",
        ],
    )["id"]
        .to_string();
    let past = s.json(
        "MARTIN01",
        &[
            "workshop",
            "create",
            "--date",
            &today.to_string(),
            "--place",
            "Caf",
        ],
    )["id"]
        .to_string();
    s.edit(&format!(
        "UPDATE workshop SET date = '{}' WHERE id = {past}",
        today - time::Duration::days(1)
    ));
    let db = db.to_string_lossy().into_owned();
    for who in ["MARTIN01", "DURAND01", "GIRARD01"] {
        let offered = complete(
            dir.path(),
            &with_db(&db, Some(who), &["workshop", "register", ""]),
        );
        assert_eq!(offered, std::slice::from_ref(&ahead), "{who}");
    }
    for nobody in [Some("ROUX01"), Some("NOBODY01"), None] {
        let offered = complete(dir.path(), &with_db(&db, nobody, &["workshop", "show", ""]));
        assert!(offered.is_empty(), "{nobody:?}: {offered:?}");
    }
}
