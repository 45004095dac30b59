//! `afas call`: campaigns. Opening one creates every declaration and queues the e-mails,
//! in one transaction.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use super::Ctx;
use crate::cli::CallCmd;
use crate::domain::access::Action;
use crate::domain::workflow::{self, decl_state};
use crate::domain::FormKind;
use crate::domain::{ids, profiles as rules};
use crate::error::refused;
use crate::output::Record;
use crate::store::calls::{self, NewCall};
use crate::store::declarations as decls;
use crate::store::outbox::{self, Mail};
use crate::store::{partners, profiles, Tx};

pub fn run(ctx: &mut Ctx, cmd: CallCmd) -> Result<()> {
    match cmd {
        CallCmd::Open {
            kind,
            decl_type,
            year,
            deadline,
            forms,
            partners: only,
        } => {
            if !(2000..=2100).contains(&year) {
                return Err(refused(format!(
                    "--year {year}: a year between 2000 and 2100"
                )));
            }
            let deadline = ids::date("--deadline", &deadline)?;
            let activity = forms.is_empty() || forms.contains(&FormKind::Activity);
            let financial = forms.is_empty() || forms.contains(&FormKind::Financial);
            let id = format!("{}-{year}-{}", decl_type.as_str(), kind.as_str());
            let report = ctx.write(|tx| {
                tx.actor.require(Action::CafOnly("open calls"))?;
                if calls::find(tx, &id, None)?.is_some() {
                    return Err(refused(format!("call {id} is already open (or was)")));
                }
                for p in &only {
                    partners::get(tx, p)?;
                }
                let new = NewCall {
                    id: &id,
                    kind: kind.as_str(),
                    decl_type: decl_type.as_str(),
                    year,
                    deadline: &deadline,
                    activity,
                    financial,
                };
                let partners = (!only.is_empty()).then_some(only.as_slice());
                let declarations = calls::open(tx, &new, partners, &tx.actor.login)?;
                let emails = mail_holders(tx, &id, &deadline, false)?;
                let not_ready = not_ready(tx, &id)?;
                tx.audit(
                    "call.open",
                    &id,
                    None,
                    json!({"declarations": declarations, "emails": emails,
                           "not_ready": not_ready.len(), "partners": only}),
                )?;
                Ok(OpenReport {
                    id: id.clone(),
                    declarations,
                    emails,
                    not_ready,
                })
            })?;
            ctx.out.changed(
                &format!(
                    "opened call {}: {} declarations, {} e-mails queued{}",
                    report.id,
                    report.declarations,
                    report.emails,
                    if report.not_ready.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "; {} services not ready: {}",
                            report.not_ready.len(),
                            summary(&report.not_ready)
                        )
                    }
                ),
                &report,
            )
        }
        CallCmd::List => {
            let list = ctx.read(|tx, actor| calls::list(tx, actor.partner.as_deref()))?;
            ctx.out.list(&list)
        }
        CallCmd::Show { id } => {
            let d = ctx.read(|tx, actor| dashboard(tx, actor, &id))?;
            ctx.out.one(&d)
        }
        CallCmd::Remind { id } => {
            let n = ctx.write(|tx| {
                tx.actor.require(Action::CafOnly("remind"))?;
                let call = calls::get(tx, &id, None)?;
                workflow::call_still_open(&id, &call.status, "send reminders")?;
                let n = mail_holders(tx, &id, &call.deadline, true)?;
                tx.audit("call.remind", &id, None, json!({"emails": n}))?;
                Ok(n)
            })?;
            ctx.out.say(&format!("queued {n} reminders for call {id}"))
        }
        CallCmd::Close { id } => {
            ctx.confirm(&format!("Close call {id}? No more entry will be accepted"))?;
            let call = ctx.write(|tx| {
                tx.actor.require(Action::CafOnly("close calls"))?;
                let call = calls::get(tx, &id, None)?;
                workflow::call_still_open(&id, &call.status, "be closed again")?;
                calls::close(tx, &id)?;
                tx.audit("call.close", &id, None, json!({}))?;
                calls::get(tx, &id, None)
            })?;
            ctx.out
                .changed(&format!("closed call {id}: no more entry"), &call)
        }
    }
}

#[derive(Debug, Serialize)]
pub struct NotReady {
    pub partner: String,
    pub service: String,
    pub problems: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct OpenReport {
    pub id: String,
    pub declarations: usize,
    pub emails: usize,
    /// Services of the call whose profiles do not meet the minimums.
    pub not_ready: Vec<NotReady>,
}

impl Record for OpenReport {
    const HEADERS: &'static [&'static str] = &["id", "declarations", "emails", "not_ready"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.declarations.to_string(),
            self.emails.to_string(),
            summary(&self.not_ready),
        ]
    }
}

fn summary(not_ready: &[NotReady]) -> String {
    let shown: Vec<String> = not_ready
        .iter()
        .take(10)
        .map(|n| format!("{} ({})", n.service, n.problems.join(", ")))
        .collect();
    let more = not_ready.len().saturating_sub(shown.len());
    if more > 0 {
        format!(
            "{} … and {more} more (afas profile check)",
            shown.join(", ")
        )
    } else {
        shown.join(", ")
    }
}

