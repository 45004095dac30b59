//! A declaration campaign end to end (issue #4): the Caf opens a call, the providers enter
//! their data, the approver goes through the four steps and transmits, the Caf sends it back,
//! it is corrected and transmitted again; with the dashboard, reminders, closing, returns,
//! a call asking for activity only, configurable thresholds and VARIATION_N1.

use std::collections::BTreeSet;

use crate::common::campaign::{
    control_codes, form, Team, FINANCIAL_BALANCED, FINANCIAL_DEFICIT, S1_ACTIVITY, S2_ACTIVITY,
};
use crate::common::habilitation::email_of;
use crate::common::{Store, TestStore, AGENT};
use serde_json::{json, Value};

const P: &str = "2016-00123";
const A: &str = "ALSH-0001";
const B: &str = "ALSH-0002";
const CALL: &str = "reel-2019-alsh";

/// The team of service A (sites S1, S2), plus a second alsh service B without sites on
/// which only the FDF holds a profile (not ready), and a ram service (not in alsh calls).
fn setup() -> (TestStore, Team) {
    let s = TestStore::new();
    let t = s.alsh_team(P, A, "");
    s.service_of_kind(B, P, "alsh", &[]);
    s.ok(
        &t.admin,
        &["profile", "grant", &t.fdf, "fdf", "--service", B],
    );
    s.service_of_kind("RAM-0001", P, "ram", &[]);
    (s, t)
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

fn recipients(messages: &[Value]) -> Vec<String> {
    let mut r: Vec<String> = messages
        .iter()
        .map(|m| m["recipient"].as_str().unwrap().to_string())
        .collect();
    r.sort();
    r
}

fn emails(logins: &[String]) -> Vec<String> {
    let mut r: Vec<String> = logins.iter().map(|l| email_of(l)).collect();
    r.sort();
    r
}

/// The integer stored for a field of a form, read from the store itself.
fn stored(s: &TestStore, id: i64, kind: &str, site: Option<&str>, field: &str) -> i64 {
    if s.store() == Store::Postgres {
        return s
            .database()
            .superuser()
            .query_one(
                "SELECT v.value FROM form_value v JOIN form f ON f.id = v.form
                 WHERE f.declaration = $1 AND f.kind = $2 AND coalesce(f.site, '') = $3
                   AND v.field = $4",
                &[&id, &kind, &site.unwrap_or(""), &field],
            )
            .expect("read the stored value")
            .get(0);
    }
    let db = rusqlite::Connection::open(s.path()).unwrap();
    db.query_row(
        "SELECT v.value FROM form_value v JOIN form f ON f.id = v.form
         WHERE f.declaration = ?1 AND f.kind = ?2 AND coalesce(f.site, '') = ?3 AND v.field = ?4",
        rusqlite::params![id, kind, site.unwrap_or(""), field],
        |r| r.get(0),
    )
    .unwrap()
}

store_test! {
    fn whole_campaign_with_send_back_and_second_transmission() {
        let (s, t) = setup();

        // ---- The Caf opens the call.
        let report = s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        assert_eq!(report["id"], CALL);
        assert_eq!(report["declarations"], 2, "{report}");
        assert_eq!(report["emails"], 5, "{report}");
        let not_ready = report["not_ready"].as_array().unwrap();
        assert_eq!(not_ready.len(), 1, "only B is not ready: {report}");
        assert_eq!(not_ready[0]["service"], B);
        assert_eq!(not_ready[0]["partner"], P);
        let problems = strs(&not_ready[0]["problems"]);
        assert!(
            problems.contains(&"no_approver".to_string()),
            "{problems:?}"
        );
        assert!(
            problems.contains(&"no_fda_service".to_string()),
            "{problems:?}"
        );
        assert!(!problems.contains(&"no_fdf".to_string()), "{problems:?}");

        // One e-mail per person, even for FDAS2 who holds two profiles on A, and FDF01 who holds
        // profiles on A and B: its e-mail lists both.
        let mails = s.outbox_of("call-open");
        assert_eq!(recipients(&mails), emails(&t.holders()));
        let id = s.decl_id(CALL, A);
        let id_b = s.decl_id(CALL, B);
        for m in &mails {
            assert_eq!(m["status"], "pending");
            assert!(m["subject"].as_str().unwrap().contains(CALL), "{m}");
            assert!(m["body"].as_str().unwrap().contains(A), "{m}");
            assert!(
                m["body"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("déclaration {id}")),
                "{m}"
            );
        }
        let fdf_mail = mails
            .iter()
            .find(|m| m["recipient"] == email_of(&t.fdf))
            .unwrap();
        assert!(fdf_mail["body"].as_str().unwrap().contains(B), "{fdf_mail}");
        let approver_mail = mails
            .iter()
            .find(|m| m["recipient"] == email_of(&t.approver))
            .unwrap();
        assert!(!approver_mail["body"].as_str().unwrap().contains(B));
        assert_eq!(
            s.json(AGENT, &["declaration", "list", "--call", CALL])
                .as_array()
                .unwrap()
                .len(),
            2,
            "the ram service gets no declaration of an alsh call"
        );

        // The declaration: one activity form per site and the financial form, all to enter.
        let d = s.show(id);
        assert_eq!(d["state"], "a-saisir");
        assert_eq!(d["call"], CALL);
        assert_eq!(d["service"], A);
        assert_eq!(d["forms"].as_array().unwrap().len(), 3, "{d}");
        for (kind, site) in [
            ("activity", Some("S1")),
            ("activity", Some("S2")),
            ("financial", None),
        ] {
            let f = form(&d, kind, site);
            assert_eq!(f["state"], "a-saisir");
            assert_eq!(f["values"], json!({}));
        }
        assert_eq!(
            strs(&form(&d, "activity", Some("S1"))["missing_fields"]),
            [
                "jours_ouverture",
                "heures_periscolaire",
                "heures_extrascolaire",
                "enfants_inscrits"
            ]
        );
        assert_eq!(d["controls"], json!([]));
        assert_eq!(d["totals"]["resultat"], Value::Null);
        // B has no site: one activity form for the service.
        let db = s.show(id_b);
        assert_eq!(db["forms"].as_array().unwrap().len(), 2, "{db}");
        assert_eq!(form(&db, "activity", None)["state"], "a-saisir");

        // ---- The site FDA of S1 starts, with a decimal comma.
        let d = s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["jours_ouverture=100", "heures_periscolaire=12,5"],
            false,
        );
        assert_eq!(d["state"], "saisie-en-cours");
        let f = form(&d, "activity", Some("S1"));
        assert_eq!(f["state"], "en-cours");
        assert_eq!(f["values"]["heures_periscolaire"], "12.50");
        assert_eq!(f["values"]["jours_ouverture"], "100");
        assert_eq!(f["updated_by"], t.site_fda.as_str());
        assert_eq!(
            strs(&f["missing_fields"]),
            ["heures_extrascolaire", "enfants_inscrits"]
        );
        assert_eq!(form(&d, "activity", Some("S2"))["state"], "a-saisir");
        assert_eq!(
            stored(&s, id, "activity", Some("S1"), "heures_periscolaire"),
            1250,
            "hours are stored as integer hundredths"
        );
        let d = s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["heures_extrascolaire=987,5", "enfants_inscrits=40"],
            true,
        );
        let f = form(&d, "activity", Some("S1"));
        assert_eq!(f["state"], "complet");
        assert_eq!(f["missing_fields"], json!([]));
        assert_eq!(d["state"], "saisie-en-cours");

        // ---- The service-level FDA enters site S2.
        let d = s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            S2_ACTIVITY,
            true,
        );
        assert_eq!(form(&d, "activity", Some("S2"))["state"], "complet");
        assert_eq!(
            form(&d, "activity", Some("S2"))["updated_by"],
            t.service_fda.as_str()
        );
        assert_eq!(d["totals"]["activity_total"], "2000.00");
        assert_eq!(form(&d, "financial", None)["state"], "a-saisir");

        // ---- The FDF enters the financial data: DEFICIT fires (33 % > 10 %).
        let d = s.enter(&t.fdf, id, "financial", None, FINANCIAL_DEFICIT, true);
        assert_eq!(d["state"], "saisie-en-cours");
        assert_eq!(form(&d, "financial", None)["state"], "complet");
        assert_eq!(
            form(&d, "financial", None)["values"]["charges_personnel"],
            "10000.00"
        );
        assert_eq!(
            stored(&s, id, "financial", None, "charges_personnel"),
            1_000_000,
            "money is stored as integer cents"
        );
        assert_eq!(d["totals"]["total_charges"], "15000.00");
        assert_eq!(d["totals"]["total_produits"], "10000.00");
        assert_eq!(d["totals"]["resultat"], "-5000.00");
        assert_eq!(control_codes(&d), ["DEFICIT"]);
        assert_eq!(d["controls"][0]["justification"], Value::Null);

        // ---- The approver takes it over: every form goes to the approval phase.
        let ids = id.to_string();
        let d = s.json(&t.approver, &["declaration", "approve", &ids]);
        assert_eq!(d["state"], "en-cours-approbation");
        for f in d["forms"].as_array().unwrap() {
            assert_eq!(f["state"], "complet", "{f}");
        }
        let missing = strs(&d["steps"]["missing"]);
        assert_eq!(missing.len(), 3, "{missing:?}");
        assert!(missing[0].starts_with("step 1"), "{missing:?}");
        assert!(missing[1].starts_with("step 2"), "{missing:?}");
        assert!(
            missing[2].starts_with("step 3") && missing[2].contains("DEFICIT"),
            "{missing:?}"
        );

        // Step 1, step 2.
        let d = s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        assert!(d["steps"]["activity_reviewed"].is_string(), "{d}");
        assert_eq!(d["steps"]["financial_reviewed"], Value::Null);
        let d = s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        assert!(d["steps"]["financial_reviewed"].is_string(), "{d}");
        assert_eq!(strs(&d["steps"]["missing"]).len(), 1);
        assert_eq!(d["steps"]["controls_justified"], false);

        // Step 3: the control that fires is justified.
        let why = "Subvention communale versée en janvier";
        let d = s.json(
            &t.approver,
            &["declaration", "justify", &ids, "DEFICIT", "--text", why],
        );
        assert_eq!(d["controls"][0]["code"], "DEFICIT");
        assert_eq!(d["controls"][0]["justification"], why);
        assert_eq!(d["steps"]["controls_justified"], true);
        assert_eq!(d["steps"]["missing"], json!([]));

        // Step 4: transmission.
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
        assert_eq!(d["transmitted_by"], t.approver.as_str());
        assert!(d["transmitted_at"].is_string());
        assert_eq!(s.show(id)["state"], "transmise-caf");

        // ---- The dashboard.
        let dash = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(dash["id"], CALL);
        assert_eq!(dash["status"], "open");
        assert_eq!(dash["declarations"], 2);
        assert_eq!(dash["transmitted"], 1);
        assert_eq!(
            dash["by_state"],
            json!({"a-saisir": 1, "saisie-en-cours": 0, "en-cours-approbation": 0,
                   "transmise-caf": 1, "a-revoir": 0})
        );
        assert_eq!(dash["late"], json!([]), "the deadline is not past");
        assert_eq!(dash["controls_fired"], json!({"DEFICIT": 1}));

        // ---- The Caf sends it back: a-revoir, and an e-mail to the approver.
        assert!(s.outbox_of("declaration-send-back").is_empty());
        let reason = "Détaillez les charges de personnel";
        let d = s.json(
            AGENT,
            &["declaration", "send-back", &ids, "--reason", reason],
        );
        assert_eq!(d["state"], "a-revoir");
        assert_eq!(d["sent_back_reason"], reason);
        assert_eq!(d["steps"]["activity_reviewed"], Value::Null);
        assert_eq!(d["steps"]["financial_reviewed"], Value::Null);
        let back = s.outbox_of("declaration-send-back");
        assert_eq!(back.len(), 1, "{back:?}");
        assert_eq!(back[0]["recipient"], email_of(&t.approver));
        assert_eq!(back[0]["recipient_login"], t.approver.as_str());
        assert_eq!(back[0]["status"], "pending");
        assert!(back[0]["subject"].as_str().unwrap().contains(&ids));
        assert!(back[0]["subject"].as_str().unwrap().contains(A));
        assert!(back[0]["body"].as_str().unwrap().contains(reason));
        let dash = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(dash["by_state"]["a-revoir"], 1);
        assert_eq!(dash["by_state"]["transmise-caf"], 0);

        // ---- A provider corrects: entry starts again.
        let d = s.enter(
            &t.fdf,
            id,
            "financial",
            None,
            &["produits_collectivites=5000"],
            true,
        );
        assert_eq!(d["state"], "saisie-en-cours");
        assert_eq!(
            form(&d, "financial", None)["values"]["produits_collectivites"],
            "5000.00"
        );
        assert_eq!(d["totals"]["resultat"], "-4000.00");
        assert_eq!(control_codes(&d), ["DEFICIT"], "27 % is still a deficit");

        // ---- Approval again: the previous pass's steps do not count.
        let d = s.json(&t.approver, &["declaration", "approve", &ids]);
        assert_eq!(d["state"], "en-cours-approbation");
        assert_eq!(d["steps"]["activity_reviewed"], Value::Null);
        assert_eq!(d["steps"]["financial_reviewed"], Value::Null);
        assert_eq!(
            d["controls"][0]["justification"],
            Value::Null,
            "a justification belongs to its approval pass"
        );
        assert_eq!(strs(&d["steps"]["missing"]).len(), 3, "{d}");
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        s.json(
            &t.approver,
            &[
                "declaration",
                "justify",
                &ids,
                "DEFICIT",
                "--text",
                "Charges détaillées",
            ],
        );
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
        assert_eq!(d["sent_back_reason"], Value::Null);
        assert_eq!(d["controls"][0]["justification"], "Charges détaillées");
        let dash = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(dash["by_state"]["transmise-caf"], 1);
        assert_eq!(dash["by_state"]["a-revoir"], 0);
        // Along the way: the one send-back e-mail, and each transmission's receipt to the
        // five holders.
        assert_eq!(s.outbox().len(), 6 + 2 * 5);
        assert_eq!(s.outbox_of("declaration-receipt").len(), 2 * 5);
    }
}

