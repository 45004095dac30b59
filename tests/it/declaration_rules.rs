//! Every forbidden write on a declaration is refused with its exit code (4: not this
//! actor; 5: not in this state, not this data; 3: no such declaration) and leaves the
//! whole store as it was.

use crate::access::as_if_missing;
use crate::common::campaign::{
    control_codes, form, Team, FINANCIAL_BALANCED, FINANCIAL_DEFICIT, S1_ACTIVITY, S2_ACTIVITY,
};
use crate::common::{TestStore, AGENT};

const P: &str = "2016-00123";
const A: &str = "ALSH-0001";
const CALL: &str = "reel-2019-alsh";
const OTHER: &str = "AUTRE01";

/// The team of A, another open partner with one account, and the call open: returns the
/// declaration of A.
fn setup() -> (TestStore, Team, i64) {
    let s = TestStore::new();
    let t = s.alsh_team(P, A, "");
    s.open_partner("2016-00456", "Association voisine");
    s.person(OTHER, "2016-00456", true);
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    let id = s.decl_id(CALL, A);
    (s, t, id)
}

fn enter<'a>(id: &'a str, form: &'a str, site: Option<&'a str>, set: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["declaration", "enter", id, form];
    if let Some(site) = site {
        args.extend(["--site", site]);
    }
    args.push("--set");
    args.extend_from_slice(set);
    args
}

store_test! {
    fn writing_without_the_profile_for_the_form_is_forbidden() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        let s1 = enter(&ids, "activity", Some("S1"), &["jours_ouverture=10"]);
        let fin = enter(&ids, "financial", None, &["charges_personnel=10"]);
        // The FDF writes no activity.
        let err = s.refused(&t.fdf, &s1, 4);
        assert!(err.contains(&t.fdf) && err.contains("fda"), "{err}");
        // A site FDA writes no financial data.
        s.refused(&t.site_fda, &fin, 4);
        // The approver alone writes nothing before approval.
        s.refused(&t.approver, &s1, 4);
        s.refused(&t.approver, &fin, 4);
        // An administrator without profile, an account of another partner, a Caf agent.
        s.refused(&t.admin, &s1, 4);
        // To another partner's account, the declaration is not found (SPEC §7).
        as_if_missing(&s, OTHER, &s1, &ids);
        as_if_missing(&s, OTHER, &fin, &ids);
        s.refused(AGENT, &s1, 4);
        s.refused(AGENT, &fin, 4);
        // …while the right ones may.
        s.enter(
            &t.fdf,
            id,
            "financial",
            None,
            &["charges_personnel=10"],
            false,
        );
        s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["jours_ouverture=10"],
            false,
        );
    }
}

store_test! {
    fn a_site_fda_writes_its_own_site_only() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        let err = s.refused(
            &t.site_fda,
            &enter(&ids, "activity", Some("S2"), &["jours_ouverture=10"]),
            4,
        );
        assert!(err.contains("S2"), "{err}");
        s.refused(
            &t.site2_fda,
            &enter(&ids, "activity", Some("S1"), &["jours_ouverture=10"]),
            4,
        );
        // A site that does not exist, or no site on a service that has sites.
        s.refused(
            &t.service_fda,
            &enter(&ids, "activity", Some("S9"), &["jours_ouverture=10"]),
            5,
        );
        s.refused(
            &t.service_fda,
            &enter(&ids, "activity", None, &["jours_ouverture=10"]),
            5,
        );
        // The service-level FDA writes both sites.
        s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S1"),
            &["jours_ouverture=10"],
            false,
        );
        s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            &["jours_ouverture=10"],
            false,
        );
    }
}

