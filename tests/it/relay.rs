//! E-mail through a real relay (SPEC §6): aiosmtpd, started by the test on 127.0.0.1
//! (tests/it/common/relay.rs) with STARTTLS, TLS from the start and AUTH under a
//! certificate the test makes. Each rule of the relay's URL, TLS, login, headers, sender
//! and address check has a test here that fails without it. The connection cut mid-message
//! uses the hand-written server (common/smtp.rs), which a real relay cannot be made to do.

use std::process::Output;

use crate::common::campaign::Team;
use crate::common::habilitation::email_of;
use crate::common::relay::{Mode, Options, Relay};
use crate::common::smtp::{Received, SmtpServer};
use crate::common::{Store, TestStore, AGENT};

const P: &str = "2016-00123";
const A: &str = "ALSH-0001";
const USER: &str = "afas16";
const PASSWORD: &str = "c0rrect-h0rse";

/// The team of A and a call open: five e-mails pending, one per profile holder.
fn setup() -> (TestStore, Team) {
    let s = TestStore::new();
    let t = s.alsh_team(P, A, "");
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    assert_eq!(s.outbox().len(), 5);
    (s, t)
}

/// `outbox send --smtp URL` as the Caf agent, with these environment variables.
fn send(s: &TestStore, url: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = s.cmd(Some(AGENT));
    cmd.args(["outbox", "send", "--smtp", url]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run afas")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit `code`, and stderr one `error:` line that never shows the password.
fn refused_in_one_line(out: &Output, code: i32) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(
        err.starts_with("error: ") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(!err.contains(PASSWORD), "{err}");
    err
}

/// Nothing was tried: five messages pending, none attempted.
fn untouched(s: &TestStore) {
    for m in s.outbox() {
        assert_eq!(
            (m["status"].as_str(), m["attempts"].as_i64()),
            (Some("pending"), Some(0)),
            "{m}"
        );
    }
}

fn ca(relay: &Relay) -> String {
    relay.ca().to_string_lossy().into_owned()
}

/// Runs SQL on the test's store, SQLite or PostgreSQL: what only a tamperer could write.
fn tamper(s: &TestStore, sql: &str) {
    match s.store() {
        Store::Sqlite => {
            s.db().execute_batch(sql).expect("tamper");
        }
        Store::Postgres => s.database().superuser().batch_execute(sql).expect("tamper"),
    }
}

store_test! {
    /// Plain SMTP to a relay: every message carries MIME-Version, Date and a Message-ID of
    /// its own, `<OUTBOX-ID.STORE-ID@afas>`.
    fn a_plain_relay_gets_message_id_mime_version_and_date() {
        let (s, t) = setup();
        let relay = Relay::start(Options::default());
        let out = send(&s, &relay.url_as("127.0.0.1", None), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        let got = relay.received();
        assert_eq!(got.len(), 5);
        let mut ids = Vec::new();
        for m in &got {
            assert_eq!(m.header("MIME-Version").as_deref(), Some("1.0"), "{}", m.data);
            assert!(m.header("Date").is_some_and(|d| d.contains(" +0000")), "{}", m.data);
            let id = m.message_id().expect("a Message-ID");
            let (left, right) = id.split_once('@').expect("left@right");
            assert_eq!(right, "afas");
            let (outbox_id, store_id) = left.split_once('.').expect("id.store");
            assert_eq!(store_id.len(), 32, "{id}");
            assert!(outbox_id.parse::<i64>().is_ok(), "{id}");
            ids.push(id);
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 5, "one Message-ID per message");
        let mut to: Vec<String> = got.iter().flat_map(|m| m.recipients.clone()).collect();
        to.sort();
        let mut holders: Vec<String> = t.holders().iter().map(|l| email_of(l)).collect();
        holders.sort();
        assert_eq!(to, holders);
    }
}

#[test]
fn starttls_required_is_refused_by_a_relay_that_does_not_offer_it() {
    let (s, _t) = setup();
    let relay = Relay::start(Options::default()); // plain: no STARTTLS offered
    let url = format!("{}?tls=required", relay.url());
    let err = refused_in_one_line(&send(&s, &url, &[]), 1);
    assert!(err.contains("does not offer STARTTLS"), "{err}");
    assert!(relay.received().is_empty());
    untouched(&s);
}

#[test]
fn starttls_with_a_login_delivers_and_a_wrong_password_is_exit_4() {
    let (s, _t) = setup();
    let relay = Relay::start(Options {
        mode: Mode::StartTls,
        login: Some((USER, PASSWORD)),
        ..Options::default()
    });
    let url = relay.url_as("localhost", Some(USER));
    let ca = ca(&relay);

    let err = refused_in_one_line(
        &send(
            &s,
            &url,
            &[("AFAS_SMTP_CA", &ca), ("AFAS_SMTP_PASSWORD", "wrong")],
        ),
        4,
    );
    assert!(
        err.contains("refused the login") && err.contains(USER),
        "{err}"
    );
    assert!(!err.contains("wrong"), "{err}");
    // No password at all: said before anything is contacted.
    let err = refused_in_one_line(&send(&s, &url, &[("AFAS_SMTP_CA", &ca)]), 2);
    assert!(err.contains("AFAS_SMTP_PASSWORD"), "{err}");
    // Without a login, the relay refuses the sender: the run stops, no message is at fault.
    let err = refused_in_one_line(&send(&s, &relay.url(), &[("AFAS_SMTP_CA", &ca)]), 1);
    assert!(err.contains("refused the sender"), "{err}");
    assert!(relay.received().is_empty());
    untouched(&s);

    let out = send(
        &s,
        &url,
        &[("AFAS_SMTP_CA", &ca), ("AFAS_SMTP_PASSWORD", PASSWORD)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(relay.received().len(), 5);
    // The credentials are nowhere in the store: not in the outbox, not in the audit.
    let dump = s.dump();
    assert!(
        !dump.contains(PASSWORD) && !dump.contains("wrong"),
        "a password was stored"
    );
    assert!(
        !dump.contains(&format!("{USER}@")),
        "the URL's user was stored"
    );
}

#[test]
fn implicit_tls_delivers_with_the_cafs_own_authority_and_not_with_the_system_roots() {
    let (s, _t) = setup();
    let relay = Relay::start(Options {
        mode: Mode::Smtps,
        login: Some((USER, PASSWORD)),
        ..Options::default()
    });
    let url = relay.url_as("localhost", Some(USER));
    // The system's roots do not know the test's certificate.
    let err = refused_in_one_line(&send(&s, &url, &[("AFAS_SMTP_PASSWORD", PASSWORD)]), 1);
    assert!(
        err.contains("TLS") && err.contains("nothing was sent"),
        "{err}"
    );
    untouched(&s);
    // AFAS_SMTP_CA that is not a certificate: a usage error.
    let not_pem = s.write(&s.dir(), "not.pem", "hello");
    let env = [
        ("AFAS_SMTP_PASSWORD", PASSWORD),
        ("AFAS_SMTP_CA", not_pem.as_str()),
    ];
    let err = refused_in_one_line(&send(&s, &url, &env), 2);
    assert!(err.contains("AFAS_SMTP_CA"), "{err}");

    let ca = ca(&relay);
    let out = send(
        &s,
        &url,
        &[("AFAS_SMTP_PASSWORD", PASSWORD), ("AFAS_SMTP_CA", &ca)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(relay.received().len(), 5);
}

#[test]
fn a_certificate_for_another_name_is_refused_in_one_line() {
    let (s, _t) = setup();
    for mode in [Mode::Smtps, Mode::StartTls] {
        let relay = Relay::start(Options {
            mode,
            cert_name: "relay.other.test",
            ..Options::default()
        });
        let err = refused_in_one_line(&send(&s, &relay.url(), &[("AFAS_SMTP_CA", &ca(&relay))]), 1);
        assert!(err.contains("TLS with the SMTP server localhost:"), "{err}");
        assert!(err.contains("not valid for name"), "{err}");
        assert!(relay.received().is_empty());
        untouched(&s);
    }
}

#[test]
fn a_password_in_the_url_is_refused_and_never_shown() {
    let (s, _t) = setup();
    for url in [
        format!("smtps://{USER}:{PASSWORD}@localhost:465"),
        format!("smtp://{USER}:{PASSWORD}@localhost:587?tls=required"),
    ] {
        let err = refused_in_one_line(&send(&s, &url, &[]), 2);
        assert!(err.contains("password in the URL"), "{err}");
    }
    // A login over plain SMTP would send the password in clear.
    let err = refused_in_one_line(&send(&s, &format!("smtp://{USER}@localhost:25"), &[]), 2);
    assert!(err.contains("in clear"), "{err}");
    untouched(&s);
}

store_test! {
    /// The same Message-ID on every attempt: a transfer cut mid-message, then delivered; and
    /// a message the relay accepted that the store still says is pending (a crash between
    /// the two, RELIABILITY.md) goes again under the same Message-ID, for receivers that
    /// de-duplicate on it. Two stores never share one.
    fn the_message_id_is_the_same_on_every_attempt_and_unique_across_stores() {
        let (s, _t) = setup();
        let server = SmtpServer::start();
        server.drop_during_data(1);
        assert_eq!(send(&s, &server.url(), &[]).status.code(), Some(1));
        let cut = server.cut_off();
        assert_eq!(cut.len(), 1);
        let first_id = cut[0].message_id().expect("the cut transfer's Message-ID");
        assert!(send(&s, &server.url(), &[]).status.success());
        let retried: Vec<Received> = server
            .received()
            .into_iter()
            .filter(|m| m.recipients == cut[0].recipients)
            .collect();
        assert_eq!(retried.len(), 1);
        assert_eq!(retried[0].message_id().as_deref(), Some(first_id.as_str()));

        // The crash window, on the real relay: the store forgets the message was sent.
        let relay = Relay::start(Options::default());
        let id = s.outbox()[2]["id"].as_i64().unwrap();
        tamper(&s, &format!("UPDATE outbox SET status = 'pending', sent_at = NULL WHERE id = {id}"));
        let before = server.received();
        assert!(send(&s, &relay.url(), &[]).status.success());
        let again = relay.received();
        assert_eq!(again.len(), 1);
        let original = before
            .iter()
            .find(|m| m.recipients == again[0].recipients)
            .expect("the first copy");
        assert_eq!(again[0].message_id(), original.message_id());

        // Another store, the same outbox ids: other Message-IDs.
        let (other, _) = setup();
        assert!(send(&other, &relay.url(), &[]).status.success());
        let theirs: Vec<String> = relay.received()[1..].iter().filter_map(Received::message_id).collect();
        let ours: Vec<String> = before.iter().filter_map(Received::message_id).collect();
        assert_eq!((theirs.len(), ours.len()), (5, 5));
        assert!(theirs.iter().all(|id| !ours.contains(id)), "{theirs:?} {ours:?}");
    }
}

store_test! {
    fn a_sender_with_a_display_name() {
        let (s, _t) = setup();
        let from = "Caf de la Charente <afas@caf16.caf.fr>";
        s.ok(AGENT, &["config", "set", "mail.from", from]);
        let settings = s.json(AGENT, &["config", "list"]);
        let stored = settings
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == "mail.from")
            .unwrap()["value"]
            .clone();
        assert_eq!(stored, from);
        for bad in ["Caf <afas@localhost>", "Caf\nBcc: x@y.fr <a@b.fr>", "Caf de la Charente", "Caf <a@[127.0.0.1]>"] {
            let err = s.refused(AGENT, &["config", "set", "mail.from", bad], 5);
            assert!(err.contains("mail.from"), "{err}");
        }
        let relay = Relay::start(Options::default());
        assert!(send(&s, &relay.url(), &[]).status.success());
        let got = relay.received();
        assert_eq!(got.len(), 5);
        for m in got {
            assert_eq!(m.from, "afas@caf16.caf.fr");
            assert_eq!(
                m.sender_header(),
                (Some("Caf de la Charente".to_string()), Some("afas@caf16.caf.fr".to_string()))
            );
        }
    }
}

store_test! {
    /// A recipient refused for good (550) three times is given up: `failed` with its
    /// reason in `outbox list`, never tried again. A relay down does not count.
    fn a_recipient_refused_for_good_is_given_up_after_three_tries() {
        let (s, t) = setup();
        let refused = email_of(&t.fdf);
        let relay = Relay::start(Options { reject: &[&refused], ..Options::default() });
        let runs = [
            (1, "sent 4, failed 1"),
            (1, "sent 0, failed 1"),
            (1, "sent 0, failed 0, given up 1"),
        ];
        for (i, (code, said)) in runs.iter().enumerate() {
            let out = send(&s, &relay.url(), &[]);
            assert_eq!(out.status.code(), Some(*code), "run {i}: {}", stderr(&out));
            assert!(stderr(&out).contains(said), "run {i}: {}", stderr(&out));
        }
        let m = s.outbox().into_iter().find(|m| m["recipient"] == refused.as_str()).unwrap();
        assert_eq!(m["status"], "failed", "{m}");
        assert_eq!(m["attempts"], 3, "{m}");
        let reason = m["last_error"].as_str().unwrap();
        assert!(reason.contains("given up after 3") && reason.contains("550"), "{reason}");
        assert!(s.json(AGENT, &["outbox", "list", "--pending"]).as_array().unwrap().is_empty());
        let table = s.ok(AGENT, &["outbox", "list"]);
        assert!(table.contains("failed") && table.contains("given up"), "{table}");
        assert_eq!(s.audit_rows("outbox.given_up").len(), 1);

        // Never tried again.
        let out = send(&s, &relay.url(), &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("sent 0, failed 0"));
        let m = s.outbox().into_iter().find(|m| m["recipient"] == refused.as_str()).unwrap();
        assert_eq!(m["attempts"], 3);
        assert_eq!(relay.received().len(), 4);
    }
}

store_test! {
    /// One check for creation, import and delivery: what the sender cannot address is
    /// refused at the door, and an address written past the door (by hand, in the store) is
    /// given up at once with the same reason, without troubling the relay.
    fn the_address_check_is_the_same_at_creation_import_and_delivery() {
        let (s, _t) = setup();
        let odd = ["a@[127.0.0.1]", "\"weird local\"@e.fr", "élodie@angouleme.fr"];
        for email in odd {
            let err = s.refused(
                AGENT,
                &["account", "create", "ODD00001", "--partner", P, "--first-name", "O",
                  "--last-name", "Dd", "--email", email],
                5,
            );
            assert!(err.contains("e-mail") && err.contains("not valid"), "{email}: {err}");
        }
        let dir = s.folder("odd");
        let mut csv = String::from("login,partner,first_name,last_name,email,admin\n");
        for (i, email) in odd.iter().enumerate() {
            csv.push_str(&format!("ODD0000{i},{P},O,Dd,\"{}\",no\n", email.replace('"', "\"\"")));
        }
        let file = s.write(&dir, "accounts.csv", csv);
        let rows = s.refused_rows(AGENT, &["import", &file]);
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(rows.iter().all(|r| r.column == "email"), "{rows:?}");

        let id = s.outbox()[0]["id"].as_i64().unwrap();
        tamper(&s, &format!("UPDATE outbox SET recipient = 'a@[127.0.0.1]' WHERE id = {id}"));
        let relay = Relay::start(Options::default());
        let out = send(&s, &relay.url(), &[]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("sent 4, failed 0, given up 1"), "{}", stderr(&out));
        let m = &s.outbox()[0];
        assert_eq!(m["status"], "failed", "{m}");
        let reason = m["last_error"].as_str().unwrap();
        assert!(reason.contains("given up") && reason.contains("not valid"), "{reason}");
        assert_eq!(relay.received().len(), 4);
        assert!(relay.received().iter().all(|r| !r.recipients.iter().any(|t| t.contains('['))));
    }
}
