//! The server is the wall (SPEC §4, issue #13): people connected with plain SQL as their own
//! login role — no afas in between — against the rules of `src/domain/access.rs`. Each
//! forbidden read sees nothing, each forbidden write is refused or changes nothing, and the
//! allowed counterpart of each succeeds. Writes run in a transaction rolled back afterwards,
//! so that every probe meets the same store.

use ::postgres::Client;

use crate::common::campaign::{Team, FINANCIAL_BALANCED};
use crate::common::postgres::{self};
use crate::common::{TestStore, AGENT};

const A: &str = "2016-00123";
const B: &str = "2016-00456";
const SVC_A: &str = "ALSH-0001";
const SVC_B: &str = "ALSH-0002";

/// Two partners, each with its team (`alsh_team`), a member of A's habiliter group who is
/// no administrator (HAB01), a call of 2019 whose declaration of A was transmitted, and a
/// call of 2020 whose declarations wait for entry.
struct World {
    s: TestStore,
    a: Team,
    b: Team,
    transmitted: i64,
    open: i64,
}

fn world() -> World {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    let a = s.alsh_team(A, SVC_A, "");
    let b = s.alsh_team(B, SVC_B, "B");
    s.person("HAB01", A, false);
    s.ok(&a.admin, &["group", "add", A, "habiliter", "HAB01"]);
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    let transmitted = s.decl_id("reel-2019-alsh", SVC_A);
    s.fill(&a, transmitted, FINANCIAL_BALANCED);
    s.approve_and_transmit(&a, transmitted);
    s.open_call("reel", 2020, "alsh", "2099-12-31", &[]);
    let open = s.decl_id("reel-2020-alsh", SVC_A);
    World {
        s,
        a,
        b,
        transmitted,
        open,
    }
}

impl World {
    fn as_(&self, login: &str) -> Client {
        self.s
            .database()
            .connect_as(login)
            .unwrap_or_else(|e| panic!("{login} connects: {e}"))
    }
}