store_test! {
    fn providers_cannot_write_during_approval() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.json(&t.approver, &["declaration", "approve", &ids]);
        for (who, form, site, set) in [
            (&t.site_fda, "activity", Some("S1"), "enfants_inscrits=41"),
            (&t.site2_fda, "activity", Some("S2"), "enfants_inscrits=41"),
            (
                &t.service_fda,
                "activity",
                Some("S2"),
                "enfants_inscrits=41",
            ),
            (&t.fdf, "financial", None, "produits_autres=2000"),
            (&t.site2_fda, "financial", None, "produits_autres=2000"),
        ] {
            let err = s.refused(who, &enter(&ids, form, site, &[set]), 5);
            assert!(err.contains("approv"), "{err}");
        }
        // Still forbidden to those without a profile.
        s.refused(
            &t.admin,
            &enter(&ids, "financial", None, &["produits_autres=2000"]),
            4,
        );
        // The approver corrects any form; the corrected data must be reviewed again.
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        let d = s.enter(
            &t.approver,
            id,
            "activity",
            Some("S2"),
            &["enfants_inscrits=41"],
            true,
        );
        assert_eq!(d["state"], "en-cours-approbation");
        assert_eq!(
            form(&d, "activity", Some("S2"))["values"]["enfants_inscrits"],
            "41"
        );
        assert!(d["steps"]["activity_reviewed"].is_null(), "{d}");
    }
}

store_test! {
    fn nothing_changes_after_transmission() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        s.approve_and_transmit(&t, id);
        assert_eq!(s.show(id)["state"], "transmise-caf");

        s.refused(
            &t.site_fda,
            &enter(&ids, "activity", Some("S1"), &["enfants_inscrits=41"]),
            5,
        );
        s.refused(
            &t.fdf,
            &enter(&ids, "financial", None, &["produits_autres=2000"]),
            5,
        );
        s.refused(
            &t.approver,
            &enter(&ids, "financial", None, &["produits_autres=2000"]),
            5,
        );
        s.refused(&t.approver, &["declaration", "approve", &ids], 5);
        s.refused(&t.approver, &["declaration", "review", &ids, "activity"], 5);
        s.refused(
            &t.approver,
            &["declaration", "review", &ids, "financial"],
            5,
        );
        s.refused(
            &t.approver,
            &[
                "declaration",
                "return",
                &ids,
                "financial",
                "--reason",
                "à revoir",
            ],
            5,
        );
        s.refused(
            &t.approver,
            &[
                "declaration",
                "justify",
                &ids,
                "DEFICIT",
                "--text",
                "encore",
            ],
            5,
        );
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
    }
}

store_test! {
    fn transmit_refuses_while_a_step_is_missing() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_DEFICIT);
        let transmit = ["declaration", "transmit", ids.as_str()];
        // Not even being approved.
        s.refused(&t.approver, &transmit, 5);
        s.json(&t.approver, &["declaration", "approve", &ids]);

        let err = s.refused(&t.approver, &transmit, 5);
        assert!(err.contains("step 1"), "{err}");
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);

        let err = s.refused(&t.approver, &transmit, 5);
        assert!(err.contains("step 2") && !err.contains("step 1"), "{err}");
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);

        let err = s.refused(&t.approver, &transmit, 5);
        assert!(
            err.contains("DEFICIT") && !err.contains("step 1") && !err.contains("step 2"),
            "{err}"
        );

        // A returned form that is not complete again.
        s.json(
            &t.approver,
            &[
                "declaration",
                "return",
                &ids,
                "activity",
                "--site",
                "S1",
                "--reason",
                "Heures ?",
            ],
        );
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
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
        let err = s.refused(&t.approver, &transmit, 5);
        assert!(err.contains("activity/S1"), "{err}");
        assert!(!err.contains("DEFICIT") && !err.contains("step"), "{err}");
        // Entered again without --done: still not complete.
        s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["heures_periscolaire=20"],
            false,
        );
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        let err = s.refused(&t.approver, &transmit, 5);
        assert!(err.contains("activity/S1"), "{err}");

        // Only the approver transmits.
        s.enter(&t.site_fda, id, "activity", Some("S1"), &[], true);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.refused(&t.site_fda, &transmit, 4);
        s.refused(AGENT, &transmit, 4);
        let d = s.json(&t.approver, &transmit);
        assert_eq!(d["state"], "transmise-caf");
    }
}

