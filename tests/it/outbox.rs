//! Delivery of the outbox over SMTP against a real server started by the test
//! (tests/it/common/smtp.rs): each message is delivered once, a failed one stays pending with
//! its error and is retried by the next `outbox send`, one already accepted never again.

use std::collections::BTreeMap;

use crate::common::campaign::{Team, FINANCIAL_BALANCED};
use crate::common::habilitation::email_of;
use crate::common::smtp::{down_url, SmtpServer};
use crate::common::{TestStore, AGENT};
use serde_json::Value;

const P: &str = "2016-00123";
const A: &str = "ALSH-0001";
const CALL: &str = "reel-2019-alsh";

/// The team of A and the call open: five call-open e-mails pending, one per holder.
fn setup() -> (TestStore, Team, i64) {
    let s = TestStore::new();
    let t = s.alsh_team(P, A, "");
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    let id = s.decl_id(CALL, A);
    assert_eq!(s.outbox().len(), 5);
    (s, t, id)
}

/// `outbox send --smtp URL` as the Caf agent: (exit code, stdout, stderr).
fn send(s: &TestStore, url: &str) -> (i32, String, String) {
    let out = s
        .cmd(Some(AGENT))
        .args(["outbox", "send", "--smtp", url])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn pending(s: &TestStore) -> Vec<Value> {
    s.json(AGENT, &["outbox", "list", "--pending"])
        .as_array()
        .unwrap()
        .clone()
}

/// Messages received per recipient address.
fn per_recipient(server: &SmtpServer) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in server.received() {
        for to in r.recipients {
            *m.entry(to).or_insert(0) += 1;
        }
    }
    m
}

fn once_each(addresses: &[String]) -> BTreeMap<String, usize> {
    addresses.iter().map(|a| (a.clone(), 1)).collect()
}

fn holder_emails(t: &Team) -> Vec<String> {
    t.holders().iter().map(|l| email_of(l)).collect()
}

store_test! {
    fn send_delivers_every_pending_message_once() {
        let (s, t, id) = setup();
        let server = SmtpServer::start();
        let (code, stdout, stderr) = send(&s, &server.url());
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("sent 5"), "{stdout}");

        assert_eq!(per_recipient(&server), once_each(&holder_emails(&t)));
        for login in t.holders() {
            let address = email_of(&login);
            let got = server.to(&address);
            let m = &got[0];
            assert_eq!(m.recipients, vec![address.clone()]);
            assert_eq!(m.from, "afas-noreply@caf.fr");
            assert!(
                m.to_addresses().contains(&address),
                "{:?}",
                m.to_addresses()
            );
            assert_eq!(m.subject(), format!("Afas : appel de déclaration {CALL}"));
            let body = m.body();
            assert!(body.contains(&format!("Bonjour Prénom {login}")), "{body}");
            assert!(
                body.contains(&format!("{A} Accueil {A} (déclaration {id})")),
                "{body}"
            );
            assert!(body.contains("2099-12-31"), "{body}");
        }

        assert!(pending(&s).is_empty());
        for m in s.outbox() {
            assert_eq!(m["status"], "sent", "{m}");
            assert_eq!(m["attempts"], 1, "{m}");
            assert_eq!(m["last_error"], Value::Null, "{m}");
            assert!(m["sent_at"].is_string(), "{m}");
        }

        // Each delivery is audited.
        let audit = s.json(AGENT, &["audit"]);
        let sent = audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "outbox.sent")
            .count();
        assert_eq!(sent, 5);

        // Nothing pending: nothing sent again.
        let (code, stdout, _) = send(&s, &server.url());
        assert_eq!(code, 0);
        assert!(stdout.contains("sent 0"), "{stdout}");
        assert_eq!(server.received().len(), 5);
    }
}

store_test! {
    fn server_down_keeps_messages_pending_until_it_comes_back() {
        let (s, t, _id) = setup();
        let down = down_url();
        let (code, _, stderr) = send(&s, &down);
        assert_eq!(code, 1, "{stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains("failed 5"),
            "{stderr}"
        );
        let p = pending(&s);
        assert_eq!(p.len(), 5);
        for m in &p {
            assert_eq!(m["status"], "pending");
            assert_eq!(m["attempts"], 1, "{m}");
            assert!(!m["last_error"].as_str().unwrap_or("").is_empty(), "{m}");
            assert_eq!(m["sent_at"], Value::Null);
        }
        // Still down: tried again.
        let (code, _, _) = send(&s, &down);
        assert_eq!(code, 1);
        assert!(pending(&s).iter().all(|m| m["attempts"] == 2));

        // Back: each delivered exactly once.
        let server = SmtpServer::start();
        let (code, stdout, stderr) = send(&s, &server.url());
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("sent 5"), "{stdout}");
        assert_eq!(per_recipient(&server), once_each(&holder_emails(&t)));
        assert!(pending(&s).is_empty());
        for m in s.outbox() {
            assert_eq!(m["status"], "sent");
            assert_eq!(m["attempts"], 3);
            assert_eq!(m["last_error"], Value::Null);
        }
        let (code, _, _) = send(&s, &server.url());
        assert_eq!(code, 0);
        assert_eq!(server.received().len(), 5);
    }
}