fn count(c: &mut Client, sql: &str) -> i64 {
    c.query_one(&format!("SELECT count(*) FROM ({sql}) t"), &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

/// `sql` is refused by the server, or changes no row.
fn refused(c: &mut Client, who: &str, sql: &str) {
    let mut t = c.transaction().unwrap();
    if let Ok(n) = t.execute(sql, &[]) {
        assert_eq!(n, 0, "{who}: `{sql}` changed {n} rows");
    }
}

/// `sql` is refused by the server with an error, not merely without effect.
fn error(c: &mut Client, who: &str, sql: &str) -> String {
    let mut t = c.transaction().unwrap();
    match t.batch_execute(sql) {
        Ok(()) => panic!("{who}: `{sql}` went through"),
        Err(e) => e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_else(|| e.to_string()),
    }
}

/// `sql` changes at least one row.
fn allowed(c: &mut Client, who: &str, sql: &str) {
    let mut t = c.transaction().unwrap();
    let n = t
        .execute(sql, &[])
        .unwrap_or_else(|e| panic!("{who}: `{sql}`: {e}"));
    assert!(n > 0, "{who}: `{sql}` changed nothing");
}

/// Every table a partner's rows are in, with the condition that picks partner `p`'s.
fn partner_rows(p: &str) -> Vec<String> {
    let svc = format!("(SELECT code FROM service WHERE partner = '{p}')");
    let decl = format!("(SELECT id FROM declaration WHERE partner = '{p}')");
    vec![
        format!("SELECT 1 FROM partner WHERE code = '{p}'"),
        format!("SELECT 1 FROM account WHERE partner = '{p}'"),
        format!("SELECT 1 FROM grp WHERE partner = '{p}'"),
        format!("SELECT 1 FROM membership WHERE partner = '{p}'"),
        format!("SELECT 1 FROM service WHERE partner = '{p}'"),
        format!("SELECT 1 FROM site WHERE service IN {svc}"),
        format!("SELECT 1 FROM profile WHERE service IN {svc}"),
        format!("SELECT 1 FROM declaration WHERE partner = '{p}'"),
        format!("SELECT 1 FROM form WHERE declaration IN {decl}"),
        format!("SELECT 1 FROM form_value WHERE form IN (SELECT id FROM form WHERE declaration IN {decl})"),
        format!("SELECT 1 FROM audit WHERE partner = '{p}'"),
    ]
}

#[test]
fn each_person_reads_its_own_partner_only_and_a_caf_agent_everything() {
    let w = world();
    let mut su = w.s.database().superuser();
    for (who, own, other) in [
        (w.a.admin.as_str(), A, B),
        (w.a.site_fda.as_str(), A, B),
        (w.a.fdf.as_str(), A, B),
        (w.a.approver.as_str(), A, B),
        ("HAB01", A, B),
        (w.b.admin.as_str(), B, A),
        (w.b.fdf.as_str(), B, A),
    ] {
        let mut c = w.as_(who);
        for (mine, theirs) in partner_rows(own).iter().zip(partner_rows(other)) {
            assert_eq!(count(&mut c, &theirs), 0, "{who} sees: {theirs}");
            assert_eq!(
                count(&mut c, mine),
                count(&mut su, mine),
                "{who} sees all of its own: {mine}"
            );
        }
        // the outbox is the Caf agents'
        assert_eq!(count(&mut c, "SELECT 1 FROM outbox"), 0, "{who}");
        // SET ROLE to the group every account is in changes nobody's identity
        c.batch_execute(&format!(
            "SET ROLE \"{}afas_people\"",
            w.s.database().prefix()
        ))
        .unwrap();
        assert_eq!(
            count(&mut c, &partner_rows(other)[1]),
            0,
            "{who} after SET ROLE"
        );
    }
    let mut agent = w.as_(AGENT);
    for (p, q) in partner_rows(A).iter().zip(partner_rows(B)) {
        assert_eq!(count(&mut agent, p), count(&mut su, p), "the agent: {p}");
        assert_eq!(count(&mut agent, &q), count(&mut su, &q), "the agent: {q}");
    }
    assert_eq!(
        count(&mut agent, "SELECT 1 FROM outbox"),
        count(&mut su, "SELECT 1 FROM outbox")
    );
}

#[test]
fn each_write_is_its_rights_holders_only() {
    let w = world();
    let (a, b) = (&w.a, &w.b);
    let id = w.open;
    let before = w.s.dump();

    // Accounts: a partner's by its administrators; not another partner's.
    let new_account = |p: &str, login: &str, admin: i64| {
        let seat = if admin == 1 { "2" } else { "NULL" };
        format!(
            "INSERT INTO account (login, partner, first_name, last_name, email, is_admin, \
             created_at, admin_seat) VALUES ('{login}', '{p}', 'A', 'B', 'a@b.fr', {admin}, \
             'now', {seat})"
        )
    };
    let mut adm_b = w.as_(&b.admin);
    error(&mut adm_b, &b.admin, &new_account(A, "INTRUS01", 0));
    refused(
        &mut adm_b,
        &b.admin,
        &format!(
            "UPDATE account SET email = 'x@y.fr' WHERE login = '{}'",
            a.fdf
        ),
    );
    allowed(&mut adm_b, &b.admin, &new_account(B, "NOUVEAU1", 0));
    allowed(
        &mut adm_b,
        &b.admin,
        &format!(
            "UPDATE account SET email = 'x@y.fr' WHERE login = '{}'",
            b.fdf
        ),
    );
    // a person who is no administrator nor manager creates nobody, administers nobody
    let mut fdf = w.as_(&a.fdf);
    error(&mut fdf, &a.fdf, &new_account(A, "NOUVEAU2", 0));
    refused(
        &mut fdf,
        &a.fdf,
        &format!(
            "UPDATE account SET is_admin = 1, admin_seat = 2 WHERE login = '{}'",
            a.fdf
        ),
    );

    // Groups' members: by the manager or an administrator, not by a plain member.
    let mut hab = w.as_("HAB01");
    error(
        &mut hab,
        "HAB01",
        &format!(
            "INSERT INTO membership VALUES ('{A}', 'habiliter', '{}', 'now')",
            a.fdf
        ),
    );
    refused(
        &mut hab,
        "HAB01",
        &format!(
            "DELETE FROM membership WHERE partner = '{A}' AND login = '{}'",
            a.fdf
        ),
    );
    let mut adm_a = w.as_(&a.admin);
    allowed(
        &mut adm_a,
        &a.admin,
        &format!(
            "INSERT INTO membership VALUES ('{A}', 'habiliter', '{}', 'now')",
            a.fdf
        ),
    );
    refused(
        &mut adm_a,
        &a.admin,
        &format!("DELETE FROM membership WHERE partner = '{B}'"),
    );

    // Profiles: by the members of habiliter; not by a declarant, not on another partner.
    let grant = |svc: &str, login: &str| {
        format!(
            "INSERT INTO profile (login, kind, service, granted_by, granted_at, seat) \
             VALUES ('{login}', 'fda', '{svc}', 'x', 'now', 2)"
        )
    };
    error(&mut fdf, &a.fdf, &grant(SVC_A, &a.fdf));
    error(&mut hab, "HAB01", &grant(SVC_B, &b.fdf));
    allowed(&mut hab, "HAB01", &grant(SVC_A, &a.fdf));
    refused(
        &mut fdf,
        &a.fdf,
        &format!("DELETE FROM profile WHERE service = '{SVC_A}'"),
    );
    allowed(
        &mut hab,
        "HAB01",
        &format!("DELETE FROM profile WHERE login = '{}'", a.fdf),
    );

    // Forms: a site's FDA writes its site's form only; the FDF the financial one.
    let set_form = |kind: &str, site: Option<&str>| {
        let site = site.map_or("site IS NULL".to_string(), |s| format!("site = '{s}'"));
        format!("UPDATE form SET state = 'en-cours' WHERE declaration = {id} AND kind = '{kind}' AND {site}")
    };
    let mut fda1 = w.as_(&a.site_fda);
    refused(&mut fda1, &a.site_fda, &set_form("activity", Some("S2")));
    refused(&mut fda1, &a.site_fda, &set_form("financial", None));
    allowed(&mut fda1, &a.site_fda, &set_form("activity", Some("S1")));
    allowed(&mut fdf, &a.fdf, &set_form("financial", None));
    let mut fdf_b = w.as_(&b.fdf);
    refused(&mut fdf_b, &b.fdf, &set_form("financial", None));
    error(
        &mut fda1,
        &a.site_fda,
        &format!(
            "INSERT INTO form_value SELECT id, 'jours_ouverture', 1 FROM form \
             WHERE declaration = {id} AND site = 'S2'"
        ),
    );

    // A transmitted declaration: nobody of the partner changes it, the Caf agent sends it back.
    let t = w.transmitted;
    let mut approver = w.as_(&a.approver);
    refused(
        &mut approver,
        &a.approver,
        &format!("UPDATE declaration SET state = 'a-revoir' WHERE id = {t}"),
    );
    refused(
        &mut fdf,
        &a.fdf,
        &format!("UPDATE form SET state = 'en-cours' WHERE declaration = {t}"),
    );
    refused(&mut approver, &a.approver, &format!("UPDATE form_value SET value = 1 WHERE form IN (SELECT id FROM form WHERE declaration = {t})"));
    let mut agent = w.as_(AGENT);
    allowed(
        &mut agent,
        AGENT,
        &format!("UPDATE declaration SET state = 'a-revoir' WHERE id = {t}"),
    );
    // only the approver transmits
    error(
        &mut fdf,
        &a.fdf,
        &format!("UPDATE declaration SET state = 'transmise-caf' WHERE id = {id}"),
    );

    // Calls and settings: Caf agents only.
    let call = "INSERT INTO call (id, kind, type, year, deadline, activity, financial, opened_by, \
                opened_at) VALUES ('reel-2030-alsh', 'alsh', 'reel', 2030, '2030-12-31', 1, 1, 'x', 'now')";
    error(&mut adm_a, &a.admin, call);
    allowed(&mut agent, AGENT, call);
    error(
        &mut adm_a,
        &a.admin,
        "INSERT INTO setting VALUES ('mail.from', 'x@y.fr')",
    );
    allowed(
        &mut agent,
        AGENT,
        "INSERT INTO setting VALUES ('mail.from', 'x@y.fr')",
    );

    assert_eq!(before, w.s.dump(), "every probe was rolled back");
}

#[test]
fn the_audit_trail_takes_rows_in_ones_own_name_and_nothing_else() {
    let w = world();
    let before = w.s.dump();
    let row = |actor: &str| {
        format!(
            "INSERT INTO audit (id, at, actor, action, target, details) \
             VALUES ((SELECT id + 1 FROM afas_audit_head()), 'now', '{actor}', 'x', 'x', '{{}}')"
        )
    };
    for who in [AGENT, w.a.admin.as_str(), w.a.fdf.as_str()] {
        let mut c = w.as_(who);
        let other = if who == AGENT {
            w.a.fdf.as_str()
        } else {
            AGENT
        };
        error(&mut c, who, &row(other));
        allowed(&mut c, who, &row(who));
        for sql in [
            "UPDATE audit SET actor = 'SOMEONE'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ] {
            let e = error(&mut c, who, sql);
            assert!(e.contains("permission denied"), "{who}: {sql}: {e}");
        }
    }
    assert_eq!(before, w.s.dump());
}

#[test]
fn nobody_becomes_someone_else_nor_adds_a_way_around_the_rules() {
    let w = world();
    let prefix = w.s.database().prefix();
    for who in [AGENT, w.a.admin.as_str(), w.a.fdf.as_str()] {
        let mut c = w.as_(who);
        for sql in [
            format!("SET ROLE \"{prefix}afas\""),
            format!("SET ROLE \"{prefix}{}\"", w.b.admin),
            format!("SET SESSION AUTHORIZATION \"{prefix}{}\"", w.b.admin),
            "SET SESSION AUTHORIZATION postgres".to_string(),
            "CREATE VIEW everyone AS SELECT * FROM account".to_string(),
            "CREATE FUNCTION leak() RETURNS SETOF account LANGUAGE sql SECURITY DEFINER \
             AS 'SELECT * FROM account'"
                .to_string(),
            "SELECT afas_make_role('INTRUS02', true, true)".to_string(),
            "ALTER TABLE account DISABLE ROW LEVEL SECURITY".to_string(),
            "DROP POLICY read ON account".to_string(),
            "CREATE ROLE intrus LOGIN".to_string(),
        ] {
            error(&mut c, who, &sql);
        }
    }
    // a view of one's own sees what one sees, no more
    let mut c = w.as_(&w.b.admin);
    c.batch_execute("CREATE TEMP VIEW mine AS SELECT * FROM account")
        .unwrap();
    assert_eq!(
        count(&mut c, &format!("SELECT 1 FROM mine WHERE partner = '{A}'")),
        0
    );
    // the password function sets nobody else's
    let e = error(
        &mut c,
        &w.b.admin,
        &format!(
            "SELECT afas_set_password('{}', 'SCRAM-SHA-256$4096:x', 'infinity')",
            w.a.admin
        ),
    );
    assert!(e.contains("may set a password for"), "{e}");
    // and the helper functions answer about the caller only
    let reads: Vec<String> = c.query_one("SELECT afas_reads()", &[]).unwrap().get(0);
    assert_eq!(reads, [B]);
}

#[test]
fn a_suspended_person_cannot_even_connect_and_is_back_when_reactivated() {
    let w = world();
    let who = w.a.fdf.clone();
    let mut open_session = w.as_(&who);
    w.s.ok(&w.a.admin, &["account", "suspend", &who]);
    let e = w.s.database().connect_as(&who).err().expect("refused");
    let said = e.as_db_error().map(|d| d.message().to_string());
    assert!(
        said.as_deref()
            .is_some_and(|m| m.contains("not permitted to log in")),
        "{e:?}"
    );
    // the session open before the suspension was ended
    assert!(
        open_session.simple_query("SELECT 1").is_err(),
        "the open session survived the suspension"
    );
    let out = w.s.run(&who, &["whoami"]);
    assert_eq!(out.code, Some(4), "{out:?}");
    assert!(
        out.stderr.contains("is suspended and can do nothing"),
        "{out:?}"
    );
    w.s.ok(&w.a.admin, &["account", "reactivate", &who]);
    w.as_(&who);
    w.s.ok(&who, &["whoami"]);
}

/// A Caf agent of one Caf (SPEC §4) sees and changes that Caf's partners only, in the
/// server's policies. (afas's own commands for such agents are not written yet: the agent is
/// given its Caf code here by the superuser.)
#[test]
fn a_caf_agent_of_one_caf_reaches_its_cafs_partners_only() {
    let w = world();
    w.s.ok(
        AGENT,
        &[
            "account",
            "create",
            "AG161",
            "--caf",
            "--first-name",
            "Anne",
            "--last-name",
            "Gent",
            "--email",
            "ag161@caf16.caf.fr",
        ],
    );
    let mut su = w.s.database().superuser();
    su.batch_execute(&format!(
        "UPDATE partner SET caf_code = '162' WHERE code = '{B}';
         UPDATE account SET caf_code = '161' WHERE login = 'AG161';"
    ))
    .unwrap();
    let mut c = w.as_("AG161");
    for (mine, theirs) in partner_rows(A).iter().zip(partner_rows(B)) {
        assert_eq!(count(&mut c, &theirs), 0, "AG161 sees: {theirs}");
        assert_eq!(count(&mut c, mine), count(&mut su, mine), "AG161: {mine}");
    }
    let partner = |code: &str, caf: &str| {
        format!(
            "INSERT INTO partner (code, name, siret, caf_code, created_at) \
             VALUES ('{code}', 'X', '21160015000018', '{caf}', 'now')"
        )
    };
    error(&mut c, "AG161", &partner("2017-00001", "162"));
    allowed(&mut c, "AG161", &partner("2017-00001", "161"));
    refused(
        &mut c,
        "AG161",
        &format!("UPDATE declaration SET state = 'a-revoir' WHERE partner = '{B}'"),
    );
    allowed(
        &mut c,
        "AG161",
        &format!("UPDATE declaration SET state = 'a-revoir' WHERE partner = '{A}'"),
    );
    // the national agent keeps every right
    let mut national = w.as_(AGENT);
    assert_eq!(
        count(&mut national, &partner_rows(B)[0]),
        1,
        "the national agent sees B"
    );
}

/// Every table belongs to the store's owner role, which cannot log in; row-level security is
/// forced on each (the owner too meets the policies); no role of the store is superuser or
/// bypasses row-level security.
#[test]
fn the_tables_are_a_roles_nobody_logs_in_as_and_row_level_security_is_forced() {
    let w = world();
    let prefix = w.s.database().prefix();
    let mut su = w.s.database().superuser();
    let tables = su
        .query(
            "SELECT c.relname::text, pg_get_userbyid(c.relowner)::text, c.relrowsecurity,
                    c.relforcerowsecurity
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'",
            &[],
        )
        .unwrap();
    assert!(tables.len() >= 15, "{tables:?}");
    for t in &tables {
        let (name, owner): (String, String) = (t.get(0), t.get(1));
        assert_eq!(owner, format!("{prefix}afas"), "{name}");
        if name != "afas_schema" {
            assert!(
                t.get::<_, bool>(2) && t.get::<_, bool>(3),
                "{name}: RLS forced"
            );
        }
    }
    let roles = su
        .query(
            "SELECT rolname::text, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles
             WHERE starts_with(rolname, $1)",
            &[&prefix],
        )
        .unwrap();
    assert!(roles.len() > 10, "{roles:?}");
    for r in &roles {
        let name: String = r.get(0);
        assert!(
            !r.get::<_, bool>(2) && !r.get::<_, bool>(3),
            "{name}: superuser or BYPASSRLS"
        );
        if name == format!("{prefix}afas") {
            assert!(!r.get::<_, bool>(1), "the owner role logs in");
        }
    }
}

/// Workshops (pg migration 006), with plain SQL: nobody but a Caf agent creates one, in its
/// own name; a person registers themself or an administrator of its partner does, in its
/// own name, an active person, while the session is ahead; another partner's people
/// neither read nor register nor unregister them; the seats taken are told to anyone, and
/// never who holds them.
#[test]
fn workshops_are_the_agents_and_registrations_the_person_or_its_administrators() {
    let s = TestStore::on_database(postgres::fresh_database(), tempfile::tempdir().unwrap());
    s.open_partner(A, "Mairie");
    s.open_partner(B, "Association");
    for (login, partner, admin) in [
        ("ADMA", A, true),
        ("PERA1", A, false),
        ("PERA2", A, false),
        ("ADMB", B, true),
        ("PERB1", B, false),
    ] {
        s.person(login, partner, admin);
    }
    let week = time::OffsetDateTime::now_utc().date() + time::Duration::days(7);
    let id = s.json(
        AGENT,
        &[
            "workshop",
            "create",
            "--date",
            &week.to_string(),
            "--place",
            "Caf",
        ],
    )["id"]
        .as_i64()
        .unwrap();
    s.ok("PERA1", &["workshop", "register", &id.to_string(), "PERA1"]);
    s.ok("PERB1", &["workshop", "register", &id.to_string(), "PERB1"]);
    let connect = |login: &str| s.database().connect_as(login).unwrap();
    let workshop = |by: &str| {
        format!(
            "INSERT INTO workshop (date, place, capacity, created_by, created_at)
             VALUES ('{week}', 'x', 5, '{by}', 'now')"
        )
    };
    let register = |login: &str, by: &str| {
        format!(
            "INSERT INTO registration (workshop, login, capacity, seat, registered_by,
                                       registered_at)
             VALUES ({id}, '{login}', 5, 3, '{by}', 'now')"
        )
    };
    let unregister = |login: &str| format!("DELETE FROM registration WHERE login = '{login}'");

    // creating: agents only, in their own name
    for who in ["ADMA", "PERA1"] {
        error(&mut connect(who), who, &workshop(who));
    }
    allowed(&mut connect(AGENT), AGENT, &workshop(AGENT));
    error(&mut connect(AGENT), AGENT, &workshop("ADMA"));
    refused(
        &mut connect("ADMA"),
        "ADMA",
        "UPDATE workshop SET capacity = 50",
    );

    // reading: one's own partner's registrations; the seats, anyone's
    for (who, sees) in [
        ("PERA1", 1),
        ("ADMA", 1),
        ("PERA2", 1),
        ("ADMB", 1),
        (AGENT, 2),
    ] {
        let mut c = connect(who);
        assert_eq!(count(&mut c, "SELECT 1 FROM registration"), sees, "{who}");
        assert_eq!(
            count(&mut c, &format!("SELECT * FROM afas_workshop_seats({id})")),
            2,
            "{who}"
        );
    }
    assert_eq!(
        count(
            &mut connect("ADMB"),
            "SELECT 1 FROM registration WHERE login = 'PERA1'"
        ),
        0
    );

    // registering: the person, or an administrator of its partner, in one's own name
    error(&mut connect("ADMB"), "ADMB", &register("PERA2", "ADMB"));
    error(&mut connect("PERA1"), "PERA1", &register("PERA2", "PERA1"));
    error(&mut connect("PERA2"), "PERA2", &register("PERA2", "ADMA"));
    allowed(&mut connect("ADMA"), "ADMA", &register("PERA2", "ADMA"));
    allowed(&mut connect("PERA2"), "PERA2", &register("PERA2", "PERA2"));
    allowed(&mut connect(AGENT), AGENT, &register("PERA2", AGENT));
    // nobody moves a seat
    error(
        &mut connect("ADMA"),
        "ADMA",
        "UPDATE registration SET seat = 4",
    );

    // unregistering: the same people
    for who in ["ADMB", "PERB1", "PERA2"] {
        refused(&mut connect(who), who, &unregister("PERA1"));
    }
    allowed(&mut connect("ADMA"), "ADMA", &unregister("PERA1"));
    allowed(&mut connect("PERA1"), "PERA1", &unregister("PERA1"));

    // a suspended person is registered by no one
    s.ok(AGENT, &["-y", "account", "suspend", "PERA2"]);
    error(&mut connect("ADMA"), "ADMA", &register("PERA2", "ADMA"));
    s.ok(AGENT, &["account", "reactivate", "PERA2"]);

    // once the session's date is past, who came stays as it was
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    s.edit(&format!(
        "UPDATE workshop SET date = '{yesterday}' WHERE id = {id}"
    ));
    error(&mut connect("PERA2"), "PERA2", &register("PERA2", "PERA2"));
    refused(&mut connect("PERA1"), "PERA1", &unregister("PERA1"));
    refused(&mut connect("ADMA"), "ADMA", &unregister("PERA1"));
}