store_test! {
    fn open_call_covers_every_open_partner_or_those_named() {
        let (s, _t) = setup();
        // A second open partner with an alsh service (nobody holds a profile on it).
        s.open_partner("2016-00456", "Association Les Mômes");
        s.service_of_kind("ALSH-0100", "2016-00456", "alsh", &["N1"]);
        let r = s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        assert_eq!(r["declarations"], 3, "{r}");
        let services: BTreeSet<String> = r["not_ready"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["service"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            services,
            BTreeSet::from([B.to_string(), "ALSH-0100".to_string()])
        );
        let d = s.show(s.decl_id(CALL, "ALSH-0100"));
        assert_eq!(d["partner"], "2016-00456");
        assert_eq!(form(&d, "activity", Some("N1"))["state"], "a-saisir");

        // Named partners only.
        let r = s.open_call(
            "previsionnel",
            2020,
            "alsh",
            "2099-12-31",
            &["--partner", "2016-00456"],
        );
        assert_eq!(r["declarations"], 1, "{r}");
        assert_eq!(r["emails"], 0, "nobody holds a profile there");
        // The same call cannot be opened twice; only a Caf agent opens calls.
        s.refused(
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
                "2099-12-31",
            ],
            5,
        );
        s.refused(
            "ADM01",
            &[
                "call",
                "open",
                "--kind",
                "alsh",
                "--type",
                "actualise",
                "--year",
                "2019",
                "--deadline",
                "2099-12-31",
            ],
            4,
        );
    }
}

