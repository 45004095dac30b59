//! `afas import`: the six CSV formats as spreadsheets write them, all or nothing, who may
//! import what (SPEC §3, issue #5 items 1–4).

use crate::common::import::{bad, sample_data, store_with_a, BadRow};
use crate::common::{TestStore, AGENT};
use serde_json::Value;

const A: &str = "2016-00123";
const ANGOULEME: &str = "Ville d'Angoulême";
const PARTNERS_HEADER: &str = "code,name,siret,caf_code,convention,contrat,bulletin";
const ACCOUNTS_HEADER: &str = "login,partner,first_name,last_name,email,admin";

/// Angoulême, open, with its administrator DURAND01 and ROUX01, and a groups.csv of `rows`
/// (after the header).
fn groups_file(rows: &str) -> (TestStore, String) {
    let s = store_with_a();
    s.person("DURAND01", A, true);
    s.person("ROUX01", A, false);
    let d = s.folder("in");
    let f = s.write(
        &d,
        "groups.csv",
        format!("partner,group,login,manager\n{rows}"),
    );
    (s, f)
}

fn show(s: &TestStore, what: &str, id: &str) -> Value {
    s.json(AGENT, &[what, "show", id])
}

fn sample() -> String {
    sample_data().to_string_lossy().to_string()
}

// ── Dialects ────────────────────────────────────────────────────────────────────────────

store_test! {
    fn semicolon_separator_is_detected() {
        let s = TestStore::new();
        let d = s.folder("in");
        // A comma inside a cell: read with the wrong separator this row would split apart.
        let f = s.write(
            &d,
            "partners.csv",
            "code;name;siret;caf_code;convention;contrat;bulletin\n\
         2016-00123;Ville d'Angoulême, centre-ville;21160015000018;161;2020-01-20;2020-01-20;2020-01-27\n",
        );
        s.ok(AGENT, &["import", &f]);
        let p = show(&s, "partner", A);
        assert_eq!(p["name"], "Ville d'Angoulême, centre-ville");
        assert_eq!(p["siret"], "21160015000018");
        assert_eq!(p["bulletin"], "2020-01-27");
        assert_eq!(p["status"], "open");
    }
}

store_test! {
    fn comma_separator_is_detected() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "partners.csv",
            format!(
                "{PARTNERS_HEADER}\n\
             2016-00123,Centre social; La Couronne,21160015000018,161,2020-01-20,2020-01-20,2020-01-27\n\
             2017-00456,\"Loisirs, Découvertes\",78288806200018,161,,,\n"
            ),
        );
        s.ok(AGENT, &["import", &f]);
        assert_eq!(show(&s, "partner", A)["name"], "Centre social; La Couronne");
        let p = show(&s, "partner", "2017-00456");
        assert_eq!(p["name"], "Loisirs, Découvertes");
        assert_eq!(p["status"], "pending");
    }
}

store_test! {
    fn utf8_with_bom_is_read() {
        let s = TestStore::new();
        let d = s.folder("in");
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(
            format!("{PARTNERS_HEADER}\n2016-00123,Ville d'Angoulême,21160015000018,161,,,\n")
                .as_bytes(),
        );
        let f = s.write(&d, "partners.csv", bytes);
        s.ok(AGENT, &["import", &f]);
        let p = show(&s, "partner", A);
        assert_eq!(p["code"], A, "the BOM is not part of the first column");
        assert_eq!(p["name"], ANGOULEME);
    }
}

store_test! {
    fn utf8_without_bom_is_read() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "partners.csv",
            format!("{PARTNERS_HEADER}\n2016-00123,Ville d'Angoulême,21160015000018,161,,,\n"),
        );
        s.ok(AGENT, &["import", &f]);
        assert_eq!(show(&s, "partner", A)["name"], ANGOULEME);
    }
}

store_test! {
    fn windows_1252_is_read() {
        let s = TestStore::new();
        let d = s.folder("in");
        // As a French Excel saves "CSV (séparateur : point-virgule)": ';', CRLF, Windows-1252,
        // French dates. 0xEA is 'ê', 0xC9 'É', 0xE8 'è'.
        let f = s.write(
            &d,
            "partners.csv",
            &b"code;name;siret;caf_code;convention;contrat;bulletin\r\n\
           2016-00123;Ville d'Angoul\xeame;21160015000018;161;20/01/2020;20/01/2020;27/01/2020\r\n"
                [..],
        );
        s.ok(AGENT, &["import", &f]);
        let p = show(&s, "partner", A);
        assert_eq!(p["name"], ANGOULEME);
        assert_eq!(p["convention"], "2020-01-20");
        assert_eq!(p["bulletin"], "2020-01-27");
        // The same file again is the same data (its French dates included): nothing changes.
        let before = s.dump();
        s.ok(AGENT, &["import", &f]);
        assert_eq!(before, s.dump());
        let f = s.write(
            &d,
            "accounts.csv",
            &b"login;partner;first_name;last_name;email;admin\r\n\
           BONNET01;2016-00123;\xc9lodie;Lef\xe8vre;elodie.lefevre@angouleme.fr;oui\r\n"[..],
        );
        s.ok(AGENT, &["import", &f]);
        let a = show(&s, "account", "BONNET01");
        assert_eq!(a["first_name"], "Élodie");
        assert_eq!(a["last_name"], "Lefèvre");
        assert_eq!(a["admin"], true);
    }
}

