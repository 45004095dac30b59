//! Who may do what (domain/access.rs): each kind of actor tried on something it may not do
//! (exit 4, one error line, the store unchanged), next to what it may do, so that the tests
//! prove the line is where it should be.

use crate::common::{Store, TestStore, AGENT};
use serde_json::Value;

const A: &str = "2016-00123";
const B: &str = "2017-00456";

/// Two open partners.
/// A: DURAND01 administrator; BERNARD1 manages declarer; LEROY01 manages habiliter;
///    ROUX01 a plain user (member of declarer).
/// B: DUPONT01 administrator and manager of both groups; PETIT01 a plain user.
fn two_partners() -> TestStore {
    let s = TestStore::new();
    s.open_partner(A, "Ville d'Angoulême");
    s.open_partner(B, "Centre social de Soyaux");
    s.person("DURAND01", A, true);
    s.person("BERNARD1", A, false);
    s.person("LEROY01", A, false);
    s.person("ROUX01", A, false);
    s.person("DUPONT01", B, true);
    s.person("PETIT01", B, false);
    s.ok(
        "DURAND01",
        &["group", "create", A, "declarer", "--manager", "BERNARD1"],
    );
    s.ok(
        "DURAND01",
        &["group", "create", A, "habiliter", "--manager", "LEROY01"],
    );
    s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
    for g in ["declarer", "habiliter"] {
        s.ok(
            "DUPONT01",
            &["group", "create", B, g, "--manager", "DUPONT01"],
        );
    }
    s
}

fn new_account<'a>(login: &'a str, partner: &'a str) -> Vec<&'a str> {
    vec![
        "account",
        "create",
        login,
        "--partner",
        partner,
        "--first-name",
        "Anne",
        "--last-name",
        "Test",
        "--email",
        "anne.test@example.fr",
    ]
}

fn logins(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|a| a["login"].as_str().unwrap().to_string())
        .collect()
}

/// Asserts exit 4, the store unchanged, and a message naming the actor and `why`.
fn forbidden(s: &TestStore, actor: &str, args: &[&str], why: &str) {
    let err = s.refused(actor, args, 4);
    assert!(err.contains(actor), "{args:?}: names the actor: {err}");
    assert!(err.contains(why), "{args:?}: expected {why:?} in {err}");
}

/// Asserts that `args`, naming `object` of another partner (or a Caf agent's account), get
/// exactly the answer the same command gets for an object that does not exist: exit 3, the
/// same line, the store unchanged (SPEC §7: nothing tells whose it is).
pub fn as_if_missing(s: &TestStore, actor: &str, args: &[&str], object: &str) {
    let ghost = if object.parse::<i64>().is_ok() {
        "999999"
    } else {
        "NOSUCH99"
    };
    let err = s.refused(actor, args, 3);
    let ghost_args: Vec<&str> = args
        .iter()
        .map(|a| if *a == object { ghost } else { a })
        .collect();
    let ghost_err = s.refused(actor, &ghost_args, 3);
    assert_eq!(
        err.replace(object, ghost),
        ghost_err,
        "{args:?}: another partner's {object} is answered unlike a missing one"
    );
}

/// Every read of partner `p`'s data (and of its account `login`).
fn reads<'a>(p: &'a str, login: &'a str) -> Vec<Vec<&'a str>> {
    vec![
        vec!["partner", "show", p],
        vec!["account", "show", login],
        vec!["account", "list", "--partner", p],
        vec!["account", "list", "--partner", p, "--group", "declarer"],
        vec!["group", "list", "--partner", p],
        vec!["group", "show", p, "declarer"],
        vec!["audit", "--partner", p],
    ]
}

// ── A plain user ────────────────────────────────────────────────────────────────────────

store_test! {
    fn a_plain_user_reads_its_partner_and_changes_nothing() {
        let s = two_partners();
        forbidden(
            &s,
            "ROUX01",
            &new_account("NEW00001", A),
            "only its administrators and group managers may",
        );
        forbidden(
            &s,
            "ROUX01",
            &["group", "add", A, "declarer", "DURAND01"],
            "only its manager or an administrator may",
        );
        forbidden(
            &s,
            "ROUX01",
            &["account", "admin", "ROUX01"],
            "only its administrators (or a Caf agent) may",
        );
        forbidden(
            &s,
            "ROUX01",
            &["account", "update", "LEROY01", "--first-name", "Julie"],
            "only its administrators (or a Caf agent) may",
        );
        forbidden(
            &s,
            "ROUX01",
            &["group", "notify", A],
            "only the declarer manager or an administrator may",
        );
        // What it may: read its own partner.
        for args in reads(A, "DURAND01") {
            s.ok("ROUX01", &args);
        }
    }
}

