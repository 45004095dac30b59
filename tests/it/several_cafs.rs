//! Issue #13 item 6 (SPEC §4, several Cafs on one store): an agent of one Caf sees and
//! administers that Caf's partners only (accounts, groups, services, profiles, calls named
//! `161-reel-2025-alsh`, audit and outbox of them); a national agent keeps every right. On
//! both stores: afas says so on SQLite, and on PostgreSQL the server says it too.

use serde_json::Value;

use crate::common::{self, Store, TestStore, AGENT};

/// Angoulême's partner, of Caf 161, with its alsh team (ADM01, FDAS1… APPRO1).
const P161: &str = "2016-00123";
const S161: &str = "ALSH-16015";
/// A partner of Caf 974 (La Réunion), with its administrator RUN01, manager of declarer and
/// approver of its service ALSH-97401.
const P974: &str = "2020-97400";
const S974: &str = "ALSH-97401";
/// An agent of Caf 161 and one of Caf 974, both made by the national agent MARTIN01.
const AG161: &str = "AGENT161";
const AG974: &str = "AGENT974";

fn agent_args<'a>(login: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "account",
        "create",
        login,
        "--caf",
        "--first-name",
        "Agent",
        "--last-name",
        login,
        "--email",
        "agent@caf.fr",
    ];
    args.extend_from_slice(more);
    args
}

/// Two Cafs' partners on one store, each with people and an alsh service, and an agent of
/// each Caf.
fn two_cafs() -> TestStore {
    let s = TestStore::new();
    s.alsh_team(P161, S161, "");
    s.ok(
        AGENT,
        &[
            "partner",
            "create",
            P974,
            "--name",
            "Commune de Saint-Denis",
            "--siret",
            "78288806200018",
            "--caf-code",
            "974",
        ],
    );
    for doc in ["convention", "contrat", "bulletin"] {
        s.ok(AGENT, &["partner", "document", P974, doc]);
    }
    s.person("RUN01", P974, true);
    s.service_of_kind(S974, P974, "alsh", &[]);
    s.ok(
        AGENT,
        &["group", "create", P974, "declarer", "--manager", "RUN01"],
    );
    s.ok(
        AGENT,
        &[
            "profile",
            "grant",
            "RUN01",
            "approbateur",
            "--service",
            S974,
        ],
    );
    s.ok(AGENT, &agent_args(AG161, &["--caf-code", "161"]));
    s.ok(AGENT, &agent_args(AG974, &["--caf-code", "974"]));
    s
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|x| x[key].as_str().unwrap_or_default().to_string())
        .collect()
}

