//! Each habilitation rule at its boundary: the last accepted case, then the first refused
//! one (exit 5, one error line, the store unchanged). Then what does not exist (exit 3).

use crate::common::{TestStore, AGENT};

const A: &str = "2016-00123";
const B: &str = "2017-00456";

/// An open partner A with its administrator DURAND01 and a plain user ROUX01.
fn angouleme() -> TestStore {
    let s = TestStore::new();
    s.open_partner(A, "Ville d'Angoulême");
    s.person("DURAND01", A, true);
    s.person("ROUX01", A, false);
    s
}

fn create_account<'a>(login: &'a str, partner: &'a str, email: &'a str) -> Vec<&'a str> {
    vec![
        "account",
        "create",
        login,
        "--partner",
        partner,
        "--first-name",
        "Anne",
        "--last-name",
        "Test",
        "--email",
        email,
    ]
}

fn create_partner<'a>(code: &'a str, siret: &'a str, caf_code: &'a str) -> Vec<&'a str> {
    vec![
        "partner",
        "create",
        code,
        "--name",
        "Centre social",
        "--siret",
        siret,
        "--caf-code",
        caf_code,
    ]
}

// ── Administrators: at most two per partner ────────────────────────────────────────────

store_test! {
    fn second_administrator_accepted_third_refused_on_create() {
        let s = angouleme();
        let mut second = create_account("DUBOIS01", A, "marc.dubois@angouleme.fr");
        second.push("--admin");
        let dubois = s.json("DURAND01", &second);
        assert_eq!(dubois["admin"], true);

        for actor in ["DURAND01", AGENT] {
            let mut third = create_account("BERNARD1", A, "b@angouleme.fr");
            third.push("--admin");
            let err = s.refused(actor, &third, 5);
            assert!(err.contains("already has 2 administrators"), "{err}");
            assert!(err.contains("DUBOIS01, DURAND01"), "names both: {err}");
            assert!(err.contains("--revoke"), "says what to do: {err}");
        }
        // Not an administrator: the same person is welcome.
        s.ok("DURAND01", &create_account("BERNARD1", A, "b@angouleme.fr"));
    }
}

store_test! {
    fn second_administrator_accepted_third_refused_on_admin() {
        let s = angouleme();
        s.person("DUBOIS01", A, false);
        let dubois = s.json("DURAND01", &["account", "admin", "DUBOIS01"]);
        assert_eq!(dubois["admin"], true);
        assert_eq!(dubois["role"], "administrator");

        for actor in ["DURAND01", AGENT] {
            let err = s.refused(actor, &["account", "admin", "ROUX01"], 5);
            assert!(err.contains("already has 2 administrators"), "{err}");
            assert!(err.contains("DUBOIS01, DURAND01"), "names both: {err}");
        }
        // Revoking one makes room again.
        s.ok(AGENT, &["account", "admin", "DUBOIS01", "--revoke"]);
        let roux = s.json("DURAND01", &["account", "admin", "ROUX01"]);
        assert_eq!(roux["admin"], true);
    }
}

store_test! {
    fn a_caf_agent_cannot_be_an_administrator() {
        let s = angouleme();
        s.ok(
            AGENT,
            &[
                "account",
                "create",
                "LAMBERT1",
                "--caf",
                "--first-name",
                "Luc",
                "--last-name",
                "Lambert",
                "--email",
                "luc.lambert@caf16.caf.fr",
            ],
        );
        let err = s.refused(AGENT, &["account", "admin", "LAMBERT1"], 5);
        assert!(err.contains("Caf agent"), "{err}");
        let err = s.fails(
            AGENT,
            &[
                "account",
                "create",
                "LAMBERT2",
                "--caf",
                "--admin",
                "--first-name",
                "Luc",
                "--last-name",
                "Lambert",
                "--email",
                "luc.lambert@caf16.caf.fr",
            ],
            2,
        );
        assert!(err.contains("--admin"), "{err}");
    }
}

// ── Groups ──────────────────────────────────────────────────────────────────────────────

