//! The seed's story, end to end on the real binary: the Caf registers the commune of
//! Angoulême, records its three documents, names its administrator, who builds the two Afas
//! groups and tells the habiliter manager that declarer is filled. Every step is checked
//! through what a script sees (`-o json`), and at the end through the audit trail and the
//! outbox.

use crate::common::{TestStore, AGENT};
use serde_json::Value;

const P: &str = "2016-00123";

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().expect("a string").to_string())
        .collect()
}

/// The generated form of SPEC §1: 3 letters, 6 digits, a check letter.
fn has_generated_form(login: &str) -> bool {
    let b = login.as_bytes();
    b.len() == 10
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
}

/// The Caf's part: the partner, its three documents, Mme Durand and M. Dubois.
fn caf_registers_angouleme(s: &TestStore) {
    let p = s.json(
        AGENT,
        &[
            "partner",
            "create",
            P,
            "--name",
            "Ville d'Angoulême",
            "--siret",
            "21160015000018",
            "--caf-code",
            "161",
        ],
    );
    assert_eq!(p["code"], P);
    assert_eq!(p["name"], "Ville d'Angoulême");
    assert_eq!(p["siret"], "21160015000018");
    assert_eq!(p["caf_code"], "161");
    assert_eq!(p["status"], "pending");
    assert_eq!(p["convention"], Value::Null);

    let steps = [
        ("convention", "2020-01-20", "pending"),
        ("contrat", "2020-01-21", "pending"),
        ("bulletin", "2020-01-27", "open"),
    ];
    for (doc, date, status) in steps {
        s.ok(AGENT, &["partner", "document", P, doc, "--received", date]);
        let shown = s.json(AGENT, &["partner", "show", P]);
        assert_eq!(shown["status"], status, "after {doc}: {shown}");
        assert_eq!(shown[doc], date, "{shown}");
    }
    let shown = s.json(AGENT, &["partner", "show", P]);
    assert_eq!(shown["convention"], "2020-01-20");
    assert_eq!(shown["contrat"], "2020-01-21");
    assert_eq!(shown["bulletin"], "2020-01-27");

    let durand = s.json(
        AGENT,
        &[
            "account",
            "create",
            "DURAND01",
            "--partner",
            P,
            "--first-name",
            "Claire",
            "--last-name",
            "Durand",
            "--email",
            "claire.durand@angouleme.fr",
            "--admin",
        ],
    );
    assert_eq!(durand["login"], "DURAND01");
    assert_eq!(durand["partner"], P);
    assert_eq!(durand["role"], "administrator");
    assert_eq!(durand["admin"], true);
    assert_eq!(durand["status"], "active");

    s.ok(
        AGENT,
        &[
            "account",
            "create",
            "DUBOIS01",
            "--partner",
            P,
            "--first-name",
            "Marc",
            "--last-name",
            "Dubois",
            "--email",
            "marc.dubois@angouleme.fr",
        ],
    );
    let dubois = s.json(AGENT, &["account", "show", "DUBOIS01"]);
    assert_eq!(dubois["role"], "user");
    assert_eq!(dubois["admin"], false);
    assert_eq!(dubois["email"], "marc.dubois@angouleme.fr");
    assert_eq!(dubois["groups"], serde_json::json!([]));
}