// ── A group manager ─────────────────────────────────────────────────────────────────────

store_test! {
    fn a_declarer_manager_changes_declarer_only() {
        let s = two_partners();
        forbidden(
            &s,
            "BERNARD1",
            &["group", "add", A, "habiliter", "ROUX01"],
            "may not change the members of habiliter of partner 2016-00123",
        );
        forbidden(
            &s,
            "BERNARD1",
            &["-y", "group", "remove", A, "habiliter", "LEROY01"],
            "may not change the members of habiliter",
        );
        // What only an administrator may, even for its own group.
        let mut admin = new_account("NEW00001", A);
        admin.push("--admin");
        forbidden(&s, "BERNARD1", &admin, "only its administrators");
        forbidden(
            &s,
            "BERNARD1",
            &["group", "manager", A, "declarer", "ROUX01"],
            "only its administrators",
        );
        forbidden(
            &s,
            "BERNARD1",
            &["account", "admin", "BERNARD1"],
            "only its administrators",
        );

        // What it may: create an account of its partner and put it in declarer, remove it.
        let created = s.json("BERNARD1", &new_account("NEW00001", A));
        assert_eq!(created["partner"], A);
        let g = s.json("BERNARD1", &["group", "add", A, "declarer", "NEW00001"]);
        assert!(g["members"]
            .as_array()
            .unwrap()
            .contains(&Value::from("NEW00001")));
        s.ok(
            "BERNARD1",
            &["-y", "group", "remove", A, "declarer", "NEW00001"],
        );
        s.ok("BERNARD1", &["group", "notify", A]);
        let audit = s.json(AGENT, &["audit", "--actor", "BERNARD1"]);
        let actions: Vec<&str> = audit
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(
            actions,
            [
                "account.create",
                "group.add",
                "group.remove",
                "group.notify"
            ]
        );
    }
}

store_test! {
    fn a_habiliter_manager_changes_habiliter_only_and_does_not_notify() {
        let s = two_partners();
        forbidden(
            &s,
            "LEROY01",
            &["group", "add", A, "declarer", "LEROY01"],
            "may not change the members of declarer",
        );
        forbidden(
            &s,
            "LEROY01",
            &["group", "notify", A],
            "only the declarer manager or an administrator may",
        );
        s.ok("LEROY01", &["group", "add", A, "habiliter", "ROUX01"]);
    }
}

store_test! {
    fn a_manager_of_partner_a_has_no_right_on_partner_b() {
        let s = two_partners();
        forbidden(
            &s,
            "BERNARD1",
            &new_account("NEW00001", B),
            "create accounts of partner 2017-00456",
        );
        forbidden(
            &s,
            "BERNARD1",
            &["group", "add", B, "declarer", "PETIT01"],
            "change the members of declarer of partner 2017-00456",
        );
    }
}

// ── An administrator of A, towards B ────────────────────────────────────────────────────