store_test! {
    fn the_steps_come_in_order_and_only_fired_controls_are_justified() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        s.fill(&t, id, FINANCIAL_BALANCED);
        // Nothing of the approver's before approval.
        s.refused(&t.approver, &["declaration", "review", &ids, "activity"], 5);
        s.refused(
            &t.approver,
            &["declaration", "return", &ids, "financial", "--reason", "x"],
            5,
        );
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.refused(&t.approver, &["declaration", "approve", &ids], 5);

        s.refused(
            &t.approver,
            &["declaration", "review", &ids, "financial"],
            5,
        );
        // Justifying before steps 1 and 2.
        s.refused(
            &t.approver,
            &["declaration", "justify", &ids, "DEFICIT", "--text", "x"],
            5,
        );
        // Only the approver reviews.
        s.refused(&t.fdf, &["declaration", "review", &ids, "activity"], 4);
        s.refused(AGENT, &["declaration", "review", &ids, "activity"], 4);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        // Balanced: DEFICIT does not fire; neither does COUT_HORAIRE (7,50 €/h).
        assert!(control_codes(&s.show(id)).is_empty());
        for c in [
            "DEFICIT",
            "COUT_HORAIRE",
            "VARIATION_N1",
            "ACTIVITE_NULLE",
            "NO_SUCH",
        ] {
            s.refused(
                &t.approver,
                &["declaration", "justify", &ids, c, "--text", "rien"],
                5,
            );
        }
        s.refused(
            &t.fdf,
            &["declaration", "return", &ids, "financial", "--reason", "x"],
            4,
        );
    }
}

store_test! {
    fn approve_needs_the_approver_and_some_data() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        // No data yet.
        s.refused(&t.approver, &["declaration", "approve", &ids], 5);
        s.enter(
            &t.site_fda,
            id,
            "activity",
            Some("S1"),
            &["jours_ouverture=10"],
            false,
        );
        s.refused(&t.site_fda, &["declaration", "approve", &ids], 4);
        s.refused(&t.fdf, &["declaration", "approve", &ids], 4);
        s.refused(AGENT, &["declaration", "approve", &ids], 4);
        as_if_missing(&s, OTHER, &["declaration", "approve", &ids], &ids);
        let d = s.json(&t.approver, &["declaration", "approve", &ids]);
        assert_eq!(d["state"], "en-cours-approbation");
    }
}

store_test! {
    fn only_the_forms_fields_with_well_formed_values() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        let s1 = |set: &[&'static str]| {
            let mut a: Vec<String> = [
                "declaration",
                "enter",
                &ids,
                "activity",
                "--site",
                "S1",
                "--set",
            ]
            .iter()
            .map(|x| x.to_string())
            .collect();
            a.extend(set.iter().map(|x| x.to_string()));
            a
        };
        let fin = |set: &[&'static str]| {
            let mut a: Vec<String> = ["declaration", "enter", &ids, "financial", "--set"]
                .iter()
                .map(|x| x.to_string())
                .collect();
            a.extend(set.iter().map(|x| x.to_string()));
            a
        };
        let refuse = |who: &str, args: Vec<String>| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            s.refused(who, &args, 5)
        };
        // A field of the other kind of service, of the other form, or unknown.
        let err = refuse(&t.site_fda, s1(&["etp_animateur=1,5"]));
        assert!(err.contains("etp_animateur"), "{err}");
        refuse(&t.site_fda, s1(&["charges_personnel=100"]));
        refuse(&t.fdf, fin(&["jours_ouverture=100"]));
        refuse(&t.site_fda, s1(&["nombre_de_licornes=3"]));
        // Computed fields are never entered.
        for computed in ["resultat=10", "total_charges=10", "total_produits=10"] {
            let err = refuse(&t.fdf, fin(&[computed]));
            assert!(err.contains("computed"), "{err}");
        }
        // Malformed values.
        refuse(&t.fdf, fin(&["charges_personnel=12,345"]));
        refuse(&t.fdf, fin(&["charges_personnel=-1"]));
        refuse(&t.fdf, fin(&["charges_personnel=abc"]));
        refuse(&t.fdf, fin(&["charges_personnel=1e3"]));
        refuse(&t.fdf, fin(&["charges_personnel="]));
        refuse(&t.fdf, fin(&["charges_personnel"]));
        refuse(&t.site_fda, s1(&["jours_ouverture=-1"]));
        refuse(&t.site_fda, s1(&["jours_ouverture=abc"]));
        let err = refuse(&t.site_fda, s1(&["jours_ouverture=12,5"]));
        assert!(err.contains("whole"), "{err}");
        refuse(&t.site_fda, s1(&["heures_periscolaire=1,255"]));
        // One bad value among good ones: nothing is stored.
        refuse(
            &t.site_fda,
            s1(&["jours_ouverture=10", "enfants_inscrits=abc"]),
        );
        assert_eq!(s.show(id)["state"], "a-saisir");

        // --done with fields missing.
        let mut done = s1(&["jours_ouverture=10", "heures_periscolaire=5"]);
        done.push("--done".into());
        let err = refuse(&t.site_fda, done);
        assert!(
            err.contains("heures_extrascolaire") && err.contains("enfants_inscrits"),
            "{err}"
        );
        let mut done = fin(&["charges_personnel=1 234,56"]);
        done.push("--done".into());
        refuse(&t.fdf, done);

        // Well-formed: spaces between thousands, a point or a comma.
        let d = s.enter(
            &t.fdf,
            id,
            "financial",
            None,
            &["charges_personnel=1 234,56", "charges_fonctionnement=10.5"],
            false,
        );
        let v = &form(&d, "financial", None)["values"];
        assert_eq!(v["charges_personnel"], "1234.56");
        assert_eq!(v["charges_fonctionnement"], "10.50");
    }
}

