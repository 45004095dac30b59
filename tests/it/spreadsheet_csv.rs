//! CSV as spreadsheets save it and as they open it (SPEC §5, issue #14): UTF-16, every bad
//! cell of a row, hints for spreadsheet damage, month-first dates, formulas, folders,
//! files that are no CSV at all, and `export --excel`.

use crate::common::import::{bad, bad_rows, store_with_a};
use crate::common::{TestStore, AGENT};

const A: &str = "2016-00123";
const PARTNERS: &str = "code,name,siret,caf_code,convention,contrat,bulletin";
const ACCOUNTS: &str = "login,partner,first_name,last_name,email,admin";

/// `text` as UTF-16LE with its BOM, as LibreOffice saves "Unicode" CSV.
fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

store_test! {
    fn utf16_csv_as_libreoffice_saves_unicode_is_read() {
        let s = store_with_a();
        let d = s.folder("in");
        for (name, sep) in [("accounts.csv", ","), ("Accounts.txt", "\t")] {
            let login = if sep == "," { "BONNET01" } else { "BONNET02" };
            let text = format!(
                "{}\r\n{login}{sep}{A}{sep}Élodie{sep}Lefèvre{sep}{}@angouleme.fr{sep}non\r\n",
                ACCOUNTS.replace(',', sep),
                login.to_lowercase()
            );
            let f = s.write(&d, name, utf16le(&text));
            s.ok(AGENT, &["import", "--kind", "accounts", &f]);
            let a = s.json(AGENT, &["account", "show", login]);
            assert_eq!(a["first_name"], "Élodie");
            assert_eq!(a["last_name"], "Lefèvre");
        }
    }
}

store_test! {
    /// A row with three bad cells is reported once per cell, in one run.
    fn every_bad_cell_of_a_row_is_reported() {
        let s = store_with_a();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "accounts.csv",
            format!("{ACCOUNTS}\nDURAND01,{A},,Durand,claire.durand@,peut-être\nDUBOIS01,{A},Marc,Dubois,marc@a.fr,no\n"),
        );
        let rows = s.refused_rows(AGENT, &["import", &f]);
        assert_eq!(
            rows,
            vec![
                bad("accounts.csv", 2, "admin"),
                bad("accounts.csv", 2, "email"),
                bad("accounts.csv", 2, "first_name"),
            ]
        );
        let f = s.write(
            &d,
            "partners.csv",
            format!("{PARTNERS}\n2017 00456,,123,1611,2020-02-30,,\n"),
        );
        let rows = s.refused_rows(AGENT, &["import", &f]);
        let columns: Vec<&str> = rows.iter().map(|r| r.column.as_str()).collect();
        assert_eq!(columns, ["caf_code", "code", "convention", "name", "siret"]);
    }
}

store_test! {
    /// French Excel's CSV of a sheet whose columns were numbers: the SIRET in scientific
    /// notation, the Caf code without its zero, a date as its serial number.
    fn spreadsheet_damage_gets_a_hint_to_format_the_column_as_text() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "partners.csv",
            format!(
                "{}\r\n{A};Angoulême;2,1160015E+13;161;;;\r\n2017-00456;Loisirs;78288806200018;61;;;\r\n2018-00789;Centre;21160015000018;161;43850;;\r\n",
                PARTNERS.replace(',', ";")
            ),
        );
        let out = s.cmd(Some(AGENT)).args(["import", &f]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            bad_rows(&stderr),
            vec![
                bad("partners.csv", 2, "siret"),
                bad("partners.csv", 3, "caf_code"),
                bad("partners.csv", 4, "convention"),
            ]
        );
        let lines: Vec<&str> = stderr.lines().collect();
        for line in &lines[..3] {
            assert!(line.contains("format the column as text"), "{line}");
        }
        assert!(lines[0].contains("scientific"), "{}", lines[0]);
        assert!(lines[1].contains("061") && lines[1].contains("leading zero"), "{}", lines[1]);
        assert!(lines[2].contains("serial"), "{}", lines[2]);
    }
}