store_test! {
    fn no_group_for_a_pending_partner_until_its_third_document() {
        let s = TestStore::new();
        s.ok(AGENT, &create_partner(A, "21160015000018", "161"));
        s.ok(AGENT, &["partner", "document", A, "convention"]);
        s.ok(AGENT, &["partner", "document", A, "contrat"]);
        s.person("DURAND01", A, true);
        let err = s.refused(
            AGENT,
            &["group", "create", A, "declarer", "--manager", "DURAND01"],
            5,
        );
        assert!(err.contains("not open"), "{err}");
        assert!(err.contains("partner document"), "says what to do: {err}");

        s.ok(AGENT, &["partner", "document", A, "bulletin"]);
        let g = s.json(
            AGENT,
            &["group", "create", A, "declarer", "--manager", "DURAND01"],
        );
        assert_eq!(g["manager"], "DURAND01");
    }
}

store_test! {
    fn only_declarer_and_habiliter_exist() {
        let s = angouleme();
        for name in ["admins", "Déclarer", "declarers", ""] {
            let err = s.fails(
                "DURAND01",
                &["group", "create", A, name, "--manager", "DURAND01"],
                2,
            );
            assert!(
                err.contains("declarer") && err.contains("habiliter"),
                "{err}"
            );
        }
        s.ok(
            "DURAND01",
            &["group", "create", A, "habiliter", "--manager", "DURAND01"],
        );
        s.fails("DURAND01", &["group", "add", A, "approvers", "ROUX01"], 2);
        s.fails("DURAND01", &["group", "show", A, "other"], 2);
    }
}

store_test! {
    fn one_declarer_group_per_partner() {
        let s = angouleme();
        s.ok(
            "DURAND01",
            &["group", "create", A, "declarer", "--manager", "DURAND01"],
        );
        for actor in ["DURAND01", AGENT] {
            let err = s.refused(
                actor,
                &["group", "create", A, "declarer", "--manager", "ROUX01"],
                5,
            );
            assert!(err.contains("already has its declarer group"), "{err}");
            assert!(err.contains("DURAND01"), "names its manager: {err}");
            assert!(err.contains("group manager"), "says what to do: {err}");
        }
        // The other group is still free.
        s.ok(
            "DURAND01",
            &["group", "create", A, "habiliter", "--manager", "ROUX01"],
        );
    }
}

store_test! {
    fn the_manager_comes_from_the_same_partner() {
        let s = angouleme();
        s.open_partner(B, "Centre social de Soyaux");
        s.person("PETIT01", B, false);
        let err = s.refused(
            AGENT,
            &["group", "create", A, "declarer", "--manager", "PETIT01"],
            5,
        );
        assert!(
            err.contains("PETIT01 belongs to partner 2017-00456"),
            "{err}"
        );
        let err = s.refused(
            AGENT,
            &["group", "create", A, "declarer", "--manager", AGENT],
            5,
        );
        assert!(err.contains("Caf agent"), "{err}");
        // Boundary: an account of A, even a plain user, may manage.
        s.ok(
            "DURAND01",
            &["group", "create", A, "declarer", "--manager", "ROUX01"],
        );
        // Same rule when naming a new manager.
        let err = s.refused(AGENT, &["group", "manager", A, "declarer", "PETIT01"], 5);
        assert!(err.contains("belongs to partner 2017-00456"), "{err}");
    }
}

/// A and B open, A's declarer group managed by DURAND01.
fn with_declarer() -> TestStore {
    let s = angouleme();
    s.open_partner(B, "Centre social de Soyaux");
    s.person("PETIT01", B, false);
    s.ok(
        "DURAND01",
        &["group", "create", A, "declarer", "--manager", "DURAND01"],
    );
    s
}

store_test! {
    fn members_come_from_the_same_partner() {
        let s = with_declarer();
        // The Caf agent sees every partner: it is told whose the login is.
        let err = s.refused(AGENT, &["group", "add", A, "declarer", "PETIT01"], 5);
        assert!(
            err.contains("PETIT01 belongs to partner 2017-00456"),
            "{err}"
        );
        assert!(err.contains("only accounts of partner 2016-00123"), "{err}");
        // A's administrator is told what a login that does not exist gets (SPEC §7).
        crate::access::as_if_missing(&s, "DURAND01", &["group", "add", A, "declarer", "PETIT01"], "PETIT01");
        s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
    }
}