store_test! {
    fn send_back_is_the_cafs_and_only_for_transmitted_declarations() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        let back = [
            "declaration",
            "send-back",
            ids.as_str(),
            "--reason",
            "à revoir",
        ];
        // Not transmitted yet.
        s.refused(AGENT, &back, 5);
        s.fill(&t, id, FINANCIAL_BALANCED);
        s.refused(AGENT, &back, 5);
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.refused(AGENT, &back, 5);
        s.approve_and_transmit_again(&t, id);
        // Partner accounts may not send back, not even the approver.
        s.refused(&t.approver, &back, 4);
        s.refused(&t.admin, &back, 4);
        s.refused(OTHER, &back, 4);
        let d = s.json(AGENT, &back);
        assert_eq!(d["state"], "a-revoir");
        // Sent back once: not transmitted any more.
        s.refused(AGENT, &back, 5);
    }
}

trait AgainFromApproval {
    fn approve_and_transmit_again(&self, t: &Team, id: i64);
}

impl AgainFromApproval for TestStore {
    /// Steps 1–4 of a declaration already being approved.
    fn approve_and_transmit_again(&self, t: &Team, id: i64) {
        let ids = id.to_string();
        self.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        self.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        let d = self.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
    }
}

store_test! {
    fn an_unknown_declaration_is_not_found() {
        let (s, t, _id) = setup();
        s.refused(AGENT, &["declaration", "show", "9999"], 3);
        s.refused(
            &t.site_fda,
            &enter("9999", "activity", Some("S1"), &["jours_ouverture=1"]),
            3,
        );
        s.refused(&t.approver, &["declaration", "approve", "9999"], 3);
        s.refused(
            &t.approver,
            &["declaration", "review", "9999", "activity"],
            3,
        );
        s.refused(&t.approver, &["declaration", "transmit", "9999"], 3);
        s.refused(
            AGENT,
            &["declaration", "send-back", "9999", "--reason", "x"],
            3,
        );
        s.refused(AGENT, &["call", "show", "reel-1999-alsh"], 3);
    }
}

store_test! {
    fn a_partner_account_sees_its_own_declarations_only() {
        let (s, t, id) = setup();
        // Not found, as a declaration that does not exist: it was exit 4, naming P.
        as_if_missing(&s, OTHER, &["declaration", "show", &id.to_string()], &id.to_string());
        let mine = s.json(&t.fdf, &["declaration", "list"]);
        assert_eq!(mine.as_array().unwrap().len(), 1);
        let theirs = s.json(OTHER, &["declaration", "list"]);
        assert_eq!(theirs.as_array().unwrap().len(), 0);
        s.refused(OTHER, &["declaration", "list", "--partner", P], 4);
    }
}