store_test! {
    fn windows_1252_is_detected_from_an_accent_on_the_last_line_of_a_large_file() {
        let s = store_with_a();
        let d = s.folder("in");
        let mut text = format!("{ACCOUNTS_HEADER}\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "P{i:05},2016-00123,Prenom,Nom{i},p{i}@example.fr,no\n"
            ));
        }
        assert!(text.len() > 1 << 17, "more than the first chunks read");
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(b"LAST01,2016-00123,Ren\xe9,Dernier,rene@example.fr,no\n");
        let f = s.write(&d, "accounts.csv", bytes);
        s.ok(AGENT, &["import", &f]);
        assert_eq!(show(&s, "account", "LAST01")["first_name"], "René");
        assert_eq!(show(&s, "account", "P00000")["last_name"], "Nom0");
    }
}

store_test! {
    fn utf8_character_cut_by_a_read_chunk_is_still_utf8() {
        let s = store_with_a();
        let d = s.folder("in");
        let mut text = format!("{ACCOUNTS_HEADER}\n");
        // Fill up to a little before 64 KiB, then pad a first name so that its 'é' straddles
        // the boundary of a 64 KiB read.
        let mut i = 0;
        loop {
            let row = format!("P{i:05},2016-00123,Prenom,Nom{i},p{i}@example.fr,no\n");
            if text.len() + row.len() > 65_536 - 100 {
                break;
            }
            text.push_str(&row);
            i += 1;
        }
        let prefix = "CUT01,2016-00123,Ren";
        let pad = 65_535 - text.len() - prefix.len();
        text.push_str(&format!(
            "{prefix}{}é,Coupé,cut@example.fr,no\n",
            "x".repeat(pad)
        ));
        assert_eq!(
            text.as_bytes()[65_535],
            0xc3,
            "'é' starts on the last byte of 64 KiB"
        );
        let f = s.write(&d, "accounts.csv", text);
        s.ok(AGENT, &["import", &f]);
        let a = show(&s, "account", "CUT01");
        assert_eq!(a["first_name"], format!("Ren{}é", "x".repeat(pad)));
        assert_eq!(a["last_name"], "Coupé");
    }
}

store_test! {
    fn crlf_line_endings_are_read() {
        let s = TestStore::new();
        let d = s.folder("in");
        // The last column carries the '\r' when it is not handled: a date and a yes/no.
        let f = s.write(
            &d,
            "partners.csv",
            format!(
                "{PARTNERS_HEADER}\r\n2016-00123,Ville d'Angoulême,21160015000018,161,2020-01-20,2020-01-20,2020-01-27\r\n"
            ),
        );
        s.ok(AGENT, &["import", &f]);
        let p = show(&s, "partner", A);
        assert_eq!(p["bulletin"], "2020-01-27");
        assert_eq!(p["status"], "open");
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\r\nDURAND01,2016-00123,Claire,Durand,claire.durand@angouleme.fr,yes\r\n"
            ),
        );
        s.ok(AGENT, &["import", &f]);
        let a = show(&s, "account", "DURAND01");
        assert_eq!(a["admin"], true);
        assert_eq!(a["email"], "claire.durand@angouleme.fr");
    }
}

store_test! {
    fn spaces_around_cells_and_headers_are_trimmed() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            " login , partner ,first_name,  last_name ,email , admin \n\
         \x20 durand01 ,  2016-00123 ,  Claire , Durand  ,  claire.durand@angouleme.fr  ,  yes  \n",
        );
        s.ok(AGENT, &["import", &f]);
        let a = show(&s, "account", "DURAND01");
        assert_eq!(a["first_name"], "Claire");
        assert_eq!(a["last_name"], "Durand");
        assert_eq!(a["email"], "claire.durand@angouleme.fr");
        assert_eq!(a["partner"], A);
        assert_eq!(a["admin"], true);
        // The same row, differently padded, is the same row: nothing changes.
        let before = s.dump();
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\nDURAND01,2016-00123,Claire,Durand,claire.durand@angouleme.fr,yes\n"
            ),
        );
        s.ok(AGENT, &["import", &f]);
        assert_eq!(before, s.dump());
    }
}

store_test! {
    /// Blank lines, blank-looking lines (spaces, empty cells) and a cell over two lines: the
    /// line numbers of the bad rows after them are still the file's true ones, with LF or CRLF
    /// line endings, and a last line without a line ending.
    fn empty_lines_are_skipped_and_line_numbers_stay_true() {
        let lines = [
            ACCOUNTS_HEADER,                                        // 1
            "GOOD01,2016-00123,Anne,Bon,anne.bon@example.fr,no",    // 2
            "",                                                     // 3
            "",                                                     // 4
            "BAD01,2016-00123,Paul,Faux,paul.faux.example.fr,no",   // 5 email
            "   ",                                                  // 6
            ",,,,,",                                                // 7
            "BAD02,2016-00123,\"Jean",                              // 8 first_name
            "Pierre\",Deux,jp@example.fr,no",                       // 9
            "BAD03,2016-00123,Luc,Trois,luc@example,no",            // 10 email
            "",                                                     // 11
            "GOOD02,2016-00123,Eve,Bien,eve.bien@example.fr,non",   // 12
            "BAD04,2016-00123,Lou,Quatre,lou@example.fr,peut-être", // 13 admin
        ];
        let expected = vec![
            bad("accounts.csv", 5, "email"),
            bad("accounts.csv", 8, "first_name"),
            bad("accounts.csv", 10, "email"),
            bad("accounts.csv", 13, "admin"),
        ];
        for eol in ["\n", "\r\n"] {
            let s = store_with_a();
            let d = s.folder("in");
            // No line ending after the last line.
            let f = s.write(&d, "accounts.csv", lines.join(eol));
            assert_eq!(
                s.refused_rows(AGENT, &["import", &f]),
                expected,
                "line ending {eol:?}"
            );
            // Without its bad rows the file imports, blank lines and all.
            let good: Vec<&str> = lines
                .iter()
                .filter(|l| !l.contains("BAD") && !l.starts_with("Pierre"))
                .copied()
                .collect();
            let f = s.write(&d, "accounts.csv", good.join(eol));
            let summary = s.json(AGENT, &["import", &f]);
            assert_eq!(summary[0]["rows"], 2, "blank lines are not rows: {summary}");
            assert_eq!(summary[0]["created"], 2);
            assert_eq!(show(&s, "account", "GOOD02")["admin"], false);
        }
    }
}

