//! `profile check` (issue #3, SPEC §1 "Profiles": "A minimum that is not met … makes the
//! service not ready, which `profile check` reports"): each kind of problem, the exit codes,
//! the JSON for scripts, and the scoping by partner and service.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::habilitation::Partner;
use crate::common::{TestStore, AGENT};
use serde_json::Value;

const SVC: &str = "ALSH-0042";

/// One finding: (partner, service, site, problem).
type Finding = (String, Option<String>, Option<String>, String);

/// A fully ready partner P: its administrator, both groups with active managers, and
/// service ALSH-0042 with sites A and B, where declarer's manager d0 holds nothing,
/// d1 is the approver, d2 the service-level FDA, d3 the FDF, d4 the FDA of both sites.
fn ready() -> (TestStore, Partner) {
    let s = TestStore::new();
    let p = s.afas_partner("2016-00123", "P", 5);
    s.service(SVC, &p.code, &["A", "B"]);
    s.grant(&p.giver, p.d(1), "approbateur", SVC, None);
    s.grant(&p.giver, p.d(2), "fda", SVC, None);
    s.grant(&p.giver, p.d(3), "fdf", SVC, None);
    s.grant(&p.giver, p.d(4), "fda", SVC, Some("A"));
    s.grant(&p.giver, p.d(4), "fda", SVC, Some("B"));
    (s, p)
}

/// `profile check -o json ARGS` as `actor`: exit code and findings. Whatever the exit
/// code, stdout is the JSON array; on 5, stderr is one line saying how many were found.
fn check(s: &TestStore, actor: &str, args: &[&str]) -> (i32, Vec<Finding>, Vec<Value>) {
    let mut all = vec!["-o", "json", "profile", "check"];
    all.extend_from_slice(args);
    let before = s.dump();
    let out = s.run(actor, &all);
    assert_eq!(before, s.dump(), "profile check changed the store");
    let code = out.code.expect("exit code");
    let raw: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {:?} / {}", out.stdout, out.stderr));
    let raw = raw.as_array().expect("an array").clone();
    let mut findings: Vec<Finding> = raw
        .iter()
        .map(|f| {
            let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
            for k in ["partner", "service", "site", "problem", "message"] {
                assert!(keys.contains(&k), "finding without {k}: {f}");
            }
            assert!(
                !f["message"].as_str().unwrap().trim().is_empty(),
                "finding without a message: {f}"
            );
            (
                f["partner"].as_str().unwrap().to_string(),
                f["service"].as_str().map(str::to_string),
                f["site"].as_str().map(str::to_string),
                f["problem"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    findings.sort();
    match code {
        0 => {
            assert!(findings.is_empty(), "exit 0 with findings: {findings:?}");
            assert_eq!(out.stdout.trim(), "[]");
            assert!(out.stderr.is_empty(), "{}", out.stderr);
        }
        5 => {
            assert!(!findings.is_empty(), "exit 5 without findings");
            let n = findings.len();
            assert!(
                out.stderr.starts_with("error: ")
                    && out.stderr.trim_end().lines().count() == 1
                    && out.stderr.contains(&format!("{n} problem")),
                "{:?}",
                out.stderr
            );
        }
        other => panic!("profile check exited {other}: {}", out.stderr),
    }
    (code, findings, raw)
}

fn f(partner: &str, service: Option<&str>, site: Option<&str>, problem: &str) -> Finding {
    (
        partner.to_string(),
        service.map(str::to_string),
        site.map(str::to_string),
        problem.to_string(),
    )
}

fn message_of<'a>(raw: &'a [Value], problem: &str) -> &'a str {
    raw.iter()
        .find(|x| x["problem"] == problem)
        .and_then(|x| x["message"].as_str())
        .unwrap_or_else(|| panic!("no {problem} in {raw:?}"))
}

store_test! {
    fn a_fully_ready_partner_passes() {
        let (s, p) = ready();
        assert_eq!(check(&s, AGENT, &[]).0, 0);
        assert_eq!(check(&s, AGENT, &["--partner", &p.code]).0, 0);
        assert_eq!(check(&s, AGENT, &["--service", SVC]).0, 0);
        // a partner account checks its own partner
        assert_eq!(check(&s, &p.admin, &[]).0, 0);
        // for people: a line that says so
        let out = s.ok(AGENT, &["profile", "check"]);
        assert!(out.contains("all ready"), "{out}");
    }
}

store_test! {
    fn no_approver() {
        let (s, p) = ready();
        s.ok(
            &p.giver,
            &["profile", "revoke", p.d(1), "approbateur", "--service", SVC],
        );
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, Some(SVC), None, "no_approver")]);
        assert!(message_of(&raw, "no_approver").contains("approver"));
    }
}