store_test! {
    fn a_form_left_empty_must_be_completed_before_transmission() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        // Activity entered, the financial form never touched.
        s.enter(&t.site_fda, id, "activity", Some("S1"), S1_ACTIVITY, true);
        s.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            S2_ACTIVITY,
            true,
        );
        s.json(&t.approver, &["declaration", "approve", &ids]);
        s.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        let err = s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        assert!(err.contains("financial"), "{err}");
        // Returned to the FDF, who completes it.
        s.json(
            &t.approver,
            &[
                "declaration",
                "return",
                &ids,
                "financial",
                "--reason",
                "Données financières manquantes",
            ],
        );
        s.enter(&t.fdf, id, "financial", None, FINANCIAL_BALANCED, true);
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        s.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        let d = s.json(&t.approver, &["declaration", "transmit", &ids]);
        assert_eq!(d["state"], "transmise-caf");
    }
}

store_test! {
    fn a_suspended_holder_or_a_revoked_profile_writes_nothing() {
        let (s, t, id) = setup();
        let ids = id.to_string();
        s.ok(AGENT, &["account", "suspend", &t.fdf]);
        s.refused(
            &t.fdf,
            &enter(&ids, "financial", None, &["charges_personnel=10"]),
            4,
        );
        s.ok(
            &t.admin,
            &[
                "profile",
                "revoke",
                &t.site_fda,
                "fda",
                "--service",
                A,
                "--site",
                "S1",
            ],
        );
        s.refused(
            &t.site_fda,
            &enter(&ids, "activity", Some("S1"), &["jours_ouverture=10"]),
            4,
        );
    }
}

store_test! {
    fn a_ram_declaration_has_the_ram_fields() {
        let (s, t, _id) = setup();
        s.service_of_kind("RAM-0001", P, "ram", &[]);
        s.ok(
            &t.admin,
            &[
                "profile",
                "grant",
                &t.service_fda,
                "fda",
                "--service",
                "RAM-0001",
            ],
        );
        s.open_call("reel", 2019, "ram", "2099-12-31", &[]);
        let id = s.decl_id("reel-2019-ram", "RAM-0001");
        let ids = id.to_string();
        let d = s.show(id);
        assert_eq!(d["forms"].as_array().unwrap().len(), 2, "{d}");
        assert_eq!(
            form(&d, "activity", None)["missing_fields"],
            serde_json::json!([
                "etp_animateur",
                "assistants_maternels",
                "permanences",
                "ateliers"
            ])
        );
        s.refused(
            &t.service_fda,
            &enter(&ids, "activity", None, &["jours_ouverture=10"]),
            5,
        );
        s.refused(
            &t.service_fda,
            &enter(&ids, "activity", None, &["permanences=1,5"]),
            5,
        );
        s.refused(
            &t.service_fda,
            &enter(&ids, "activity", Some("S1"), &["permanences=10"]),
            5,
        );
        let d = s.enter(
            &t.service_fda,
            id,
            "activity",
            None,
            &[
                "etp_animateur=1,5",
                "permanences=40",
                "ateliers=0",
                "assistants_maternels=12",
            ],
            true,
        );
        assert_eq!(
            form(&d, "activity", None)["values"]["etp_animateur"],
            "1.50"
        );
        assert_eq!(d["totals"]["activity_total"], "1.50");
        // A RAM with permanences and no ETP: ACTIVITE_NULLE.
        let d = s.enter(
            &t.service_fda,
            id,
            "activity",
            None,
            &["etp_animateur=0"],
            true,
        );
        assert_eq!(control_codes(&d), ["ACTIVITE_NULLE"]);
    }
}

store_test! {
    fn a_closed_call_is_neither_reminded_nor_closed_again() {
        let s = TestStore::new();
        s.ok(
            AGENT,
            &[
                "call",
                "open",
                "--kind",
                "ram",
                "--type",
                "reel",
                "--year",
                "2019",
                "--deadline",
                "2020-04-30",
            ],
        );
        s.ok(AGENT, &["call", "remind", "reel-2019-ram"]);
        s.ok(AGENT, &["call", "close", "reel-2019-ram"]);
        let err = s.refused(AGENT, &["call", "remind", "reel-2019-ram"], 5);
        assert!(err.contains("already closed"), "{err}");
        let err = s.refused(AGENT, &["call", "close", "reel-2019-ram"], 5);
        assert!(err.contains("already closed"), "{err}");
        s.refused(AGENT, &["call", "close", "reel-2020-ram"], 3);
    }
}
