//! `afas import`: the six CSV formats, all or nothing.
//!
//! Every row goes through the rules the commands use (domain/: ids, access, habilitation,
//! profiles); only the gathering of facts differs: lean lookups and a few caches, so that
//! a million rows import in seconds. Rows are applied inside the command's one transaction
//! as they are read (so later rows see earlier ones); every bad row is reported as
//! `FILE:LINE: column: reason` and, if there is any, nothing is committed. Importing the
//! same files again changes nothing: a row equal to what the store holds is "unchanged";
//! a row that contradicts it is an error (import never overwrites silently).

use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use super::Ctx;
use crate::csv_io::{self, CsvFile};
use crate::domain::access::Action;
use crate::domain::profiles::{self, Grant, ProfileKind, Receiver};
use crate::domain::CsvKind;
use crate::domain::{habilitation, ids, Document, GroupKind};
use crate::error::{self, refused, usage};
use crate::output::Record;
use crate::store::bulk::{self, LeanAccount};
use crate::store::{accounts, partners, Tx};

pub fn run(ctx: &mut Ctx, path: &Path, dry_run: bool, kind: Option<CsvKind>) -> Result<()> {
    let files = files_of(path, kind)?;
    let progress = std::io::stderr().is_terminal() && !ctx.out.quiet;
    let summary = ctx.write_with(!dry_run, |tx| {
        let mut importer = Importer::new(tx, progress);
        let mut summary = Vec::new();
        for (kind, file) in &files {
            summary.push(importer.file(*kind, file)?);
        }
        if importer.bad_rows > 0 {
            return Err(refused(format!(
                "{} bad row{}: nothing imported",
                importer.bad_rows,
                if importer.bad_rows == 1 { "" } else { "s" }
            )));
        }
        Ok(summary)
    })?;
    let rows: usize = summary.iter().map(|s| s.rows).sum();
    let created: usize = summary.iter().map(|s| s.created + s.changed).sum();
    ctx.out.list(&summary)?;
    ctx.out.say(&if dry_run {
        format!("dry run: {rows} rows checked, all valid; nothing written")
    } else {
        format!("imported {rows} rows: {created} changes")
    })
}

/// The files to import, in the spec's order: a folder's known files, or one file.
fn files_of(path: &Path, kind: Option<CsvKind>) -> Result<Vec<(CsvKind, PathBuf)>> {
    if path.is_dir() {
        if kind.is_some() {
            return Err(usage(
                "--kind is for a single file; a folder's files say their kind by name",
            ));
        }
        let files: Vec<(CsvKind, PathBuf)> = CsvKind::ALL
            .iter()
            .map(|k| (*k, path.join(format!("{}.csv", k.as_str()))))
            .filter(|(_, p)| p.is_file())
            .collect();
        if files.is_empty() {
            return Err(refused(format!(
                "{}: no partners.csv, accounts.csv, groups.csv, services.csv, sites.csv or profiles.csv in it",
                path.display()
            )));
        }
        return Ok(files);
    }
    if !path.is_file() {
        return Err(error::not_found(format!(
            "no file or folder {}",
            path.display()
        )));
    }
    let kind = match kind {
        Some(k) => k,
        None => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_lowercase();
            CsvKind::from_text(&stem)
                .ok_or_else(|| {
                    usage(format!(
                        "{}: cannot tell its kind from its name; give --kind partners|accounts|groups|services|sites|profiles",
                        path.display()
                    ))
                })?
        }
    };
    Ok(vec![(kind, path.to_path_buf())])
}

#[derive(Debug, Default, Serialize)]
pub struct FileSummary {
    pub file: String,
    pub kind: String,
    pub rows: usize,
    pub created: usize,
    pub changed: usize,
    pub unchanged: usize,
}

impl Record for FileSummary {
    const HEADERS: &'static [&'static str] =
        &["file", "kind", "rows", "created", "changed", "unchanged"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.kind.clone(),
            self.rows.to_string(),
            self.created.to_string(),
            self.changed.to_string(),
            self.unchanged.to_string(),
        ]
    }
}

/// What one row did.
enum Outcome {
    Created,
    Changed,
    Unchanged,
}