store_test! {
    fn dashboard_shows_late_declarations_after_the_deadline() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2020-01-31", &[]);
        let id = s.decl_id(CALL, A);
        let id_b = s.decl_id(CALL, B);
        let dash = s.json(AGENT, &["call", "show", CALL]);
        let late: BTreeSet<i64> = dash["late"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_i64().unwrap())
            .collect();
        assert_eq!(late, BTreeSet::from([id, id_b]), "{dash}");
        assert_eq!(dash["controls_fired"], json!({}));

        s.fill(&t, id, FINANCIAL_DEFICIT);
        let dash = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(dash["by_state"]["saisie-en-cours"], 1);
        assert_eq!(dash["by_state"]["a-saisir"], 1);
        assert_eq!(dash["late"].as_array().unwrap().len(), 2);
        assert_eq!(dash["controls_fired"], json!({"DEFICIT": 1}));

        s.approve_and_transmit(&t, id);
        let dash = s.json(AGENT, &["call", "show", CALL]);
        let late = dash["late"].as_array().unwrap();
        assert_eq!(late.len(), 1, "{dash}");
        assert_eq!(late[0]["id"], id_b);
        assert_eq!(late[0]["service"], B);
        assert_eq!(late[0]["state"], "a-saisir");
        assert_eq!(dash["by_state"]["transmise-caf"], 1);
    }
}