store_test! {
    fn columns_may_come_in_any_order() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            "admin,email,last_name,first_name,partner,login\n\
         yes,claire.durand@angouleme.fr,Durand,Claire,2016-00123,DURAND01\n",
        );
        s.ok(AGENT, &["import", &f]);
        let a = show(&s, "account", "DURAND01");
        assert_eq!(a["first_name"], "Claire");
        assert_eq!(a["last_name"], "Durand");
        assert_eq!(a["email"], "claire.durand@angouleme.fr");
        assert_eq!(a["partner"], A);
        assert_eq!(a["admin"], true);
    }
}

store_test! {
    fn a_missing_column_is_named() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            "login,partner,first_name,last_name,admin\nDURAND01,2016-00123,Claire,Durand,yes\n",
        );
        let err = s.refused(AGENT, &["import", &f], 5);
        assert!(err.contains("email"), "{err}");
        assert!(err.contains("missing"), "{err}");
    }
}

store_test! {
    fn an_unknown_column_is_named() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER},telephone\nDURAND01,2016-00123,Claire,Durand,claire.durand@angouleme.fr,yes,0545000000\n"
            ),
        );
        let err = s.refused(AGENT, &["import", &f], 5);
        assert!(err.contains("telephone"), "{err}");
        assert!(err.contains("unknown"), "{err}");
    }
}

// ── All or nothing ──────────────────────────────────────────────────────────────────────

/// A folder of six files over the sample data, each with good rows (some needing good rows
/// of earlier files or earlier in the same file) and bad ones; returns the folder and the
/// bad rows expected.
fn bad_folder(s: &TestStore) -> (String, Vec<BadRow>) {
    let d = s.folder("bad");
    s.write(
        &d,
        "partners.csv",
        format!(
            "{PARTNERS_HEADER}\n\
             2020-00001,Nouvelle commune,21160015000018,161,2020-03-01,2020-03-01,2020-03-01\n\
             2020-00002,Commune au SIRET faux,21160015000019,161,,,\n"
        ),
    );
    s.write(
        &d,
        "accounts.csv",
        format!(
            "{ACCOUNTS_HEADER}\n\
             NEUF01,2020-00001,Anne,Neuf,anne.neuf@example.fr,yes\n\
             NEUF02,2016-00123,Jean,Mauvais,jean.mauvais.example.fr,no\n\
             NEUF03,2016-00123,Léo,Tiers,leo.tiers@angouleme.fr,yes\n\
             NEUF04,2099-99999,Max,Inconnu,max.inconnu@example.fr,no\n\
             NEUF05,2016-00123,Eva,Bien,eva.bien@angouleme.fr,no\n"
        ),
    );
    s.write(
        &d,
        "groups.csv",
        "partner,group,login,manager\n\
         2016-00123,declarer,NEUF05,no\n\
         2016-00123,declarer,FAURE01,no\n\
         2020-00001,declarer,NEUF01,yes\n",
    );
    s.write(
        &d,
        "services.csv",
        "code,partner,kind,name\n\
         ALSH-99001,2016-00123,alsh,Nouvel accueil\n\
         ALSH-99002,2019-01011,alsh,Partenaire pas encore ouvert\n\
         RAM-99003,2016-00123,creche,Crèche\n",
    );
    s.write(
        &d,
        "sites.csv",
        "service,code,name,address\n\
         ALSH-99001,N1,Site neuf,\n\
         ALSH-99404,N1,Site perdu,\n",
    );
    s.write(
        &d,
        "profiles.csv",
        "login,profile,service,site\n\
         ROUX01,approbateur,ALSH-99001,\n\
         MOREAU01,approbateur,ALSH-99001,\n\
         ROUX01,fda,ALSH-16015,COG1\n\
         NEUF05,fda,ALSH-99001,N1\n\
         FAURE01,fda,ALSH-16015,\n",
    );
    let expected = vec![
        bad("accounts.csv", 3, "email"),   // bad e-mail
        bad("accounts.csv", 4, "admin"),   // third administrator of 2016-00123
        bad("accounts.csv", 5, "partner"), // unknown partner
        bad("groups.csv", 3, "login"),     // a member from another partner
        bad("partners.csv", 3, "siret"),   // bad SIRET
        bad("profiles.csv", 3, "profile"), // a second approver: over the limit
        bad("profiles.csv", 4, "site"),    // a site of another service
        bad("profiles.csv", 6, "login"),   // an account of another partner
        bad("services.csv", 3, "partner"), // partner not open
        bad("services.csv", 4, "kind"),    // unknown kind
        bad("sites.csv", 3, "service"),    // unknown service
    ];
    (d.to_string_lossy().to_string(), expected)
}

store_test! {
    fn every_bad_row_is_reported_and_nothing_is_imported() {
        let s = TestStore::with_sample();
        let (dir, expected) = bad_folder(&s);
        assert_eq!(s.refused_rows(AGENT, &["import", &dir]), expected);
        // Nothing of the good rows either.
        assert_eq!(
            s.run(AGENT, &["partner", "show", "2020-00001"]).code,
            Some(3)
        );
        assert_eq!(s.run(AGENT, &["account", "show", "NEUF05"]).code, Some(3));
        assert_eq!(
            s.run(AGENT, &["service", "show", "ALSH-99001"]).code,
            Some(3)
        );
    }
}

