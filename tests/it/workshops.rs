//! Workshops (SPEC §8, issue #17): the Caf's training sessions, on both stores. Each rule has
//! its test through the real binary: agent-only creation and its bounds, at most the
//! capacity, once per person, not after the date, only the person or an administrator of
//! its partner, never a suspended account, another partner's people invisible, the
//! confirmation e-mail, and a race of processes for the last places.

use std::process::{Child, Stdio};

use serde_json::Value;

use crate::common::habilitation::email_of;
use crate::common::smtp::SmtpServer;
use crate::common::{Store, TestStore, AGENT};

const A: &str = "2016-00123";
const B: &str = "2016-00456";

/// A date `days` from today (UTC, as afas counts), YYYY-MM-DD.
fn in_days(days: i64) -> String {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(days);
    d.format(time::macros::format_description!("[year]-[month]-[day]"))
        .expect("a date")
}

/// Two open partners: A with an administrator ADMA and people PA01, PA02…, B with an
/// administrator ADMB and one person PB01.
fn partners(people: usize) -> TestStore {
    let s = TestStore::new();
    s.open_partner(A, "Mairie");
    s.open_partner(B, "Association");
    s.person("ADMA", A, true);
    s.person("ADMB", B, true);
    for i in 1..=people {
        s.person(&format!("PA{i:02}"), A, false);
    }
    s.person("PB01", B, false);
    s
}

/// `workshop create` as the Caf agent, a week ahead unless `date`; its id.
fn create(s: &TestStore, date: Option<&str>, capacity: Option<&str>) -> String {
    let date = date.map(str::to_string).unwrap_or_else(|| in_days(7));
    let mut args = vec![
        "workshop",
        "create",
        "--date",
        &date,
        "--place",
        "Caf, salle de formation (6e étage)",
    ];
    if let Some(c) = capacity {
        args.extend(["--capacity", c]);
    }
    let w = s.json(AGENT, &args);
    w["id"].as_i64().expect("an id").to_string()
}

fn register(s: &TestStore, actor: &str, id: &str, login: &str) -> Value {
    s.json(actor, &["workshop", "register", id, login])
}

