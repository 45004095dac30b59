//! `afas export KIND`: the import formats, filtered by partner and by who asks; export →
//! import into an empty store gives the same data back (SPEC §3, issue #5).

use std::collections::BTreeSet;

use crate::common::import::sample_data;
use crate::common::{TestStore, AGENT};
use serde_json::Value;

const KINDS: [&str; 6] = [
    "partners", "accounts", "groups", "services", "sites", "profiles",
];

/// The headers of SPEC §3, written out here rather than taken from the code.
fn spec_header(kind: &str) -> &'static str {
    match kind {
        "partners" => "code,name,siret,caf_code,convention,contrat,bulletin",
        "accounts" => "login,partner,first_name,last_name,email,admin",
        "groups" => "partner,group,login,manager",
        "services" => "code,partner,kind,name",
        "sites" => "service,code,name,address",
        "profiles" => "login,profile,service,site",
        other => panic!("no kind {other}"),
    }
}

/// The rows of an export (header checked and left out), each split on commas: the sample
/// data's cells hold no comma.
fn rows(csv: &str, kind: &str) -> Vec<Vec<String>> {
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(spec_header(kind)));
    lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

/// Column `i` of every row.
fn column(csv: &str, kind: &str, i: usize) -> BTreeSet<String> {
    rows(csv, kind).into_iter().map(|r| r[i].clone()).collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

store_test! {
    fn each_kind_has_the_import_header() {
        for s in [TestStore::new(), TestStore::with_sample()] {
            for kind in KINDS {
                let csv = s.export(AGENT, kind, &[]);
                assert_eq!(csv.lines().next(), Some(spec_header(kind)), "export {kind}");
            }
        }
    }
}

store_test! {
    fn export_reimports_into_the_same_store_as_unchanged() {
        let s = TestStore::with_sample();
        let d = s.folder("out");
        for kind in KINDS {
            s.write(&d, &format!("{kind}.csv"), s.export(AGENT, kind, &[]));
        }
        let before = s.dump();
        let summary = s.json(AGENT, &["import", d.to_str().unwrap()]);
        assert_eq!(before, s.dump());
        for f in summary.as_array().unwrap() {
            assert_eq!(f["unchanged"], f["rows"], "{f}");
        }
    }
}

store_test! {
    /// Export → import into an empty store → the same data: every kind exports byte for byte
    /// the same from both stores. The data holds what CSV must quote (commas, double quotes)
    /// and what import must not lose (a pending partner, a site without address, Caf agents).
    fn export_then_import_into_an_empty_store_gives_the_same_data() {
        let s = TestStore::with_sample();
        s.ok(
            AGENT,
            &[
                "partner",
                "create",
                "2021-00001",
                "--name",
                "Centre social \"Les Alliers\", Angoulême",
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );
        s.ok(
            AGENT,
            &[
                "service",
                "add-site",
                "ALSH-16015",
                "SC3",
                "--name",
                "Gymnase \"Bel-Air\"",
                "--address",
                "2, rue de Bel-Air; 16000 Angoulême",
            ],
        );
        s.ok(
            AGENT,
            &[
                "service",
                "add-site",
                "ALSH-16015",
                "SC4",
                "--name",
                "Sans adresse",
            ],
        );
        s.ok(
            AGENT,
            &[
                "account",
                "create",
                "AGENT02",
                "--caf",
                "--first-name",
                "Luc",
                "--last-name",
                "Garnier",
                "--email",
                "luc.garnier@caf16.caf.fr",
            ],
        );
        let d = s.folder("out");
        let mut exported = Vec::new();
        for kind in KINDS {
            let csv = s.export(AGENT, kind, &[]);
            s.write(&d, &format!("{kind}.csv"), &csv);
            exported.push(csv);
        }
        assert!(exported[0].contains("\"Centre social \"\"Les Alliers\"\", Angoulême\""));

        let t = TestStore::new();
        t.ok(AGENT, &["import", d.to_str().unwrap()]);
        for (kind, csv) in KINDS.iter().zip(&exported) {
            assert_eq!(&t.export(AGENT, kind, &[]), csv, "export {kind}");
        }
        // Beyond the CSV: what the commands show is the same too.
        for args in [
            &["partner", "list"][..],
            &["account", "list"],
            &["group", "list"],
            &["service", "list"],
            &["profile", "list"],
        ] {
            assert_eq!(
                strip_times(s.json(AGENT, args)),
                strip_times(t.json(AGENT, args)),
                "{args:?}"
            );
        }
        assert_eq!(
            s.json(AGENT, &["service", "show", "ALSH-16015"])["sites"],
            t.json(AGENT, &["service", "show", "ALSH-16015"])["sites"]
        );
    }
}

/// A JSON value without its `created_at` fields (when the rows were written).
fn strip_times(mut v: Value) -> Value {
    match &mut v {
        Value::Object(m) => {
            m.remove("created_at");
            m.remove("granted_at");
            m.remove("granted_by");
            for x in m.values_mut() {
                *x = strip_times(x.take());
            }
        }
        Value::Array(a) => {
            for x in a.iter_mut() {
                *x = strip_times(x.take());
            }
        }
        _ => {}
    }
    v
}

store_test! {
    fn partner_filters_every_kind() {
        let s = TestStore::with_sample();
        let a = "2016-00123";
        let only = ["--partner", a];
        assert_eq!(
            column(&s.export(AGENT, "partners", &only), "partners", 0),
            set(&[a])
        );
        let accounts = s.export(AGENT, "accounts", &only);
        assert_eq!(column(&accounts, "accounts", 1), set(&[a]));
        assert_eq!(
            rows(&accounts, "accounts").len(),
            5,
            "the five accounts of {a}: {accounts}"
        );
        assert_eq!(
            column(&s.export(AGENT, "groups", &only), "groups", 0),
            set(&[a])
        );
        let services = s.export(AGENT, "services", &only);
        assert_eq!(column(&services, "services", 1), set(&[a]));
        assert_eq!(
            column(&services, "services", 0),
            set(&["ALSH-16015", "RAM-16020"])
        );
        let sites = s.export(AGENT, "sites", &only);
        assert_eq!(column(&sites, "sites", 1), set(&["SC1", "SC2"]));
        let profiles = s.export(AGENT, "profiles", &only);
        assert_eq!(
            column(&profiles, "profiles", 2),
            set(&["ALSH-16015", "RAM-16020"])
        );
        assert_eq!(rows(&profiles, "profiles").len(), 7);
        // Without the filter, every partner's rows (and the Caf agent's account).
        let all = s.export(AGENT, "accounts", &[]);
        assert!(column(&all, "accounts", 0).contains(AGENT));
        assert_eq!(
            column(&s.export(AGENT, "services", &[]), "services", 1).len(),
            3
        );
    }
}

store_test! {
    fn a_partner_account_exports_only_its_own_partner() {
        let s = TestStore::with_sample();
        let own = "2016-00123";
        for kind in KINDS {
            assert_eq!(
                s.export("ROUX01", kind, &[]),
                s.export(AGENT, kind, &["--partner", own]),
                "export {kind} as ROUX01"
            );
        }
        let accounts = s.export("DURAND01", "accounts", &[]);
        assert!(!column(&accounts, "accounts", 0).contains(AGENT));
        // Another partner's rows: forbidden, and the answer is the same whether it exists.
        s.refused(
            "DURAND01",
            &["export", "accounts", "--partner", "2017-00456"],
            4,
        );
        s.refused(
            "DURAND01",
            &["export", "accounts", "--partner", "2099-99999"],
            4,
        );
    }
}

store_test! {
    fn an_unknown_partner_is_not_found() {
        let s = TestStore::with_sample();
        for kind in KINDS {
            s.refused(AGENT, &["export", kind, "--partner", "2099-99999"], 3);
        }
    }
}

store_test! {
    fn sample_data_exports_as_it_was_imported() {
        // sample-data/ is written in the export's own format: each exported row is a row of the
        // sample file, up to the order of rows and the generated login.
        let s = TestStore::with_sample();
        for kind in KINDS {
            let file = std::fs::read_to_string(sample_data().join(format!("{kind}.csv"))).unwrap();
            let sample: BTreeSet<String> = file.lines().skip(1).map(str::to_string).collect();
            let csv = s.export(AGENT, kind, &[]);
            let exported: BTreeSet<String> = csv
                .lines()
                .skip(1)
                .filter(|l| !l.starts_with(AGENT))
                .map(|l| {
                    if kind == "accounts" && l.contains("paul.petit@") {
                        // the sample leaves Paul Petit's login to be generated
                        l.split_once(',')
                            .map(|(_, rest)| format!(",{rest}"))
                            .unwrap()
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            assert_eq!(exported, sample, "export {kind}");
        }
    }
}