store_test! {
    fn the_good_rows_of_the_bad_folder_import_once_the_bad_ones_are_gone() {
        // The other side of the test above: its good rows are good, so it is the bad ones that
        // stop the import.
        let s = TestStore::with_sample();
        let (dir, expected) = bad_folder(&s);
        let dir = std::path::PathBuf::from(dir);
        for file in [
            "partners", "accounts", "groups", "services", "sites", "profiles",
        ] {
            let name = format!("{file}.csv");
            let path = dir.join(&name);
            let text = std::fs::read_to_string(&path).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .enumerate()
                .filter(|(i, _)| {
                    !expected
                        .iter()
                        .any(|b| b.file == name && b.line == *i as u64 + 1)
                })
                .map(|(_, l)| l)
                .collect();
            std::fs::write(&path, kept.join("\n") + "\n").unwrap();
        }
        s.ok(AGENT, &["import", dir.to_str().unwrap()]);
        assert_eq!(show(&s, "partner", "2020-00001")["status"], "open");
        let g = s.json(AGENT, &["group", "show", "2016-00123", "declarer"]);
        assert!(g["members"].as_array().unwrap().contains(&"NEUF05".into()));
        assert_eq!(s.holders("ALSH-99001", "approbateur", None), ["ROUX01"]);
        assert_eq!(s.holders("ALSH-99001", "fda", Some("N1")), ["NEUF05"]);
    }
}

store_test! {
    fn a_bad_last_row_of_a_large_file_imports_nothing() {
        let s = store_with_a();
        let d = s.folder("in");
        let mut text = format!("{ACCOUNTS_HEADER}\n");
        for i in 0..5000 {
            text.push_str(&format!(
                "U{i:06},2016-00123,Prenom{i},Nom{i},u{i}@example.fr,no\n"
            ));
        }
        text.push_str("ULAST,2016-00123,Dernier,Faux,pas-un-email,no\n");
        let f = s.write(&d, "accounts.csv", text);
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [bad("accounts.csv", 5002, "email")]
        );
        assert_eq!(s.run(AGENT, &["account", "show", "U000000"]).code, Some(3));
    }
}

store_test! {
    fn later_rows_see_earlier_ones_a_third_administrator_in_one_file() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\n\
             ADM001,2016-00123,Anne,Un,anne.un@angouleme.fr,yes\n\
             ADM002,2016-00123,Bea,Deux,bea.deux@angouleme.fr,oui\n\
             ADM003,2016-00123,Cyr,Trois,cyr.trois@angouleme.fr,x\n\
             ADM001,2016-00123,Anne,Un,anne.un@angouleme.fr,yes\n"
            ),
        );
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [bad("accounts.csv", 4, "admin")]
        );
    }
}

store_test! {
    fn a_bad_manager_cell_is_reported_once() {
        // Groups are read twice (managers first): a row whose manager cell is neither yes nor
        // no must still be one bad row, not two.
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "groups.csv",
            "partner,group,login,manager\n\
         2016-00123,declarer,ROUX01,peut-être\n\
         2016-00123,declarer,NOPE01,no\n\
         2016-00123,habiliter,NOPE02,yes\n",
        );
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [
                bad("groups.csv", 2, "manager"),
                bad("groups.csv", 3, "login"),
                bad("groups.csv", 4, "login"),
            ]
        );
    }
}

store_test! {
    fn two_managers_of_one_group_in_one_import_is_a_row_error() {
        // A group has one manager: a file naming two must not leave the last one read.
        let (s, f) = groups_file(
            "2016-00123,declarer,DURAND01,yes\n\
         2016-00123,habiliter,DURAND01,yes\n\
         2016-00123,declarer,ROUX01,yes\n",
        );
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [bad("groups.csv", 4, "manager")]
        );
    }
}

store_test! {
    fn group_members_may_come_before_their_manager() {
        let (s, f) = groups_file(
            "2016-00123,declarer,ROUX01,no\n\
         2016-00123,declarer,DURAND01,yes\n",
        );
        s.ok(AGENT, &["import", &f]);
        let g = s.json(AGENT, &["group", "show", A, "declarer"]);
        assert_eq!(g["manager"], "DURAND01");
        assert_eq!(g["members"], serde_json::json!(["DURAND01", "ROUX01"]));
    }
}

store_test! {
    fn a_member_of_a_group_nobody_manages_is_one_bad_row() {
        // Read in the members' pass, after every manager row: reported once, by line.
        let (s, f) = groups_file(
            "2016-00123,habiliter,ROUX01,no\n\
         2016-00123,declarer,DURAND01,yes\n\
         2016-00123,declarer,ROUX01,no\n",
        );
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [bad("groups.csv", 2, "group")]
        );
        let out = s.run(AGENT, &["import", &f]);
        assert!(
            out.stderr
                .contains("has no habiliter group: give its manager"),
            "{}",
            out.stderr
        );
    }
}

// ── --dry-run ───────────────────────────────────────────────────────────────────────────