store_test! {
    /// `03/25/2024` proves the column month-first: it is refused whole, at that line, once,
    /// and `05/03/2024` above it is not read as 5 March.
    fn a_month_first_date_column_is_refused_whole() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(
            &d,
            "partners.csv",
            format!(
                "{PARTNERS}\n{A},Angoulême,21160015000018,161,05/03/2024,,\n\
                 2017-00456,Loisirs,78288806200018,161,03/25/2024,,\n\
                 2018-00789,Centre,21160015000018,161,04/30/2024,05/03/2024,\n"
            ),
        );
        let out = s.cmd(Some(AGENT)).args(["import", &f]).output().unwrap();
        assert_eq!(out.status.code(), Some(5));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(bad_rows(&stderr), vec![bad("partners.csv", 3, "convention")], "{stderr}");
        assert!(stderr.contains("month-first") && stderr.contains("03/25/2024"), "{stderr}");
        assert!(stderr.contains("never guesses"), "{stderr}");
        assert_eq!(s.json(AGENT, &["partner", "list"]).as_array().unwrap().len(), 0);

        // day-first, the same dates come in as written
        let f = s.write(
            &d,
            "partners.csv",
            format!("{PARTNERS}\n{A},Angoulême,21160015000018,161,05/03/2024,25/03/2024,\n"),
        );
        s.ok(AGENT, &["import", &f]);
        let p = s.json(AGENT, &["partner", "show", A]);
        assert_eq!(p["convention"], "2024-03-05");
        assert_eq!(p["contrat"], "2024-03-25");
    }
}

store_test! {
    /// A name planted as a formula leaves afas as text (`'=…`), in `export` and `-o csv`; a
    /// number stays a number; export → import into an empty store gives the names back.
    fn no_formula_leaves_afas_and_the_round_trip_holds() {
        let s = store_with_a();
        let planted = "=HYPERLINK(\"http://evil.example/\";\"clic\")";
        s.ok(AGENT, &["account", "create", "PIRATE01", "--partner", A, "--first-name", planted, "--last-name=-120.50", "--email", "p@a.fr"]);
        s.ok(AGENT, &["account", "create", "ARO00001", "--partner", A, "--first-name", "@Anne", "--last-name", "+Durand", "--email", "a@a.fr"]);
        let csv = s.export(AGENT, "accounts", &[]);
        for line in csv.lines().skip(1) {
            for cell in line.split(',') {
                let cell = cell.trim_matches('"');
                assert!(!cell.starts_with(['=', '@', '+']), "a live formula: {line}");
            }
        }
        assert!(csv.contains("'=HYPERLINK("), "{csv}");
        assert!(csv.contains(",-120.50,"), "a number stays as it is: {csv}");
        assert!(csv.contains("'@Anne") && csv.contains("'+Durand"), "{csv}");
        let listed = s.ok(AGENT, &["-o", "csv", "account", "list"]);
        assert!(listed.contains("'=HYPERLINK(") && !listed.contains(",=HYPERLINK"), "{listed}");

        let d = s.folder("out");
        let partners = s.write(&d, "partners.csv", s.export(AGENT, "partners", &[]));
        let accounts = s.write(&d, "accounts.csv", &csv);
        let t = TestStore::new();
        t.ok(AGENT, &["import", &partners]);
        t.ok(AGENT, &["import", &accounts]);
        assert_eq!(t.json(AGENT, &["account", "show", "PIRATE01"])["first_name"], planted);
        assert_eq!(t.json(AGENT, &["account", "show", "ARO00001"])["last_name"], "+Durand");
        assert_eq!(t.export(AGENT, "accounts", &[]), csv);
    }
}

store_test! {
    /// `--excel`: `;`, UTF-8 with BOM, CRLF; imported into an empty store, the same data.
    fn export_excel_is_what_french_excel_opens_and_round_trips() {
        let s = crate::common::TestStore::with_sample();
        let d = s.folder("excel");
        let mut plain = Vec::new();
        for kind in ["partners", "accounts", "groups", "services", "sites", "profiles"] {
            let excel = s.export(AGENT, kind, &["--excel"]);
            assert!(excel.starts_with('\u{feff}'), "{kind}: no BOM");
            let body = &excel['\u{feff}'.len_utf8()..];
            assert!(body.lines().next().unwrap().contains(';'), "{kind}: not ;");
            assert_eq!(body.matches('\n').count(), body.matches("\r\n").count(), "{kind}: not CRLF");
            s.write(&d, &format!("{kind}.csv"), &excel);
            plain.push(s.export(AGENT, kind, &[]));
        }
        let t = TestStore::new();
        t.ok(AGENT, &["import", d.to_str().unwrap()]);
        for (kind, csv) in ["partners", "accounts", "groups", "services", "sites", "profiles"].iter().zip(&plain) {
            assert_eq!(&t.export(AGENT, kind, &[]), csv, "{kind}");
        }
    }
}