store_test! {
    fn no_service_level_fda() {
        let (s, p) = ready();
        s.ok(
            &p.giver,
            &["profile", "revoke", p.d(2), "fda", "--service", SVC],
        );
        let (code, found, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        // the site FDAs do not stand in for the service level
        assert_eq!(found, vec![f(&p.code, Some(SVC), None, "no_fda_service")]);
    }
}

store_test! {
    fn a_site_without_fda() {
        let (s, p) = ready();
        s.ok(
            AGENT,
            &["service", "add-site", SVC, "C", "--name", "Site C"],
        );
        s.ok(
            &p.giver,
            &[
                "profile",
                "revoke",
                p.d(4),
                "fda",
                "--service",
                SVC,
                "--site",
                "A",
            ],
        );
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        // the service-level FDA does not stand in for a site
        assert_eq!(
            found,
            vec![
                f(&p.code, Some(SVC), Some("A"), "no_fda_site"),
                f(&p.code, Some(SVC), Some("C"), "no_fda_site"),
            ]
        );
        assert!(message_of(&raw, "no_fda_site").contains("site"));
    }
}

store_test! {
    fn no_fdf() {
        let (s, p) = ready();
        s.ok(
            &p.giver,
            &["profile", "revoke", p.d(3), "fdf", "--service", SVC],
        );
        let (code, found, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, Some(SVC), None, "no_fdf")]);
    }
}

store_test! {
    fn a_new_service_lacks_everything() {
        let (s, p) = ready();
        s.service("RAM-0007", &p.code, &["X"]);
        let (code, found, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        let r = Some("RAM-0007");
        assert_eq!(
            found,
            vec![
                f(&p.code, r, None, "no_approver"),
                f(&p.code, r, None, "no_fda_service"),
                f(&p.code, r, None, "no_fdf"),
                f(&p.code, r, Some("X"), "no_fda_site"),
            ]
        );
    }
}

store_test! {
    fn a_suspended_holder_is_reported() {
        let (s, p) = ready();
        // a second FDF, so that suspending it leaves the minimum met
        s.person("PDEC9", &p.code, false);
        s.ok(AGENT, &["group", "add", &p.code, "declarer", "PDEC9"]);
        s.grant(&p.giver, "PDEC9", "fdf", SVC, None);
        s.ok(AGENT, &["account", "suspend", "PDEC9"]);
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, Some(SVC), None, "holder_suspended")]);
        let msg = message_of(&raw, "holder_suspended");
        assert!(msg.contains("PDEC9") && msg.contains("fdf"), "{msg}");

        // reactivated: ready again
        s.ok(AGENT, &["account", "reactivate", "PDEC9"]);
        assert_eq!(check(&s, AGENT, &[]).0, 0);
    }
}

store_test! {
    fn a_suspended_holder_does_not_count_toward_the_minimums() {
        let (s, p) = ready();
        s.ok(AGENT, &["account", "suspend", p.d(4)]);
        let (code, found, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(
            found,
            vec![
                f(&p.code, Some(SVC), Some("A"), "holder_suspended"),
                f(&p.code, Some(SVC), Some("A"), "no_fda_site"),
                f(&p.code, Some(SVC), Some("B"), "holder_suspended"),
                f(&p.code, Some(SVC), Some("B"), "no_fda_site"),
            ]
        );

        s.ok(AGENT, &["account", "suspend", p.d(1)]);
        let (_, found, _) = check(&s, AGENT, &["--service", SVC]);
        assert!(found.contains(&f(&p.code, Some(SVC), None, "no_approver")));
        assert!(found.contains(&f(&p.code, Some(SVC), None, "holder_suspended")));
    }
}

store_test! {
    fn no_active_administrator() {
        let (s, p) = ready();
        s.ok(AGENT, &["account", "suspend", &p.admin]);
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, None, None, "no_admin")]);
        assert!(message_of(&raw, "no_admin").contains("administrator"));

        s.ok(AGENT, &["account", "reactivate", &p.admin]);
        assert_eq!(check(&s, AGENT, &[]).0, 0);
        s.ok(AGENT, &["account", "admin", &p.admin, "--revoke"]);
        let (code, found, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, None, None, "no_admin")]);
    }
}