/// A row's failure: the column at fault and why. A `fatal` one is the store failing, not
/// the row: it stops the import, and keeps the store's error so that it reaches the user
/// as the store's (a full disk, a damaged file), not as the row's.
struct RowError {
    column: &'static str,
    reason: String,
    fatal: Option<anyhow::Error>,
}

impl RowError {
    fn new(column: &'static str, reason: String) -> Self {
        RowError {
            column,
            reason,
            fatal: None,
        }
    }
}

type RowResult = std::result::Result<Outcome, RowError>;

/// Attaches a column to a failure of the shared rules.
fn at<T, E: Into<anyhow::Error>>(
    column: &'static str,
    r: std::result::Result<T, E>,
) -> std::result::Result<T, RowError> {
    r.map_err(|e| RowError::new(column, error::one_line(&e.into())))
}

/// A store failure (not a rule) stops the import: it is not the row's fault.
fn store<T>(r: Result<T>) -> std::result::Result<T, RowError> {
    r.map_err(fatal)
}

/// A failure that stops the import (see `RowError`).
fn fatal(e: anyhow::Error) -> RowError {
    RowError {
        column: "-",
        reason: error::one_line(&e),
        fatal: Some(e),
    }
}

struct Importer<'t, 'c> {
    tx: &'t Tx<'c>,
    progress: bool,
    bad_rows: usize,
    stderr: std::io::BufWriter<std::io::Stderr>,
    /// partner code → open
    partners: HashMap<String, bool>,
    /// partner code → its administrators
    admins: HashMap<String, Vec<String>>,
    /// `partner/group` → the manager a row of this import named
    managers: HashMap<String, String>,
    /// The current run of imported rows of one action and partner, audited together.
    batch: Option<Batch>,
    /// The service the last sites or profiles row named, with its sites and holders.
    service: Option<ServiceCache>,
    /// The people of the partner of the last groups or profiles row.
    people: Option<People>,
    /// The accounts file's insert, prepared at its first row.
    inserter: Option<accounts::Inserter<'c>>,
}

/// A service, its sites and the holders of each of its profiles by scope, read in one
/// query when a sites or profiles row names another service than the row before (rows come
/// grouped by service), and kept up to date as the import grants: one query per service
/// instead of three lookups per row.
struct ServiceCache {
    code: String,
    /// The service's partner; None: there is no such service.
    partner: Option<String>,
    sites: HashSet<String>,
    holders: HashMap<(ProfileKind, Option<String>), Vec<String>>,
}

impl ServiceCache {
    fn load(tx: &Tx, code: &str) -> Result<ServiceCache> {
        let scope = bulk::service_scope(tx, code)?;
        Ok(ServiceCache {
            code: code.to_string(),
            partner: scope.partner,
            sites: scope.sites,
            holders: scope.holders,
        })
    }
}

/// One partner's accounts and groups (manager and members), read in one query (three
/// index ranges) when a groups or profiles row names another partner than the row before.
/// A partner's rows come together in any export, so a file costs one query per partner
/// instead of lookups per row at random places of account and membership (a national
/// profiles file: 600 000 of them). Memory holds one partner. The groups file keeps it up
/// to date as it writes; caches are emptied at each file's start.
struct People {
    partner: String,
    /// login → active
    accounts: HashMap<String, bool>,
    groups: HashMap<GroupKind, Crew>,
}

/// A run of imported rows of one action and partner, audited as one row. The rows are
/// kept as JSON text, written as they come (a million `serde_json::Value` maps cost an
/// accounts import more than their audit rows).
struct Batch {
    action: &'static str,
    partner: Option<String>,
    /// What a lone row is named, as its command would name it.
    first_target: String,
    rows: usize,
    /// The rows, comma-separated JSON objects.
    json: Vec<u8>,
}

/// What each imported row is listed as in its batch's `details.rows`.
#[derive(Serialize)]
struct AccountRow<'a> {
    login: &'a str,
    admin: bool,
}
#[derive(Serialize)]
struct GroupRow<'a> {
    group: &'a str,
    manager: &'a str,
}
#[derive(Serialize)]
struct MemberRow<'a> {
    login: &'a str,
    group: &'a str,
}
#[derive(Serialize)]
struct ServiceRow<'a> {
    code: &'a str,
    kind: &'a str,
    name: &'a str,
}
#[derive(Serialize)]
struct SiteRow<'a> {
    site: &'a str,
}
#[derive(Serialize)]
struct GrantRow<'a> {
    login: &'a str,
    profile: &'a str,
    service: &'a str,
    site: Option<&'a str>,
}