store_test! {
    /// `Accounts.CSV` is the accounts file; a file afas does not know is named on stderr.
    fn folder_names_are_matched_in_any_case_and_others_named() {
        let s = TestStore::new();
        let d = s.folder("in");
        s.write(&d, "PARTNERS.csv", format!("{PARTNERS}\n{A},Angoulême,21160015000018,161,2020-01-20,2020-01-20,2020-01-27\n"));
        s.write(&d, "Accounts.CSV", format!("{ACCOUNTS}\nDURAND01,{A},Claire,Durand,claire@a.fr,yes\n"));
        s.write(&d, "notes.txt", "à faire\n");
        s.write(&d, "comptes.csv", format!("{ACCOUNTS}\n"));
        let out = s.cmd(Some(AGENT)).args(["import", d.to_str().unwrap()]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert_eq!(s.json(AGENT, &["account", "show", "DURAND01"])["partner"], A);
        let warnings: Vec<&str> = stderr.lines().collect();
        assert_eq!(warnings.len(), 2, "{stderr}");
        assert!(warnings.iter().all(|w| w.starts_with("warning: ")), "{stderr}");
        assert!(stderr.contains("notes.txt") && stderr.contains("comptes.csv"), "{stderr}");
    }
}

store_test! {
    /// What is no spreadsheet's CSV is refused at once, in one line (exit 2), before
    /// anything is read into memory or the store: a header line over 64 KiB, a file of NULs,
    /// a NUL or an endless line further down.
    fn binary_files_and_endless_lines_are_refused_in_one_line() {
        let s = store_with_a();
        let d = s.folder("in");
        let mut long = "login".to_string();
        long.push_str(&"x".repeat(70 * 1024));
        long.push('\n');
        let f = s.write(&d, "accounts.csv", &long);
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains("64 KiB"), "{err}");

        let f = s.write(&d, "accounts.csv", vec![0u8; 1 << 20]);
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains("binary"), "{err}");

        // fine for 100 000 bytes, then a NUL; then a row without end
        let mut rows = format!("{ACCOUNTS}\n");
        let mut n = 0;
        while rows.len() < 100_000 {
            n += 1;
            rows.push_str(&format!("LOGIN{n:05},{A},Claire,Durand,c{n}@a.fr,no\n"));
        }
        // with a BOM (its encoding known from the start) and without (the whole file is
        // checked for its encoding)
        for bom in [&b"\xef\xbb\xbf"[..], b""] {
            let mut nul = bom.to_vec();
            nul.extend_from_slice(rows.as_bytes());
            nul.extend_from_slice(b"NUL00001,2016-00123,\0,x,y@a.fr,no\n");
            let f = s.write(&d, "accounts.csv", nul);
            let err = s.refused(AGENT, &["import", &f], 2);
            assert!(err.contains("binary"), "{err}");
        }
        let mut endless = rows.into_bytes();
        endless.extend(std::iter::repeat_n(b'y', 100 * 1024));
        let f = s.write(&d, "accounts.csv", endless);
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains(&format!("line {}", n + 2)) && err.contains("64 KiB"), "{err}");
    }
}

store_test! {
    /// A partner's run of imported rows is audited 10 000 rows at a time: memory holds one
    /// audit row's details, however many accounts one partner has.
    fn a_long_run_of_one_partner_is_audited_in_rows_of_ten_thousand() {
        let s = store_with_a();
        let d = s.folder("in");
        let mut csv = format!("{ACCOUNTS}\n");
        for n in 0..10_001 {
            csv.push_str(&format!("LOGIN{n:05},{A},Claire,Durand,c{n}@a.fr,no\n"));
        }
        let f = s.write(&d, "accounts.csv", csv);
        s.ok(AGENT, &["import", &f]);
        let audit = s.json(AGENT, &["audit", "--partner", A]);
        let runs: Vec<usize> = audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "account.create" && e["details"]["import"] == true)
            .map(|e| e["details"]["rows"].as_array().map_or(1, Vec::len))
            .collect();
        assert_eq!(runs, [10_000, 1]);
    }
}