store_test! {
    fn a_second_active_administrator_is_enough() {
        let (s, p) = ready();
        s.person("PADM2", &p.code, true);
        s.ok(AGENT, &["account", "suspend", &p.admin]);
        assert_eq!(check(&s, AGENT, &[]).0, 0);
    }
}

store_test! {
    fn missing_groups() {
        let (s, p) = ready();
        // Q: open, an administrator, declarer only
        s.open_partner("2017-00456", "Q");
        s.person("QADM1", "2017-00456", true);
        s.person("QDEC1", "2017-00456", false);
        s.ok(
            "QADM1",
            &[
                "group",
                "create",
                "2017-00456",
                "declarer",
                "--manager",
                "QDEC1",
            ],
        );
        // R: open, an administrator, no group at all
        s.open_partner("2018-00789", "R");
        s.person("RADM1", "2018-00789", true);
        // a pending partner is not checked: it has nothing yet
        s.ok(
            AGENT,
            &[
                "partner",
                "create",
                "2019-00001",
                "--name",
                "En attente",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );

        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(
            found,
            vec![
                f("2017-00456", None, None, "missing_group"),
                f("2018-00789", None, None, "missing_group"),
                f("2018-00789", None, None, "missing_group"),
            ]
        );
        let q: Vec<&str> = raw
            .iter()
            .filter(|x| x["partner"] == "2017-00456")
            .map(|x| x["message"].as_str().unwrap())
            .collect();
        assert!(q[0].contains("habiliter"), "{q:?}");
        let mut r: Vec<&str> = raw
            .iter()
            .filter(|x| x["partner"] == "2018-00789")
            .map(|x| x["message"].as_str().unwrap())
            .collect();
        r.sort();
        assert!(
            r[0].contains("declarer") && r[1].contains("habiliter"),
            "{r:?}"
        );
        assert_eq!(check(&s, AGENT, &["--partner", &p.code]).0, 0);
    }
}

store_test! {
    fn a_suspended_group_manager() {
        let (s, p) = ready();
        s.ok(AGENT, &["account", "suspend", &p.giver]);
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, None, None, "manager_suspended")]);
        assert!(message_of(&raw, "manager_suspended").contains("habiliter"));

        s.ok(AGENT, &["account", "reactivate", &p.giver]);
        s.ok(AGENT, &["account", "suspend", p.d(0)]);
        let (code, found, raw) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert_eq!(found, vec![f(&p.code, None, None, "manager_suspended")]);
        assert!(message_of(&raw, "manager_suspended").contains("declarer"));

        // naming an active manager fixes it
        s.ok(&p.admin, &["group", "manager", &p.code, "declarer", p.d(1)]);
        assert_eq!(check(&s, AGENT, &[]).0, 0);
    }
}

store_test! {
    fn the_table_for_people_exits_5_too() {
        let (s, p) = ready();
        s.ok(
            &p.giver,
            &["profile", "revoke", p.d(3), "fdf", "--service", SVC],
        );
        let out = s.run(AGENT, &["profile", "check"]);
        assert_eq!(out.code, Some(5), "{}", out.stderr);
        assert!(out.stdout.contains("no_fdf"), "{}", out.stdout);
        assert_eq!(out.stderr.trim_end(), "error: 1 problem found: not ready");
    }
}

store_test! {
    fn scoped_by_partner_and_service() {
        let (s, p) = ready();
        let q = s.afas_partner("2017-00456", "Q", 1);
        s.service("RAM-0007", &q.code, &[]);
        s.ok(AGENT, &["account", "suspend", &q.admin]);
        let r = Some("RAM-0007");

        let (code, all, _) = check(&s, AGENT, &[]);
        assert_eq!(code, 5);
        assert!(
            all.iter().all(|x| x.0 == q.code),
            "only Q is not ready: {all:?}"
        );

        assert_eq!(check(&s, AGENT, &["--partner", &p.code]).0, 0);
        assert_eq!(check(&s, AGENT, &["--service", SVC]).0, 0);

        let (code, found, _) = check(&s, AGENT, &["--partner", &q.code]);
        assert_eq!(code, 5);
        assert_eq!(
            found,
            vec![
                f(&q.code, None, None, "no_admin"),
                f(&q.code, r, None, "no_approver"),
                f(&q.code, r, None, "no_fda_service"),
                f(&q.code, r, None, "no_fdf"),
            ]
        );
        assert_eq!(found, all);

        // a service's check is about the service: not its partner's administrators
        let (code, found, _) = check(&s, AGENT, &["--service", "RAM-0007"]);
        assert_eq!(code, 5);
        assert_eq!(
            found,
            vec![
                f(&q.code, r, None, "no_approver"),
                f(&q.code, r, None, "no_fda_service"),
                f(&q.code, r, None, "no_fdf"),
            ]
        );

        // a partner account checks its own partner: P is ready whatever Q is
        assert_eq!(check(&s, &p.admin, &[]).0, 0);
        assert_eq!(check(&s, p.d(0), &["--service", SVC]).0, 0);
        let (code, found, _) = check(&s, q.d(0), &[]);
        assert_eq!(code, 5);
        assert_eq!(found, all);
        s.refused(&p.admin, &["profile", "check", "--partner", &q.code], 4);
        // Q's service is no service to P (SPEC §7)
        crate::access::as_if_missing(
            &s,
            &p.admin,
            &["profile", "check", "--service", "RAM-0007"],
            "RAM-0007",
        );
    }
}

