//! Services, sites and Afas profiles (issue #3, SPEC §1 "Services and sites", "Profiles"):
//! every limit at its boundary, every giver and receiver rule, `group remove` of a holder,
//! and `profile list`, all through the real binary.

use crate::access::as_if_missing;
use crate::common::habilitation::Partner;
use crate::common::{TestStore, AGENT};
use serde_json::{json, Value};

/// A store with partner P1 (tag P, `n` declarers) and service ALSH-0042 with sites A and B.
fn one_partner(n: usize) -> (TestStore, Partner) {
    let s = TestStore::new();
    let p = s.afas_partner("2016-00123", "P", n);
    s.service("ALSH-0042", &p.code, &["A", "B"]);
    (s, p)
}

const SVC: &str = "ALSH-0042";

fn grant_args<'a>(login: &'a str, profile: &'a str, site: Option<&'a str>) -> Vec<&'a str> {
    let mut args = vec!["profile", "grant", login, profile, "--service", SVC];
    if let Some(site) = site {
        args.extend(["--site", site]);
    }
    args
}

// ---------------------------------------------------------------------------------------
// Limits at their boundaries
// ---------------------------------------------------------------------------------------

store_test! {
    fn second_service_level_fda_accepted_third_refused() {
        let (s, p) = one_partner(3);
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        s.grant(&p.giver, p.d(1), "fda", SVC, None);
        assert_eq!(s.holders(SVC, "fda", None), vec![p.d(0), p.d(1)]);

        let err = s.refused(&p.giver, &grant_args(p.d(2), "fda", None), 5);
        assert!(
            err.contains(&format!(
                "service {SVC} already has 2 service-level FDA ({}, {})",
                p.d(0),
                p.d(1)
            )),
            "{err}"
        );
        assert!(err.contains("revoke one"), "{err}");

        // revoking one frees the place
        s.ok(
            &p.giver,
            &["profile", "revoke", p.d(0), "fda", "--service", SVC],
        );
        s.grant(&p.giver, p.d(2), "fda", SVC, None);
        assert_eq!(s.holders(SVC, "fda", None), vec![p.d(1), p.d(2)]);
    }
}

store_test! {
    fn two_fda_per_site_and_a_site_counts_for_itself_only() {
        let (s, p) = one_partner(4);
        // site A full
        s.grant(&p.giver, p.d(0), "fda", SVC, Some("A"));
        s.grant(&p.giver, p.d(1), "fda", SVC, Some("A"));
        let err = s.refused(&p.giver, &grant_args(p.d(2), "fda", Some("A")), 5);
        assert!(
            err.contains(&format!("2 FDA at site A ({}, {})", p.d(0), p.d(1))),
            "{err}"
        );
        assert!(err.contains("revoke one"), "{err}");

        // site B and the service level still have their two places each
        s.grant(&p.giver, p.d(2), "fda", SVC, Some("B"));
        s.grant(&p.giver, p.d(3), "fda", SVC, Some("B"));
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        s.grant(&p.giver, p.d(2), "fda", SVC, None);
        assert_eq!(s.holders(SVC, "fda", Some("A")), vec![p.d(0), p.d(1)]);
        assert_eq!(s.holders(SVC, "fda", Some("B")), vec![p.d(2), p.d(3)]);
        assert_eq!(s.holders(SVC, "fda", None), vec![p.d(0), p.d(2)]);

        // and now each scope is full
        let err = s.refused(&p.giver, &grant_args(p.d(0), "fda", Some("B")), 5);
        assert!(err.contains("FDA at site B"), "{err}");
        let err = s.refused(&p.giver, &grant_args(p.d(3), "fda", None), 5);
        assert!(err.contains("2 service-level FDA"), "{err}");
    }
}

store_test! {
    fn site_fda_limit_is_per_service() {
        // site A of another service is another scope
        let (s, p) = one_partner(3);
        s.service("ALSH-0043", &p.code, &["A"]);
        s.grant(&p.giver, p.d(0), "fda", SVC, Some("A"));
        s.grant(&p.giver, p.d(1), "fda", SVC, Some("A"));
        s.grant(&p.giver, p.d(2), "fda", "ALSH-0043", Some("A"));
        assert_eq!(s.holders("ALSH-0043", "fda", Some("A")), vec![p.d(2)]);
    }
}