store_test! {
    fn remind_mails_only_the_holders_of_services_not_transmitted() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);

        s.ok(AGENT, &["call", "remind", CALL]);
        let reminders = s.outbox_of("call-remind");
        assert_eq!(recipients(&reminders), emails(&t.holders()));

        s.fill(&t, id, FINANCIAL_BALANCED);
        s.approve_and_transmit(&t, id);
        s.ok(AGENT, &["call", "remind", CALL]);
        let reminders = s.outbox_of("call-remind");
        assert_eq!(reminders.len(), 6, "5 then 1: {reminders:?}");
        let last = &reminders[5];
        assert_eq!(last["recipient"], email_of(&t.fdf), "only B's holder");
        let body = last["body"].as_str().unwrap();
        assert!(body.contains(B), "{body}");
        assert!(!body.contains(A), "A is transmitted: {body}");
        assert!(last["subject"].as_str().unwrap().contains(CALL));

        // Only a Caf agent reminds.
        s.refused(&t.admin, &["call", "remind", CALL], 4);
        s.refused(&t.approver, &["call", "remind", CALL], 4);
    }
}

store_test! {
    fn a_closed_call_accepts_no_more_entry() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        let id_b = s.decl_id(CALL, B);
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.json(&t.approver, &["declaration", "approve", &ids]);

        s.refused(&t.admin, &["call", "close", CALL], 4);
        s.ok(AGENT, &["call", "close", CALL]);
        let dash = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(dash["status"], "closed");
        assert!(dash["closed_at"].is_string());

        s.refused(
            &t.approver,
            &[
                "declaration",
                "enter",
                &ids,
                "activity",
                "--site",
                "S1",
                "--set",
                "enfants_inscrits=41",
            ],
            5,
        );
        s.refused(&t.approver, &["declaration", "review", &ids, "activity"], 5);
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        s.refused(
            &t.fdf,
            &[
                "declaration",
                "enter",
                &id_b.to_string(),
                "financial",
                "--set",
                "charges_personnel=1",
            ],
            5,
        );
        s.refused(AGENT, &["call", "remind", CALL], 5);
        s.refused(AGENT, &["call", "close", CALL], 5);
        // Still readable.
        assert_eq!(s.show(id)["state"], "en-cours-approbation");
    }
}