store_test! {
    fn dry_run_of_valid_files_writes_nothing() {
        let s = TestStore::new();
        let before = s.dump();
        let out = s.run(AGENT, &["-o", "json", "import", "--dry-run", &sample()]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(before, s.dump(), "a dry run wrote to the store");
        // It did check everything, as the real import would: the same counts.
        let dry: Value = serde_json::from_str(&out.stdout).unwrap();
        let real = s.json(AGENT, &["import", &sample()]);
        assert_eq!(dry, real);
        assert_ne!(before, s.dump());
    }
}

store_test! {
    fn dry_run_reports_the_same_bad_rows() {
        let s = TestStore::with_sample();
        let (dir, expected) = bad_folder(&s);
        assert_eq!(
            s.refused_rows(AGENT, &["import", "--dry-run", &dir]),
            expected
        );
        assert_eq!(s.refused_rows(AGENT, &["import", &dir]), expected);
    }
}

// ── Idempotence ─────────────────────────────────────────────────────────────────────────

store_test! {
    fn importing_sample_data_twice_changes_nothing() {
        let s = TestStore::new();
        let first = s.json(AGENT, &["import", &sample()]);
        let before = s.dump();
        let second = s.json(AGENT, &["import", &sample()]);
        assert_eq!(before, s.dump(), "the second import changed the store");
        let kinds: Vec<&str> = second
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            ["partners", "accounts", "groups", "services", "sites", "profiles"]
        );
        for (a, b) in first
            .as_array()
            .unwrap()
            .iter()
            .zip(second.as_array().unwrap())
        {
            let rows = a["rows"].as_u64().unwrap();
            assert!(rows > 0, "{a}");
            assert_eq!(a["created"], rows, "first import: {a}");
            assert_eq!(b["rows"], rows, "{b}");
            assert_eq!(b["unchanged"], rows, "second import: {b}");
            assert_eq!(b["created"], 0, "{b}");
            assert_eq!(b["changed"], 0, "{b}");
        }
    }
}

store_test! {
    fn a_row_contradicting_the_store_is_an_error_never_an_overwrite() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        s.write(
            &d,
            "partners.csv",
            format!(
                "{PARTNERS_HEADER}\n\
             2016-00123,Ville d'Angoulême,21160015000018,161,2020-01-21,,\n\
             2017-00456,Un autre nom,78288806200018,161,,,\n"
            ),
        );
        s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\n\
             DURAND01,2016-00123,Claire,Durand,claire.durand@ailleurs.fr,yes\n\
             ROUX01,2016-00123,Léa,Roux,lea.roux@angouleme.fr,yes\n"
            ),
        );
        s.write(
            &d,
            "services.csv",
            "code,partner,kind,name\nALSH-16015,2016-00123,alsh,Un autre accueil\n",
        );
        s.write(
            &d,
            "sites.csv",
            "service,code,name,address\nALSH-16015,SC1,École Jules Ferry,1 autre rue\n",
        );
        let dir = d.to_string_lossy().to_string();
        assert_eq!(
            s.refused_rows(AGENT, &["import", &dir]),
            [
                bad("accounts.csv", 2, "login"),
                bad("accounts.csv", 3, "login"),
                bad("partners.csv", 2, "convention"),
                bad("partners.csv", 3, "name"),
                bad("services.csv", 2, "code"),
                bad("sites.csv", 2, "code"),
            ]
        );
        assert_eq!(
            show(&s, "account", "DURAND01")["email"],
            "claire.durand@angouleme.fr"
        );
    }
}

// ── Folders and kinds ───────────────────────────────────────────────────────────────────

store_test! {
    fn a_folder_imports_in_dependency_order() {
        // Each file needs the ones before it: in any other order (alphabetical: accounts
        // first) the import would fail.
        let s = TestStore::new();
        let summary = s.json(AGENT, &["import", &sample()]);
        let kinds: Vec<&str> = summary
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            ["partners", "accounts", "groups", "services", "sites", "profiles"]
        );
        assert_eq!(s.holders("ALSH-16015", "fda", Some("SC1")), ["ROUX01"]);
    }
}

store_test! {
    fn a_single_file_kind_comes_from_its_name_or_kind() {
        let s = TestStore::new();
        let d = s.folder("in");
        let partners = s.write(
            &d,
            "partners.csv",
            format!("{PARTNERS_HEADER}\n2016-00123,Ville d'Angoulême,21160015000018,161,2020-01-20,2020-01-20,2020-01-27\n"),
        );
        s.ok(AGENT, &["import", &partners]);
        assert_eq!(show(&s, "partner", A)["status"], "open");
        let people = s.write(
            &d,
            "personnes-angouleme.csv",
            format!(
                "{ACCOUNTS_HEADER}\nDURAND01,2016-00123,Claire,Durand,claire.durand@angouleme.fr,yes\n"
            ),
        );
        s.ok(AGENT, &["import", &people, "--kind", "accounts"]);
        assert_eq!(show(&s, "account", "DURAND01")["admin"], true);
        // --kind is read: the same file as another kind has the wrong columns.
        let err = s.refused(AGENT, &["import", &people, "--kind", "groups"], 5);
        assert!(err.contains("column"), "{err}");
    }
}

store_test! {
    fn an_unknown_file_name_without_kind_is_a_usage_error() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "export-2020.csv",
            format!("{PARTNERS_HEADER}\n2016-00123,Ville d'Angoulême,21160015000018,161,,,\n"),
        );
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains("--kind"), "{err}");
    }
}

store_test! {
    fn kind_with_a_folder_is_a_usage_error() {
        let s = TestStore::new();
        s.refused(AGENT, &["import", &sample(), "--kind", "accounts"], 2);
    }
}

// ── Who may import ──────────────────────────────────────────────────────────────────────

/// accounts, groups and profiles of 2016-00123 as its administrator DURAND01 (also in
/// habiliter) may write them, plus, when `foreign`, one row of 2017-00456 in each file.
fn admin_folder(s: &TestStore, foreign: bool) -> String {
    let d = s.folder(if foreign { "foreign" } else { "own" });
    let extra = |row: &str| {
        if foreign {
            format!("{row}\n")
        } else {
            String::new()
        }
    };
    s.write(
        &d,
        "accounts.csv",
        format!(
            "{ACCOUNTS_HEADER}\nNEUF01,2016-00123,Anne,Neuf,anne.neuf@angouleme.fr,no\n{}",
            extra("NEUF02,2017-00456,Jean,Ailleurs,jean@loisirs-cognac.org,no")
        ),
    );
    s.write(
        &d,
        "groups.csv",
        format!(
            "partner,group,login,manager\n2016-00123,declarer,NEUF01,no\n{}",
            extra("2017-00456,declarer,BERNARD01,no")
        ),
    );
    s.write(
        &d,
        "profiles.csv",
        format!(
            "login,profile,service,site\nNEUF01,fda,ALSH-16015,SC2\n{}",
            extra("LAMBERT01,fdf,ALSH-16101,")
        ),
    );
    d.to_string_lossy().to_string()
}