store_test! {
    fn a_rejected_recipient_stays_pending_and_the_others_are_not_sent_again() {
        let (s, t, _id) = setup();
        let server = SmtpServer::start();
        let refused_to = email_of(&t.fdf);
        server.reject(&refused_to);

        let (code, stdout, stderr) = send(&s, &server.url());
        assert_eq!(code, 1, "{stdout}");
        assert!(stderr.contains("sent 4, failed 1"), "{stderr}");
        let p = pending(&s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0]["recipient"], refused_to.as_str());
        assert_eq!(p[0]["attempts"], 1);
        let error = p[0]["last_error"].as_str().unwrap();
        assert!(error.contains("550"), "{error}");
        let others: Vec<String> = holder_emails(&t)
            .into_iter()
            .filter(|a| *a != refused_to)
            .collect();
        assert_eq!(per_recipient(&server), once_each(&others));

        // Fix nothing and send again: only the rejected one is tried, again.
        let (code, _, stderr) = send(&s, &server.url());
        assert_eq!(code, 1);
        assert!(stderr.contains("sent 0, failed 1"), "{stderr}");
        assert_eq!(per_recipient(&server), once_each(&others));
        let p = pending(&s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0]["attempts"], 2);
        for m in s
            .outbox()
            .iter()
            .filter(|m| m["recipient"] != refused_to.as_str())
        {
            assert_eq!(m["status"], "sent");
            assert_eq!(m["attempts"], 1);
        }
    }
}

store_test! {
    fn a_connection_dropped_mid_message_is_retried_once() {
        let (s, t, _id) = setup();
        let server = SmtpServer::start();
        server.drop_during_data(1);
        let (code, _, stderr) = send(&s, &server.url());
        assert_eq!(code, 1, "{stderr}");
        assert_eq!(server.dropped(), 1);
        assert_eq!(server.received().len(), 4);
        let p = pending(&s);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0]["last_error"].is_string());
        assert_eq!(p[0]["attempts"], 1);
        // The first message in the outbox is the one that was cut off.
        let first = &s.outbox()[0];
        assert_eq!(first["id"], p[0]["id"]);

        let (code, _, stderr) = send(&s, &server.url());
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(per_recipient(&server), once_each(&holder_emails(&t)));
        assert!(pending(&s).is_empty());
    }
}