store_test! {
    fn second_fdf_accepted_third_refused() {
        let (s, p) = one_partner(3);
        s.grant(&p.giver, p.d(0), "fdf", SVC, None);
        s.grant(&p.giver, p.d(1), "fdf", SVC, None);
        let err = s.refused(&p.giver, &grant_args(p.d(2), "fdf", None), 5);
        assert!(
            err.contains(&format!(
                "service {SVC} already has 2 FDF ({}, {})",
                p.d(0),
                p.d(1)
            )),
            "{err}"
        );
        assert!(err.contains("revoke one"), "{err}");
        assert_eq!(s.holders(SVC, "fdf", None), vec![p.d(0), p.d(1)]);
    }
}

store_test! {
    fn the_same_person_twice_in_one_scope_is_refused() {
        let (s, p) = one_partner(1);
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        let err = s.refused(&p.giver, &grant_args(p.d(0), "fda", None), 5);
        assert!(err.contains("already holds"), "{err}");
    }
}

store_test! {
    fn second_approver_refused_replace_swaps_it() {
        let (s, p) = one_partner(2);
        s.grant(&p.giver, p.d(0), "approbateur", SVC, None);
        let err = s.refused(&p.giver, &grant_args(p.d(1), "approbateur", None), 5);
        assert!(
            err.contains(&format!(
                "service {SVC} already has its approver ({})",
                p.d(0)
            )),
            "{err}"
        );
        assert!(err.contains("--replace"), "{err}");

        let mut args = grant_args(p.d(1), "approbateur", None);
        args.push("--replace");
        let out = s.ok(&p.giver, &args);
        assert!(out.contains(&format!("replacing {}", p.d(0))), "{out}");
        assert_eq!(s.holders(SVC, "approbateur", None), vec![p.d(1)]);
        assert!(
            s.holdings(&["--account", p.d(0)]).is_empty(),
            "the old approver still holds something"
        );

        // the swap is audited as a revocation of the old approver and a grant to the new one
        let revokes = s.audit_rows("profile.revoke");
        assert_eq!(revokes.len(), 1, "{revokes:?}");
        assert_eq!(revokes[0]["target"], p.d(0));
        assert_eq!(
            revokes[0]["details"],
            json!({"profile": "approbateur", "service": SVC, "site": null})
        );
        let grants = s.audit_rows("profile.grant");
        assert_eq!(grants.len(), 2, "{grants:?}");
        assert_eq!(grants[1]["target"], p.d(1));
        assert_eq!(grants[1]["actor"], p.giver.as_str());
        assert_eq!(grants[1]["details"]["profile"], "approbateur");
        assert_eq!(grants[1]["details"]["replaced"], p.d(0));
        assert!(
            grants[1]["id"].as_i64() > revokes[0]["id"].as_i64(),
            "the old approver is revoked before the new one is granted"
        );
    }
}

store_test! {
    fn replace_without_an_approver_just_grants() {
        let (s, p) = one_partner(1);
        let mut args = grant_args(p.d(0), "approbateur", None);
        args.push("--replace");
        s.ok(&p.giver, &args);
        assert_eq!(s.holders(SVC, "approbateur", None), vec![p.d(0)]);
        assert!(s.audit_rows("profile.revoke").is_empty());
    }
}

store_test! {
    fn replace_by_the_same_approver_is_refused() {
        let (s, p) = one_partner(1);
        s.grant(&p.giver, p.d(0), "approbateur", SVC, None);
        let mut args = grant_args(p.d(0), "approbateur", None);
        args.push("--replace");
        let err = s.refused(&p.giver, &args, 5);
        assert!(err.contains("already holds"), "{err}");
    }
}

store_test! {
    fn one_person_may_hold_all_three_profiles() {
        let (s, p) = one_partner(1);
        let d = p.d(0);
        s.grant(&p.giver, d, "fda", SVC, None);
        s.grant(&p.giver, d, "fdf", SVC, None);
        s.grant(&p.giver, d, "approbateur", SVC, None);
        s.grant(&p.giver, d, "fda", SVC, Some("A"));
        let held: Vec<(String, Option<String>)> = s
            .holdings(&["--account", d])
            .into_iter()
            .map(|(_, profile, _, site)| (profile, site))
            .collect();
        assert_eq!(
            held,
            vec![
                ("approbateur".to_string(), None),
                ("fda".to_string(), None),
                ("fda".to_string(), Some("A".to_string())),
                ("fdf".to_string(), None),
            ]
        );
    }
}