store_test! {
    /// Each agent of one Caf lists its own Caf's partners and their people, services,
    /// groups, profiles and declarations; the national agent lists them all.
    fn an_agent_of_one_caf_lists_its_cafs_partners_only() {
        let s = two_cafs();
        assert_eq!(strings(&s.json(AG161, &["partner", "list"]), "code"), [P161]);
        assert_eq!(strings(&s.json(AG974, &["partner", "list"]), "code"), [P974]);
        assert_eq!(
            strings(&s.json(AGENT, &["partner", "list"]), "code"),
            [P161, P974]
        );
        let people = strings(&s.json(AG161, &["account", "list"]), "login");
        assert!(people.contains(&"ADM01".to_string()), "{people:?}");
        assert!(!people.contains(&"RUN01".to_string()), "{people:?}");
        // The Caf agents' own accounts are read by every agent, as on the server.
        assert!(people.contains(&AG974.to_string()), "{people:?}");
        assert_eq!(strings(&s.json(AG974, &["service", "list"]), "code"), [S974]);
        assert_eq!(strings(&s.json(AG974, &["group", "list"]), "partner"), [P974]);
        assert_eq!(strings(&s.json(AG974, &["profile", "list"]), "login"), ["RUN01"]);
        let holders = strings(&s.json(AG161, &["profile", "list"]), "login");
        assert!(holders.contains(&"APPRO1".to_string()) && !holders.contains(&"RUN01".to_string()));
        // profile check: the 974 service has no profile at all; its agent is told, 161's not.
        let check = s.cmd(Some(AG161)).args(["-o", "json", "profile", "check"]).output().unwrap();
        let findings: Value = serde_json::from_slice(&check.stdout).unwrap();
        assert!(
            strings(&findings, "partner").iter().all(|p| p == P161),
            "{findings}"
        );
        let check = s.cmd(Some(AG974)).args(["-o", "json", "profile", "check"]).output().unwrap();
        let findings: Value = serde_json::from_slice(&check.stdout).unwrap();
        assert!(strings(&findings, "partner").contains(&P974.to_string()), "{findings}");
        // export: its Caf's partners and the agents
        let csv = s.ok(AG161, &["export", "accounts"]);
        assert!(csv.contains("ADM01") && !csv.contains("RUN01"), "{csv}");
        let csv = s.ok(AG161, &["export", "services"]);
        assert!(csv.contains(S161) && !csv.contains(S974), "{csv}");
    }

    /// Another Caf's partner and its people are answered as missing ones (or refused before
    /// anything is read): the agent learns nothing of them, and changes nothing.
    fn another_cafs_partner_is_out_of_reach() {
        let s = two_cafs();
        s.refused(AG161, &["account", "show", "RUN01"], 3);
        s.refused(AG161, &["-y", "account", "suspend", "RUN01"], 3);
        s.refused(AG161, &["service", "show", S974], 3);
        s.refused(AG161, &["partner", "show", P974], 4);
        s.refused(AG161, &["partner", "document", P974, "convention"], 4);
        s.refused(AG161, &["group", "create", P974, "declarer", "--manager", "RUN01"], 4);
        let e = s.refused(
            AG161,
            &[
                "account", "create", "NEW974", "--partner", P974, "--first-name", "A",
                "--last-name", "B", "--email", "a@b.fr",
            ],
            4,
        );
        assert!(e.contains("Caf 161"), "{e}");
        // its own Caf's: allowed
        s.ok(AG161, &["-y", "account", "suspend", "FDF01"]);
        s.ok(AG161, &["account", "reactivate", "FDF01"]);
        // and the national agent may everything
        s.ok(AGENT, &["-y", "account", "suspend", "RUN01"]);
    }

    /// Registering a partner and making an agent: for one's own Caf only; an agent of one
    /// Caf makes colleagues of its Caf unless told, and none of another Caf or national.
    fn partners_and_agents_are_made_for_ones_own_caf() {
        let s = two_cafs();
        let other = [
            "partner", "create", "2021-00001", "--name", "X", "--siret", "21160015000018",
            "--caf-code", "974",
        ];
        let e = s.refused(AG161, &other, 4);
        assert!(e.contains("for Caf 974"), "{e}");
        let mut own = other;
        own[8] = "161";
        s.ok(AG161, &own);
        // a partner it has just registered is its to complete
        s.ok(AG161, &["partner", "document", "2021-00001", "convention"]);
        // a code another Caf holds: taken, and no more said
        let mut taken = own;
        taken[2] = P974;
        let e = s.refused(AG161, &taken, 5);
        assert!(e.contains("already taken") && !e.contains("Saint-Denis"), "{e}");

        let colleague = s.json(AG161, &agent_args("COLL161", &[]));
        assert_eq!(colleague["caf_code"], "161");
        s.refused(AG161, &agent_args("COLL974", &["--caf-code", "974"]), 4);
        // a national agent makes national agents unless told
        let national = s.json(AGENT, &agent_args("NATIONAL2", &[]));
        assert_eq!(national["caf_code"], Value::Null);
        // agents administer their own Caf's agents only
        s.refused(AG161, &["-y", "account", "suspend", AG974], 4);
        s.refused(AG161, &["-y", "account", "suspend", AGENT], 4);
        s.ok(AG161, &["-y", "account", "suspend", "COLL161"]);
        // --caf-code is for Caf agents
        s.fails(
            AGENT,
            &[
                "account", "create", "X0001", "--partner", P161, "--caf-code", "161",
                "--first-name", "A", "--last-name", "B", "--email", "a@b.fr",
            ],
            2,
        );
    }

    /// A Caf's call is its own campaign: named after the Caf, opened for its partners only,
    /// closed and reminded by its agents (or a national one); a national call's counts are
    /// the Caf's own for its agent.
    fn each_caf_runs_its_own_call() {
        let s = two_cafs();
        let open = |who: &str| {
            s.json(
                who,
                &[
                    "call", "open", "--kind", "alsh", "--type", "reel", "--year", "2025",
                    "--deadline", "2099-06-30",
                ],
            )
        };
        let own = open(AG161);
        assert_eq!(own["id"], "161-reel-2025-alsh");
        assert_eq!(own["declarations"], 1, "{own}");
        let theirs = open(AG974);
        assert_eq!(theirs["id"], "974-reel-2025-alsh");
        assert_eq!(theirs["declarations"], 1, "{theirs}");
        let national = open(AGENT);
        assert_eq!(national["id"], "reel-2025-alsh");
        assert_eq!(national["declarations"], 2, "{national}");
        let services = |who: &str, call: &str| {
            strings(&s.json(who, &["declaration", "list", "--call", call]), "service")
        };
        assert_eq!(services(AGENT, "161-reel-2025-alsh"), [S161]);
        assert_eq!(services(AG161, "reel-2025-alsh"), [S161]);
        assert_eq!(services(AG974, "reel-2025-alsh"), [S974]);
        let shown = s.json(AG974, &["call", "show", "reel-2025-alsh"]);
        assert_eq!(shown["declarations"], 1, "{shown}");
        // another Caf's or the national call: not its to close or remind
        s.refused(AG161, &["-y", "call", "close", "974-reel-2025-alsh"], 4);
        s.refused(AG161, &["call", "remind", "reel-2025-alsh"], 4);
        s.refused(AG161, &["call", "open", "--kind", "alsh", "--type", "reel", "--year",
            "2024", "--deadline", "2099-06-30", "--partner", P974], 4);
        s.ok(AG161, &["-y", "call", "close", "161-reel-2025-alsh"]);
        s.ok(AGENT, &["-y", "call", "close", "974-reel-2025-alsh"]);
        // the e-mails of the opening: each agent reads and delivers its own Caf's
        let mails = |who: &str| strings(&s.json(who, &["outbox", "list"]), "recipient_login");
        let all = mails(AGENT);
        assert!(all.contains(&"APPRO1".to_string()) && all.contains(&"RUN01".to_string()));
        let own = mails(AG161);
        assert!(own.contains(&"APPRO1".to_string()) && !own.contains(&"RUN01".to_string()));
        assert_eq!(mails(AG974).iter().collect::<std::collections::BTreeSet<_>>().len(), 1);
    }

    /// The audit trail: an agent of one Caf reads its Caf's partners' rows, not the
    /// others' nor the store's own; verifying the whole chain takes a national agent, and
    /// so do the settings.
    fn the_audit_and_the_settings_of_the_whole_store_are_national() {
        let s = two_cafs();
        let rows = s.json(AG161, &["audit"]);
        let partners = strings(&rows, "partner");
        assert!(!partners.is_empty());
        assert!(partners.iter().all(|p| p == P161), "{partners:?}");
        let all = strings(&s.json(AGENT, &["audit"]), "partner");
        assert!(all.contains(&P974.to_string()) && all.contains(&String::new()));
        let e = s.refused(AG161, &["audit", "verify"], 4);
        assert!(e.contains("national"), "{e}");
        s.refused(AG161, &["audit", "head"], 4);
        s.refused(AG161, &["config", "set", "controls.variation_n1", "25"], 4);
        s.ok(AGENT, &["audit", "verify"]);
    }
}