store_test! {
    fn a_returned_form_goes_back_to_its_providers_without_email() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        let outbox_before = s.outbox().len();

        let d = s.json(
            &t.approver,
            &[
                "declaration",
                "return",
                &ids,
                "activity",
                "--site",
                "S1",
                "--reason",
                "Heures à vérifier",
            ],
        );
        assert_eq!(d["state"], "en-cours-approbation");
        let f = form(&d, "activity", Some("S1"));
        assert_eq!(f["state"], "renvoye");
        assert_eq!(f["return_reason"], "Heures à vérifier");
        assert_eq!(form(&d, "activity", Some("S2"))["state"], "complet");
        assert_eq!(form(&d, "financial", None)["state"], "complet");
        assert_eq!(
            d["steps"]["activity_reviewed"],
            Value::Null,
            "the returned data must be reviewed again"
        );
        assert_eq!(s.outbox().len(), outbox_before, "a return sends no e-mail");

        // The other providers may not write during approval.
        s.refused(
            &t.fdf,
            &[
                "declaration",
                "enter",
                &ids,
                "financial",
                "--set",
                "produits_autres=2000",
            ],
            5,
        );
        s.refused(
            &t.site2_fda,
            &[
                "declaration",
                "enter",
                &ids,
                "activity",
                "--site",
                "S2",
                "--set",
                "enfants_inscrits=31",
            ],
            5,
        );
        s.refused(
            &t.service_fda,
            &[
                "declaration",
                "enter",
                &ids,
                "activity",
                "--site",
                "S2",
                "--set",
                "enfants_inscrits=31",
            ],
            5,
        );
        // Its providers may: the service-level FDA, then the site FDA who completes it.
        let d = s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S1"),
            &["heures_periscolaire=20"],
            false,
        );
        let f = form(&d, "activity", Some("S1"));
        assert_eq!(f["state"], "en-cours");
        assert_eq!(f["return_reason"], "Heures à vérifier", "still returned");
        assert_eq!(d["state"], "en-cours-approbation");
        let d = s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["heures_extrascolaire=980"],
            true,
        );
        let f = form(&d, "activity", Some("S1"));
        assert_eq!(f["state"], "complet");
        assert_eq!(f["return_reason"], Value::Null);
        assert_eq!(f["values"]["heures_periscolaire"], "20.00");
        assert_eq!(d["totals"]["activity_total"], "2000.00");
        // Complete again: back to the approver alone.
        s.refused(
            &t.site_fda,
            &[
                "declaration",
                "enter",
                &ids,
                "activity",
                "--site",
                "S1",
                "--set",
                "enfants_inscrits=41",
            ],
            5,
        );
        assert_eq!(s.outbox().len(), outbox_before);

        let d = s.approve_and_transmit_from_review(&t, id);
        assert_eq!(d["state"], "transmise-caf");
    }
}

/// The approver's steps 1–4 on a declaration already being approved.
trait FromReview {
    fn approve_and_transmit_from_review(&self, t: &Team, id: i64) -> Value;
}

impl FromReview for TestStore {
    fn approve_and_transmit_from_review(&self, t: &Team, id: i64) -> Value {
        let ids = id.to_string();
        self.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        self.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        for c in control_codes(&self.show(id)) {
            self.json(
                &t.approver,
                &["declaration", "justify", &ids, &c, "--text", "vu"],
            );
        }
        self.json(&t.approver, &["declaration", "transmit", &ids])
    }
}