store_test! {
    fn every_grant_and_revoke_is_audited() {
        let (s, p) = one_partner(2);
        s.grant(&p.giver, p.d(0), "fda", SVC, Some("A"));
        s.grant(&p.giver, p.d(1), "fdf", SVC, None);
        s.ok(
            AGENT,
            &[
                "profile",
                "revoke",
                p.d(0),
                "fda",
                "--service",
                SVC,
                "--site",
                "A",
            ],
        );

        let grants = s.audit_rows("profile.grant");
        assert_eq!(grants.len(), 2, "{grants:?}");
        assert_eq!(grants[0]["actor"], p.giver.as_str());
        assert_eq!(grants[0]["target"], p.d(0));
        assert_eq!(grants[0]["partner"], p.code.as_str());
        assert_eq!(grants[0]["details"]["profile"], "fda");
        assert_eq!(grants[0]["details"]["service"], SVC);
        assert_eq!(grants[0]["details"]["site"], "A");
        assert_eq!(grants[1]["target"], p.d(1));
        assert_eq!(grants[1]["details"]["profile"], "fdf");
        assert_eq!(grants[1]["details"]["site"], Value::Null);

        let revokes = s.audit_rows("profile.revoke");
        assert_eq!(revokes.len(), 1, "{revokes:?}");
        assert_eq!(revokes[0]["actor"], AGENT);
        assert_eq!(revokes[0]["target"], p.d(0));
        assert_eq!(
            revokes[0]["details"],
            json!({"profile": "fda", "service": SVC, "site": "A"})
        );
        assert!(s.holdings(&["--account", p.d(0)]).is_empty());
    }
}

store_test! {
    fn revoking_a_profile_not_held_is_refused() {
        let (s, p) = one_partner(1);
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        // held at service level, not at site A
        let err = s.refused(
            &p.giver,
            &[
                "profile",
                "revoke",
                p.d(0),
                "fda",
                "--service",
                SVC,
                "--site",
                "A",
            ],
            5,
        );
        assert!(err.contains("does not hold"), "{err}");
        s.refused(
            &p.giver,
            &["profile", "revoke", p.d(0), "fdf", "--service", SVC],
            5,
        );
    }
}

// ---------------------------------------------------------------------------------------
// Who gives, who receives
// ---------------------------------------------------------------------------------------

store_test! {
    fn an_administrator_not_in_habiliter_may_not_give() {
        let (s, p) = one_partner(1);
        let err = s.refused(&p.admin, &grant_args(p.d(0), "fda", None), 4);
        assert!(err.contains("habiliter"), "{err}");
        // nor may a plain member of declarer, even its manager
        s.refused(p.d(0), &grant_args(p.d(0), "fda", None), 4);
    }
}

store_test! {
    fn a_member_of_habiliter_who_is_not_its_manager_may_give() {
        let (s, p) = one_partner(2);
        s.person("PHAB2", &p.code, false);
        s.ok(&p.admin, &["group", "add", &p.code, "habiliter", "PHAB2"]);
        s.grant("PHAB2", p.d(1), "fda", SVC, None);
        assert_eq!(s.holders(SVC, "fda", None), vec![p.d(1)]);
    }
}

store_test! {
    fn a_giver_of_another_partner_may_not_give() {
        let (s, p) = one_partner(1);
        let q = s.afas_partner("2017-00456", "Q", 1);
        // P's service is no service to Q's giver (SPEC §7; it was exit 4, naming P)
        as_if_missing(&s, &q.giver, &grant_args(p.d(0), "fda", None), SVC);
        // nor revoke
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        as_if_missing(
            &s,
            &q.giver,
            &["-y", "profile", "revoke", p.d(0), "fda", "--service", SVC],
            SVC,
        );
    }
}

store_test! {
    fn a_suspended_giver_may_not_give() {
        let (s, p) = one_partner(1);
        s.ok(AGENT, &["account", "suspend", &p.giver]);
        s.refused(&p.giver, &grant_args(p.d(0), "fda", None), 4);
    }
}