store_test! {
    /// An import by an agent of one Caf: its Caf's partners and their people in one go, a
    /// row of another Caf's refused with the whole file (nothing written).
    fn an_agent_of_one_caf_imports_its_cafs_partners_only() {
        let s = two_cafs();
        let d = s.folder("in");
        let partners = "code,name,siret,caf_code,convention,contrat,bulletin\n";
        let own = format!("{partners}2021-00001,Nouvelle,21160015000018,161,2021-01-04,2021-01-04,2021-01-04\n");
        let mixed = format!("{own}2021-00002,Autre,21160015000018,974,,,\n");
        let f = s.write(&d, "partners.csv", mixed);
        let before = s.dump();
        let out = s.cmd(Some(AG161)).args(["import", &f]).output().unwrap();
        let e = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{e}");
        assert_eq!(before, s.dump(), "nothing imported");
        assert!(
            e.contains("partners.csv:3: caf_code: AGENT161 may not register partners for Caf 974")
                && e.contains("1 bad row: nothing imported"),
            "{e}"
        );
        s.write(&d, "partners.csv", own);
        s.write(
            &d,
            "accounts.csv",
            "login,partner,first_name,last_name,email,admin\nNEW01,2021-00001,Anne,Neuve,anne@x.fr,yes\n",
        );
        s.ok(AG161, &["import", d.to_str().unwrap()]);
        assert_eq!(s.json(AG161, &["account", "show", "NEW01"])["partner"], "2021-00001");
        s.refused(AG974, &["account", "show", "NEW01"], 3);
    }
}

store_test! {
    /// Workshops are the whole store's, but an agent of one Caf registers and sees its own
    /// Caf's people only.
    fn an_agent_of_one_caf_sees_its_cafs_people_at_a_workshop() {
        let s = two_cafs();
        let w = s.json(AGENT, &["workshop", "create", "--date", "2027-06-01", "--place", "Caf"]);
        let id = w["id"].to_string();
        s.ok("RUN01", &["workshop", "register", &id, "RUN01"]);
        s.ok("ADM01", &["workshop", "register", &id, "ADM01"]);
        let shown = s.json(AG161, &["workshop", "show", &id]);
        assert_eq!(strings(&shown["registrations"], "login"), ["ADM01"], "{shown}");
        assert_eq!(shown["registered"], 2, "the places taken are counted for all");
        s.refused(AG161, &["workshop", "unregister", &id, "RUN01"], 3);
        s.ok(AG161, &["workshop", "register", &id, "FDF01"]);
    }
}

