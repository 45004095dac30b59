//! Workbooks in and out (SPEC §5, issue #14): `.xlsx` and `.ods` written by the tests
//! themselves, imported like a folder or as one sheet; `export --workbook` read back.

use crate::common::import::{bad, sample_data};
use crate::common::sheets::{self, t, text_sheet, Cell, Sheet};
use crate::common::{TestStore, AGENT};

const KINDS: [&str; 6] = [
    "partners", "accounts", "groups", "services", "sites", "profiles",
];
const A: &str = "2016-00123";

/// The sample data set as sheets named after the kinds, in the order given.
fn sample_sheets(order: &[&str]) -> Vec<Sheet> {
    order
        .iter()
        .map(|k| {
            let csv = std::fs::read_to_string(sample_data().join(format!("{k}.csv"))).unwrap();
            text_sheet(k, &csv)
        })
        .collect()
}

/// Every kind's CSV export, for comparing two stores.
fn exports(s: &TestStore) -> Vec<String> {
    KINDS.iter().map(|k| s.export(AGENT, k, &[])).collect()
}

fn partners_header() -> Vec<Cell> {
    "code,name,siret,caf_code,convention,contrat,bulletin"
        .split(',')
        .map(t)
        .collect()
}

store_test! {
    /// The sheets are imported in the kinds' order whatever their order in the workbook (the
    /// profiles sheet first would find no service), like the sample folder; a sheet not named
    /// after a kind is named in a warning.
    fn an_xlsx_workbook_of_the_six_kinds_imports_like_the_folder() {
        let s = TestStore::new();
        let d = s.folder("in");
        let mut book = sample_sheets(&["profiles", "sites", "services", "groups", "accounts", "partners"]);
        book.push(text_sheet("Notes", "à relire\n"));
        let path = d.join("caf.xlsx");
        sheets::xlsx(&path, &book);
        let out = s.cmd(Some(AGENT)).args(["import", path.to_str().unwrap()]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(stderr.contains("caf.xlsx:Notes") && stderr.starts_with("warning: "), "{stderr}");

        let folder = TestStore::with_sample();
        assert_eq!(exports(&s), exports(&folder));
        // again: nothing changes
        let before = s.dump();
        let summary = s.json(AGENT, &["import", path.to_str().unwrap()]);
        assert_eq!(before, s.dump());
        for file in summary.as_array().unwrap() {
            assert_eq!(file["created"], 0, "{file}");
            assert_eq!(file["changed"], 0, "{file}");
        }
    }
}

store_test! {
    fn an_ods_workbook_imports_too_and_dry_run_writes_nothing() {
        let s = TestStore::new();
        let d = s.folder("in");
        let path = d.join("caf.ods");
        let mut partners = vec![partners_header()];
        partners.push(vec![
            t(A),
            t("Ville d'Angoulême"),
            Cell::Number(21160015000018.0),
            t("061"),
            Cell::Date(2020, 1, 20),
            Cell::Date(2020, 3, 5),
            Cell::Empty,
        ]);
        let mut book = vec![("partners".to_string(), partners)];
        book.extend(sample_sheets(&["accounts"]).into_iter().map(|(n, rows)| {
            // the sample's accounts of partner A only
            let rows = rows
                .into_iter()
                .enumerate()
                .filter(|(i, r)| *i == 0 || matches!(&r[1], Cell::Text(p) if p == A))
                .map(|(_, r)| r)
                .collect();
            (n, rows)
        }));
        sheets::ods(&path, &book);
        let before = s.dump();
        s.ok(AGENT, &["import", "--dry-run", path.to_str().unwrap()]);
        assert_eq!(before, s.dump(), "a dry run wrote");
        s.ok(AGENT, &["import", path.to_str().unwrap()]);
        let p = s.json(AGENT, &["partner", "show", A]);
        assert_eq!(p["siret"], "21160015000018");
        assert_eq!(p["caf_code"], "061");
        assert_eq!(p["convention"], "2020-01-20");
        assert_eq!(p["contrat"], "2020-03-05", "a date cell is a date, never month-first");
        assert_eq!(p["bulletin"], serde_json::Value::Null);
        assert_eq!(s.json(AGENT, &["account", "show", "DURAND01"])["partner"], A);
    }
}

store_test! {
    /// Date cells are dates and number cells their digits: the SIRET stored as a number (that
    /// a narrow column shows as 2,1160015E+13) comes in whole.
    fn xlsx_cells_are_read_as_they_show() {
        let s = TestStore::new();
        let d = s.folder("in");
        let path = d.join("partners.xlsx");
        let rows = vec![
            partners_header(),
            vec![
                t(A),
                t("Ville d'Angoulême"),
                Cell::Number(21160015000018.0),
                Cell::Number(161.0),
                Cell::Date(2020, 1, 20),
                Cell::Date(2020, 3, 5),
                t("27/01/2020"),
            ],
        ];
        // one sheet, named as the spreadsheet names it: the kind comes from the file's name
        sheets::xlsx(&path, &[("Feuille1".to_string(), rows)]);
        s.ok(AGENT, &["import", path.to_str().unwrap()]);
        let p = s.json(AGENT, &["partner", "show", A]);
        assert_eq!(p["siret"], "21160015000018");
        assert_eq!(p["caf_code"], "161");
        assert_eq!(p["convention"], "2020-01-20");
        assert_eq!(p["contrat"], "2020-03-05");
        assert_eq!(p["bulletin"], "2020-01-27");
    }
}

store_test! {
    fn a_one_sheet_workbook_takes_its_kind_from_its_sheet_its_name_or_kind() {
        let s = TestStore::new();
        s.ok(AGENT, &["partner", "create", A, "--name", "Angoulême", "--siret", "21160015000018", "--caf-code", "161"]);
        let d = s.folder("in");
        let accounts = |login: &str| {
            vec![
                "login,partner,first_name,last_name,email,admin".split(',').map(t).collect(),
                vec![t(login), t(A), t("Claire"), t("Durand"), t(&format!("{}@a.fr", login.to_lowercase())), t("no")],
            ]
        };
        let by_sheet = d.join("export 2024.xlsx");
        sheets::xlsx(&by_sheet, &[("Accounts".to_string(), accounts("SHEET001"))]);
        s.ok(AGENT, &["import", by_sheet.to_str().unwrap()]);

        let by_name = d.join("Accounts.XLSX");
        sheets::xlsx(&by_name, &[("Sheet1".to_string(), accounts("NAME0001"))]);
        s.ok(AGENT, &["import", by_name.to_str().unwrap()]);

        let anonymous = d.join("book.xlsx");
        sheets::xlsx(&anonymous, &[("Sheet1".to_string(), accounts("KIND0001"))]);
        let err = s.refused(AGENT, &["import", anonymous.to_str().unwrap()], 2);
        assert!(err.contains("--kind"), "{err}");
        s.ok(AGENT, &["import", "--kind", "accounts", anonymous.to_str().unwrap()]);
        for login in ["SHEET001", "NAME0001", "KIND0001"] {
            assert_eq!(s.json(AGENT, &["account", "show", login])["partner"], A);
        }
        // two sheets, neither named after a kind: which is which cannot be told
        let two = d.join("two.xlsx");
        sheets::xlsx(&two, &[("Sheet1".to_string(), accounts("TWO00001")), ("Sheet2".to_string(), vec![])]);
        let err = s.refused(AGENT, &["import", two.to_str().unwrap()], 2);
        assert!(err.contains("name its sheets"), "{err}");
    }
}

store_test! {
    /// Errors name the sheet and the spreadsheet's line; every bad cell of a row is reported,
    /// each with the hint of the damage a spreadsheet did; nothing is imported.
    fn bad_cells_of_a_sheet_are_reported_by_sheet_and_line_with_hints() {
        let s = TestStore::new();
        let d = s.folder("in");
        let path = d.join("caf.xlsx");
        let rows = vec![
            partners_header(),
            vec![t(A), t("Angoulême"), t("21160015000018"), t("161"), Cell::Empty, Cell::Empty, Cell::Empty],
            vec![Cell::Empty],
            vec![
                t("2017-00456"),
                t("Loisirs"),
                t("7,8288806200018E+13"),
                Cell::Number(61.0),
                Cell::Number(45356.0),
                Cell::Empty,
                Cell::Empty,
            ],
        ];
        sheets::xlsx(&path, &[("partners".to_string(), rows)]);
        let before = s.dump();
        let out = s.cmd(Some(AGENT)).args(["import", path.to_str().unwrap()]).output().unwrap();
        assert_eq!(out.status.code(), Some(5));
        assert_eq!(before, s.dump());
        let stderr = String::from_utf8_lossy(&out.stderr);
        let rows = crate::common::import::bad_rows(&stderr);
        assert_eq!(
            rows,
            vec![
                bad("caf.xlsx:partners", 4, "caf_code"),
                bad("caf.xlsx:partners", 4, "convention"),
                bad("caf.xlsx:partners", 4, "siret"),
            ],
            "{stderr}"
        );
        for line in stderr.lines().filter(|l| l.contains(":4: ")) {
            assert!(line.contains("format the column as text"), "{line}");
        }
        assert!(stderr.contains("061"), "{stderr}");
        assert!(stderr.contains("1 bad row"), "{stderr}");
    }
}

store_test! {
    fn a_file_named_xlsx_that_is_no_workbook_is_refused_in_one_line() {
        let s = TestStore::new();
        let d = s.folder("in");
        let f = s.write(&d, "accounts.xlsx", "login,partner\n");
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains("accounts.xlsx") && err.contains("workbook"), "{err}");
        // and a workbook saved under a .csv name says so
        let book = d.join("book.xlsx");
        sheets::xlsx(&book, &sample_sheets(&["partners"]));
        let f = s.write(&d, "partners.csv", std::fs::read(&book).unwrap());
        let err = s.refused(AGENT, &["import", &f], 2);
        assert!(err.contains("workbook"), "{err}");
    }
}

