//! Habilitation set-ups: open partners, their accounts and groups, services, and the
//! profiles given on them, read back as the Caf agent sees them.

use super::{TestStore, AGENT};

impl TestStore {
    /// Registers an open partner (all three documents received).
    pub fn open_partner(&self, code: &str, name: &str) {
        self.ok(
            AGENT,
            &[
                "partner",
                "create",
                code,
                "--name",
                name,
                "--siret",
                "21160015000018",
                "--caf-code",
                "161",
            ],
        );
        for doc in ["convention", "contrat", "bulletin"] {
            self.ok(
                AGENT,
                &["partner", "document", code, doc, "--received", "2020-01-20"],
            );
        }
    }

    /// Creates an account of `partner` as the Caf agent.
    pub fn person(&self, login: &str, partner: &str, admin: bool) {
        let email = format!("{}@example.fr", login.to_lowercase());
        let mut args = vec![
            "account",
            "create",
            login,
            "--partner",
            partner,
            "--first-name",
            "Prénom",
            "--last-name",
            login,
            "--email",
            &email,
        ];
        if admin {
            args.push("--admin");
        }
        self.ok(AGENT, &args);
    }

    /// An open partner `code` with an administrator `{tag}ADM1`, a habiliter group managed by
    /// `{tag}HAB1`, and a declarer group of `declarers` members `{tag}DEC1`…, the first one
    /// its manager. Tags keep the logins of two partners apart.
    pub fn afas_partner(&self, code: &str, tag: &str, declarers: usize) -> Partner {
        assert!(declarers >= 1);
        self.open_partner(code, &format!("Partenaire {code}"));
        let admin = format!("{tag}ADM1");
        let giver = format!("{tag}HAB1");
        self.person(&admin, code, true);
        self.person(&giver, code, false);
        let declarers: Vec<String> = (1..=declarers).map(|i| format!("{tag}DEC{i}")).collect();
        for d in &declarers {
            self.person(d, code, false);
        }
        self.ok(
            &admin,
            &["group", "create", code, "habiliter", "--manager", &giver],
        );
        self.ok(
            &admin,
            &[
                "group",
                "create",
                code,
                "declarer",
                "--manager",
                &declarers[0],
            ],
        );
        if declarers.len() > 1 {
            let mut args = vec!["group", "add", code, "declarer"];
            args.extend(declarers[1..].iter().map(String::as_str));
            self.ok(&admin, &args);
        }
        Partner {
            code: code.to_string(),
            admin,
            giver,
            declarers,
        }
    }

    /// A service of `partner` with the given sites, created by the Caf agent.
    pub fn service(&self, code: &str, partner: &str, sites: &[&str]) {
        self.ok(
            AGENT,
            &[
                "service",
                "create",
                code,
                "--partner",
                partner,
                "--kind",
                "alsh",
                "--name",
                "Accueil de loisirs",
            ],
        );
        for site in sites {
            let name = format!("Site {site}");
            self.ok(AGENT, &["service", "add-site", code, site, "--name", &name]);
        }
    }

    /// `profile grant` that must succeed: `site` for a site FDA.
    pub fn grant(
        &self,
        giver: &str,
        login: &str,
        profile: &str,
        service: &str,
        site: Option<&str>,
    ) {
        let mut args = vec!["profile", "grant", login, profile, "--service", service];
        if let Some(site) = site {
            args.extend(["--site", site]);
        }
        self.ok(giver, &args);
    }

    /// The profiles held, as the Caf agent sees them with `profile list -o json` and `filter`
    /// (e.g. `["--service", "S1"]`): (login, profile, service, site) sorted.
    pub fn holdings(&self, filter: &[&str]) -> Vec<(String, String, String, Option<String>)> {
        let mut args = vec!["profile", "list"];
        args.extend_from_slice(filter);
        let list = self.json(AGENT, &args);
        let mut out: Vec<_> = list
            .as_array()
            .expect("profile list is an array")
            .iter()
            .map(|h| {
                (
                    h["login"].as_str().unwrap().to_string(),
                    h["profile"].as_str().unwrap().to_string(),
                    h["service"].as_str().unwrap().to_string(),
                    h["site"].as_str().map(str::to_string),
                )
            })
            .collect();
        out.sort();
        out
    }

    /// The logins holding `profile` on `service` (`site`: a site FDA; None: service level).
    pub fn holders(&self, service: &str, profile: &str, site: Option<&str>) -> Vec<String> {
        self.holdings(&["--service", service])
            .into_iter()
            .filter(|(_, p, _, s)| p == profile && s.as_deref() == site)
            .map(|(login, ..)| login)
            .collect()
    }
}

/// A partner set up for Afas profiles by `TestStore::afas_partner`.
#[derive(Clone, Debug)]
pub struct Partner {
    pub code: String,
    /// The administrator, in neither group.
    pub admin: String,
    /// The manager of habiliter, who gives the profiles.
    pub giver: String,
    /// Members of declarer; the first one manages the group.
    pub declarers: Vec<String>,
}

impl Partner {
    /// The n-th member of declarer (0: its manager).
    pub fn d(&self, n: usize) -> &str {
        &self.declarers[n]
    }
}

/// The e-mail address `TestStore::person` gives a login.
pub fn email_of(login: &str) -> String {
    format!("{}@example.fr", login.to_lowercase())
}