store_test! {
    /// `todo` for an agent of one Caf: its own Caf's calls near their deadline, not
    /// another Caf's nor the national ones it may not remind or close.
    fn an_agent_of_one_cafs_todo_is_its_cafs() {
        let s = two_cafs();
        let soon = crate::followup::in_days(3);
        let open = |who: &str| {
            s.ok(
                who,
                &[
                    "call", "open", "--kind", "alsh", "--type", "reel", "--year", "2025",
                    "--deadline", &soon,
                ],
            )
        };
        open(AG161);
        open(AG974);
        open(AGENT);
        let whats = |who: &str| strings(&s.json(who, &["todo"]), "what");
        assert_eq!(whats(AG161), ["call 161-reel-2025-alsh"]);
        assert_eq!(whats(AG974), ["call 974-reel-2025-alsh"]);
        let all = whats(AGENT);
        assert_eq!(all.len(), 3, "{all:?}");
    }
}

/// What `init --caf-code 161` made: its first agent is of Caf 161, registers that Caf's
/// partners and not another's.
fn first_agent_is_of_caf_161(s: &TestStore) {
    assert_eq!(s.json(AGENT, &["whoami"])["caf_code"], "161");
    s.refused(
        AGENT,
        &[
            "partner",
            "create",
            "2021-00001",
            "--name",
            "X",
            "--siret",
            "21160015000018",
            "--caf-code",
            "974",
        ],
        4,
    );
    s.open_partner(P161, "Angoulême");
}

/// `init --caf-code`: the store's first agent is of one Caf, and so are its colleagues.
#[test]
fn init_makes_an_agent_of_one_caf() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("afas.db");
    let mut init = common::INIT.to_vec();
    init.extend(["--caf-code", "161", "-o", "json"]);
    let out = common::afas()
        .arg("--db")
        .arg(&db)
        .args(&init)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = TestStore::at(&db);
    first_agent_is_of_caf_161(&s);
    // said at init, on a terminal's table: the store has no national agent
    let other = dir.path().join("told.db");
    let mut told = common::INIT.to_vec();
    told.extend(["--caf-code", "161"]);
    let out = common::afas()
        .arg("--db")
        .arg(&other)
        .args(&told)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("agent of Caf 161") && said.contains("settings"),
        "{said}"
    );
    // a code that is not 3 digits is refused before anything is made
    let other = dir.path().join("other.db");
    let mut bad = common::INIT.to_vec();
    bad.extend(["--caf-code", "16"]);
    let out = common::afas()
        .arg("--db")
        .arg(&other)
        .args(&bad)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!other.exists());
}

/// `init --caf-code` on a shared store: the first agent is of one Caf for afas and for the
/// server alike (its role may register that Caf's partners only, even over plain SQL).
#[test]
fn init_makes_an_agent_of_one_caf_on_postgresql() {
    use crate::common::postgres;
    let db = postgres::database_from("template0");
    let out = common::afas_process()
        .arg("--db")
        .arg(db.url())
        .env("AFAS_PASSWORD", postgres::OWNER_PASSWORD)
        .args(common::INIT)
        .args(["--caf-code", "161", "--role-prefix", &db.prefix()])
        .current_dir(&postgres::cluster().dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = TestStore::on_database(db, tempfile::tempdir().unwrap());
    first_agent_is_of_caf_161(&s);
    // The server holds it too: the agent's own role, over plain SQL.
    let mut agent = s.database().connect_as(AGENT).unwrap();
    let err = agent
        .batch_execute(
            "INSERT INTO partner (code, name, siret, caf_code, created_at)
             VALUES ('2021-00002', 'Y', '21160015000018', '974', 'now')",
        )
        .unwrap_err();
    let db_err = err
        .as_db_error()
        .map(|e| e.message().to_string())
        .unwrap_or_default();
    assert!(db_err.contains("row-level security"), "{db_err}");
}

/// Completion offers an agent of one Caf its Caf's partners only (SQLite: completion
/// reads the local file).
#[test]
fn completion_offers_an_agent_of_one_caf_its_cafs_partners() {
    assert_eq!(common::store(), Store::Sqlite);
    let s = two_cafs();
    let db = s.path().to_str().unwrap().to_string();
    let home = tempfile::tempdir().unwrap();
    let complete = |actor: &str, words: &[&str]| {
        let line = [&["--db", db.as_str(), "--as", actor][..], words].concat();
        crate::completion::complete(home.path(), &line)
    };
    assert_eq!(complete(AG974, &["partner", "show", ""]), [P974]);
    assert_eq!(complete(AG161, &["service", "show", ""]), [S161]);
    let logins = complete(AG974, &["account", "show", ""]);
    assert!(logins.contains(&"RUN01".to_string()) && !logins.contains(&"ADM01".to_string()));
    assert_eq!(complete(AGENT, &["partner", "show", ""]), [P161, P974]);
}