store_test! {
    fn a_plain_member_of_habiliter_may_not_revoke_when_removed_from_it() {
        let (s, p) = one_partner(1);
        s.person("PHAB2", &p.code, false);
        s.ok(&p.admin, &["group", "add", &p.code, "habiliter", "PHAB2"]);
        s.grant("PHAB2", p.d(0), "fda", SVC, None);
        s.ok(
            &p.admin,
            &["group", "remove", &p.code, "habiliter", "PHAB2"],
        );
        s.refused(
            "PHAB2",
            &["profile", "revoke", p.d(0), "fda", "--service", SVC],
            4,
        );
    }
}

store_test! {
    fn the_receiver_must_be_in_declarer() {
        let (s, p) = one_partner(1);
        let err = s.refused(&p.giver, &grant_args(&p.admin, "fda", None), 5);
        assert!(
            err.contains(&format!(
                "{} is not a member of the declarer group of partner {}: add it first",
                p.admin, p.code
            )),
            "{err}"
        );
        // the giver itself is in habiliter, not declarer
        s.refused(&p.giver, &grant_args(&p.giver, "fdf", None), 5);
    }
}

store_test! {
    fn the_receiver_must_belong_to_the_partner() {
        let (s, p) = one_partner(1);
        let q = s.afas_partner("2017-00456", "Q", 1);
        // to P's giver, Q's person is no one (SPEC §7)
        as_if_missing(&s, &p.giver, &grant_args(q.d(0), "fda", None), q.d(0));
        // a Caf agent, who sees both, is told why
        let err = s.refused(AGENT, &grant_args(q.d(0), "approbateur", None), 5);
        assert!(
            err.contains(&format!(
                "{} is not an account of partner {}, which runs service {SVC}: profiles go to",
                q.d(0),
                p.code
            )),
            "{err}"
        );
    }
}

store_test! {
    fn the_service_must_belong_to_the_receivers_partner() {
        let (s, p) = one_partner(1);
        let q = s.afas_partner("2017-00456", "Q", 1);
        s.service("RAM-0007", &q.code, &[]);
        // a Caf agent may give on any service, but not to a person of another partner
        let err = s.refused(
            AGENT,
            &["profile", "grant", p.d(0), "fda", "--service", "RAM-0007"],
            5,
        );
        assert!(err.contains(&q.code), "{err}");
    }
}

store_test! {
    fn a_caf_agent_receives_no_profile() {
        let (s, _p) = one_partner(1);
        s.refused(AGENT, &grant_args(AGENT, "fda", None), 5);
    }
}

store_test! {
    fn a_suspended_receiver_is_refused() {
        let (s, p) = one_partner(2);
        s.ok(AGENT, &["account", "suspend", p.d(1)]);
        let err = s.refused(&p.giver, &grant_args(p.d(1), "fdf", None), 5);
        assert!(err.contains("suspended"), "{err}");
    }
}

store_test! {
    fn an_unknown_site_is_refused() {
        let (s, p) = one_partner(1);
        let err = s.refused(&p.giver, &grant_args(p.d(0), "fda", Some("Z")), 5);
        assert!(err.contains("no site Z"), "{err}");
        assert!(err.contains("A, B"), "the message lists the sites: {err}");
        // a service without sites says so
        s.service("RAM-0007", &p.code, &[]);
        let err = s.refused(
            &p.giver,
            &[
                "profile",
                "grant",
                p.d(0),
                "fda",
                "--service",
                "RAM-0007",
                "--site",
                "A",
            ],
            5,
        );
        assert!(err.contains("has no sites"), "{err}");
    }
}

store_test! {
    fn a_site_is_for_fda_only() {
        let (s, p) = one_partner(1);
        for profile in ["fdf", "approbateur"] {
            let err = s.refused(&p.giver, &grant_args(p.d(0), profile, Some("A")), 5);
            assert!(err.contains("--site is for fda only"), "{err}");
        }
    }
}

store_test! {
    fn replace_is_for_the_approver_only() {
        let (s, p) = one_partner(1);
        for profile in ["fda", "fdf"] {
            let mut args = grant_args(p.d(0), profile, None);
            args.push("--replace");
            let err = s.refused(&p.giver, &args, 2);
            assert!(err.contains("--replace"), "{err}");
        }
    }
}