/// A group's manager and members.
#[derive(Default)]
struct Crew {
    manager: Option<String>,
    members: HashSet<String>,
}

impl People {
    fn load(tx: &Tx, partner: &str) -> Result<People> {
        let read = bulk::partner_people(tx, partner)?;
        let mut groups: HashMap<GroupKind, Crew> = HashMap::new();
        for (kind, manager) in read.managers {
            groups.entry(kind).or_default().manager = Some(manager);
        }
        for (kind, member) in read.members {
            groups.entry(kind).or_default().members.insert(member);
        }
        let accounts = read.accounts;
        Ok(People {
            partner: partner.to_string(),
            accounts,
            groups,
        })
    }

    fn is_member(&self, group: GroupKind, login: &str) -> bool {
        self.groups
            .get(&group)
            .is_some_and(|c| c.members.contains(login))
    }
}

impl<'t, 'c> Importer<'t, 'c> {
    fn new(tx: &'t Tx<'c>, progress: bool) -> Self {
        Importer {
            tx,
            progress,
            bad_rows: 0,
            stderr: std::io::BufWriter::new(std::io::stderr()),
            partners: HashMap::new(),
            admins: HashMap::new(),
            managers: HashMap::new(),
            batch: None,
            service: None,
            people: None,
            inserter: None,
        }
    }

    /// The service `code`, through the `service` cache.
    fn service_cache(&mut self, code: &str) -> Result<&mut ServiceCache> {
        let service = match self.service.take() {
            Some(s) if s.code == code => s,
            _ => ServiceCache::load(self.tx, code)?,
        };
        Ok(self.service.insert(service))
    }

    /// The partner of the service `code`, or the row's error.
    fn partner_of_service(&mut self, code: &str) -> std::result::Result<String, RowError> {
        store(self.service_cache(code))?
            .partner
            .clone()
            .ok_or_else(|| RowError::new("service", format!("no service {code}")))
    }

    /// A holder's partner, whether it is active and whether it is a member of `declarer` of
    /// `partner`: from the partner's `People` when it is one of its accounts, else looked up.
    fn holder(
        &mut self,
        partner: &str,
        login: &str,
    ) -> Result<Option<(Option<String>, bool, bool)>> {
        let people = self.people_of(partner)?;
        if let Some(active) = people.accounts.get(login) {
            return Ok(Some((
                Some(partner.to_string()),
                *active,
                people.is_member(GroupKind::Declarer, login),
            )));
        }
        let Some(account) = bulk::lean_account(self.tx, login)? else {
            return Ok(None);
        };
        let member = crate::store::groups::is_member(self.tx, partner, GroupKind::Declarer, login)?;
        Ok(Some((account.partner, account.active, member)))
    }

    /// The partner's `People`, read when the partner changes.
    fn people_of(&mut self, partner: &str) -> Result<&mut People> {
        let people = match self.people.take() {
            Some(p) if p.partner == partner => p,
            _ => People::load(self.tx, partner)?,
        };
        Ok(self.people.insert(people))
    }