store_test! {
    fn a_caf_agent_is_never_a_member() {
        let s = with_declarer();
        let err = s.refused(AGENT, &["group", "add", A, "declarer", AGENT], 5);
        assert!(err.contains("MARTIN01 is a Caf agent"), "{err}");
    }
}

store_test! {
    fn a_member_is_added_once() {
        let s = with_declarer();
        s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
        let err = s.refused("DURAND01", &["group", "add", A, "declarer", "roux01"], 5);
        assert!(
            err.contains("ROUX01 is already a member of declarer"),
            "{err}"
        );
        // The manager is a member from the start.
        let err = s.refused("DURAND01", &["group", "add", A, "declarer", "DURAND01"], 5);
        assert!(err.contains("already a member"), "{err}");
    }
}

store_test! {
    fn group_add_is_all_or_nothing() {
        let s = with_declarer();
        s.person("DUBOIS01", A, false);
        // The same person twice, whatever the case: nothing added.
        let err = s.refused(
            "DURAND01",
            &[
                "group", "add", A, "declarer", "DUBOIS01", "ROUX01", "roux01",
            ],
            5,
        );
        assert!(err.contains("ROUX01 is named twice"), "{err}");
        // A bad login after good ones: the good ones are not added either.
        let err = s.refused(
            "DURAND01",
            &[
                "group", "add", A, "declarer", "DUBOIS01", "ROUX01", "PETIT01",
            ],
            3,
        );
        assert!(err.contains("no account PETIT01"), "{err}");
        let err = s.refused(
            "DURAND01",
            &["group", "add", A, "declarer", "DUBOIS01", "NOBODY01"],
            3,
        );
        assert!(err.contains("NOBODY01"), "{err}");
        let g = s.json("DURAND01", &["group", "show", A, "declarer"]);
        assert_eq!(g["members"], serde_json::json!(["DURAND01"]));
        // And the whole list at once when every login is good.
        let g = s.json(
            "DURAND01",
            &["group", "add", A, "declarer", "DUBOIS01", "ROUX01"],
        );
        assert_eq!(
            g["members"],
            serde_json::json!(["DUBOIS01", "DURAND01", "ROUX01"])
        );
    }
}

store_test! {
    fn the_manager_cannot_be_removed() {
        let s = with_declarer();
        s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
        let err = s.refused(
            "DURAND01",
            &["-y", "group", "remove", A, "declarer", "DURAND01"],
            5,
        );
        assert!(err.contains("DURAND01 is the manager of declarer"), "{err}");
        assert!(err.contains("group manager"), "says what to do: {err}");
        // With another member in the same call: nothing removed.
        s.refused(
            "DURAND01",
            &["-y", "group", "remove", A, "declarer", "ROUX01", "DURAND01"],
            5,
        );
        let err = s.refused(
            "DURAND01",
            &["-y", "group", "remove", A, "declarer", "PETIT01"],
            5,
        );
        assert!(err.contains("not a member"), "{err}");
        // Any other member may go.
        let g = s.json(
            "DURAND01",
            &["-y", "group", "remove", A, "declarer", "ROUX01"],
        );
        assert_eq!(g["members"], serde_json::json!(["DURAND01"]));
        // Once another manager is named, the former one may be removed.
        s.ok("DURAND01", &["group", "add", A, "declarer", "ROUX01"]);
        s.ok("DURAND01", &["group", "manager", A, "declarer", "ROUX01"]);
        let g = s.json(
            "DURAND01",
            &["-y", "group", "remove", A, "declarer", "DURAND01"],
        );
        assert_eq!(g["manager"], "ROUX01");
        assert_eq!(g["members"], serde_json::json!(["ROUX01"]));
    }
}

// ── Identifiers and values ─────────────────────────────────────────────────────────────

store_test! {
    fn logins_are_unique_whatever_the_case() {
        let s = angouleme();
        for login in ["durand01", "Durand01", "DURAND01"] {
            let err = s.refused(AGENT, &create_account(login, A, "x@angouleme.fr"), 5);
            assert!(err.contains("login DURAND01 is already taken"), "{err}");
        }
        // Given in lower case, a new login is stored in upper case.
        let a = s.json(AGENT, &create_account("dubois01", A, "x@angouleme.fr"));
        assert_eq!(a["login"], "DUBOIS01");
        // And it is found whatever the case.
        let shown = s.json(AGENT, &["account", "show", "Dubois01"]);
        assert_eq!(shown["login"], "DUBOIS01");
    }
}