store_test! {
    fn unknown_service_and_unknown_login_are_not_found() {
        let (s, p) = one_partner(1);
        let err = s.refused(
            &p.giver,
            &["profile", "grant", p.d(0), "fda", "--service", "NOPE-1"],
            3,
        );
        assert!(err.contains("NOPE-1"), "{err}");
        let err = s.refused(&p.giver, &grant_args("NOBODY99", "fda", None), 3);
        assert!(err.contains("NOBODY99"), "{err}");
        s.refused(
            &p.giver,
            &["profile", "revoke", p.d(0), "fda", "--service", "NOPE-1"],
            3,
        );
    }
}

store_test! {
    fn an_unknown_profile_is_a_usage_error() {
        let (s, p) = one_partner(1);
        let before = s.dump();
        let out = s.run(&p.giver, &grant_args(p.d(0), "boss", None));
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(
            out.stderr.contains("fda"),
            "lists the profiles: {}",
            out.stderr
        );
        assert_eq!(before, s.dump());
    }
}

// ---------------------------------------------------------------------------------------
// Services and sites
// ---------------------------------------------------------------------------------------

fn create_args<'a>(code: &'a str, partner: &'a str) -> Vec<&'a str> {
    vec![
        "service",
        "create",
        code,
        "--partner",
        partner,
        "--kind",
        "ram",
        "--name",
        "Relais",
    ]
}

store_test! {
    fn a_service_needs_an_open_partner() {
        let s = TestStore::new();
        s.ok(
            AGENT,
            &[
                "partner",
                "create",
                "2018-00001",
                "--name",
                "En attente",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );
        s.ok(AGENT, &["partner", "document", "2018-00001", "convention"]);
        let err = s.refused(AGENT, &create_args("RAM-0001", "2018-00001"), 5);
        assert!(err.contains("not open"), "{err}");
        s.refused(AGENT, &create_args("RAM-0001", "2099-99999"), 3);
    }
}

store_test! {
    fn a_service_code_is_unique_across_partners() {
        let (s, p) = one_partner(1);
        let q = s.afas_partner("2017-00456", "Q", 1);
        let err = s.refused(AGENT, &create_args(SVC, &p.code), 5);
        assert!(err.contains("already exists"), "{err}");
        let err = s.refused(AGENT, &create_args(SVC, &q.code), 5);
        assert!(
            err.contains(&p.code),
            "names the partner that has it: {err}"
        );
    }
}

store_test! {
    fn a_site_code_is_unique_within_its_service_only() {
        let (s, p) = one_partner(1);
        let err = s.refused(
            AGENT,
            &["service", "add-site", SVC, "A", "--name", "Bis"],
            5,
        );
        assert!(err.contains("already has a site A"), "{err}");
        s.service("ALSH-0043", &p.code, &[]);
        s.ok(
            AGENT,
            &["service", "add-site", "ALSH-0043", "A", "--name", "Autre A"],
        );
        s.refused(
            AGENT,
            &["service", "add-site", "NOPE-1", "A", "--name", "X"],
            3,
        );
    }
}

store_test! {
    fn who_may_create_services_and_sites() {
        let (s, p) = one_partner(2);
        let q = s.afas_partner("2017-00456", "Q", 1);
        // the partner's administrator may
        s.ok(&p.admin, &create_args("RAM-0001", &p.code));
        s.ok(
            &p.admin,
            &[
                "service",
                "add-site",
                "RAM-0001",
                "NORD",
                "--name",
                "Nord",
                "--address",
                "1 rue de la Paix, 16000 Angoulême",
            ],
        );
        // a plain member, a giver, a group manager may not
        for who in [p.d(1), p.giver.as_str(), p.d(0)] {
            s.refused(who, &create_args("RAM-0002", &p.code), 4);
            s.refused(
                who,
                &["service", "add-site", "RAM-0001", "SUD", "--name", "Sud"],
                4,
            );
        }
        // nor an administrator of another partner, to whom P's service is no service
        s.refused(&q.admin, &create_args("RAM-0002", &p.code), 4);
        as_if_missing(
            &s,
            &q.admin,
            &["service", "add-site", "RAM-0001", "SUD", "--name", "Sud"],
            "RAM-0001",
        );
        // both changes are audited
        let actions: Vec<String> = s
            .json(AGENT, &["audit", "--actor", &p.admin])
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .filter(|a| a.starts_with("service."))
            .collect();
        assert_eq!(actions, vec!["service.create", "service.add_site"]);
    }
}

store_test! {
    fn service_show_lists_its_sites() {
        let (s, p) = one_partner(1);
        s.ok(
            AGENT,
            &[
                "service",
                "add-site",
                SVC,
                "C",
                "--name",
                "Site C",
                "--address",
                "2 place du Marché",
            ],
        );
        let v = s.json(p.d(0), &["service", "show", SVC]);
        assert_eq!(v["code"], SVC);
        assert_eq!(v["partner"], p.code.as_str());
        assert_eq!(v["kind"], "alsh");
        let sites: Vec<(&str, &str, Value)> = v["sites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["code"].as_str().unwrap(),
                    x["name"].as_str().unwrap(),
                    x["address"].clone(),
                )
            })
            .collect();
        assert_eq!(
            sites,
            vec![
                ("A", "Site A", Value::Null),
                ("B", "Site B", Value::Null),
                ("C", "Site C", json!("2 place du Marché")),
            ]
        );
        // another partner does not read it
        let q = s.afas_partner("2017-00456", "Q", 1);
        as_if_missing(&s, q.d(0), &["service", "show", SVC], SVC);
    }
}

