//! The end-to-end harness: a temporary store, the real `afas` binary, and a dump of the
//! whole store to prove that a refused command changed nothing.
#![allow(dead_code)]

pub mod faults;
pub mod smtp;

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// `afas`, with no AFAS_* variables from the environment.
pub fn afas() -> Command {
    let mut c = Command::cargo_bin("afas").expect("afas binary");
    c.env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .env_remove("AFAS_SMTP_URL");
    c
}

/// The Caf agent created by `TestStore::new`.
pub const AGENT: &str = "MARTIN01";

pub struct TestStore {
    _dir: Option<TempDir>,
    pub path: PathBuf,
}

impl TestStore {
    /// An existing store (made by `afas demo`, say), left where it is.
    pub fn at(path: &std::path::Path) -> Self {
        TestStore {
            _dir: None,
            path: path.to_path_buf(),
        }
    }

    /// Keeps `dir` (the folder holding the store) until the store is dropped.
    pub fn keep(&mut self, dir: TempDir) {
        self._dir = Some(dir);
    }

    /// A fresh store with its first Caf agent, MARTIN01.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("afas.db");
        let s = TestStore {
            _dir: Some(dir),
            path,
        };
        s.cmd(None)
            .args([
                "init",
                "--agent",
                AGENT,
                "--first-name",
                "Sophie",
                "--last-name",
                "Martin",
                "--email",
                "sophie.martin@caf16.caf.fr",
            ])
            .assert()
            .success();
        s
    }

    /// `afas --db STORE [--as ACTOR]`, with no AFAS_* variables from the environment.
    pub fn cmd(&self, actor: Option<&str>) -> Command {
        let mut c = afas();
        c.arg("--db").arg(&self.path);
        if let Some(a) = actor {
            c.args(["--as", a]);
        }
        c
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, actor: &str, args: &[&str]) -> String {
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        assert!(
            out.status.success(),
            "afas --as {actor} {} failed ({:?}): {}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs a command with `-o json` that must succeed; returns the parsed JSON.
    pub fn json(&self, actor: &str, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.ok(actor, &all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Runs a command that must fail with `code`, leaving the store exactly as it was;
    /// returns stderr, which must be one line starting with `error: `.
    pub fn refused(&self, actor: &str, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "afas --as {actor} {}: expected exit {code}, stderr: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: ") && stderr.trim_end().lines().count() == 1,
            "expected one error line, got: {stderr:?}"
        );
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused command"
        );
        stderr
    }

    /// Runs a command that must fail with `code` without touching the store, when stderr may
    /// be more than one line (clap's usage errors); returns stderr.
    pub fn fails(&self, actor: &str, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "afas --as {actor} {}: expected exit {code}, stderr: {stderr}",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: "),
            "expected an error, got: {stderr:?}"
        );
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused command"
        );
        stderr
    }

    /// A direct connection to the store, to look at (or tamper with) what the tool hides.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.path).expect("open store")
    }

    /// Every row of every table, in a stable order: equal dumps mean an unchanged store.
    pub fn dump(&self) -> String {
        let db = self.db();
        let mut tables: Vec<String> = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.retain(|t| !t.starts_with("sqlite_"));
        let mut out = String::new();
        for t in tables {
            let mut stmt = db.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| {
                    let cells: Vec<String> = (0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect();
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            out.push_str(&format!("## {t}\n{}\n", rows.join("\n")));
        }
        out
    }

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

/// The outcome of a command whatever it is: exit code, stdout, stderr.
pub struct Outcome {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl TestStore {
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

    /// Runs a command whatever its outcome.
    pub fn run(&self, actor: &str, args: &[&str]) -> Outcome {
        let out = self.cmd(Some(actor)).args(args).output().expect("run afas");
        Outcome {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).to_string(),
        }
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

    /// The audit rows of one action (e.g. `profile.grant`), oldest first, as `audit -o json`.
    pub fn audit_rows(&self, action: &str) -> Vec<Value> {
        self.json(AGENT, &["audit"])
            .as_array()
            .expect("audit is an array")
            .iter()
            .filter(|e| e["action"] == action)
            .cloned()
            .collect()
    }
}

/// The people of a partner running one alsh service with two sites, S1 and S2, each with
/// the Afas profiles a declaration needs.
#[derive(Clone, Debug)]
pub struct Team {
    pub partner: String,
    pub service: String,
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

/// The e-mail address `TestStore::person` gives a login.
pub fn email_of(login: &str) -> String {
    format!("{}@example.fr", login.to_lowercase())
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
            partner: partner.to_string(),
            service: service.to_string(),
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

/// One shell word.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

impl TestStore {
    /// Runs `afas --db STORE --as ACTOR ARGS…` on a pseudo-terminal (util-linux `script`),
    /// typing `keys`; returns the exit code and everything the terminal showed. None when
    /// `script` is not installed.
    pub fn on_terminal(&self, actor: &str, args: &[&str], keys: &str) -> Option<(i32, String)> {
        let script_ok = std::process::Command::new("script")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !script_ok {
            return None;
        }
        let bin = assert_cmd::cargo::cargo_bin("afas");
        let mut words = vec![
            bin.display().to_string(),
            "--db".into(),
            self.path.display().to_string(),
            "--as".into(),
            actor.to_string(),
        ];
        words.extend(args.iter().map(|a| a.to_string()));
        let line: Vec<String> = words.iter().map(|w| sh_quote(w)).collect();
        let inner = format!("stty cols 160 rows 60; exec {}", line.join(" "));
        let outer = format!(
            "printf %s {} | script -qec {} /dev/null",
            sh_quote(keys),
            sh_quote(&inner)
        );
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(outer)
            .env_remove("AFAS_DB")
            .env_remove("AFAS_AS")
            .env_remove("AFAS_SMTP_URL")
            .output()
            .expect("run script");
        let shown = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        Some((out.status.code().unwrap_or(-1), shown))
    }
}

// ── CSV import and export ───────────────────────────────────────────────────────────────

/// The repository's `sample-data/` folder: a full, valid data set.
pub fn sample_data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-data")
}

/// One bad row as `import` reports it: `FILE:LINE: column: reason`, the file reduced to its
/// name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BadRow {
    pub file: String,
    pub line: u64,
    pub column: String,
}

/// `BadRow` from its parts, for the expected side of an assertion.
pub fn bad(file: &str, line: u64, column: &str) -> BadRow {
    BadRow {
        file: file.to_string(),
        line,
        column: column.to_string(),
    }
}

/// Parses an import's stderr: every line but the last is `FILE:LINE: column: reason` (with
/// a reason), the last starts with `error: `. Returns the bad rows sorted (duplicates kept,
/// so that a row reported twice shows).
pub fn bad_rows(stderr: &str) -> Vec<BadRow> {
    let lines: Vec<&str> = stderr.trim_end().lines().collect();
    let (last, rows) = lines.split_last().expect("an error on stderr");
    assert!(
        last.starts_with("error: "),
        "the last line must be the error, got: {stderr}"
    );
    let mut out: Vec<BadRow> = rows
        .iter()
        .map(|l| {
            let parsed = l.split_once(": ").and_then(|(loc, rest)| {
                let (file, line) = loc.rsplit_once(':')?;
                let (column, reason) = rest.split_once(": ")?;
                let line = line.parse().ok()?;
                (!column.is_empty() && !column.contains(' ') && !reason.trim().is_empty())
                    .then_some((file, line, column))
            });
            let (file, line, column) =
                parsed.unwrap_or_else(|| panic!("not FILE:LINE: column: reason: {l:?}"));
            BadRow {
                file: std::path::Path::new(file)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
                line,
                column: column.to_string(),
            }
        })
        .collect();
    out.sort();
    out
}

impl TestStore {
    /// The store's temporary folder, where tests write their CSV files.
    pub fn dir(&self) -> PathBuf {
        self.path.parent().unwrap().to_path_buf()
    }

    /// A new empty sub-folder of the store's temporary folder.
    pub fn folder(&self, name: &str) -> PathBuf {
        let d = self.dir().join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// Writes `bytes` to `dir/name` and returns the path as a string for the command line.
    pub fn write(&self, dir: &std::path::Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().to_string()
    }

    /// A store holding `sample-data/`, imported by the Caf agent.
    pub fn with_sample() -> Self {
        let s = TestStore::new();
        s.ok(AGENT, &["import", sample_data().to_str().unwrap()]);
        s
    }

    /// Runs an import (or any command) that must refuse rows: exit 5, every bad row on its
    /// own line then the `error:` line, the store unchanged. Returns the bad rows.
    pub fn refused_rows(&self, actor: &str, args: &[&str]) -> Vec<BadRow> {
        let before = self.dump();
        let out = self.run(actor, args);
        assert_eq!(
            out.code,
            Some(5),
            "afas --as {actor} {}: expected exit 5, stderr: {}",
            args.join(" "),
            out.stderr
        );
        let rows = bad_rows(&out.stderr);
        assert!(!rows.is_empty(), "no bad row reported: {}", out.stderr);
        assert_eq!(
            before,
            self.dump(),
            "the store changed after a refused import"
        );
        rows
    }

    /// `export KIND [args…]` that must succeed: the CSV text.
    pub fn export(&self, actor: &str, kind: &str, args: &[&str]) -> String {
        let mut all = vec!["export", kind];
        all.extend_from_slice(args);
        self.ok(actor, &all)
    }
}