store_test! {
    fn an_administrator_imports_accounts_groups_and_profiles_of_its_partner() {
        let s = TestStore::with_sample();
        let dir = admin_folder(&s, false);
        s.ok("DURAND01", &["import", &dir]);
        assert_eq!(show(&s, "account", "NEUF01")["partner"], A);
        let g = s.json(AGENT, &["group", "show", A, "declarer"]);
        assert!(g["members"].as_array().unwrap().contains(&"NEUF01".into()));
        assert_eq!(s.holders("ALSH-16015", "fda", Some("SC2")), ["NEUF01"]);
    }
}

store_test! {
    fn an_administrator_row_of_another_partner_is_a_row_error() {
        let s = TestStore::with_sample();
        let dir = admin_folder(&s, true);
        assert_eq!(
            s.refused_rows("DURAND01", &["import", &dir]),
            [
                bad("accounts.csv", 3, "partner"),
                bad("groups.csv", 3, "partner"),
                bad("profiles.csv", 3, "service"),
            ]
        );
    }
}

store_test! {
    fn an_administrator_may_not_import_partners() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "partners.csv",
            format!("{PARTNERS_HEADER}\n2020-00001,Nouvelle commune,21160015000018,161,,,\n"),
        );
        s.refused("DURAND01", &["import", &f], 4);
        // Nor a folder holding partners.csv, even one equal to the store.
        s.refused("DURAND01", &["import", &sample()], 4);
    }
}

store_test! {
    fn services_and_sites_files_are_for_caf_agents() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let services = s.write(
            &d,
            "services.csv",
            "code,partner,kind,name\nALSH-16099,2016-00123,alsh,Nouveau centre\n",
        );
        let sites = s.write(
            &d,
            "sites.csv",
            "service,code,name,address\nALSH-16015,SC9,Nouveau site,\n",
        );
        // Even an administrator of the partner (who may `service create` one by one).
        let err = s.refused("DURAND01", &["import", &services], 4);
        assert!(err.contains("only a Caf agent"), "{err}");
        s.refused("DURAND01", &["import", &sites], 4);
        s.ok(AGENT, &["import", &services]);
        s.ok(AGENT, &["import", &sites]);
    }
}

store_test! {
    fn a_column_named_twice_is_refused() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "services.csv",
            "code,partner,kind,name,name\nX,Y,alsh,A,B\n",
        );
        let err = s.refused(AGENT, &["import", &f], 5);
        assert!(err.contains("\"name\" appears twice"), "{err}");
    }
}

store_test! {
    fn a_plain_user_importing_accounts_has_every_row_refused() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\n\
             NEUF01,2016-00123,Anne,Neuf,anne.neuf@angouleme.fr,no\n\
             NEUF02,2016-00123,Jean,Neuf,jean.neuf@angouleme.fr,yes\n"
            ),
        );
        assert_eq!(
            s.refused_rows("ROUX01", &["import", &f]),
            [
                bad("accounts.csv", 2, "partner"),
                bad("accounts.csv", 3, "partner"),
            ]
        );
    }
}

store_test! {
    fn a_group_manager_imports_accounts_and_members_of_its_own_group_only() {
        // FAURE01 manages declarer of 2017-00456 and is not an administrator.
        let s = TestStore::with_sample();
        let d = s.folder("in");
        s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\n\
             NEUF01,2017-00456,Anne,Neuf,anne.neuf@loisirs-cognac.org,no\n\
             NEUF02,2017-00456,Jean,Neuf,jean.neuf@loisirs-cognac.org,yes\n"
            ),
        );
        s.write(
            &d,
            "groups.csv",
            "partner,group,login,manager\n\
         2017-00456,declarer,NEUF01,no\n\
         2017-00456,habiliter,NEUF01,no\n",
        );
        let dir = d.to_string_lossy().to_string();
        assert_eq!(
            s.refused_rows("FAURE01", &["import", &dir]),
            [
                bad("accounts.csv", 3, "admin"),
                bad("groups.csv", 3, "partner"),
            ]
        );
        // Without the rows it may not write, the rest imports.
        s.write(
            &d,
            "accounts.csv",
            format!("{ACCOUNTS_HEADER}\nNEUF01,2017-00456,Anne,Neuf,anne.neuf@loisirs-cognac.org,no\n"),
        );
        s.write(
            &d,
            "groups.csv",
            "partner,group,login,manager\n2017-00456,declarer,NEUF01,no\n",
        );
        s.ok("FAURE01", &["import", &dir]);
        let g = s.json(AGENT, &["group", "show", "2017-00456", "declarer"]);
        assert!(g["members"].as_array().unwrap().contains(&"NEUF01".into()));
    }
}

store_test! {
    fn a_suspended_account_or_one_of_a_pending_partner_may_not_import() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!("{ACCOUNTS_HEADER}\nNEUF01,2016-00123,Anne,Neuf,anne.neuf@angouleme.fr,no\n"),
        );
        // BLANC01 administers 2019-01011, whose bulletin is not received yet.
        s.refused("BLANC01", &["import", &f], 4);
        s.ok(AGENT, &["--yes", "account", "suspend", "DUBOIS01"]);
        s.refused("DUBOIS01", &["import", &f], 4);
        s.refused("DUBOIS01", &["import", "--dry-run", &f], 4);
    }
}