store_test! {
    fn checking_what_does_not_exist_is_not_found() {
        let (s, _p) = ready();
        s.refused(AGENT, &["profile", "check", "--service", "NOPE-1"], 3);
        // a mistyped partner code is not "all ready"
        s.refused(AGENT, &["profile", "check", "--partner", "2099-99999"], 3);
    }
}

store_test! {
    fn call_open_reports_the_services_profile_check_finds_not_ready() {
        // `call open` counts the active holders from the holdings it reads for its e-mails,
        // `profile check` from every holding less the suspended ones: the same services
        // must come out not ready, with the same problems.
        let (s, p) = ready();
        // A second service: site X has no FDA, site Y the one who is suspended below.
        s.service("ALSH-0043", &p.code, &["X", "Y"]);
        s.grant(&p.giver, p.d(1), "approbateur", "ALSH-0043", None);
        s.grant(&p.giver, p.d(2), "fda", "ALSH-0043", None);
        s.grant(&p.giver, p.d(3), "fdf", "ALSH-0043", None);
        s.grant(&p.giver, p.d(4), "fda", "ALSH-0043", Some("Y"));
        // A third one nobody holds anything on, and a fourth without sites.
        s.service("ALSH-0044", &p.code, &["Z"]);
        s.service("ALSH-0045", &p.code, &[]);
        s.grant(&p.giver, p.d(1), "approbateur", "ALSH-0045", None);
        s.grant(&p.giver, p.d(2), "fda", "ALSH-0045", None);
        s.grant(&p.giver, p.d(3), "fdf", "ALSH-0045", None);
        s.grant(&p.giver, p.d(4), "fdf", "ALSH-0045", None);
        // The FDA of sites A, B and Y suspended, and the approver of all but the third.
        s.ok(AGENT, &["account", "suspend", p.d(4)]);
        s.ok(AGENT, &["account", "suspend", p.d(1)]);

        let (_, found, _) = check(&s, AGENT, &[]);
        let mut expected: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (_, service, site, problem) in found {
            let Some(service) = service else { continue };
            if problem == "holder_suspended" {
                continue;
            }
            let problem = if site.is_some() { "no_fda_site".to_string() } else { problem };
            expected.entry(service).or_default().insert(problem);
        }
        assert_eq!(expected.len(), 4, "{expected:?}");

        let r = s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let not_ready = r["not_ready"].as_array().unwrap();
        let got: BTreeMap<String, BTreeSet<String>> = not_ready
            .iter()
            .map(|n| {
                assert_eq!(n["partner"], p.code.as_str(), "{n}");
                let problems = n["problems"].as_array().unwrap();
                let problems = problems.iter().map(|x| x.as_str().unwrap().to_string());
                (n["service"].as_str().unwrap().to_string(), problems.collect())
            })
            .collect();
        assert_eq!(got, expected);
        // In service order, the service's problems first, a site's once after them.
        let services: Vec<&str> = not_ready.iter().map(|n| n["service"].as_str().unwrap()).collect();
        assert_eq!(services, ["ALSH-0042", "ALSH-0043", "ALSH-0044", "ALSH-0045"]);
        assert_eq!(
            not_ready[2]["problems"],
            serde_json::json!(["no_approver", "no_fda_service", "no_fdf", "no_fda_site"])
        );
        assert_eq!(
            not_ready[0]["problems"],
            serde_json::json!(["no_approver", "no_fda_site"])
        );
        // The suspended get no e-mail: d2 and d3 one each, whatever they hold.
        assert_eq!(r["emails"], 2, "{r}");
    }
}