store_test! {
    fn login_form_4_to_20_letters_or_digits() {
        let s = angouleme();
        let bad = [
            "ABC",
            "ABCDEFGHIJKLMNOPQRSTU",
            "DUR-AND",
            "DURAND É",
            "DURANDÉ",
            "DUR_AND",
        ];
        for login in bad {
            let err = s.refused(AGENT, &create_account(login, A, "x@angouleme.fr"), 5);
            assert!(
                err.contains("is not valid: 4 to 20 letters or digits"),
                "{login}: {err}"
            );
        }
        for login in ["ABCD", "ABCDEFGHIJKLMNOPQRST", "0123"] {
            let a = s.json(AGENT, &create_account(login, A, "x@angouleme.fr"));
            assert_eq!(a["login"], login);
        }
    }
}

store_test! {
    fn siret_has_14_digits_and_a_good_luhn_digit() {
        let s = TestStore::new();
        let err = s.refused(AGENT, &create_partner(A, "2116001500001", "161"), 5);
        assert!(err.contains("14 digits"), "{err}");
        let err = s.refused(AGENT, &create_partner(A, "211600150000188", "161"), 5);
        assert!(err.contains("14 digits"), "{err}");
        let err = s.refused(AGENT, &create_partner(A, "2116001500001A", "161"), 5);
        assert!(err.contains("14 digits"), "{err}");
        let err = s.refused(AGENT, &create_partner(A, "21160015000019", "161"), 5);
        assert!(err.contains("Luhn"), "{err}");
        // The good one, with the spaces people type.
        let p = s.json(AGENT, &create_partner(A, "211 600 150 00018", "161"));
        assert_eq!(p["siret"], "21160015000018");
    }
}

store_test! {
    fn email_syntax() {
        let s = angouleme();
        for email in [
            "claire.durand@",
            "claire durand@angouleme.fr",
            "nobody",
            "@angouleme.fr",
            "claire@localhost",
        ] {
            let err = s.refused(AGENT, &create_account("DUBOIS01", A, email), 5);
            assert!(
                err.contains("e-mail") && err.contains("not valid"),
                "{email}: {err}"
            );
        }
        s.ok(
            AGENT,
            &create_account("DUBOIS01", A, "marc.dubois@angouleme.fr"),
        );
        let err = s.refused(
            "DURAND01",
            &["account", "update", "DUBOIS01", "--email", "marc.dubois@"],
            5,
        );
        assert!(err.contains("e-mail"), "{err}");
    }
}

store_test! {
    fn caf_code_has_3_digits() {
        let s = TestStore::new();
        for code in ["16", "1610", "16A", ""] {
            let err = s.refused(AGENT, &create_partner(A, "21160015000018", code), 5);
            assert!(
                err.contains("Caf code") && err.contains("3 digits"),
                "{code}: {err}"
            );
        }
        let p = s.json(AGENT, &create_partner(A, "21160015000018", "016"));
        assert_eq!(p["caf_code"], "016");
    }
}

store_test! {
    fn document_date_must_be_a_date() {
        let s = TestStore::new();
        s.ok(AGENT, &create_partner(A, "21160015000018", "161"));
        // DD/MM/YYYY, as French spreadsheets write dates, is accepted (see below); these are not.
        for date in [
            "2019-02-29",
            "2020-13-01",
            "06-02-2020",
            "31/02/2020",
            "2020-2-6",
            "hier",
        ] {
            let err = s.refused(
                AGENT,
                &["partner", "document", A, "convention", "--received", date],
                5,
            );
            assert!(
                err.contains("not a valid date") && err.contains("YYYY-MM-DD"),
                "{date}: {err}"
            );
        }
        s.fails(AGENT, &["partner", "document", A, "statuts"], 2);
        let p = s.json(
            AGENT,
            &[
                "partner",
                "document",
                A,
                "convention",
                "--received",
                "2020-02-29",
            ],
        );
        assert_eq!(p["convention"], "2020-02-29");
        let p = s.json(
            AGENT,
            &[
                "partner",
                "document",
                A,
                "contrat",
                "--received",
                "06/02/2020",
            ],
        );
        assert_eq!(
            p["contrat"], "2020-02-06",
            "DD/MM/YYYY is stored as YYYY-MM-DD"
        );
    }
}