// ── Generated logins ────────────────────────────────────────────────────────────────────

fn is_generated(login: &str) -> bool {
    let b = login.as_bytes();
    b.len() == 10
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
}

store_test! {
    fn an_empty_login_is_generated_once() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!(
                "{ACCOUNTS_HEADER}\n\
             ,2016-00123,Zoé,Lefèvre,zoe.lefevre@angouleme.fr,no\n\
             DURAND01,2016-00123,Claire,Durand,claire.durand@angouleme.fr,yes\n"
            ),
        );
        s.ok(AGENT, &["import", &f]);
        let list = s.json(AGENT, &["account", "list", "--partner", A]);
        let zoe: Vec<&Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["email"] == "zoe.lefevre@angouleme.fr")
            .collect();
        assert_eq!(zoe.len(), 1, "{list}");
        let login = zoe[0]["login"].as_str().unwrap();
        assert!(is_generated(login), "{login}");
        assert!(login.starts_with("LEF"), "{login}: from the last name");
        assert_eq!(zoe[0]["first_name"], "Zoé");

        let before = s.dump();
        let again = s.json(AGENT, &["import", &f]);
        assert_eq!(before, s.dump(), "no second account for the same person");
        assert_eq!(again[0]["unchanged"], 2, "{again}");
    }
}

// ── Progress and streaming ──────────────────────────────────────────────────────────────

/// An accounts file of `n` good rows of partner A.
fn accounts_rows(n: usize) -> String {
    let mut text = String::with_capacity(n * 64);
    text.push_str(ACCOUNTS_HEADER);
    text.push('\n');
    for i in 0..n {
        text.push_str(&format!(
            "U{i:07},2016-00123,Prenom{i},Nom{i},u{i}@example.fr,no\n"
        ));
    }
    text
}

store_test! {
    fn no_progress_bar_when_stderr_is_not_a_terminal() {
        let s = store_with_a();
        let d = s.folder("in");
        let text = accounts_rows(25_000);
        assert!(text.len() > 1 << 20, "large enough for a progress bar");
        let f = s.write(&d, "accounts.csv", text);
        let out = s.run(AGENT, &["import", &f]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(out.stderr, "", "stderr is a pipe: nothing on it");
    }
}

#[test]
fn a_200_000_row_accounts_file_imports() {
    let s = store_with_a();
    let d = s.folder("in");
    let f = s.write(&d, "accounts.csv", accounts_rows(200_000));
    let out = s.run(AGENT, &["-o", "json", "import", &f]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stderr, "");
    let summary: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(summary[0]["created"], 200_000);
    let n: i64 = s
        .db()
        .query_row(
            "SELECT count(*) FROM account WHERE partner = ?1",
            [A],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 200_000);
    assert_eq!(
        show(&s, "account", "U0199999")["email"],
        "u199999@example.fr"
    );
}

store_test! {
    fn a_person_without_login_already_known_under_a_chosen_login_is_not_created_twice() {
        let s = TestStore::with_sample();
        let d = s.folder("in");
        // Mme Roux is ROUX01 in the store; a spreadsheet without her login names the same person.
        let f = s.write(
            &d,
            "accounts.csv",
            "login,partner,first_name,last_name,email,admin\n,2016-00123,Léa,Roux,lea.roux@angouleme.fr,no\n",
        );
        let before = s.dump();
        s.ok(AGENT, &["import", &f]);
        assert_eq!(before, s.dump());
    }
}

store_test! {
    fn imported_accounts_are_audited_a_partner_at_a_time_with_every_login() {
        let s = TestStore::with_sample();
        let audit = s.json(AGENT, &["audit", "--partner", "2017-00456"]);
        let created: Vec<&serde_json::Value> = audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "account.create")
            .collect();
        // The five accounts of 2017-00456, its administrator among them.
        let mut logins: Vec<String> = created
            .iter()
            .flat_map(|e| match e["details"]["rows"].as_array() {
                Some(l) => l
                    .iter()
                    .map(|v| v["login"].as_str().unwrap().to_string())
                    .collect(),
                None => vec![e["target"].as_str().unwrap().to_string()],
            })
            .collect();
        logins.sort();
        assert_eq!(
            logins,
            ["BERNARD01", "FAURE01", "GIRARD01", "LAMBERT01", "MERCIER01"]
        );
        assert!(created
            .iter()
            .all(|e| e["actor"] == AGENT && e["partner"] == "2017-00456"));
        assert_eq!(
            created.len(),
            1,
            "one row for the run of rows of the partner"
        );
    }
}

store_test! {
    fn an_imported_partner_is_one_audit_row_with_its_documents_and_its_sites_one_row() {
        let s = TestStore::with_sample();
        let audit = s.json(AGENT, &["audit", "--partner", "2017-00456"]);
        let of = |action: &str| -> Vec<serde_json::Value> {
            audit
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["action"] == action)
                .cloned()
                .collect()
        };
        let created = of("partner.create");
        assert_eq!(created.len(), 1, "{created:?}");
        assert_eq!(created[0]["target"], "2017-00456");
        assert_eq!(
            created[0]["details"]["documents"],
            serde_json::json!({"convention": "2020-01-15", "contrat": "2020-01-15", "bulletin": "2020-01-22"})
        );
        assert!(of("partner.document").is_empty());
        // its one service is named as `service create` names it; its three sites share a row
        let services = of("service.create");
        assert_eq!(services.len(), 1);
        assert_eq!(services[0]["target"], "ALSH-16101");
        let sites = of("service.add_site");
        assert_eq!(sites.len(), 1, "{sites:?}");
        assert_eq!(sites[0]["target"], "3 rows");
        let listed: Vec<&str> = sites[0]["details"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["site"].as_str().unwrap())
            .collect();
        assert_eq!(
            listed,
            ["ALSH-16101/COG1", "ALSH-16101/COG2", "ALSH-16101/COG3"]
        );
        // a document received later is audited on its own
        let f = s.write(
            &s.dir(),
            "partners.csv",
            "code,name,siret,caf_code,convention,contrat,bulletin\n\
         2019-01011,Centre social et culturel de La Couronne,44321876500016,161,2020-02-03,2020-02-03,2020-03-09\n",
        );
        let before = s.json(AGENT, &["partner", "show", "2019-01011"]);
        s.ok(AGENT, &["import", &f]);
        let after = s.json(AGENT, &["partner", "show", "2019-01011"]);
        assert_ne!(before["status"], after["status"]);
        let audit = s.json(AGENT, &["audit", "--partner", "2019-01011"]);
        let documents = audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "partner.document")
            .count();
        assert_eq!(documents, 1, "{audit}");
    }
}