store_test! {
    fn service_list_of_a_partner_account_is_its_own() {
        let (s, p) = one_partner(1);
        let q = s.afas_partner("2017-00456", "Q", 1);
        s.service("RAM-0007", &q.code, &[]);
        let codes = |actor: &str, args: &[&str]| -> Vec<String> {
            let mut all = vec!["service", "list"];
            all.extend_from_slice(args);
            s.json(actor, &all)
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["code"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(codes(AGENT, &[]), vec![SVC, "RAM-0007"]);
        assert_eq!(codes(p.d(0), &[]), vec![SVC]);
        assert_eq!(codes(AGENT, &["--partner", &q.code]), vec!["RAM-0007"]);
        s.refused(p.d(0), &["service", "list", "--partner", &q.code], 4);
    }
}

// ---------------------------------------------------------------------------------------
// Leaving declarer with profiles
// ---------------------------------------------------------------------------------------

store_test! {
    fn removing_a_holder_from_declarer_needs_revoke_profiles() {
        let (s, p) = one_partner(3);
        let d = p.d(1);
        s.grant(&p.giver, d, "fda", SVC, Some("A"));
        s.grant(&p.giver, d, "fdf", SVC, None);
        s.grant(&p.giver, d, "approbateur", SVC, None);
        s.grant(&p.giver, p.d(2), "fda", SVC, None);

        let err = s.refused(AGENT, &["group", "remove", &p.code, "declarer", d], 5);
        assert!(err.contains(&format!("{d} still holds profiles")), "{err}");
        assert!(err.contains("--revoke-profiles"), "{err}");
        // the declarer manager may not either
        s.refused(p.d(0), &["group", "remove", &p.code, "declarer", d], 5);

        // a member without profiles leaves without the flag
        s.person("PDEC9", &p.code, false);
        s.ok(AGENT, &["group", "add", &p.code, "declarer", "PDEC9"]);
        s.ok(p.d(0), &["group", "remove", &p.code, "declarer", "PDEC9"]);

        s.ok(
            p.d(0),
            &[
                "group",
                "remove",
                &p.code,
                "declarer",
                d,
                "--revoke-profiles",
            ],
        );
        let members = s.json(AGENT, &["group", "show", &p.code, "declarer"]);
        assert!(
            !members.to_string().contains(d),
            "{d} is still a member: {members}"
        );
        assert!(s.holdings(&["--account", d]).is_empty());
        // the other holder keeps its profile
        assert_eq!(s.holders(SVC, "fda", None), vec![p.d(2)]);

        let revokes = s.audit_rows("profile.revoke");
        assert_eq!(revokes.len(), 3, "{revokes:?}");
        let mut revoked: Vec<(String, Value)> = revokes
            .iter()
            .map(|r| {
                assert_eq!(r["target"], d);
                assert_eq!(r["actor"], p.d(0));
                assert_eq!(r["details"]["service"], SVC);
                (
                    r["details"]["profile"].as_str().unwrap().to_string(),
                    r["details"]["site"].clone(),
                )
            })
            .collect();
        revoked.sort_by_key(|(p, _)| p.clone());
        assert_eq!(
            revoked,
            vec![
                ("approbateur".to_string(), Value::Null),
                ("fda".to_string(), json!("A")),
                ("fdf".to_string(), Value::Null),
            ]
        );
        // one group.remove row too
        let removes: Vec<Value> = s
            .audit_rows("group.remove")
            .into_iter()
            .filter(|r| r["target"] == d)
            .collect();
        assert_eq!(removes.len(), 1, "{removes:?}");
    }
}

store_test! {
    fn a_removed_holder_frees_its_places() {
        let (s, p) = one_partner(2);
        s.grant(&p.giver, p.d(1), "approbateur", SVC, None);
        s.ok(
            AGENT,
            &[
                "group",
                "remove",
                &p.code,
                "declarer",
                p.d(1),
                "--revoke-profiles",
            ],
        );
        s.grant(&p.giver, p.d(0), "approbateur", SVC, None);
        // and, back in declarer, it may receive profiles again
        s.ok(AGENT, &["group", "add", &p.code, "declarer", p.d(1)]);
        s.grant(&p.giver, p.d(1), "fdf", SVC, None);
    }
}

// ---------------------------------------------------------------------------------------
// profile list
// ---------------------------------------------------------------------------------------

store_test! {
    fn profile_list_filters() {
        let (s, p) = one_partner(2);
        let q = s.afas_partner("2017-00456", "Q", 1);
        s.service("ALSH-0043", &p.code, &[]);
        s.service("RAM-0007", &q.code, &[]);
        s.grant(&p.giver, p.d(0), "fda", SVC, None);
        s.grant(&p.giver, p.d(1), "fdf", SVC, None);
        s.grant(&p.giver, p.d(0), "approbateur", "ALSH-0043", None);
        s.grant(&q.giver, q.d(0), "fdf", "RAM-0007", None);

        let logins_services =
            |v: Vec<(String, String, String, Option<String>)>| -> Vec<(String, String)> {
                v.into_iter().map(|(l, _, svc, _)| (l, svc)).collect()
            };
        assert_eq!(s.holdings(&[]).len(), 4);
        assert_eq!(
            logins_services(s.holdings(&["--service", SVC])),
            vec![
                (p.d(0).to_string(), SVC.to_string()),
                (p.d(1).to_string(), SVC.to_string())
            ]
        );
        assert_eq!(
            logins_services(s.holdings(&["--account", p.d(0)])),
            vec![
                (p.d(0).to_string(), "ALSH-0043".to_string()),
                (p.d(0).to_string(), SVC.to_string())
            ]
        );
        assert_eq!(
            logins_services(s.holdings(&["--partner", &q.code])),
            vec![(q.d(0).to_string(), "RAM-0007".to_string())]
        );
        assert_eq!(s.holdings(&["--partner", &p.code]).len(), 3);
        assert_eq!(
            s.holdings(&["--service", SVC, "--account", p.d(1)]),
            vec![(p.d(1).to_string(), "fdf".to_string(), SVC.to_string(), None)]
        );

        // a partner account sees its own partner only
        let seen = s.json(q.d(0), &["profile", "list"]);
        let seen = seen.as_array().unwrap();
        assert_eq!(seen.len(), 1, "{seen:?}");
        assert_eq!(seen[0]["partner"], q.code.as_str());
        let seen = s.json(q.d(0), &["profile", "list", "--service", SVC]);
        assert_eq!(seen, json!([]), "another partner's service leaks");
        let seen = s.json(q.d(0), &["profile", "list", "--account", p.d(0)]);
        assert_eq!(seen, json!([]), "another partner's account leaks");
        s.refused(q.d(0), &["profile", "list", "--partner", &p.code], 4);
        let seen = s.json(p.d(1), &["profile", "list", "--partner", &p.code]);
        assert_eq!(seen.as_array().unwrap().len(), 3);
    }
}

store_test! {
    fn a_caf_agent_gives_a_profile_itself() {
        // SPEC §1: profiles are given by a member of habiliter, or a Caf agent.
        let (s, p) = one_partner(1);
        s.ok(AGENT, &grant_args(p.d(0), "approbateur", None));
        assert_eq!(s.holders(SVC, "approbateur", None), [p.d(0)]);
        let grants = s.audit_rows("profile.grant");
        assert!(
            grants
                .iter()
                .any(|g| g["actor"] == AGENT && g["target"] == p.d(0)),
            "{grants:?}"
        );
    }
}