store_test! {
    fn partner_codes_are_unique() {
        let s = TestStore::new();
        s.ok(AGENT, &create_partner(A, "21160015000018", "161"));
        let err = s.refused(AGENT, &create_partner(A, "21160015000018", "161"), 5);
        assert!(err.contains("already exists"), "{err}");
    }
}

store_test! {
    fn init_twice_is_refused() {
        let s = TestStore::new();
        let err = s.refused(
            AGENT,
            &[
                "init",
                "--agent",
                "OTHER01",
                "--first-name",
                "Paul",
                "--last-name",
                "Other",
                "--email",
                "paul.other@caf16.caf.fr",
            ],
            5,
        );
        assert!(err.contains("already has its Caf agent"), "{err}");
        assert!(
            err.contains("account create --caf"),
            "says what to do: {err}"
        );
    }
}

// ── What does not exist: exit 3 ────────────────────────────────────────────────────────

store_test! {
    fn unknown_partner_is_not_found() {
        let s = angouleme();
        let cases: Vec<Vec<&str>> = vec![
            vec!["partner", "show", "2099-99999"],
            vec!["partner", "document", "2099-99999", "contrat"],
            create_account("DUBOIS01", "2099-99999", "m@angouleme.fr"),
            vec![
                "group",
                "create",
                "2099-99999",
                "declarer",
                "--manager",
                "ROUX01",
            ],
            vec!["group", "show", "2099-99999", "declarer"],
            vec!["account", "list", "--partner", "2099-99999"],
            vec!["group", "list", "--partner", "2099-99999"],
            vec!["audit", "--partner", "2099-99999"],
        ];
        for args in cases {
            let err = s.refused(AGENT, &args, 3);
            assert!(err.contains("2099-99999"), "{args:?}: {err}");
        }
    }
}

store_test! {
    fn unknown_account_is_not_found() {
        let s = with_declarer();
        let cases: Vec<Vec<&str>> = vec![
            vec!["account", "show", "NOBODY01"],
            vec!["account", "admin", "NOBODY01"],
            vec!["account", "update", "NOBODY01", "--first-name", "X"],
            vec!["-y", "account", "suspend", "NOBODY01"],
            vec!["group", "add", A, "declarer", "NOBODY01"],
            vec!["group", "manager", A, "declarer", "NOBODY01"],
            vec!["group", "create", A, "habiliter", "--manager", "NOBODY01"],
        ];
        for args in cases {
            // The partner's administrator mistyping a login hears the same.
            for actor in [AGENT, "DURAND01"] {
                let err = s.refused(actor, &args, 3);
                assert!(err.contains("no account NOBODY01"), "{args:?}: {err}");
            }
        }
    }
}

store_test! {
    fn unknown_group_is_not_found() {
        let s = angouleme();
        let cases: Vec<Vec<&str>> = vec![
            vec!["group", "show", A, "declarer"],
            vec!["group", "add", A, "declarer", "ROUX01"],
            vec!["-y", "group", "remove", A, "habiliter", "ROUX01"],
            vec!["group", "manager", A, "habiliter", "ROUX01"],
            vec!["group", "notify", A],
        ];
        for args in cases {
            for actor in ["DURAND01", AGENT] {
                let err = s.refused(actor, &args, 3);
                assert!(
                    err.contains("has no") && err.contains("group create"),
                    "{args:?}: {err}"
                );
            }
        }
    }
}

store_test! {
    fn naming_a_manager_also_makes_them_a_member() {
        let s = angouleme();
        s.ok(
            "DURAND01",
            &["group", "create", A, "declarer", "--manager", "DURAND01"],
        );
        // ROUX01 is not a member yet
        s.ok("DURAND01", &["group", "manager", A, "declarer", "ROUX01"]);
        let g = s.json("DURAND01", &["group", "show", A, "declarer"]);
        assert_eq!(g["manager"], "ROUX01");
        let members: Vec<&str> = g["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        assert!(members.contains(&"ROUX01"), "{g}");
    }
}