store_test! {
    fn an_administrator_of_a_cannot_change_b() {
        let s = two_partners();
        forbidden(
            &s,
            "DURAND01",
            &new_account("NEW00001", B),
            "create accounts of partner 2017-00456",
        );
        let mut admin = new_account("NEW00001", B);
        admin.push("--admin");
        forbidden(&s, "DURAND01", &admin, "partner 2017-00456");
        forbidden(
            &s,
            "DURAND01",
            &["group", "add", B, "declarer", "PETIT01"],
            "partner 2017-00456",
        );
        forbidden(
            &s,
            "DURAND01",
            &["group", "manager", B, "declarer", "PETIT01"],
            "administer partner 2017-00456",
        );
        forbidden(
            &s,
            "DURAND01",
            &["-y", "group", "remove", B, "declarer", "PETIT01"],
            "partner 2017-00456",
        );
        forbidden(
            &s,
            "DURAND01",
            &["group", "notify", B],
            "notify for partner 2017-00456",
        );
        // B's people are not found, as if they did not exist (they were exit 4, "administer
        // partner 2017-00456": which told A whose they were).
        for (args, login) in [
            (vec!["account", "admin", "PETIT01"], "PETIT01"),
            (vec!["account", "update", "PETIT01", "--first-name", "Paul"], "PETIT01"),
            (vec!["-y", "account", "suspend", "PETIT01"], "PETIT01"),
            (vec!["-y", "account", "reactivate", "PETIT01"], "PETIT01"),
            (vec!["account", "admin", "DUPONT01", "--revoke"], "DUPONT01"),
        ] {
            as_if_missing(&s, "DURAND01", &args, login);
        }
        // Even A's people cannot be moved into B's groups, by B's administrator either; and
        // to B they are no one (this said "ROUX01 belongs to partner 2016-00123", exit 5).
        for args in [
            vec!["group", "add", B, "declarer", "ROUX01"],
            vec!["group", "manager", B, "declarer", "ROUX01"],
        ] {
            as_if_missing(&s, "DUPONT01", &args, "ROUX01");
        }
    }
}

store_test! {
    fn an_administrator_of_a_creates_groups_of_a_only() {
        let s = TestStore::new();
        s.open_partner(A, "Ville d'Angoulême");
        s.open_partner(B, "Centre social de Soyaux");
        s.person("DURAND01", A, true);
        s.person("PETIT01", B, false);
        forbidden(
            &s,
            "DURAND01",
            &["group", "create", B, "declarer", "--manager", "PETIT01"],
            "administer partner 2017-00456",
        );
        s.ok(
            "DURAND01",
            &["group", "create", A, "declarer", "--manager", "DURAND01"],
        );
    }
}

store_test! {
    fn an_administrator_of_a_cannot_read_b() {
        let s = two_partners();
        for args in reads(B, "PETIT01") {
            if args[..2] == ["account", "show"] {
                as_if_missing(&s, "DURAND01", &args, "PETIT01");
            } else {
                forbidden(&s, "DURAND01", &args, "2017-00456");
            }
        }
        // Nor learn whether another partner exists.
        forbidden(
            &s,
            "DURAND01",
            &["partner", "show", "2099-99999"],
            "read the data of partner 2099-99999",
        );
        forbidden(
            &s,
            "DURAND01",
            &["account", "list", "--partner", "2099-99999"],
            "read the data of partner 2099-99999",
        );
        // Its own partner, every read.
        for args in reads(A, "ROUX01") {
            s.ok("DURAND01", &args);
        }
        let shown = s.json("DURAND01", &["partner", "show", A]);
        assert_eq!(shown["code"], A);
        let group = s.json("DURAND01", &["group", "show", A, "declarer"]);
        assert_eq!(group["manager"], "BERNARD1");
    }
}

// ── Partner accounts and Caf-only actions ───────────────────────────────────────────────