store_test! {
    fn the_server_may_come_from_afas_smtp_url() {
        let (s, t, _id) = setup();
        let server = SmtpServer::start();
        let out = s
            .cmd(Some(AGENT))
            .env("AFAS_SMTP_URL", server.url())
            .args(["outbox", "send"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(per_recipient(&server), once_each(&holder_emails(&t)));
        assert!(pending(&s).is_empty());
    }
}

store_test! {
    fn send_without_a_server_is_a_usage_error_naming_smtp() {
        let (s, _t, _id) = setup();
        let err = s.refused(AGENT, &["outbox", "send"], 2);
        assert!(err.contains("--smtp"), "{err}");
        assert_eq!(pending(&s).len(), 5);
        // A URL that is not smtp://host:port.
        s.refused(
            AGENT,
            &["outbox", "send", "--smtp", "http://127.0.0.1:25"],
            2,
        );
        s.refused(
            AGENT,
            &["outbox", "send", "--smtp", "smtp://127.0.0.1:notaport"],
            2,
        );
        // Each URL form is in the help (TLS is tested against a real relay in relay.rs).
        let help = s.ok(AGENT, &["outbox", "send", "--help"]);
        for form in ["smtp://host", "?tls=required", "smtps://", "AFAS_SMTP_PASSWORD", "AFAS_SMTP_CA"] {
            assert!(help.contains(form), "{form}: {help}");
        }
        assert_eq!(pending(&s).len(), 5);
    }
}

store_test! {
    fn only_a_caf_agent_lists_or_sends_the_outbox() {
        let (s, t, _id) = setup();
        let server = SmtpServer::start();
        for who in [&t.admin, &t.approver, &t.fdf] {
            s.refused(who, &["outbox", "list"], 4);
            s.refused(who, &["outbox", "list", "--pending"], 4);
            s.refused(who, &["outbox", "send", "--smtp", &server.url()], 4);
        }
        assert_eq!(server.connections(), 0);
        assert!(server.received().is_empty());
        assert_eq!(pending(&s).len(), 5);
    }
}

store_test! {
    fn the_send_back_email_reaches_the_approver_with_its_reason() {
        let (s, t, id) = setup();
        s.fill(&t, id, FINANCIAL_BALANCED);
        s.approve_and_transmit(&t, id);
        s.ok(AGENT, &["config", "set", "mail.from", "afas@caf16.caf.fr"]);
        let server = SmtpServer::start();
        let (code, _, stderr) = send(&s, &server.url());
        assert_eq!(code, 0, "{stderr}");
        // the call's five e-mails, and the transmission's receipt to the five holders
        assert_eq!(server.received().len(), 10);

        let reason = "Précisez les charges de fonctionnement (« autres »)";
        s.json(
            AGENT,
            &[
                "declaration",
                "send-back",
                &id.to_string(),
                "--reason",
                reason,
            ],
        );
        let (code, _, stderr) = send(&s, &server.url());
        assert_eq!(code, 0, "{stderr}");
        let received = server.received();
        assert_eq!(received.len(), 11, "only the new message is sent");
        let m = &received[10];
        assert_eq!(m.recipients, vec![email_of(&t.approver)]);
        assert_eq!(m.from, "afas@caf16.caf.fr");
        assert_eq!(
            m.subject(),
            format!("Afas : déclaration {id} à revoir ({A})")
        );
        let body = m.body();
        assert!(body.contains(reason), "{body}");
        assert!(body.contains(CALL), "{body}");
        assert!(
            body.contains(&format!("Bonjour Prénom {}", t.approver)),
            "{body}"
        );
    }
}

store_test! {
    fn reminders_are_delivered_to_the_holders_of_services_not_transmitted() {
        let (s, t, id) = setup();
        // A second service where only the FDF holds a profile.
        s.service_of_kind("ALSH-0002", P, "alsh", &[]);
        s.ok(
            &t.admin,
            &["profile", "grant", &t.fdf, "fdf", "--service", "ALSH-0002"],
        );
        s.open_call("reel", 2020, "alsh", "2099-12-31", &[]);
        let server = SmtpServer::start();
        assert_eq!(send(&s, &server.url()).0, 0);
        let fdf_open = server.to(&email_of(&t.fdf));
        let last = fdf_open.last().unwrap();
        assert_eq!(last.subject(), "Afas : appel de déclaration reel-2020-alsh");
        assert!(last.body().contains("ALSH-0001") && last.body().contains("ALSH-0002"));

        s.fill(&t, id, FINANCIAL_BALANCED);
        s.approve_and_transmit(&t, id);
        // the transmission's receipts go first, so that what follows is the reminders alone
        assert_eq!(send(&s, &server.url()).0, 0);
        s.ok(AGENT, &["call", "remind", CALL]);
        let before = server.received().len();
        assert_eq!(send(&s, &server.url()).0, 0);
        assert_eq!(
            server.received().len(),
            before,
            "A transmitted: nobody to remind"
        );

        s.ok(AGENT, &["call", "remind", "reel-2020-alsh"]);
        assert_eq!(send(&s, &server.url()).0, 0);
        let new: Vec<_> = server.received().into_iter().skip(before).collect();
        assert_eq!(new.len(), 5, "every holder of 2020's services");
        let fdf = new
            .iter()
            .find(|m| m.recipients == vec![email_of(&t.fdf)])
            .unwrap();
        assert!(fdf.subject().contains("rappel"), "{}", fdf.subject());
        assert!(fdf.body().contains("ALSH-0002"));
    }
}

store_test! {
    fn two_senders_at_once_deliver_each_message_once() {
        let (s, t, _id) = setup();
        let server = SmtpServer::start();
        server.slow(std::time::Duration::from_millis(300));
        let url = server.url();
        let results: Vec<(i32, String, String)> = std::thread::scope(|scope| {
            let a = scope.spawn(|| send(&s, &url));
            let b = scope.spawn(|| send(&s, &url));
            vec![a.join().unwrap(), b.join().unwrap()]
        });
        for (code, _, stderr) in &results {
            assert_eq!(*code, 0, "{stderr}");
        }
        assert_eq!(per_recipient(&server), once_each(&holder_emails(&t)));
        assert!(pending(&s).is_empty());
        for m in s.outbox() {
            assert_eq!(m["attempts"], 1, "{m}");
        }
    }
}