    fn file(&mut self, kind: CsvKind, path: &Path) -> Result<FileSummary> {
        // Whole files an actor may not import at all are refused up front (exit 4).
        // Partners, services and sites come from the Caf's files; an administrator imports
        // the accounts, groups and profiles of its own partner (issue #5).
        match kind {
            CsvKind::Partners | CsvKind::Services | CsvKind::Sites => {
                let what = format!("import {}", kind.as_str());
                self.tx.actor.require(Action::CafOnly(&what))?;
            }
            CsvKind::Accounts | CsvKind::Groups | CsvKind::Profiles => {}
        }
        // What the previous file wrote may change what these caches hold.
        self.service = None;
        self.people = None;
        let mut summary = FileSummary {
            file: path.display().to_string(),
            kind: kind.as_str().to_string(),
            ..FileSummary::default()
        };
        // Groups: managers first, so that member rows find their group wherever they are.
        let passes: &[Option<bool>] = if kind == CsvKind::Groups {
            &[Some(true), Some(false)]
        } else {
            &[None]
        };
        for &pass in passes {
            let mut csv = CsvFile::open(path, kind.columns())?;
            let bar = self.progress_bar(&csv, kind);
            let mut record = csv::StringRecord::new();
            let mut n = 0u64;
            loop {
                match csv.reader.read_record(&mut record) {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line());
                        self.bad(&csv.label, line, "-", &format!("unreadable row: {e}"))?;
                        continue;
                    }
                }
                n += 1;
                if n.is_multiple_of(8192) {
                    if let Some(b) = &bar {
                        b.set_position(record.position().map_or(0, |p| p.byte()));
                    }
                }
                // the line is counted only for a row that fails
                let line = || csv_io::line_of(&csv.reader, &record);
                let Some(cells) = csv_io::cells(&record, &csv.columns) else {
                    continue;
                };
                let outcome = match (kind, pass) {
                    (CsvKind::Groups, Some(managers)) => {
                        let is_manager = ids::yes_no("manager", cells[3]);
                        match is_manager {
                            Ok(m) if m != managers => continue,
                            // a bad manager cell is reported by the managers' pass only
                            Err(_) if !managers => continue,
                            _ => self.group(&cells),
                        }
                    }
                    _ => self.row(kind, &cells),
                };
                summary.rows += 1;
                match outcome {
                    Ok(Outcome::Created) => summary.created += 1,
                    Ok(Outcome::Changed) => summary.changed += 1,
                    Ok(Outcome::Unchanged) => summary.unchanged += 1,
                    Err(RowError { fatal: Some(e), .. }) => {
                        return Err(e.context(format!("{}:{}", csv.label, line())))
                    }
                    Err(e) => self.bad(&csv.label, line(), e.column, &e.reason)?,
                }
            }
            if let Some(b) = bar {
                b.finish_and_clear();
            }
        }
        self.flush_audit()?;
        Ok(summary)
    }

    /// Imported rows are audited a partner at a time: one audit row per run of rows of the
    /// same action and partner, listing what each row did in `details.rows` (a national
    /// import writes some tens of thousands of audit rows instead of a million). The run
    /// ends when the action or the partner changes, and at the end of each file, so memory
    /// holds one partner's rows.
    fn audited(
        &mut self,
        action: &'static str,
        partner: Option<&str>,
        target: &str,
        row: impl Serialize,
    ) -> Result<()> {
        let same =
            matches!(&self.batch, Some(b) if b.action == action && b.partner.as_deref() == partner);
        if !same {
            self.flush_audit()?;
            self.batch = Some(Batch {
                action,
                partner: partner.map(str::to_string),
                first_target: target.to_string(),
                rows: 0,
                json: Vec::new(),
            });
        }
        if let Some(b) = &mut self.batch {
            if b.rows > 0 {
                b.json.push(b',');
            }
            serde_json::to_writer(&mut b.json, &row)?;
            b.rows += 1;
        }
        Ok(())
    }

    fn flush_audit(&mut self) -> Result<()> {
        let Some(b) = self.batch.take() else {
            return Ok(());
        };
        let target = match b.rows {
            1 => b.first_target,
            n => format!("{n} rows"),
        };
        let mut details = br#"{"import":true,"rows":["#.to_vec();
        details.extend_from_slice(&b.json);
        details.extend_from_slice(b"]}");
        self.tx.audit_json(
            b.action,
            &target,
            b.partner.as_deref(),
            &String::from_utf8(details)?,
        )
    }

    fn progress_bar(&self, csv: &CsvFile, kind: CsvKind) -> Option<indicatif::ProgressBar> {
        if !self.progress || csv.len < 1 << 20 {
            return None;
        }
        let bar = indicatif::ProgressBar::new(csv.len);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg:>10} [{bar:40}] {bytes}/{total_bytes} ({eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(kind.as_str());
        Some(bar)
    }

    fn bad(&mut self, file: &str, line: u64, column: &str, reason: &str) -> Result<()> {
        self.bad_rows += 1;
        writeln!(self.stderr, "{file}:{line}: {column}: {reason}")?;
        self.stderr.flush()?;
        Ok(())
    }

    fn row(&mut self, kind: CsvKind, c: &[&str]) -> RowResult {
        match kind {
            CsvKind::Partners => self.partner(c),
            CsvKind::Accounts => self.account(c),
            CsvKind::Groups => self.group(c),
            CsvKind::Services => self.service(c),
            CsvKind::Sites => self.site(c),
            CsvKind::Profiles => self.profile(c),
        }
    }

    fn partner_open(&mut self, code: &str) -> std::result::Result<bool, RowError> {
        if let Some(open) = self.partners.get(code) {
            return Ok(*open);
        }
        let open = store(partners::is_open(self.tx, code))?
            .ok_or_else(|| RowError::new("partner", format!("no partner {code}")))?;
        self.partners.insert(code.to_string(), open);
        Ok(open)
    }

    /// code,name,siret,caf_code,convention,contrat,bulletin
    fn partner(&mut self, c: &[&str]) -> RowResult {
        let code = at("code", ids::code("partner", c[0]))?;
        let name = at("name", ids::text("name", c[1]))?;
        let siret = at("siret", ids::siret(c[2]))?;
        let caf_code = at("caf_code", ids::caf_code(c[3]))?;
        let mut docs = Vec::new();
        for (i, doc) in Document::ALL.iter().enumerate() {
            if !c[4 + i].is_empty() {
                docs.push((*doc, at(doc.as_str(), ids::date(doc.as_str(), c[4 + i]))?));
            }
        }
        let tx = self.tx;
        let existing = store(partners::find(tx, &code))?;
        let Some(p) = existing else {
            // A new partner comes with the documents its row names, in one insert and one
            // audit row that lists them (documents received later are audited one by one).
            let received = |doc: Document| {
                docs.iter()
                    .find(|(d, _)| *d == doc)
                    .map(|(_, date)| date.clone())
            };
            store(partners::insert(
                tx,
                &crate::domain::records::Partner {
                    code: code.clone(),
                    name: name.clone(),
                    siret: siret.clone(),
                    caf_code: caf_code.clone(),
                    status: String::new(),
                    convention: received(Document::Convention),
                    contrat: received(Document::Contrat),
                    bulletin: received(Document::Bulletin),
                    created_at: tx.now.to_string(),
                },
            ))?;
            let documents: serde_json::Map<String, serde_json::Value> = docs
                .iter()
                .map(|(d, date)| (d.as_str().to_string(), json!(date)))
                .collect();
            store(tx.audit(
                "partner.create",
                &code,
                Some(&code),
                json!({"name": name, "siret": siret, "caf_code": caf_code,
                       "documents": documents, "import": true}),
            ))?;
            self.partners.remove(&code);
            return Ok(Outcome::Created);
        };
        for (column, ours, theirs) in [
            ("name", &p.name, &name),
            ("siret", &p.siret, &siret),
            ("caf_code", &p.caf_code, &caf_code),
        ] {
            if ours != theirs {
                return Err(RowError::new(
                    column,
                    format!(
                        "partner {code} exists with {column} {ours:?}; the import never overwrites"
                    ),
                ));
            }
        }
        let mut changed = false;
        for (doc, date) in docs {
            let recorded = match doc {
                Document::Convention => &p.convention,
                Document::Contrat => &p.contrat,
                Document::Bulletin => &p.bulletin,
            };
            match recorded {
                Some(d) if *d == date => {}
                Some(d) => {
                    return Err(RowError::new(
                        doc.as_str(),
                        format!(
                            "partner {code} has its {} recorded as received {d}",
                            doc.as_str()
                        ),
                    ))
                }
                None => {
                    store(partners::set_document(tx, &code, doc, &date))?;
                    store(tx.audit(
                        "partner.document",
                        &code,
                        Some(&code),
                        json!({"document": doc.as_str(), "received": date, "import": true}),
                    ))?;
                    changed = true;
                }
            }
        }
        self.partners.remove(&code);
        Ok(if changed {
            Outcome::Changed
        } else {
            Outcome::Unchanged
        })
    }

    /// login,partner,first_name,last_name,email,admin
    fn account(&mut self, c: &[&str]) -> RowResult {
        let partner = (!c[1].is_empty()).then(|| c[1].to_string());
        let first_name = at("first_name", ids::text("first name", c[2]))?;
        let last_name = at("last_name", ids::text("last name", c[3]))?;
        let email = at("email", ids::email(c[4]))?;
        let admin = at("admin", ids::yes_no("admin", c[5]))?;
        let actor = &self.tx.actor;
        match partner.as_deref() {
            None => {
                at(
                    "partner",
                    actor.require(Action::CafOnly("create Caf agent accounts")),
                )?;
                if admin {
                    return Err(RowError::new(
                        "admin",
                        "a Caf agent cannot be a partner administrator".into(),
                    ));
                }
            }
            Some(p) => {
                at(
                    "partner",
                    actor.require(Action::CreateAccount { partner: p }),
                )?;
                if admin {
                    at("admin", actor.require(Action::Administer { partner: p }))?;
                }
                self.partner_open(p)?;
            }
        }
        let same = |a: &LeanAccount| {
            a.partner == partner
                && a.first_name == first_name
                && a.last_name == last_name
                && a.email == email
        };
        let login = if c[0].is_empty() {
            // The same person already in the store, whatever its login: nothing to do.
            let known = store(bulk::person_known(
                self.tx,
                partner.as_deref(),
                &email,
                &first_name,
                &last_name,
            ))?;
            if known {
                return Ok(Outcome::Unchanged);
            }
            let mut found = None;
            for attempt in 0..1000 {
                let l = ids::generate_login(&last_name, &first_name, &email, attempt);
                match store(bulk::lean_account(self.tx, &l))? {
                    None => {
                        found = Some(l);
                        break;
                    }
                    // the same person, imported before: nothing to do
                    Some(a) if same(&a) => return Ok(Outcome::Unchanged),
                    Some(_) => {}
                }
            }
            found.ok_or_else(|| {
                RowError::new("login", "no free login could be generated: give one".into())
            })?
        } else {
            at("login", ids::login(c[0]))?
        };
        // A first import brings new logins: a row is inserted straight away when it may be
        // (an administrator row only when the partner has a free seat), and only a login
        // already taken (whatever the case) is read back and compared. This saves a lookup
        // per row.
        let may = match (partner.as_deref(), admin) {
            (Some(p), true) => {
                let admins = store(self.admins_of(p))?;
                habilitation::may_add_admin(p, &login, admins)
            }
            _ => Ok(()),
        };
        let new = accounts::NewAccount {
            login: &login,
            partner: partner.as_deref(),
            first_name: &first_name,
            last_name: &last_name,
            email: &email,
            admin,
        };
        if may.is_ok() && self.create_account(&new)? {
            return Ok(Outcome::Created);
        }
        if let Some(a) = store(bulk::lean_account(self.tx, &login))? {
            if same(&a) && a.admin == admin {
                return Ok(Outcome::Unchanged);
            }
            let who = format!("{} {}", a.first_name, a.last_name);
            return Err(RowError::new("login", format!("login {login} is already taken (by {who}, with other data); the import never overwrites")));
        }
        at("admin", may)?;
        // The insert found the login taken, yet it cannot be read back: only another
        // writer could do that, and none can inside this transaction.
        Err(fatal(anyhow::anyhow!(
            "login {login} was refused as taken but is not in the store"
        )))
    }

    /// The administrators of `p`, read once per partner and kept up to date by the import.
    fn admins_of(&mut self, p: &str) -> Result<&[String]> {
        if !self.admins.contains_key(p) {
            let admins = accounts::admins_of(self.tx, p)?;
            self.admins.insert(p.to_string(), admins);
        }
        Ok(self.admins.get(p).map_or(&[], Vec::as_slice))
    }

    /// Inserts an account unless its login is taken (whatever the case), and audits it;
    /// returns whether it inserted.
    fn create_account(
        &mut self,
        new: &accounts::NewAccount,
    ) -> std::result::Result<bool, RowError> {
        let tx = self.tx;
        let inserter = match self.inserter.take() {
            Some(i) => i,
            None => store(accounts::Inserter::new(tx))?,
        };
        if !store(self.inserter.insert(inserter).insert_if_new(new))? {
            return Ok(false);
        }
        if let (Some(p), true) = (new.partner, new.admin) {
            self.admins
                .entry(p.to_string())
                .or_default()
                .push(new.login.to_string());
        }
        store(self.audited(
            "account.create",
            new.partner,
            new.login,
            AccountRow {
                login: new.login,
                admin: new.admin,
            },
        ))?;
        Ok(true)
    }

    /// partner,group,login,manager (one row per member)
    fn group(&mut self, c: &[&str]) -> RowResult {
        let partner = c[0].to_string();
        let group: GroupKind = at("group", c[1].parse())?;
        let login = at("login", ids::login(c[2]))?;
        let manager = at("manager", ids::yes_no("manager", c[3]))?;
        let actor = &self.tx.actor;
        if manager {
            at(
                "partner",
                actor.require(Action::Administer { partner: &partner }),
            )?;
        } else {
            at(
                "partner",
                actor.require(Action::ChangeMembers {
                    partner: &partner,
                    group,
                }),
            )?;
        }
        let open = self.partner_open(&partner)?;
        let people = store(self.people_of(&partner))?;
        let ours = people.accounts.contains_key(&login);
        let current = people.groups.get(&group).and_then(|c| c.manager.clone());
        let is_member = people.is_member(group, &login);
        if !ours {
            // not an account of this partner: say whose it is, or that there is none
            let account = store(bulk::lean_account(self.tx, &login))?
                .ok_or_else(|| RowError::new("login", format!("no account {login}")))?;
            at(
                "login",
                habilitation::same_partner(&login, account.partner.as_deref(), &partner, group),
            )?;
        }
        let tx = self.tx;
        let target = format!("{partner}/{group}");
        if let Some(named) = self
            .managers
            .get(&target)
            .filter(|n| manager && **n != login)
        {
            return Err(RowError::new(
                "manager",
                format!("{target}: another row names {named} its manager; a group has one manager"),
            ));
        }
        let outcome = match (manager, current) {
            (true, None) => {
                at("partner", habilitation::must_be_open(&partner, open))?;
                store(crate::store::groups::insert(tx, &partner, group, &login))?;
                store(crate::store::groups::add_member(tx, &partner, group, &login))?;
                store(self.audited("group.create", Some(&partner), &target, GroupRow { group: &target, manager: &login }))?;
                Ok(Outcome::Created)
            }
            (true, Some(m)) if m == login => Ok(Outcome::Unchanged),
            (true, Some(m)) => {
                if !is_member {
                    store(crate::store::groups::add_member(tx, &partner, group, &login))?;
                }
                store(crate::store::groups::set_manager(tx, &partner, group, &login))?;
                store(tx.audit("group.manager", &target, Some(&partner), json!({"before": m, "after": login, "import": true})))?;
                Ok(Outcome::Changed)
            }
            (false, None) => Err(RowError::new(
                "group",
                format!("partner {partner} has no {group} group: give its manager (a row with manager=yes)"),
            )),
            (false, Some(_)) if is_member => Ok(Outcome::Unchanged),
            (false, Some(_)) => {
                store(crate::store::groups::add_member(tx, &partner, group, &login))?;
                store(self.audited("group.add", Some(&partner), &login, MemberRow { login: &login, group: group.as_str() }))?;
                Ok(Outcome::Created)
            }
        };
        if let Ok(Outcome::Created | Outcome::Changed) = &outcome {
            let people = store(self.people_of(&partner))?;
            let crew = people.groups.entry(group).or_default();
            crew.members.insert(login.clone());
            if manager {
                crew.manager = Some(login.clone());
            }
        }
        if manager && outcome.is_ok() {
            self.managers.insert(target, login);
        }
        outcome
    }

    /// code,partner,kind,name
    fn service(&mut self, c: &[&str]) -> RowResult {
        let code = at("code", ids::code("service", c[0]))?;
        let partner = c[1].to_string();
        let kind = match c[2].to_ascii_lowercase().as_str() {
            k @ ("alsh" | "ram") => k.to_string(),
            other => {
                return Err(RowError::new(
                    "kind",
                    format!("kind {other:?}: alsh or ram"),
                ))
            }
        };
        let name = at("name", ids::text("name", c[3]))?;
        at(
            "partner",
            self.tx
                .actor
                .require(Action::Administer { partner: &partner }),
        )?;
        let open = self.partner_open(&partner)?;
        at("partner", habilitation::must_be_open(&partner, open))?;
        let tx = self.tx;
        if let Some((p, k, n)) = store(bulk::lean_service(tx, &code))? {
            if p == partner && k == kind && n == name {
                return Ok(Outcome::Unchanged);
            }
            return Err(RowError::new("code", format!("service {code} exists with other data (partner {p}, {k}, {n:?}); the import never overwrites")));
        }
        store(crate::store::services::insert(
            tx, &code, &partner, &kind, &name,
        ))?;
        store(self.audited(
            "service.create",
            Some(&partner),
            &code,
            ServiceRow {
                code: &code,
                kind: &kind,
                name: &name,
            },
        ))?;
        Ok(Outcome::Created)
    }

    /// service,code,name,address
    fn site(&mut self, c: &[&str]) -> RowResult {
        let service = c[0].to_string();
        let code = at("code", ids::code("site", c[1]))?;
        let name = at("name", ids::text("site name", c[2]))?;
        let address = if c[3].is_empty() {
            None
        } else {
            Some(at("address", ids::text("address", c[3]))?)
        };
        let partner = self.partner_of_service(&service)?;
        let tx = self.tx;
        at(
            "service",
            tx.actor.require(Action::Administer { partner: &partner }),
        )?;
        let existing = store(bulk::lean_site(tx, &service, &code))?;
        if let Some((n, a)) = existing {
            if n == name && a == address {
                return Ok(Outcome::Unchanged);
            }
            return Err(RowError::new("code", format!("site {code} of service {service} exists with other data; the import never overwrites")));
        }
        let site = crate::domain::records::Site {
            service: service.clone(),
            code: code.clone(),
            name,
            address,
        };
        store(crate::store::services::insert_site(tx, &site))?;
        let target = format!("{service}/{code}");
        store(self.audited(
            "service.add_site",
            Some(&partner),
            &target,
            SiteRow { site: &target },
        ))?;
        Ok(Outcome::Created)
    }

    /// login,profile,service,site
    fn profile(&mut self, c: &[&str]) -> RowResult {
        let login = at("login", ids::login(c[0]))?;
        let kind = at("profile", ProfileKind::parse(c[1]))?;
        let service = c[2].to_string();
        let site = (!c[3].is_empty()).then(|| c[3].to_string());
        let partner = self.partner_of_service(&service)?;
        let tx = self.tx;
        at(
            "service",
            tx.actor.require(Action::GiveProfiles { partner: &partner }),
        )?;
        if let Some(s) = &site {
            if !store(self.service_cache(&service))?.sites.contains(s) {
                return Err(RowError::new(
                    "site",
                    format!("service {service} has no site {s}"),
                ));
            }
        }
        let (holder_partner, active, in_declarer) = store(self.holder(&partner, &login))?
            .ok_or_else(|| RowError::new("login", format!("no account {login}")))?;
        let scope = (kind, site.clone());
        let holders = store(self.service_cache(&service))?
            .holders
            .get(&scope)
            .cloned()
            .unwrap_or_default();
        if holders.contains(&login) {
            return Ok(Outcome::Unchanged);
        }
        at(
            "login",
            profiles::may_receive(
                &Receiver {
                    login: &login,
                    partner: holder_partner.as_deref(),
                    active,
                    in_declarer,
                },
                &service,
                &partner,
            ),
        )?;
        // Without --replace, may_grant only adds or refuses.
        if let Grant::Replace(_) = at(
            "profile",
            profiles::may_grant(&login, kind, &service, site.as_deref(), &holders, false),
        )? {
            return Err(RowError::new(
                "profile",
                format!("the import never replaces a holder of {kind}"),
            ));
        }
        store(crate::store::profiles::insert(
            tx,
            &login,
            kind,
            &service,
            site.as_deref(),
            &tx.actor.login,
        ))?;
        let holders = store(self.service_cache(&service))?
            .holders
            .entry(scope)
            .or_default();
        holders.push(login.clone());
        holders.sort();
        store(self.audited(
            "profile.grant",
            Some(&partner),
            &login,
            GrantRow {
                login: &login,
                profile: kind.as_str(),
                service: &service,
                site: site.as_deref(),
            },
        ))?;
        Ok(Outcome::Created)
    }
}