/// One e-mail per person per call, listing every service it concerns.
fn mail_holders(tx: &Tx, call: &str, deadline: &str, reminder: bool) -> Result<usize> {
    let recipients = calls::recipients(tx, call, reminder)?;
    for r in &recipients {
        let services: Vec<String> = r
            .services
            .iter()
            .map(|(code, name, id)| format!("  - {code} {name} (déclaration {id})"))
            .collect();
        let (subject, intro) = if reminder {
            (
                format!("Afas : rappel, déclaration à transmettre ({call})"),
                "Rappel : ces déclarations ne sont pas encore transmises à la Caf",
            )
        } else {
            (
                format!("Afas : appel de déclaration {call}"),
                "La Caf ouvre un appel de déclaration pour",
            )
        };
        let body = format!(
            "Bonjour {} {},\n\n{intro} :\n{}\n\n\
             Connectez-vous sur mon-compte-partenaire (service Afas) pour télé-déclarer \
             vos données avant le {deadline}.\n",
            r.first_name,
            r.last_name,
            services.join("\n")
        );
        outbox::queue(
            tx,
            &Mail {
                recipient: &r.email,
                recipient_login: Some(&r.login),
                subject: &subject,
                body: &body,
                cause: if reminder { "call-remind" } else { "call-open" },
            },
        )?;
    }
    Ok(recipients.len())
}

fn not_ready(tx: &Tx, call: &str) -> Result<Vec<NotReady>> {
    let mut out: BTreeMap<String, NotReady> = BTreeMap::new();
    for f in profiles::service_facts_in_call(tx, call)? {
        let problems: Vec<&'static str> = rules::service_problems(f.holders)
            .into_iter()
            .map(|p| p.code())
            .collect();
        if !problems.is_empty() {
            out.insert(
                f.service.clone(),
                NotReady {
                    partner: f.partner,
                    service: f.service,
                    problems,
                },
            );
        }
    }
    for (partner, service, _site, fda) in profiles::site_facts_in_call(tx, call)? {
        if !rules::site_ready(fda) {
            let entry = out.entry(service.clone()).or_insert(NotReady {
                partner,
                service,
                problems: Vec::new(),
            });
            if !entry.problems.contains(&"no_fda_site") {
                entry.problems.push("no_fda_site");
            }
        }
    }
    Ok(out.into_values().collect())
}

#[derive(Debug, Serialize)]
pub struct Late {
    pub id: i64,
    pub service: String,
    pub partner: String,
    pub state: String,
}

#[derive(Debug, Serialize)]
pub struct Dashboard {
    #[serde(flatten)]
    pub call: crate::domain::records::Call,
    /// Declarations by state, every state present.
    pub by_state: BTreeMap<String, i64>,
    /// Not transmitted and past the deadline.
    pub late: Vec<Late>,
    /// How many declarations each coherence control fires on.
    pub controls_fired: BTreeMap<String, i64>,
}

impl Record for Dashboard {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "kind",
        "type",
        "year",
        "deadline",
        "forms",
        "status",
        "declarations",
        "by_state",
        "late",
        "controls_fired",
    ];
    fn cells(&self) -> Vec<String> {
        let c = &self.call;
        let by_state: Vec<String> = self
            .by_state
            .iter()
            .map(|(s, n)| format!("{s}: {n}"))
            .collect();
        let late: Vec<String> = self
            .late
            .iter()
            .take(20)
            .map(|l| format!("{} {} ({})", l.id, l.service, l.state))
            .collect();
        let more = self.late.len().saturating_sub(late.len());
        let mut late = late.join("\n");
        if more > 0 {
            late.push_str(&format!("\n… and {more} more"));
        }
        let controls: Vec<String> = self
            .controls_fired
            .iter()
            .map(|(c, n)| format!("{c}: {n}"))
            .collect();
        vec![
            c.id.clone(),
            c.kind.clone(),
            c.decl_type.clone(),
            c.year.to_string(),
            c.deadline.clone(),
            c.forms.join(" "),
            c.status.clone(),
            c.declarations.to_string(),
            by_state.join("\n"),
            late,
            controls.join("\n"),
        ]
    }
}

/// The campaign dashboard; a partner account sees its own declarations only.
fn dashboard(tx: &Tx, actor: &crate::domain::access::Actor, id: &str) -> Result<Dashboard> {
    let partner = actor.partner.as_deref();
    let call = calls::get(tx, id, partner)?;
    let mut by_state: BTreeMap<String, i64> =
        decl_state::ALL.iter().map(|s| (s.to_string(), 0)).collect();
    for (state, n) in calls::count_by_state(tx, id, partner)? {
        by_state.insert(state, n);
    }
    let list = decls::list(
        tx,
        &decls::Filter {
            call: Some(id),
            state: None,
            partner,
        },
    )?;
    let today = crate::store::today();
    let late = list
        .iter()
        .filter(|d| d.state != decl_state::TRANSMISE_CAF && today > call.deadline)
        .map(|d| Late {
            id: d.id,
            service: d.service.clone(),
            partner: d.partner.clone(),
            state: d.state.clone(),
        })
        .collect();
    let mut controls_fired: BTreeMap<String, i64> = BTreeMap::new();
    for d in list.iter().filter(|d| d.state != decl_state::A_SAISIR) {
        let l = super::declaration::load(tx, actor, d.id)?;
        for f in super::declaration::fired(tx, &l)? {
            *controls_fired.entry(f.code.to_string()).or_default() += 1;
        }
    }
    Ok(Dashboard {
        call,
        by_state,
        late,
        controls_fired,
    })
}