store_test! {
    /// The six kinds as sheets, codes and SIRETs as text cells, dates as date cells; the
    /// workbook imported into an empty store gives the same data.
    fn export_workbook_round_trips_and_keeps_codes_as_text() {
        let s = TestStore::with_sample();
        s.ok(AGENT, &["partner", "create", "2021-00001", "--name", "=HYPERLINK(\"http://x\")", "--siret", "21160015000018", "--caf-code", "061"]);
        let d = s.folder("out");
        let path = d.join("caf.xlsx");
        s.ok(AGENT, &["export", "--workbook", path.to_str().unwrap()]);
        let book = sheets::read(&path);
        let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, KINDS);
        let partners = &book[0].1;
        let row = partners
            .rows()
            .find(|r| r[0] == calamine::Data::String("2021-00001".into()))
            .expect("the new partner's row");
        assert_eq!(row[2], calamine::Data::String("21160015000018".into()));
        assert_eq!(row[3], calamine::Data::String("061".into()));
        assert_eq!(row[1], calamine::Data::String("=HYPERLINK(\"http://x\")".into()));
        let angouleme = partners.rows().find(|r| r[0] == calamine::Data::String(A.into())).unwrap();
        assert!(matches!(angouleme[4], calamine::Data::DateTime(_)), "{:?}", angouleme[4]);

        let t = TestStore::new();
        t.ok(AGENT, &["import", path.to_str().unwrap()]);
        assert_eq!(exports(&t), exports(&s));

        // one partner's
        let only = d.join("only.xlsx");
        s.ok(AGENT, &["export", "--workbook", only.to_str().unwrap(), "--partner", A]);
        let accounts = &sheets::read(&only)[1].1;
        assert!(accounts.rows().skip(1).all(|r| r[1] == calamine::Data::String(A.into())));
        assert!(accounts.rows().count() > 2);
        // not an .xlsx name: refused, nothing written
        let wrong = d.join("caf.ods");
        s.refused(AGENT, &["export", "--workbook", wrong.to_str().unwrap()], 2);
        assert!(!wrong.exists());
    }
}