store_test! {
    fn partner_accounts_cannot_do_what_only_a_caf_agent_may() {
        let s = two_partners();
        let caf_only: Vec<Vec<&str>> = vec![
            vec![
                "partner",
                "create",
                "2018-00001",
                "--name",
                "Association",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
            vec![
                "partner",
                "document",
                A,
                "bulletin",
                "--received",
                "2020-03-01",
            ],
            vec!["partner", "document", B, "contrat"],
            vec![
                "account",
                "create",
                "AGENT002",
                "--caf",
                "--first-name",
                "Luc",
                "--last-name",
                "Agent",
                "--email",
                "luc.agent@caf16.caf.fr",
            ],
        ];
        for actor in ["DURAND01", "BERNARD1", "ROUX01"] {
            for args in &caf_only {
                forbidden(&s, actor, args, "only a Caf agent may");
            }
            // A Caf agent's account is no one to a partner's account.
            as_if_missing(&s, actor, &["account", "show", AGENT], AGENT);
            as_if_missing(&s, actor, &["-y", "account", "suspend", AGENT], AGENT);
        }
        // The Caf agent may all of it.
        for args in &caf_only[..4] {
            s.ok(AGENT, args);
        }
    }
}

store_test! {
    fn a_caf_agent_may_act_on_any_partner() {
        let s = two_partners();
        for args in reads(A, "ROUX01").into_iter().chain(reads(B, "PETIT01")) {
            s.ok(AGENT, &args);
        }
        s.ok(AGENT, &["group", "add", B, "declarer", "PETIT01"]);
        s.ok(AGENT, &["group", "add", A, "habiliter", "ROUX01"]);
        s.ok(AGENT, &new_account("NEW00001", B));
    }
}

// ── Suspended accounts ─────────────────────────────────────────────────────────────────

store_test! {
    fn a_suspended_administrator_can_do_nothing_not_even_read() {
        let s = two_partners();
        s.ok(AGENT, &["-y", "account", "suspend", "DURAND01"]);
        let mut all = reads(A, "ROUX01");
        all.extend([
            vec!["partner", "list"],
            vec!["account", "list"],
            vec!["group", "list"],
            vec!["audit"],
            new_account("NEW00001", A),
            vec!["group", "add", A, "declarer", "LEROY01"],
            vec!["account", "admin", "ROUX01"],
            vec!["-y", "account", "suspend", "ROUX01"],
            vec!["account", "reactivate", "DURAND01"],
        ]);
        for args in &all {
            forbidden(&s, "DURAND01", args, "is suspended and can do nothing");
        }
        // Reactivated, it may again.
        s.ok(AGENT, &["account", "reactivate", "DURAND01"]);
        for args in &all[..all.len() - 4] {
            s.ok("DURAND01", args);
        }
    }
}

store_test! {
    fn a_suspended_manager_loses_its_rights() {
        let s = two_partners();
        s.ok("DURAND01", &["-y", "account", "suspend", "BERNARD1"]);
        forbidden(
            &s,
            "BERNARD1",
            &["group", "add", A, "declarer", "LEROY01"],
            "is suspended",
        );
        forbidden(&s, "BERNARD1", &["group", "notify", A], "is suspended");
    }
}

store_test! {
    fn a_suspended_caf_agent_can_do_nothing_not_even_read() {
        let s = two_partners();
        s.ok(
            AGENT,
            &[
                "account",
                "create",
                "LAMBERT1",
                "--caf",
                "--first-name",
                "Luc",
                "--last-name",
                "Lambert",
                "--email",
                "luc.lambert@caf16.caf.fr",
            ],
        );
        s.ok(AGENT, &["-y", "account", "suspend", "LAMBERT1"]);
        let mut all = reads(A, "ROUX01");
        all.extend([
            vec!["partner", "list"],
            vec!["account", "show", AGENT],
            vec!["audit"],
            vec![
                "partner",
                "create",
                "2018-00001",
                "--name",
                "Association",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
            vec!["-y", "account", "suspend", AGENT],
            vec!["account", "reactivate", "LAMBERT1"],
        ]);
        for args in &all {
            forbidden(&s, "LAMBERT1", args, "is suspended and can do nothing");
        }
        s.ok(AGENT, &["account", "reactivate", "LAMBERT1"]);
        s.ok("LAMBERT1", &["partner", "list"]);
    }
}

// ── Accounts of a partner that is not open yet ──────────────────────────────────────────

store_test! {
    fn nobody_of_a_pending_partner_may_act() {
        let s = TestStore::new();
        const C: &str = "2019-00789";
        s.ok(
            AGENT,
            &[
                "partner",
                "create",
                C,
                "--name",
                "Crèche parentale",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );
        s.ok(AGENT, &["partner", "document", C, "convention"]);
        s.ok(AGENT, &["partner", "document", C, "bulletin"]);
        s.person("PEND0001", C, true);
        s.person("PEND0002", C, false);
        let all: Vec<Vec<&str>> = vec![
            vec!["partner", "show", C],
            vec!["partner", "list"],
            vec!["account", "list"],
            vec!["account", "show", "PEND0001"],
            vec!["audit"],
            new_account("NEW00001", C),
            vec!["account", "admin", "PEND0002"],
            vec!["group", "create", C, "declarer", "--manager", "PEND0001"],
        ];
        for args in &all {
            forbidden(&s, "PEND0001", args, "whose access is not open yet");
        }
        // The third document opens it.
        s.ok(AGENT, &["partner", "document", C, "contrat"]);
        for args in &all[..5] {
            s.ok("PEND0001", args);
        }
        s.ok(
            "PEND0001",
            &["group", "create", C, "declarer", "--manager", "PEND0001"],
        );
    }
}

// ── Unknown actors ─────────────────────────────────────────────────────────────────────

store_test! {
    fn an_unknown_actor_may_do_nothing() {
        let s = two_partners();
        for args in [
            vec!["partner", "list"],
            vec!["partner", "show", A],
            vec!["audit"],
            new_account("NEW00001", A),
        ] {
            let err = s.refused("NOBODY01", &args, 4);
            // SQLite: `--as NOBODY01: no such account`; PostgreSQL: the server has no login
            // role of that name (the harness connects as the role of --as)
            assert!(
                err.contains("NOBODY01") && err.contains("no such account"),
                "{args:?}: {err}"
            );
        }
        // An empty --as is a missing one: on SQLite a usage error; on PostgreSQL the URL's
        // user acts (here the database's owner, who is no account)
        if s.store() == Store::Sqlite {
            let err = s.fails("", &["partner", "list"], 2);
            assert!(err.contains("--as"), "{err}");
        } else {
            let err = s.refused("", &["partner", "list"], 4);
            assert!(err.contains("knows no account"), "{err}");
        }
        // The login is matched whatever its case.
        s.ok("durand01", &["partner", "show", A]);
    }
}

// ── Lists show the actor's own partner only ────────────────────────────────────────────

store_test! {
    fn lists_of_a_partner_account_show_its_own_partner_only() {
        let s = two_partners();
        let a_people = ["BERNARD1", "DURAND01", "LEROY01", "ROUX01"];
        for actor in ["ROUX01", "DURAND01", "BERNARD1"] {
            let list = s.json(actor, &["account", "list"]);
            assert_eq!(logins(&list), a_people, "as {actor}");
            let partners = s.json(actor, &["partner", "list"]);
            let codes: Vec<&str> = partners
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["code"].as_str().unwrap())
                .collect();
            assert_eq!(codes, [A], "as {actor}");
            let groups = s.json(actor, &["group", "list"]);
            assert!(groups.as_array().unwrap().iter().all(|g| g["partner"] == A));
            assert_eq!(groups.as_array().unwrap().len(), 2);
            let audit = s.json(actor, &["audit"]);
            assert!(!audit.as_array().unwrap().is_empty());
            assert!(
                audit.as_array().unwrap().iter().all(|e| e["partner"] == A),
                "as {actor}: {audit}"
            );
        }
        let list = s.json("PETIT01", &["account", "list"]);
        assert_eq!(logins(&list), ["DUPONT01", "PETIT01"]);
        // The Caf agent sees everyone, itself included.
        let list = s.json(AGENT, &["account", "list"]);
        assert_eq!(logins(&list).len(), 7);
        assert!(logins(&list).contains(&AGENT.to_string()));
    }
}

// ── Disclosure: nothing tells a partner about another's people or codes (issue #16) ─────

store_test! {
    /// Logins and service codes are unique across partners, so one taken by another partner
    /// is still refused, but without naming who holds it: this said "already taken (by
    /// Claire Durand)" and "already exists (partner 2016-00123)".
    fn a_code_taken_by_another_partner_is_refused_without_naming_it() {
        let s = two_partners();
        s.service("ALSH-0042", A, &[]);
        let err = s.refused("DUPONT01", &new_account("DURAND01", B), 5);
        // (on PostgreSQL the key refuses it, and the server does not say which value)
        let taken = match s.store() {
            Store::Sqlite => "login DURAND01 is already taken",
            Store::Postgres => "this login is already taken",
        };
        assert!(err.contains(taken), "{err}");
        for secret in ["Prénom", "(by", A] {
            assert!(!err.contains(secret), "{secret} in {err}");
        }
        let err = s.refused(
            "DUPONT01",
            &["service", "create", "ALSH-0042", "--partner", B, "--kind", "alsh", "--name", "X"],
            5,
        );
        let taken = match s.store() {
            Store::Sqlite => "ALSH-0042 is already taken",
            Store::Postgres => "this service code is already taken",
        };
        assert!(err.contains(taken), "{err}");
        assert!(!err.contains(A), "{err}");
        // The Caf agent, who sees every partner, is told whose they are.
        let err = s.refused(AGENT, &new_account("DURAND01", B), 5);
        assert!(err.contains("(by Prénom DURAND01)"), "{err}");
    }
}