store_test! {
    fn a_call_for_activity_only_does_not_ask_for_financial_data() {
        let (s, t) = setup();
        let r = s.open_call(
            "previsionnel",
            2020,
            "alsh",
            "2099-12-31",
            &["--forms", "activity"],
        );
        let call = "previsionnel-2020-alsh";
        assert_eq!(r["id"], call);
        assert_eq!(
            s.json(AGENT, &["call", "show", call])["forms"],
            json!(["activity"])
        );
        let id = s.decl_id(call, A);
        let ids = id.to_string();
        let d = s.show(id);
        let fin = form(&d, "financial", None);
        assert_eq!(fin["state"], "non-demande");
        assert_eq!(fin["missing_fields"], json!([]));
        assert_eq!(form(&d, "activity", Some("S1"))["state"], "a-saisir");

        s.refused(
            &t.fdf,
            &[
                "declaration",
                "enter",
                &ids,
                "financial",
                "--set",
                "charges_personnel=1000",
            ],
            5,
        );
        s.enter(&t.site_fda, id, "activity", Some("S1"), S1_ACTIVITY, true);
        s.enter(&t.site2_fda, id, "activity", Some("S2"), S2_ACTIVITY, true);
        let d = s.json(&t.approver, &["declaration", "approve", &ids]);
        assert_eq!(form(&d, "financial", None)["state"], "non-demande");
        assert_eq!(strs(&d["steps"]["missing"]).len(), 1, "only step 1: {d}");
        s.refused(
            &t.approver,
            &["declaration", "review", &ids, "financial"],
            5,
        );
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
        assert_eq!(d["totals"]["total_charges"], Value::Null);
    }
}

store_test! {
    fn control_thresholds_are_set_by_the_caf() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        s.fill(&t, id, FINANCIAL_DEFICIT);
        assert_eq!(control_codes(&s.show(id)), ["DEFICIT"]);

        // Only a Caf agent changes the settings.
        s.refused(&t.admin, &["config", "set", "controls.deficit", "50"], 4);
        s.refused(&t.approver, &["config", "set", "controls.deficit", "50"], 4);

        s.ok(AGENT, &["config", "set", "controls.deficit", "50"]);
        let settings = s.json(AGENT, &["config", "list"]);
        let deficit = settings
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["key"] == "controls.deficit")
            .unwrap();
        assert_eq!(deficit["value"], "50.00");
        assert_eq!(deficit["default"], "10");
        assert_eq!(
            control_codes(&s.show(id)),
            Vec::<String>::new(),
            "33 % < 50 %"
        );
        assert_eq!(
            s.json(AGENT, &["call", "show", CALL])["controls_fired"],
            json!({})
        );

        s.ok(AGENT, &["config", "set", "controls.deficit", "30"]);
        assert_eq!(control_codes(&s.show(id)), ["DEFICIT"], "33 % > 30 %");
    }
}

store_test! {
    fn variation_n1_compares_with_the_last_transmitted_declaration_of_the_same_type() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        s.open_call("reel", 2020, "alsh", "2099-12-31", &[]);
        s.open_call("previsionnel", 2020, "alsh", "2099-12-31", &[]);
        let d19 = s.decl_id("reel-2019-alsh", A);
        let d20 = s.decl_id("reel-2020-alsh", A);
        let p20 = s.decl_id("previsionnel-2020-alsh", A);

        // 2020: 1 300 hours a site instead of 1 000, +30 %.
        let plus30 = |id: i64| {
            s.enter(
                &t.site_fda,
                id,
                "activity",
                Some("S1"),
                &[
                    "jours_ouverture=100",
                    "heures_periscolaire=300",
                    "heures_extrascolaire=1000",
                    "enfants_inscrits=40",
                ],
                true,
            );
            s.enter(
                &t.service_fda,
                id,
                "activity",
                Some("S2"),
                &[
                    "jours_ouverture=100",
                    "heures_periscolaire=650",
                    "heures_extrascolaire=650",
                    "enfants_inscrits=30",
                ],
                true,
            );
            s.enter(&t.fdf, id, "financial", None, FINANCIAL_BALANCED, true);
        };
        plus30(d20);
        plus30(p20);
        assert_eq!(s.show(d20)["totals"]["activity_total"], "2600.00");
        assert_eq!(
            control_codes(&s.show(d20)),
            Vec::<String>::new(),
            "nothing transmitted before: nothing to compare with"
        );

        // 2019 transmitted with 2 000 hours.
        s.fill(&t, d19, FINANCIAL_BALANCED);
        assert_eq!(control_codes(&s.show(d19)), Vec::<String>::new());
        s.approve_and_transmit(&t, d19);

        assert_eq!(control_codes(&s.show(d20)), ["VARIATION_N1"]);
        assert_eq!(
            control_codes(&s.show(p20)),
            Vec::<String>::new(),
            "a previsionnel is not compared with a reel"
        );
        let dash = s.json(AGENT, &["call", "show", "reel-2020-alsh"]);
        assert_eq!(dash["controls_fired"], json!({"VARIATION_N1": 1}));

        // It must be justified to transmit.
        let ids = d20.to_string();
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        let err = s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        assert!(err.contains("VARIATION_N1"), "{err}");

        // The threshold is the store's.
        s.ok(AGENT, &["config", "set", "controls.variation_n1", "35"]);
        assert_eq!(
            control_codes(&s.show(d20)),
            Vec::<String>::new(),
            "30 % < 35 %"
        );
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
    }
}

