//! Declaration campaigns: a partner's team of declarants, calls, the forms they enter and
//! the approver's steps up to transmission, and the outbox they fill.

use serde_json::Value;

use super::{TestStore, AGENT};

/// The people of a partner running one alsh service with two sites, S1 and S2, each with
/// the Afas profiles a declaration needs.
#[derive(Clone, Debug)]
pub struct Team {
    /// Administrator, manager of both groups; holds no profile.
    pub admin: String,
    /// fda of site S1 only.
    pub site_fda: String,
    /// fda of site S2 and a second fdf: two profiles, one person.
    pub site2_fda: String,
    /// fda at service level.
    pub service_fda: String,
    /// fdf only.
    pub fdf: String,
    /// approbateur only.
    pub approver: String,
}

impl Team {
    /// Every profile holder (not the administrator).
    pub fn holders(&self) -> Vec<String> {
        vec![
            self.site_fda.clone(),
            self.site2_fda.clone(),
            self.service_fda.clone(),
            self.fdf.clone(),
            self.approver.clone(),
        ]
    }
}

/// Standard activity data: 1 000 hours on each site (12,5 + 987,5 on S1).
pub const S1_ACTIVITY: &[&str] = &[
    "jours_ouverture=100",
    "heures_periscolaire=12,5",
    "heures_extrascolaire=987,5",
    "enfants_inscrits=40",
];
pub const S2_ACTIVITY: &[&str] = &[
    "jours_ouverture=100",
    "heures_periscolaire=500",
    "heures_extrascolaire=500",
    "enfants_inscrits=30",
];
/// Charges 15 000 €, products 10 000 €: a deficit of 33 % (DEFICIT fires at 10 %);
/// 7,50 € an hour for 2 000 hours (COUT_HORAIRE does not fire).
pub const FINANCIAL_DEFICIT: &[&str] = &[
    "charges_personnel=10000",
    "charges_fonctionnement=5000",
    "produits_familles=5000",
    "produits_collectivites=4000",
    "produits_autres=1000",
];
/// Charges 15 000 €, products 15 000 €: balanced.
pub const FINANCIAL_BALANCED: &[&str] = &[
    "charges_personnel=10000",
    "charges_fonctionnement=5000",
    "produits_familles=5000",
    "produits_collectivites=9000",
    "produits_autres=1000",
];

impl TestStore {
    /// An open partner with its two groups (managed by its administrator), an alsh service
    /// with sites S1 and S2, and its declarants: a site FDA of S1, a site FDA of S2 who is
    /// also FDF, a service-level FDA, an FDF and the approver. `tag` keeps logins unique
    /// when a store holds several teams ("" gives ADM01, FDAS1, FDAS2, FDASV, FDF01, APPRO1).
    pub fn alsh_team(&self, partner: &str, service: &str, tag: &str) -> Team {
        let t = Team {
            admin: format!("ADM{tag}01"),
            site_fda: format!("FDAS1{tag}"),
            site2_fda: format!("FDAS2{tag}"),
            service_fda: format!("FDASV{tag}"),
            fdf: format!("FDF{tag}01"),
            approver: format!("APPRO{tag}1"),
        };
        self.open_partner(partner, &format!("Commune {partner}"));
        self.person(&t.admin, partner, true);
        for g in ["declarer", "habiliter"] {
            self.ok(
                AGENT,
                &["group", "create", partner, g, "--manager", &t.admin],
            );
        }
        for login in t.holders() {
            self.person(&login, partner, false);
            self.ok(&t.admin, &["group", "add", partner, "declarer", &login]);
        }
        self.service_of_kind(service, partner, "alsh", &["S1", "S2"]);
        let grant = |login: &str, profile: &str, site: Option<&str>| {
            let mut args = vec!["profile", "grant", login, profile, "--service", service];
            if let Some(site) = site {
                args.extend(["--site", site]);
            }
            self.ok(&t.admin, &args);
        };
        grant(&t.site_fda, "fda", Some("S1"));
        grant(&t.site2_fda, "fda", Some("S2"));
        grant(&t.site2_fda, "fdf", None);
        grant(&t.service_fda, "fda", None);
        grant(&t.fdf, "fdf", None);
        grant(&t.approver, "approbateur", None);
        t
    }

    /// Creates a service of an open partner, with these sites.
    pub fn service_of_kind(&self, code: &str, partner: &str, kind: &str, sites: &[&str]) {
        self.ok(
            AGENT,
            &[
                "service",
                "create",
                code,
                "--partner",
                partner,
                "--kind",
                kind,
                "--name",
                &format!("Accueil {code}"),
            ],
        );
        for site in sites {
            self.ok(
                AGENT,
                &[
                    "service",
                    "add-site",
                    code,
                    site,
                    "--name",
                    &format!("Site {site}"),
                ],
            );
        }
    }