/// Mme Durand's part: the two groups, their people, the notification. Returns the login
/// generated for M. Petit.
fn durand_builds_the_groups(s: &TestStore) -> String {
    for group in ["habiliter", "declarer"] {
        let g = s.json(
            "DURAND01",
            &["group", "create", P, group, "--manager", "DURAND01"],
        );
        assert_eq!(g["partner"], P);
        assert_eq!(g["group"], group);
        assert_eq!(g["manager"], "DURAND01");
        assert_eq!(strs(&g["members"]), ["DURAND01"], "the manager is a member");
    }
    let durand = s.json("DURAND01", &["account", "show", "DURAND01"]);
    assert_eq!(strs(&durand["manages"]), ["declarer", "habiliter"]);
    assert_eq!(strs(&durand["groups"]), ["declarer", "habiliter"]);

    // The people of declarer: one with a login, one without (generated).
    let roux = s.json(
        "DURAND01",
        &[
            "account",
            "create",
            "ROUX01",
            "--partner",
            P,
            "--first-name",
            "Léa",
            "--last-name",
            "Roux",
            "--email",
            "lea.roux@angouleme.fr",
        ],
    );
    assert_eq!(roux["login"], "ROUX01");
    let petit = s.json(
        "DURAND01",
        &[
            "account",
            "create",
            "--partner",
            P,
            "--first-name",
            "Paul",
            "--last-name",
            "Petit",
            "--email",
            "paul.petit@angouleme.fr",
        ],
    );
    let petit = petit["login"].as_str().expect("a login").to_string();
    assert!(has_generated_form(&petit), "generated login {petit}");
    // The people of habiliter.
    s.ok(
        "DURAND01",
        &[
            "account",
            "create",
            "LEROY01",
            "--partner",
            P,
            "--first-name",
            "Julie",
            "--last-name",
            "Leroy",
            "--email",
            "julie.leroy@angouleme.fr",
        ],
    );

    let g = s.json(
        "DURAND01",
        &["group", "add", P, "declarer", "DUBOIS01", "ROUX01", &petit],
    );
    let mut expected = vec!["DUBOIS01", "DURAND01", "ROUX01", petit.as_str()];
    expected.sort();
    assert_eq!(strs(&g["members"]), expected);
    s.ok("DURAND01", &["group", "add", P, "habiliter", "LEROY01"]);

    let declarer = s.json("DURAND01", &["group", "show", P, "declarer"]);
    assert_eq!(declarer["manager"], "DURAND01");
    assert_eq!(strs(&declarer["members"]), expected);
    let habiliter = s.json("DURAND01", &["group", "show", P, "habiliter"]);
    assert_eq!(habiliter["manager"], "DURAND01");
    assert_eq!(strs(&habiliter["members"]), ["DURAND01", "LEROY01"]);

    let groups = s.json("DURAND01", &["group", "list"]);
    let kinds: Vec<&str> = groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["declarer", "habiliter"]);

    let in_declarer = s.json("DURAND01", &["account", "list", "--group", "declarer"]);
    let logins: Vec<&str> = in_declarer
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["login"].as_str().unwrap())
        .collect();
    assert_eq!(logins, expected);

    let all = s.json("DURAND01", &["account", "list"]);
    let logins: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["login"].as_str().unwrap())
        .collect();
    let mut everyone = vec!["DUBOIS01", "DURAND01", "LEROY01", "ROUX01", petit.as_str()];
    everyone.sort();
    assert_eq!(logins, everyone, "the partner's accounts, and no Caf agent");
    let petit_shown = s.json("DURAND01", &["account", "show", &petit]);
    assert_eq!(petit_shown["last_name"], "Petit");
    assert_eq!(strs(&petit_shown["groups"]), ["declarer"]);
    assert_eq!(petit_shown["manages"], serde_json::json!([]));

    let to = s.json("DURAND01", &["group", "notify", P]);
    assert_eq!(to["login"], "DURAND01", "the habiliter manager");
    petit
}

store_test! {
    fn the_seed_story_step_by_step() {
        let s = TestStore::new();
        caf_registers_angouleme(&s);
        durand_builds_the_groups(&s);
    }
}