store_test! {
    fn what_to_import_is_named_clearly_with_its_exit_code() {
        let s = store_with_a();
        // a path that is not there: not found
        let missing = s.dir().join("nowhere.csv");
        let err = s.fails(AGENT, &["import", &missing.to_string_lossy()], 3);
        assert!(err.contains("no file or folder"), "{err}");
        // a file whose name says no kind, without --kind: usage, naming the flag
        let f = s.write(&s.dir(), "people.csv", "login,partner\n");
        let err = s.fails(AGENT, &["import", &f], 2);
        assert!(err.contains("--kind"), "{err}");
        // --kind with a folder: usage
        let d = s.folder("in");
        s.write(&d, "accounts.csv", format!("{ACCOUNTS_HEADER}\n"));
        let err = s.fails(
            AGENT,
            &["import", "--kind", "accounts", &d.to_string_lossy()],
            2,
        );
        assert!(err.contains("--kind is for a single file"), "{err}");
        // a folder holding none of the six files: refused, naming them
        let empty = s.folder("empty");
        let err = s.fails(AGENT, &["import", &empty.to_string_lossy()], 5);
        assert!(err.contains("partners.csv"), "{err}");
        // with --kind, any name goes
        s.ok(
            AGENT,
            &[
                "import",
                "--kind",
                "accounts",
                &s.write(&s.dir(), "gens.csv", format!("{ACCOUNTS_HEADER}\n")),
            ],
        );
    }
}

store_test! {
    fn rows_see_the_rows_of_earlier_chunks_and_of_their_own() {
        // The import reads a file a thousand rows at a time, with their facts, and on
        // PostgreSQL sends the chunk's writes together: a row must still see every row
        // before it, in its own chunk and in the ones before. Here the third administrator
        // comes in the next chunk after the first two, a login comes twice across the
        // boundary, and a group's member comes in the chunk after its manager.
        let s = store_with_a();
        let d = s.folder("in");
        let mut accounts = format!("{ACCOUNTS_HEADER}\n");
        for i in 0..997 {
            accounts.push_str(&format!(
                "USR{i:04},2016-00123,Prenom,Nom{i},u{i}@angouleme.fr,no\n"
            ));
        }
        // lines 999 and 1000 (the header is line 1), then the next chunk
        accounts.push_str("ADM001,2016-00123,Anne,Un,anne.un@angouleme.fr,yes\n");
        accounts.push_str("ADM002,2016-00123,Bea,Deux,bea.deux@angouleme.fr,yes\n");
        accounts.push_str("USR0996,2016-00123,Prenom,Nom996,u996@angouleme.fr,no\n");
        accounts.push_str("USR0995,2016-00123,Autre,Personne,autre@angouleme.fr,no\n");
        accounts.push_str("ADM003,2016-00123,Cyr,Trois,cyr.trois@angouleme.fr,yes\n");
        let f = s.write(&d, "accounts.csv", &accounts);
        assert_eq!(
            s.refused_rows(AGENT, &["import", &f]),
            [bad("accounts.csv", 1002, "login"), bad("accounts.csv", 1003, "admin")],
            "a login taken two chunks back, and a third administrator, are refused"
        );
        // Without the two bad rows the file imports, and so does a groups file whose
        // members follow their manager across the chunk boundary.
        let good: Vec<&str> = accounts.lines().filter(|l| !l.starts_with("USR0995,2016-00123,Autre") && !l.starts_with("ADM003")).collect();
        let f = s.write(&d, "accounts.csv", &(good.join("\n") + "\n"));
        s.ok(AGENT, &["import", &f]);
        let mut groups = String::from("partner,group,login,manager\n");
        groups.push_str("2016-00123,declarer,ADM001,yes\n");
        for i in 0..997 {
            groups.push_str(&format!("2016-00123,declarer,USR{i:04},no\n"));
        }
        groups.push_str("2016-00123,habiliter,ADM002,yes\n");
        groups.push_str("2016-00123,habiliter,USR0001,no\n");
        groups.push_str("2016-00123,habiliter,USR0002,no\n");
        let f = s.write(&d, "groups.csv", &groups);
        s.ok(AGENT, &["import", &f]);
        let out = s.ok(AGENT, &["-o", "json", "group", "show", "2016-00123", "habiliter"]);
        let group: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(group["manager"], "ADM002");
        assert_eq!(group["members"], serde_json::json!(["ADM002", "USR0001", "USR0002"]));
        let out = s.ok(AGENT, &["-o", "json", "account", "list", "--partner", "2016-00123"]);
        let listed: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(listed.as_array().map(Vec::len), Some(999));
        // and again: nothing changes
        let before = s.dump();
        s.ok(AGENT, &["import", &f]);
        assert_eq!(s.dump(), before);
    }
}