store_test! {
    fn variation_n1_never_compares_with_a_later_year() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        s.open_call("reel", 2020, "alsh", "2099-12-31", &[]);
        let d19 = s.decl_id("reel-2019-alsh", A);
        let d20 = s.decl_id("reel-2020-alsh", A);
        // 2020 is transmitted first, with 2 600 hours.
        s.enter(
            &t.site_fda,
            d20,
            "activity",
            Some("S1"),
            &[
                "jours_ouverture=100",
                "heures_periscolaire=300",
                "heures_extrascolaire=1000",
                "enfants_inscrits=40",
            ],
            true,
        );
        s.enter(
            &t.service_fda,
            d20,
            "activity",
            Some("S2"),
            &[
                "jours_ouverture=100",
                "heures_periscolaire=650",
                "heures_extrascolaire=650",
                "enfants_inscrits=30",
            ],
            true,
        );
        s.enter(&t.fdf, d20, "financial", None, FINANCIAL_BALANCED, true);
        s.approve_and_transmit(&t, d20);
        // 2019, entered late with 2 000 hours: 2020 is not its year N-1.
        s.fill(&t, d19, FINANCIAL_BALANCED);
        assert_eq!(control_codes(&s.show(d19)), Vec::<String>::new());
    }
}

store_test! {
    fn activite_nulle_and_cout_horaire_fire_on_the_data_as_entered() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        let ids = id.to_string();
        // S1 open 100 days with no hours: ACTIVITE_NULLE, before the form is even complete.
        let d = s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["jours_ouverture=100", "heures_periscolaire=0"],
            false,
        );
        assert_eq!(control_codes(&d), ["ACTIVITE_NULLE"]);
        assert!(
            d["controls"][0]["message"].as_str().unwrap().contains("S1"),
            "{d}"
        );
        s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["heures_extrascolaire=0", "enfants_inscrits=0"],
            true,
        );
        s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            S2_ACTIVITY,
            true,
        );
        // 15 000 € for 1 000 hours: 15 € an hour, above 12.
        let d = s.enter(&t.fdf, id, "financial", None, FINANCIAL_BALANCED, true);
        assert_eq!(control_codes(&d), ["ACTIVITE_NULLE", "COUT_HORAIRE"]);

        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        s.json(
            &t.approver,
            &[
                "declaration",
                "justify",
                &ids,
                "activite_nulle",
                "--text",
                "Site fermé pour travaux",
            ],
        );
        let err = s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        assert!(
            err.contains("COUT_HORAIRE") && !err.contains("ACTIVITE_NULLE"),
            "{err}"
        );
        // The threshold is the store's: at 20 € an hour, COUT_HORAIRE does not fire any more.
        s.ok(AGENT, &["config", "set", "controls.cout_horaire_max", "20"]);
        assert_eq!(control_codes(&s.show(id)), ["ACTIVITE_NULLE"]);
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
        assert_eq!(d["controls"][0]["justification"], "Site fermé pour travaux");
    }
}

store_test! {
    fn every_step_of_the_workflow_is_in_the_audit_trail() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.approve_and_transmit(&t, id);
        s.json(
            AGENT,
            &[
                "declaration",
                "send-back",
                &id.to_string(),
                "--reason",
                "à revoir",
            ],
        );
        let trail = s.json(AGENT, &["audit"]);
        let done: BTreeSet<(String, String)> = trail
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["actor"].as_str().unwrap().to_string(),
                    e["action"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        for (actor, action) in [
            (AGENT, "call.open"),
            (t.site_fda.as_str(), "declaration.enter"),
            (t.service_fda.as_str(), "declaration.enter"),
            (t.fdf.as_str(), "declaration.enter"),
            (t.approver.as_str(), "declaration.approve"),
            (t.approver.as_str(), "declaration.review"),
            (t.approver.as_str(), "declaration.justify"),
            (t.approver.as_str(), "declaration.transmit"),
            (AGENT, "declaration.send_back"),
        ] {
            assert!(
                done.contains(&(actor.to_string(), action.to_string())),
                "no {action} by {actor} in the audit trail"
            );
        }
    }
}