/// Who comes, as `actor` sees it.
fn who(s: &TestStore, actor: &str, id: &str) -> Vec<String> {
    s.json(actor, &["workshop", "show", id])["registrations"]
        .as_array()
        .expect("registrations")
        .iter()
        .map(|r| r["login"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Runs `sql` past afas as whoever can write the store; the store's refusal, if any.
fn store_refuses(s: &TestStore, sql: &str) -> Option<String> {
    match s.store() {
        Store::Sqlite => {
            let db = s.db();
            db.pragma_update(None, "foreign_keys", "ON").unwrap();
            db.execute_batch(sql).err().map(|e| e.to_string())
        }
        Store::Postgres => s
            .database()
            .superuser()
            .batch_execute(sql)
            .err()
            .map(|e| format!("{e:?}")),
    }
}

store_test! {
    fn only_a_caf_agent_creates_a_workshop_of_five_places_by_default() {
        let s = partners(1);
        let id = create(&s, None, None);
        let w = s.json(AGENT, &["workshop", "show", &id]);
        assert_eq!(w["capacity"], 5);
        assert_eq!((w["registered"].as_i64(), w["free"].as_i64()), (Some(0), Some(5)));
        assert_eq!(w["created_by"], AGENT);
        let audit = s.audit_rows("workshop.create");
        assert_eq!(audit.len(), 1);
        assert_eq!(audit[0]["target"], id.as_str());

        let date = in_days(7);
        let args = |capacity: &'static str, date: &str| -> Vec<String> {
            ["workshop", "create", "--date", date, "--place", "Caf", "--capacity", capacity]
                .map(str::to_string)
                .to_vec()
        };
        for who in ["ADMA", "PA01"] {
            let a = args("5", &date);
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let e = s.refused(who, &a, 4);
            assert!(e.contains("only a Caf agent may"), "{e}");
        }
        for (capacity, date, why) in [
            ("0", date.clone(), "1 to 50 places"),
            ("51", date.clone(), "1 to 50 places"),
            ("5", in_days(-1), "is in the past"),
            ("5", in_days(3 * 366), "years ahead"),
            ("5", "2026-02-30".to_string(), "not a valid date"),
        ] {
            let a = args(capacity, &date);
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            let e = s.refused(AGENT, &a, 5);
            assert!(e.contains(why), "{capacity} {date}: {e}");
        }
        // a workshop today is still ahead; a day-first date is read as the rest of afas does
        create(&s, Some(&in_days(0)), Some("1"));
        let iso = in_days(20);
        let french = format!("{}/{}/{}", &iso[8..10], &iso[5..7], &iso[..4]);
        let w = s.json(AGENT, &["workshop", "create", "--date", &french, "--place", "Caf"]);
        assert_eq!(w["date"], iso.as_str());
        assert_eq!(s.json(AGENT, &["workshop", "list"]).as_array().unwrap().len(), 3);
    }
}

store_test! {
    fn at_most_the_capacity_and_a_place_given_back_is_taken_again() {
        let s = partners(3);
        let id = create(&s, None, Some("2"));
        register(&s, "PA01", &id, "PA01");
        let w = register(&s, "PA02", &id, "PA02");
        assert_eq!((w["registered"].as_i64(), w["free"].as_i64()), (Some(2), Some(0)));
        let e = s.refused("PA03", &["workshop", "register", &id, "PA03"], 5);
        assert!(e.contains(&format!("workshop {id} is full")), "{e}");
        // an administrator cannot squeeze one more in either
        s.refused("ADMA", &["workshop", "register", &id, "PA03"], 5);

        s.ok("PA01", &["workshop", "unregister", &id, "PA01"]);
        register(&s, "PA03", &id, "PA03");
        let mut comes = who(&s, AGENT, &id);
        comes.sort();
        assert_eq!(comes, ["PA02", "PA03"]);
        assert_eq!(s.audit_rows("workshop.register").len(), 3);
        assert_eq!(s.audit_rows("workshop.unregister").len(), 1);
    }
}

store_test! {
    fn a_person_is_registered_once_per_session() {
        let s = partners(1);
        let id = create(&s, None, None);
        let other = create(&s, None, None);
        register(&s, "PA01", &id, "PA01");
        let e = s.refused("PA01", &["workshop", "register", &id, "pa01"], 5);
        assert!(e.contains("PA01 is already registered"), "{e}");
        s.refused("ADMA", &["workshop", "register", &id, "PA01"], 5);
        // another session is another registration
        register(&s, "PA01", &other, "PA01");
        // and unregistering someone who is not registered is refused
        let e = s.refused("PA01", &["workshop", "unregister", &id, "ADMA"], 4);
        assert!(e.contains("may not unregister"), "{e}");
        let e = s.refused("ADMA", &["workshop", "unregister", &id, "ADMA"], 3);
        assert!(e.contains("ADMA is not registered"), "{e}");
    }
}

store_test! {
    fn no_one_registers_or_unregisters_after_the_date() {
        let s = partners(2);
        let id = create(&s, None, None);
        register(&s, "PA01", &id, "PA01");
        // the session took place yesterday (time passes: the store is edited to say so)
        s.edit(&format!("UPDATE workshop SET date = '{}' WHERE id = {id}", in_days(-1)));
        let e = s.refused("PA02", &["workshop", "register", &id, "PA02"], 5);
        assert!(e.contains("took place on"), "{e}");
        s.refused(AGENT, &["workshop", "register", &id, "PA02"], 5);
        let e = s.refused("PA01", &["workshop", "unregister", &id, "PA01"], 5);
        assert!(e.contains("took place on"), "{e}");
        assert_eq!(who(&s, AGENT, &id), ["PA01"], "the list of who came stays");
    }
}

store_test! {
    fn only_the_person_an_administrator_of_its_partner_or_an_agent_registers() {
        let s = partners(2);
        let id = create(&s, None, None);
        // a colleague who is no administrator may not
        let e = s.refused("PA02", &["workshop", "register", &id, "PA01"], 4);
        assert!(e.contains("PA02 may not register PA01"), "{e}");
        // another partner's administrator does not even learn that PA01 exists
        let e = s.refused("ADMB", &["workshop", "register", &id, "PA01"], 3);
        assert_eq!(e.trim(), "error: no account PA01");
        let missing = s.refused("ADMB", &["workshop", "register", &id, "NOBODY1"], 3);
        assert_eq!(missing.trim(), "error: no account NOBODY1");
        // the person, its administrator, a Caf agent may
        register(&s, "PA01", &id, "PA01");
        register(&s, "ADMA", &id, "PA02");
        register(&s, AGENT, &id, "PB01");
        // taking a place back: the same people
        s.refused("PA01", &["workshop", "unregister", &id, "PA02"], 4);
        s.refused("ADMB", &["workshop", "unregister", &id, "PA02"], 3);
        s.ok("ADMA", &["workshop", "unregister", &id, "PA02"]);
        s.ok("PB01", &["workshop", "unregister", &id, "PB01"]);
        // a Caf agent's account is no partner's person
        let e = s.refused(AGENT, &["workshop", "register", &id, AGENT], 5);
        assert!(e.contains("is a Caf agent"), "{e}");
        // a session that does not exist; an id that is no number
        let e = s.refused("PA01", &["workshop", "register", "999", "PA01"], 3);
        assert_eq!(e.trim(), "error: no workshop 999");
        s.fails("PA01", &["workshop", "show", "first"], 2);
    }
}

store_test! {
    fn a_suspended_account_is_not_registered() {
        let s = partners(1);
        let id = create(&s, None, None);
        s.ok(AGENT, &["-y", "account", "suspend", "PA01"]);
        let e = s.refused("ADMA", &["workshop", "register", &id, "PA01"], 5);
        assert!(e.contains("PA01 is suspended"), "{e}");
        s.refused(AGENT, &["workshop", "register", &id, "PA01"], 5);
        s.ok(AGENT, &["account", "reactivate", "PA01"]);
        register(&s, "ADMA", &id, "PA01");
    }
}

store_test! {
    fn a_partners_people_see_their_own_partners_registrations_only() {
        let s = partners(1);
        let id = create(&s, None, None);
        register(&s, "PA01", &id, "PA01");
        register(&s, "PB01", &id, "PB01");
        let mut all = who(&s, AGENT, &id);
        all.sort();
        assert_eq!(all, ["PA01", "PB01"]);
        for (actor, own) in [("PA01", "PA01"), ("ADMA", "PA01"), ("PB01", "PB01"), ("ADMB", "PB01")] {
            let w = s.json(actor, &["workshop", "show", &id]);
            assert_eq!(who(&s, actor, &id), [own], "{actor}");
            // how many places are taken is no one's secret: who took them is
            assert_eq!((w["registered"].as_i64(), w["free"].as_i64()), (Some(2), Some(3)));
            let table = s.ok(actor, &["workshop", "show", &id]);
            let other = if own == "PA01" { "PB01" } else { "PA01" };
            assert!(!table.contains(other) && !table.contains(if own == "PA01" { B } else { A }),
                    "{actor} sees the other partner: {table}");
            let list = s.json(actor, &["workshop", "list"]);
            assert_eq!(list[0]["registered"], 2, "{actor}");
        }
    }
}

store_test! {
    fn registering_queues_a_confirmation_email_delivered_to_the_person() {
        let s = partners(1);
        let date = in_days(10);
        let id = create(&s, Some(&date), None);
        register(&s, "ADMA", &id, "PA01");
        let queued: Vec<Value> = s.json(AGENT, &["outbox", "list", "--pending"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["cause"] == "workshop-register")
            .cloned()
            .collect();
        assert_eq!(queued.len(), 1, "{queued:?}");
        assert_eq!(queued[0]["recipient_login"], "PA01");
        // refused registrations queue nothing (the refusal leaves the store as it was)
        s.refused("ADMA", &["workshop", "register", &id, "PA01"], 5);

        let server = SmtpServer::start();
        let out = s
            .cmd(Some(AGENT))
            .args(["outbox", "send", "--smtp", &server.url()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let received = server.received();
        assert_eq!(received.len(), 1);
        let m = &received[0];
        assert_eq!(m.to_addresses(), [email_of("PA01")]);
        let french = format!("{}/{}/{}", &date[8..10], &date[5..7], &date[..4]);
        assert_eq!(m.subject(), format!("Afas : inscription à l'atelier du {french}"));
        let body = m.body();
        assert!(body.starts_with("Bonjour Prénom PA01,"), "{body}");
        assert!(body.contains(&format!("date : {french}")), "{body}");
        assert!(body.contains("lieu : Caf, salle de formation (6e étage)"), "{body}");
        assert!(body.contains("Inscription faite par Prénom ADMA."), "{body}");
        assert!(body.contains(&format!("afas workshop unregister {id} PA01")), "{body}");
    }
}

/// Starts `afas workshop register ID LOGIN` as LOGIN, without waiting.
fn spawn_register(s: &TestStore, id: &str, login: &str) -> Child {
    s.process(Some(login))
        .args(["workshop", "register", id, login])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn afas")
}

const RACERS: usize = 6;
const ROUNDS: usize = 4;

store_test! {
    fn processes_racing_for_the_last_places_get_exactly_the_capacity() {
        let s = partners(RACERS + 1);
        for round in 0..ROUNDS {
            // 3 places, one taken: RACERS people race for the last 2
            let id = create(&s, None, Some("3"));
            register(&s, "ADMA", &id, &format!("PA{:02}", RACERS + 1));
            let mut logins: Vec<String> = (1..=RACERS).map(|i| format!("PA{i:02}")).collect();
            logins.rotate_left(round % RACERS);
            let children: Vec<Child> =
                logins.iter().map(|l| spawn_register(&s, &id, l)).collect();
            let mut won = 0;
            for (child, login) in children.into_iter().zip(&logins) {
                let out = child.wait_with_output().expect("wait afas");
                let stderr = String::from_utf8_lossy(&out.stderr);
                match out.status.code() {
                    Some(0) => won += 1,
                    Some(5) => assert!(
                        stderr.starts_with("error: ")
                            && stderr.contains("is full")
                            && stderr.trim_end().lines().count() == 1,
                        "round {round}: {login}: {stderr}"
                    ),
                    other => panic!("round {round}: {login} exited {other:?}: {stderr}"),
                }
            }
            assert_eq!(won, 2, "round {round}");
            let w = s.json(AGENT, &["workshop", "show", &id]);
            assert_eq!(w["registered"], 3, "round {round}");
            assert_eq!(w["registrations"].as_array().unwrap().len(), 3);
        }
        // one confirmation per place taken, none for the losers
        let confirmations = s.json(AGENT, &["outbox", "list"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["cause"] == "workshop-register")
            .count();
        assert_eq!(confirmations, 3 * ROUNDS);
    }
}

store_test! {
    fn the_store_itself_holds_the_capacity_and_once_per_person() {
        let s = partners(3);
        let id = create(&s, None, Some("2"));
        register(&s, "PA01", &id, "PA01");
        let insert = |login: &str, capacity: i64, seat: i64| {
            format!(
                "INSERT INTO registration (workshop, login, capacity, seat, registered_by,
                                           registered_at)
                 VALUES ({id}, '{login}', {capacity}, {seat}, 'MARTIN01', '2026-01-01T00:00:00Z')"
            )
        };
        // the seat held, a seat beyond the capacity, a capacity that is not the session's
        for (sql, why) in [
            (insert("PA02", 2, 1), "registration_seat"),
            (insert("PA02", 2, 3), "check"),
            (insert("PA02", 3, 3), "foreign"),
            (insert("PA01", 2, 2), "primary key"),
        ] {
            let e = store_refuses(&s, &sql).unwrap_or_else(|| panic!("went through: {sql}"));
            let lower = e.to_lowercase();
            let named = match why {
                "registration_seat" => lower.contains("registration_seat")
                    || lower.contains("registration.workshop, registration.seat"),
                "primary key" => lower.contains("registration_pkey")
                    || lower.contains("registration.workshop, registration.login"),
                other => lower.contains(other),
            };
            assert!(named, "{sql}: {e}");
        }
        assert!(store_refuses(&s, &insert("PA02", 2, 2)).is_none(), "the free seat");
    }
}