store_test! {
    fn the_story_is_in_the_audit_trail_with_its_actors() {
        let s = TestStore::new();
        caf_registers_angouleme(&s);
        let petit = durand_builds_the_groups(&s);

        let audit = s.json(AGENT, &["audit"]);
        let rows: Vec<(String, String, String)> = audit
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["actor"].as_str().unwrap().to_string(),
                    e["action"].as_str().unwrap().to_string(),
                    e["target"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let expected = vec![
            t(AGENT, "store.init", AGENT),
            t(AGENT, "partner.create", P),
            t(AGENT, "partner.document", P),
            t(AGENT, "partner.document", P),
            t(AGENT, "partner.document", P),
            t(AGENT, "account.create", "DURAND01"),
            t(AGENT, "account.create", "DUBOIS01"),
            t("DURAND01", "group.create", &format!("{P}/habiliter")),
            t("DURAND01", "group.create", &format!("{P}/declarer")),
            t("DURAND01", "account.create", "ROUX01"),
            t("DURAND01", "account.create", &petit),
            t("DURAND01", "account.create", "LEROY01"),
            t("DURAND01", "group.add", "DUBOIS01"),
            t("DURAND01", "group.add", "ROUX01"),
            t("DURAND01", "group.add", &petit),
            t("DURAND01", "group.add", "LEROY01"),
            t("DURAND01", "group.notify", &format!("{P}/declarer")),
        ];
        assert_eq!(rows, expected);

        let entries = audit.as_array().unwrap();
        // The details say what changed.
        let bulletin = &entries[4];
        assert_eq!(bulletin["details"]["document"], "bulletin");
        assert_eq!(bulletin["details"]["status"], "open");
        assert_eq!(entries[2]["details"]["status"], "pending");
        assert_eq!(entries[5]["details"]["admin"], true);
        assert_eq!(entries[10]["details"]["generated_login"], true);
        assert_eq!(entries[13]["details"]["group"], "declarer");
        assert_eq!(entries[15]["details"]["group"], "habiliter");
        for e in &entries[1..] {
            assert_eq!(e["partner"], P, "{e}");
            assert!(e["at"].as_str().unwrap().len() >= 19, "{e}");
        }
        // Ids grow: the trail is in order.
        let ids: Vec<i64> = entries.iter().map(|e| e["id"].as_i64().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

        // Filters: by actor, by partner (what the administrator may read), the last N.
        let by_durand = s.json(AGENT, &["audit", "--actor", "durand01"]);
        assert_eq!(by_durand.as_array().unwrap().len(), 10);
        assert!(by_durand
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == "DURAND01"));
        let partner_view = s.json("DURAND01", &["audit", "--partner", P]);
        assert_eq!(partner_view.as_array().unwrap().len(), expected.len() - 1);
        let own_view = s.json("DURAND01", &["audit"]);
        assert_eq!(
            own_view, partner_view,
            "a partner account reads its own trail"
        );
        let last = s.json(AGENT, &["audit", "--limit", "2"]);
        let last: Vec<&str> = last
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(last, ["group.add", "group.notify"]);
    }
}

#[test]
fn notify_puts_one_message_for_the_habiliter_manager_in_the_outbox() {
    let s = TestStore::new();
    caf_registers_angouleme(&s);
    durand_builds_the_groups(&s);

    let db = s.db();
    let rows: Vec<(String, Option<String>, String, String, String, String)> = db
        .prepare(
            "SELECT recipient, recipient_login, subject, body, cause, status FROM outbox ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let (recipient, login, subject, body, cause, status) = &rows[0];
    assert_eq!(recipient, "claire.durand@angouleme.fr");
    assert_eq!(login.as_deref(), Some("DURAND01"));
    assert_eq!(cause, "group-notify");
    assert_eq!(status, "pending", "delivered later by outbox send");
    assert!(subject.contains("Ville d'Angoulême"), "{subject}");
    for member in ["DUBOIS01", "ROUX01"] {
        assert!(body.contains(member), "the body lists the members: {body}");
    }

    // The audit row points at that message.
    let id: i64 = db
        .query_row("SELECT id FROM outbox", [], |r| r.get(0))
        .unwrap();
    let audit = s.json(AGENT, &["audit", "--limit", "1"]);
    assert_eq!(audit[0]["action"], "group.notify");
    assert_eq!(audit[0]["details"]["outbox_id"], id);
    assert_eq!(audit[0]["details"]["to"], "DURAND01");
}

#[test]
fn notify_goes_to_the_habiliter_manager_not_to_the_declarer_manager() {
    let s = TestStore::new();
    caf_registers_angouleme(&s);
    s.person("BERNARD1", P, false);
    s.ok(
        "DURAND01",
        &["group", "create", P, "habiliter", "--manager", "DUBOIS01"],
    );
    s.ok(
        "DURAND01",
        &["group", "create", P, "declarer", "--manager", "BERNARD1"],
    );
    // The declarer manager (not an administrator) sends it.
    let to = s.json("BERNARD1", &["group", "notify", P]);
    assert_eq!(to["login"], "DUBOIS01");
    let (recipient, login): (String, String) = s
        .db()
        .query_row("SELECT recipient, recipient_login FROM outbox", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(recipient, "marc.dubois@angouleme.fr");
    assert_eq!(login, "DUBOIS01");
    let audit = s.json(AGENT, &["audit", "--limit", "1"]);
    assert_eq!(audit[0]["actor"], "BERNARD1");
    assert_eq!(audit[0]["action"], "group.notify");
}

store_test! {
    fn notify_without_the_habiliter_group_is_not_found_and_queues_nothing() {
        let s = TestStore::new();
        caf_registers_angouleme(&s);
        s.ok(
            "DURAND01",
            &["group", "create", P, "declarer", "--manager", "DURAND01"],
        );
        let err = s.refused("DURAND01", &["group", "notify", P], 3);
        assert!(err.contains("habiliter"), "{err}");
    }
}