store_test! {
    fn on_a_terminal_transmit_shows_the_synthesis_and_asks_first() {
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        s.json(
            &t.approver,
            &[
                "declaration",
                "justify",
                &ids,
                "DEFICIT",
                "--text",
                "Subvention à venir",
            ],
        );
        let transmit = ["declaration", "transmit", ids.as_str()];
        let before = s.dump();
        let (code, shown) = s.on_terminal(&t.approver, &transmit, &[("Transmit declaration", "n\r")]);
        assert_eq!(code, 5, "{shown}");
        // The synthesis (step 4): totals, the justified control; then the question.
        assert!(shown.contains("-5000.00"), "{shown}");
        assert!(shown.contains("DEFICIT"), "{shown}");
        assert!(shown.contains("Subvention à venir"), "{shown}");
        assert!(shown.contains("Transmit declaration"), "{shown}");
        assert!(shown.contains("cancelled"), "{shown}");
        assert_eq!(before, s.dump(), "cancelled: nothing changed");

        let (code, shown) = s.on_terminal(&t.approver, &transmit, &[("Transmit declaration", "oui\r")]);
        assert_eq!(code, 0, "{shown}");
        assert_eq!(s.show(id)["state"], "transmise-caf");

        // The Caf's send-back asks too.
        let back = [
            "declaration",
            "send-back",
            ids.as_str(),
            "--reason",
            "à revoir",
        ];
        let before = s.dump();
        let (code, shown) = s.on_terminal(AGENT, &back, &[("Send declaration", "non\r")]);
        assert_eq!(code, 5, "{shown}");
        assert_eq!(before, s.dump());
        // --yes skips the question.
        let mut yes = vec!["--yes"];
        yes.extend_from_slice(&back);
        let (code, shown) = s.on_terminal(AGENT, &yes, &[]);
        assert_eq!(code, 0, "{shown}");
        assert_eq!(s.show(id)["state"], "a-revoir");
    }
}

store_test! {
    fn cout_horaire_fires_below_its_lower_bound_too() {
        // SPEC §1: COUT_HORAIRE fires outside 2–12 € an hour; here under 2.
        let (s, t) = setup();
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        s.enter(&t.site_fda, id, "activity", Some("S1"), S1_ACTIVITY, true);
        s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            S2_ACTIVITY,
            true,
        );
        let financial = |charges: &str| {
            let personnel = format!("charges_personnel={charges}");
            let familles = format!("produits_familles={charges}");
            s.enter(
                &t.fdf,
                id,
                "financial",
                None,
                &[
                    &personnel,
                    "charges_fonctionnement=0",
                    &familles,
                    "produits_collectivites=0",
                    "produits_autres=0",
                ],
                true,
            )
        };
        // 3 000 € for 2 000 hours: 1,50 € an hour
        assert_eq!(control_codes(&financial("3000")), ["COUT_HORAIRE"]);
        // exactly 2,00 € an hour is inside the bounds
        assert!(control_codes(&financial("4000")).is_empty());
        // the bound is the store's
        financial("3000");
        s.ok(AGENT, &["config", "set", "controls.cout_horaire_min", "1"]);
        assert!(control_codes(&s.show(id)).is_empty());
    }
}

store_test! {
    fn a_call_of_a_thousand_services_opens_as_a_small_one() {
        // From 1 000 declarations, opening a call on PostgreSQL has the server analyse them
        // before reading the holders: same declarations, e-mails and report as without.
        let small = TestStore::with_sample();
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let mut csv = String::from("code,partner,kind,name\n");
        for i in 0..1000 {
            csv.push_str(&format!("ALSH-9{i:04},2016-00123,alsh,Centre {i}\n"));
        }
        s.ok(AGENT, &["import", &s.write(&d, "services.csv", csv)]);

        let few = small.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let many = s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let n = few["declarations"].as_i64().unwrap();
        assert_eq!(many["declarations"], n + 1000, "{many}");
        assert_eq!(many["emails"], few["emails"], "nobody holds the new services");
        let new: Vec<&Value> = many["not_ready"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["service"].as_str().unwrap().starts_with("ALSH-9"))
            .collect();
        assert_eq!(new.len(), 1000);
        assert_eq!(
            new[0]["problems"],
            json!(["no_approver", "no_fda_service", "no_fdf"])
        );
        // The existing services come first by code: same declaration ids, same e-mails.
        let texts = |s: &TestStore| -> Vec<(Value, Value, Value)> {
            s.outbox_of("call-open")
                .into_iter()
                .map(|m| (m["recipient"].clone(), m["subject"].clone(), m["body"].clone()))
                .collect()
        };
        assert_eq!(texts(&s), texts(&small));
        if s.store() == Store::Postgres {
            let stats: i64 = s
                .database()
                .superuser()
                .query_one(
                    "SELECT count(*) FROM pg_stats WHERE tablename = 'declaration'",
                    &[],
                )
                .unwrap()
                .get(0);
            assert!(stats > 0, "the declarations were not analysed");
        }
    }
}