    /// `call open` as the Caf agent, e.g. `open_call("reel", 2019, "alsh", "2099-12-31", &[])`;
    /// returns the JSON report.
    pub fn open_call(
        &self,
        ty: &str,
        year: i64,
        kind: &str,
        deadline: &str,
        more: &[&str],
    ) -> Value {
        let year = year.to_string();
        let mut args = vec![
            "call",
            "open",
            "--kind",
            kind,
            "--type",
            ty,
            "--year",
            &year,
            "--deadline",
            deadline,
        ];
        args.extend_from_slice(more);
        self.json(AGENT, &args)
    }

    /// The id of the declaration of `service` in `call`.
    pub fn decl_id(&self, call: &str, service: &str) -> i64 {
        let list = self.json(AGENT, &["declaration", "list", "--call", call]);
        list.as_array()
            .expect("a list")
            .iter()
            .find(|d| d["service"] == service)
            .unwrap_or_else(|| panic!("no declaration of {service} in {call}: {list}"))["id"]
            .as_i64()
            .unwrap()
    }

    /// `declaration show ID -o json`, as the Caf agent.
    pub fn show(&self, id: i64) -> Value {
        self.json(AGENT, &["declaration", "show", &id.to_string()])
    }

    /// `declaration enter ID FORM [--site S] --set … [--done]` that must succeed; returns the
    /// declaration as JSON.
    pub fn enter(
        &self,
        actor: &str,
        id: i64,
        form: &str,
        site: Option<&str>,
        set: &[&str],
        done: bool,
    ) -> Value {
        let id = id.to_string();
        let mut args = vec!["declaration", "enter", &id, form];
        if let Some(site) = site {
            args.extend(["--site", site]);
        }
        if !set.is_empty() {
            args.push("--set");
            args.extend_from_slice(set);
        }
        if done {
            args.push("--done");
        }
        self.json(actor, &args)
    }

    /// The three forms entered and completed by their providers, with the standard data.
    pub fn fill(&self, t: &Team, id: i64, financial: &[&str]) {
        self.enter(&t.site_fda, id, "activity", Some("S1"), S1_ACTIVITY, true);
        self.enter(
            &t.service_fda,
            id,
            "activity",
            Some("S2"),
            S2_ACTIVITY,
            true,
        );
        self.enter(&t.fdf, id, "financial", None, financial, true);
    }

    /// The approver's four steps: approve, review both, justify every control that fires,
    /// transmit. Returns the declaration as JSON.
    pub fn approve_and_transmit(&self, t: &Team, id: i64) -> Value {
        let ids = id.to_string();
        self.json(&t.approver, &["declaration", "approve", &ids]);
        self.json(&t.approver, &["declaration", "review", &ids, "activity"]);
        self.json(&t.approver, &["declaration", "review", &ids, "financial"]);
        for c in self.show(id)["controls"].as_array().unwrap() {
            let code = c["code"].as_str().unwrap();
            self.json(
                &t.approver,
                &[
                    "declaration",
                    "justify",
                    &ids,
                    code,
                    "--text",
                    "vu avec le gestionnaire",
                ],
            );
        }
        self.json(&t.approver, &["declaration", "transmit", &ids])
    }

    /// Every message of the outbox (`outbox list -o json` as the Caf agent).
    pub fn outbox(&self) -> Vec<Value> {
        self.json(AGENT, &["outbox", "list"])
            .as_array()
            .expect("a list")
            .clone()
    }

    /// The outbox messages of one cause (call-open, call-remind, declaration-send-back…).
    pub fn outbox_of(&self, cause: &str) -> Vec<Value> {
        self.outbox()
            .into_iter()
            .filter(|m| m["cause"] == cause)
            .collect()
    }
}

/// The form of `kind` (and `site`) in a `declaration show` JSON.
pub fn form<'a>(decl: &'a Value, kind: &str, site: Option<&str>) -> &'a Value {
    decl["forms"]
        .as_array()
        .expect("forms")
        .iter()
        .find(|f| f["kind"] == kind && f["site"].as_str() == site)
        .unwrap_or_else(|| panic!("no {kind} form {site:?} in {decl}"))
}

/// The codes of the controls that fire, in a `declaration show` JSON.
pub fn control_codes(decl: &Value) -> Vec<String> {
    decl["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_string())
        .collect()
}
