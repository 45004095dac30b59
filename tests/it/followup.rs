//! Issue #17's follow-up, end to end on both stores: `todo` for each kind of person,
//! `declaration history`, and the receipt queued with each transmission.

use serde_json::Value;

use crate::common::campaign::{Team, FINANCIAL_DEFICIT};
use crate::common::habilitation::email_of;
use crate::common::smtp::{down_url, SmtpServer};
use crate::common::{TestStore, AGENT};

const P: &str = "2016-00123";
const Q: &str = "2016-00456";
const A: &str = "ALSH-0001";
const B: &str = "ALSH-0002";
const CALL: &str = "reel-2019-alsh";

/// `todo -o json` as `who`.
fn todo(s: &TestStore, who: &str) -> Vec<Value> {
    s.json(who, &["todo"]).as_array().expect("a list").clone()
}

/// (task, command) of each item of `who`'s todo, in order.
fn tasks(s: &TestStore, who: &str) -> Vec<(String, String)> {
    todo(s, who)
        .iter()
        .map(|i| {
            (
                i["task"].as_str().unwrap().to_string(),
                i["command"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn task(task: &str, command: impl Into<String>) -> (String, String) {
    (task.to_string(), command.into())
}

/// The command that fills `form` (e.g. "activity --site S1") of declaration `id`.
fn fill(id: i64, form: &str) -> String {
    format!("afas declaration enter {id} {form} --set FIELD=VALUE… --done")
}

/// A date `days` from today, as YYYY-MM-DD.
pub(crate) fn in_days(days: i64) -> String {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    d.format(&iso).unwrap()
}

/// P's team with its declaration of the call filled by its providers (DEFICIT fires), and
/// QUSER01, a person of another partner, Q.
fn filled() -> (TestStore, Team, i64) {
    let s = TestStore::new();
    let t = s.alsh_team(P, A, "");
    s.open_partner(Q, "Commune Q");
    s.person("QUSER01", Q, false);
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    let id = s.decl_id(CALL, A);
    s.fill(&t, id, FINANCIAL_DEFICIT);
    (s, t, id)
}

store_test! {
    /// Each provider sees the forms of its own scope until they are complete, then the
    /// approver sees the declaration, then its next step; a returned form goes back to its
    /// providers only. Another partner's people see their own forms only.
    fn todo_gives_each_declarant_its_forms_then_the_approver_its_steps() {
        let s = TestStore::new();
        let t = s.alsh_team(P, A, "");
        let other = s.alsh_team(Q, B, "Q");
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let id = s.decl_id(CALL, A);
        let ids = id.to_string();
        let to_fill = |form: &str| task("form-to-fill", fill(id, form));
        assert_eq!(tasks(&s, &t.site_fda), [to_fill("activity --site S1")]);
        assert_eq!(
            tasks(&s, &t.service_fda),
            [to_fill("activity --site S1"), to_fill("activity --site S2")]
        );
        assert_eq!(tasks(&s, &t.fdf), [to_fill("financial")]);
        assert_eq!(
            tasks(&s, &t.site2_fda),
            [to_fill("activity --site S2"), to_fill("financial")]
        );
        assert_eq!(todo(&s, &t.site_fda)[0]["deadline"], "2099-12-31");
        assert!(tasks(&s, &t.approver).is_empty());
        // a ready partner's administrator: nothing waits, said in words on a table
        assert_eq!(s.ok(&t.admin, &["todo"]).trim(), "nothing waits for you");
        assert_eq!(s.ok(&t.admin, &["-o", "json", "todo"]).trim(), "[]");
        // the other partner's site FDA: its own declaration's form, nothing of P's
        let qid = s.decl_id(CALL, B);
        assert_eq!(
            tasks(&s, &other.site_fda),
            [task("form-to-fill", fill(qid, "activity --site S1"))]
        );

        s.enter(&t.site_fda, id, "activity", Some("S1"), &["jours_ouverture=100"], false);
        let started = todo(&s, &t.site_fda);
        assert!(
            started[0]["why"]
                .as_str()
                .unwrap()
                .starts_with("entry started; missing heures_periscolaire"),
            "{started:?}"
        );
        s.fill(&t, id, FINANCIAL_DEFICIT);
        for provider in [&t.site_fda, &t.service_fda, &t.fdf, &t.site2_fda] {
            assert!(tasks(&s, provider).is_empty(), "{provider}");
        }
        let approve = format!("afas declaration approve {id}");
        assert_eq!(tasks(&s, &t.approver), [task("ready-to-approve", &approve)]);

        s.json(&t.approver, &["declaration", "approve", &ids]);
        let review = format!("afas declaration review {id} activity");
        assert_eq!(tasks(&s, &t.approver), [task("in-approval", &review)]);
        s.json(
            &t.approver,
            &["declaration", "return", &ids, "activity", "--site", "S2", "--reason", "heures de S2 ?"],
        );
        let returned = task("form-returned", fill(id, "activity --site S2"));
        assert_eq!(tasks(&s, &t.site2_fda), std::slice::from_ref(&returned));
        assert_eq!(
            todo(&s, &t.site2_fda)[0]["why"],
            "returned by the approver: heures de S2 ?"
        );
        // the service-level FDA provides S2's form too; S1's FDA does not
        assert_eq!(tasks(&s, &t.service_fda), [returned]);
        assert!(tasks(&s, &t.site_fda).is_empty());
        s.enter(&t.site2_fda, id, "activity", Some("S2"), &[], true);
        assert!(tasks(&s, &t.site2_fda).is_empty());
        assert_eq!(tasks(&s, &t.approver), [task("in-approval", &review)]);
    }

    /// The Caf agent sees what was transmitted since a date (the last 7 days by default);
    /// what the Caf sends back waits for the approver, with the reason.
    fn todo_shows_the_caf_what_came_in_and_the_approver_what_came_back() {
        let (s, t, id) = filled();
        let ids = id.to_string();
        s.approve_and_transmit(&t, id);
        let show = format!("afas declaration show {id}");
        assert_eq!(tasks(&s, AGENT), [task("transmitted", &show)]);
        assert!(s.json(AGENT, &["todo", "--since", "2099-01-01"]).as_array().unwrap().is_empty());
        assert_eq!(
            s.json(AGENT, &["todo", "--since", "01/01/2000"]).as_array().unwrap().len(),
            1
        );
        let bad = s.refused(AGENT, &["todo", "--since", "soon"], 5);
        assert!(bad.contains("--since"), "{bad}");
        assert!(tasks(&s, &t.approver).is_empty());

        s.ok(AGENT, &["--yes", "declaration", "send-back", &ids, "--reason", "heures de S2"]);
        assert!(tasks(&s, AGENT).is_empty());
        let back = todo(&s, &t.approver);
        assert_eq!(back[0]["task"], "sent-back");
        assert_eq!(back[0]["why"], "sent back by the Caf: heures de S2");
        assert_eq!(back[0]["command"], format!("afas declaration approve {id}"));
        // a person of another partner: nothing of P's
        assert!(tasks(&s, "QUSER01").is_empty());
    }

    /// The Caf agent sees the open calls near their deadline with their progress, and the
    /// e-mails the relay refuses; the nearest deadline comes first, for the providers too.
    fn todo_shows_the_caf_calls_near_their_deadline_and_mails_failing() {
        let s = TestStore::new();
        let t = s.alsh_team(P, A, "");
        s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
        let soon = in_days(3);
        s.open_call("previsionnel", 2020, "alsh", &soon, &[]);
        let near = s.decl_id("previsionnel-2020-alsh", A);
        let far = s.decl_id(CALL, A);
        // opened later, due first
        assert_eq!(
            tasks(&s, &t.site_fda),
            [
                task("form-to-fill", fill(near, "activity --site S1")),
                task("form-to-fill", fill(far, "activity --site S1"))
            ]
        );
        let items = todo(&s, AGENT);
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!(items[0]["task"], "call-deadline");
        assert_eq!(
            items[0]["why"],
            "deadline in 3 days: 0/1 declarations transmitted"
        );
        assert_eq!(items[0]["command"], "afas call remind previsionnel-2020-alsh");
        assert_eq!(items[0]["deadline"], soon.as_str());

        s.run(AGENT, &["outbox", "send", "--smtp", &down_url()]);
        let items = todo(&s, AGENT);
        assert_eq!(items[0]["task"], "call-deadline", "the deadline first");
        let failing: Vec<&Value> = items.iter().filter(|i| i["task"] == "mail-failing").collect();
        assert_eq!(failing.len(), 10, "two calls' e-mails to five holders: {items:?}");
        assert_eq!(failing[0]["command"], "afas outbox send");
        // none of it is the partner's people's
        assert!(tasks(&s, &t.approver).is_empty());
        assert!(tasks(&s, &t.admin).is_empty());
    }

    /// Administrators and group managers see what `profile check` finds (services not
    /// ready, a group whose manager is suspended), each with the command that fixes it;
    /// the partner's other people, another partner and the Caf do not.
    fn todo_shows_administrators_and_managers_what_is_not_ready() {
        let s = TestStore::new();
        let p = s.afas_partner(P, "B", 2);
        s.service(A, P, &["S1"]);
        let q = s.afas_partner(Q, "C", 1);
        s.service(B, Q, &[]);
        let grant = |what: &str| task("not-ready", format!("afas profile grant LOGIN {what}"));
        let expected = [
            grant(&format!("approbateur --service {A}")),
            grant(&format!("fda --service {A}")),
            grant(&format!("fdf --service {A}")),
            grant(&format!("fda --service {A} --site S1")),
        ];
        // the administrator, the habiliter manager, the declarer manager
        for who in [p.admin.as_str(), p.giver.as_str(), p.d(0)] {
            assert_eq!(tasks(&s, who), expected, "{who}");
        }
        assert!(tasks(&s, p.d(1)).is_empty(), "a plain member of declarer");
        let theirs = tasks(&s, &q.admin);
        assert_eq!(theirs.len(), 3, "{theirs:?}");
        assert!(theirs.iter().all(|(_, c)| c.contains(&format!("--service {B}"))));
        assert!(tasks(&s, AGENT).is_empty());

        s.ok(AGENT, &["account", "suspend", &p.giver]);
        let now = tasks(&s, &p.admin);
        assert!(
            now.contains(&task(
                "group-without-manager",
                format!("afas group manager {P} habiliter LOGIN")
            )),
            "{now:?}"
        );
    }

    /// `declaration history`: every step, who and when, from the audit trail, to whoever
    /// may read the declaration; another partner's is answered as a missing one.
    fn declaration_history_tells_every_step() {
        let (s, t, id) = filled();
        let ids = id.to_string();
        let by_approver = |args: &[&str]| {
            let mut all = vec!["declaration", args[0], &ids];
            all.extend_from_slice(&args[1..]);
            s.json(&t.approver, &all);
        };
        by_approver(&["approve"]);
        by_approver(&["return", "activity", "--site", "S2", "--reason", "S2 ?"]);
        s.enter(&t.site2_fda, id, "activity", Some("S2"), &["heures_extrascolaire=500"], true);
        by_approver(&["review", "activity"]);
        by_approver(&["review", "financial"]);
        by_approver(&["justify", "DEFICIT", "--text", "subvention"]);
        by_approver(&["transmit"]);
        s.ok(AGENT, &["--yes", "declaration", "send-back", &ids, "--reason", "à revoir"]);

        let history = s.json(&t.site_fda, &["declaration", "history", &ids]);
        let steps: Vec<(&str, &str)> = history
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h["actor"].as_str().unwrap(), h["step"].as_str().unwrap()))
            .collect();
        let (fda1, fda2, fdasv, fdf, appro) = (
            t.site_fda.as_str(),
            t.site2_fda.as_str(),
            t.service_fda.as_str(),
            t.fdf.as_str(),
            t.approver.as_str(),
        );
        assert_eq!(
            steps,
            [
                (AGENT, "opened with call reel-2019-alsh"),
                (fda1, "activity/S1 form completed"),
                (fdasv, "activity/S2 form completed"),
                (fdf, "financial form completed"),
                (appro, "approval started (pass 1)"),
                (appro, "activity/S2 form returned to its providers"),
                (fda2, "activity/S2 form completed"),
                (appro, "activity data reviewed (step 1)"),
                (appro, "financial data reviewed (step 2)"),
                (appro, "control DEFICIT justified (step 3)"),
                (appro, "transmitted to the Caf (step 4)"),
                (AGENT, "sent back by the Caf"),
            ]
        );
        let details = |n: usize| history[n]["details"].as_str().unwrap().to_string();
        assert!(details(1).contains("jours_ouverture=100"), "{}", details(1));
        assert_eq!(details(5), "S2 ?");
        assert_eq!(details(9), "subvention");
        assert_eq!(details(11), "à revoir");
        assert!(history[1]["at"].as_str().unwrap().ends_with('Z'));
        // the Caf reads the same; on a table too
        assert_eq!(s.json(AGENT, &["declaration", "history", &ids]), history);
        assert!(s.ok(AGENT, &["declaration", "history", &ids]).contains("sent back by the Caf"));
        // another partner's person: the answer of a declaration that does not exist
        let hidden = s.refused("QUSER01", &["declaration", "history", &ids], 3);
        let missing = s.refused("QUSER01", &["declaration", "history", "999999"], 3);
        assert_eq!(hidden.replace(&ids, "N"), missing.replace("999999", "N"));
    }

    /// Transmitting queues, in its own transaction, a receipt to every active holder of the
    /// service's profiles, with the call, the service, the time, the totals and the
    /// controls with their justifications; a refused transmission queues none.
    fn transmitting_queues_a_receipt_with_the_synthesis() {
        let (s, t, id) = filled();
        let ids = id.to_string();
        // a suspended holder is told nothing
        s.ok(AGENT, &["account", "suspend", &t.fdf]);
        for step in [vec!["approve"], vec!["review", "activity"], vec!["review", "financial"]] {
            let mut args = vec!["declaration", step[0], &ids];
            args.extend_from_slice(&step[1..]);
            s.json(&t.approver, &args);
        }
        s.refused(&t.approver, &["declaration", "transmit", &ids], 5);
        assert!(s.outbox_of("declaration-receipt").is_empty());
        s.json(
            &t.approver,
            &["declaration", "justify", &ids, "DEFICIT", "--text", "subvention 2020 versée en 2021"],
        );
        s.ok(&t.approver, &["declaration", "transmit", &ids]);

        let mut mailed: Vec<String> = s
            .outbox_of("declaration-receipt")
            .iter()
            .map(|m| m["recipient_login"].as_str().unwrap().to_string())
            .collect();
        mailed.sort();
        let mut holders = vec![
            t.approver.clone(),
            t.site_fda.clone(),
            t.site2_fda.clone(),
            t.service_fda.clone(),
        ];
        holders.sort();
        assert_eq!(mailed, holders);
        let audited = &s.audit_rows("declaration.transmit")[0]["details"]["mailed"];
        assert_eq!(audited.as_array().unwrap().len(), 4, "{audited}");

        let server = SmtpServer::start();
        s.ok(AGENT, &["outbox", "send", "--smtp", &server.url()]);
        for login in [&t.approver, &t.site_fda] {
            let receipts: Vec<_> = server
                .to(&email_of(login))
                .into_iter()
                .filter(|m| m.subject().contains("accusé de réception"))
                .collect();
            assert_eq!(receipts.len(), 1, "{login}");
            let r = &receipts[0];
            assert_eq!(
                r.subject(),
                format!("Afas : accusé de réception de la déclaration {id} ({A})")
            );
            let body = r.body();
            for expected in [
                format!("La Caf a bien reçu la déclaration {id} ({A}, Accueil {A} – appel {CALL}), transmise le "),
                format!(" par {}.", t.approver),
                "Heures d'activité : 2000.00".to_string(),
                "Charges : 15000.00 € · Produits : 10000.00 € · Résultat : -5000.00 €".to_string(),
                "  - DEFICIT : ".to_string(),
                "Justification : subvention 2020 versée en 2021".to_string(),
            ] {
                assert!(body.contains(&expected), "missing {expected:?} in:\n{body}");
            }
        }
        assert!(server.to(&email_of(&t.fdf)).iter().all(|m| !m.subject().contains("accusé")));
    }
}
