//! `afas call`: campaigns. Opening one creates every declaration and queues the e-mails,
//! in one transaction.

mod view;

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::json;

use super::declaration;
use super::Ctx;
use crate::cli::CallCmd;
use crate::domain::access::{Action, Actor};
use crate::domain::call::{self as rules, NewCall, Recipient};
use crate::domain::readiness::{self, Problem};
use crate::domain::DeclarationState;
use crate::notices;
use crate::store::calls::{self, Fact};
use crate::store::declarations as decls;
use crate::store::outbox::{self, Letter};
use crate::store::{partners, Tx};
use view::{summary, Dashboard, Drawn, Late, NotReady, OpenReport};

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
            let new = rules::plan(kind, decl_type, year, &deadline, &forms)?;
            let report = ctx.write(|tx| open(tx, &new, &only))?;
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
            if !ctx.out.drawn() {
                return ctx.out.one(&d);
            }
            ctx.out.one(&Drawn(&d))?;
            let total: i64 = d.by_state.values().sum();
            ctx.out.bars(
                &format!("progress by state ({total} declarations):"),
                &d.progress(),
            )
        }
        CallCmd::Remind { id } => {
            let n = ctx.write(|tx| {
                tx.actor.require(Action::CafOnly("remind"))?;
                let call = calls::get(tx, &id, None)?;
                rules::may_run(&tx.actor, &call, "remind")?;
                rules::still_open(&id, call.status, "send reminders")?;
                let recipients = calls::recipients(tx, &id, true)?;
                let n = mail(tx, &recipients, &id, &call.deadline, Mailing::Reminder)?;
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
                rules::may_run(&tx.actor, &call, "close calls")?;
                rules::still_open(&id, call.status, "be closed again")?;
                calls::close(tx, &id)?;
                tx.audit("call.close", &id, None, json!({}))?;
                calls::get(tx, &id, None)
            })?;
            ctx.out
                .changed(&format!("closed call {id}: no more entry"), &call)
        }
    }
}

/// Opens the call for every open partner, or for `only`: its declarations and forms, the
/// e-mails, and the list of services whose profiles are not ready.
fn open(tx: &Tx, new: &NewCall, only: &[String]) -> Result<OpenReport> {
    tx.actor.require(Action::CafOnly("open calls"))?;
    let new = &new.clone().of_caf(tx.actor.caf_code());
    rules::not_opened_yet(&new.id, calls::find(tx, &new.id, None)?.is_some())?;
    for p in only {
        // Access before existence, as `partner show`.
        tx.actor.require(Action::CafOn {
            what: "open calls",
            partner: p,
        })?;
        partners::get(tx, p)?;
    }
    let partners = (!only.is_empty()).then_some(only);
    let declarations = calls::open(tx, new, partners, &tx.actor.login)?;
    let (recipients, active) = calls::recipients_counted(tx, &new.id)?;
    let emails = mail(tx, &recipients, &new.id, &new.deadline, Mailing::Opened)?;
    // A national call's recipients take some 50 MB: let go before the facts are read.
    drop(recipients);
    let mut not_ready = NotReadyList::default();
    calls::readiness(tx, &new.id, &active, |f| not_ready.add(f))?;
    let not_ready: Vec<NotReady> = not_ready.0.into_values().collect();
    tx.audit(
        "call.open",
        &new.id,
        None,
        json!({"declarations": declarations, "emails": emails,
               "not_ready": not_ready.len(), "partners": only}),
    )?;
    Ok(OpenReport {
        id: new.id.clone(),
        declarations,
        emails,
        not_ready,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mailing {
    Opened,
    Reminder,
}

/// One e-mail per person per call, listing every service it concerns (a reminder only
/// those not transmitted yet: `calls::recipients` with `pending_only`).
fn mail(
    tx: &Tx,
    recipients: &[Recipient],
    call: &str,
    deadline: &str,
    mailing: Mailing,
) -> Result<usize> {
    let cause = match mailing {
        Mailing::Opened => "call-open",
        Mailing::Reminder => "call-remind",
    };
    // Each e-mail is written as the store queues it, not all held in memory first.
    let letters = recipients.iter().map(|r| {
        let (subject, body) = match mailing {
            Mailing::Opened => notices::call_opened(r, call, deadline),
            Mailing::Reminder => notices::call_reminder(r, call, deadline),
        };
        Letter {
            recipient: &r.email,
            recipient_login: Some(&r.login),
            subject,
            body,
            cause,
        }
    });
    outbox::queue_all(tx, letters)
}

/// The services of the call whose profiles miss a minimum, with what each misses, by
/// service: built from the facts of every service of the call, then of their sites.
#[derive(Default)]
struct NotReadyList(BTreeMap<String, NotReady>);

impl NotReadyList {
    fn add(&mut self, fact: Fact) {
        match fact {
            Fact::Service {
                partner,
                service,
                holders,
            } => {
                let problems: Vec<&'static str> = readiness::service_problems(holders)
                    .into_iter()
                    .map(|p| p.code())
                    .collect();
                if !problems.is_empty() {
                    self.0.insert(
                        service.to_string(),
                        NotReady {
                            partner: partner.to_string(),
                            service: service.to_string(),
                            problems,
                        },
                    );
                }
            }
            Fact::Site {
                partner,
                service,
                site: _,
                fda,
            } => {
                if !readiness::site_ready(fda) {
                    let no_fda_site = Problem::NoFdaSite.code();
                    let entry = self
                        .0
                        .entry(service.to_string())
                        .or_insert_with(|| NotReady {
                            partner: partner.to_string(),
                            service: service.to_string(),
                            problems: Vec::new(),
                        });
                    if !entry.problems.contains(&no_fda_site) {
                        entry.problems.push(no_fda_site);
                    }
                }
            }
        }
    }
}

/// The campaign dashboard; a partner account sees its own declarations only.
fn dashboard(tx: &Tx, actor: &Actor, id: &str) -> Result<Dashboard> {
    let partner = actor.partner.as_deref();
    let call = calls::get(tx, id, partner)?;
    let mut by_state: BTreeMap<&'static str, i64> = DeclarationState::ALL
        .iter()
        .map(|s| (s.as_str(), 0))
        .collect();
    for (state, n) in calls::count_by_state(tx, id, partner)? {
        by_state.insert(state.as_str(), n);
    }
    let list = actor.only_seen(decls::list(
        tx,
        &decls::Filter {
            call: Some(id),
            state: None,
            partner,
        },
    )?);
    let today = crate::store::today();
    let late = list
        .iter()
        .filter(|d| rules::is_late(d.state, &call.deadline, &today))
        .map(|d| Late {
            id: d.id,
            service: d.service.clone(),
            partner: d.partner.clone(),
            state: d.state,
        })
        .collect();
    let mut controls_fired: BTreeMap<&'static str, i64> = BTreeMap::new();
    for d in list.iter().filter(|d| d.state != DeclarationState::ASaisir) {
        let l = declaration::load(tx, actor, d.id)?;
        for f in declaration::fired(tx, &l)? {
            *controls_fired.entry(f.code).or_default() += 1;
        }
    }
    Ok(Dashboard {
        call,
        by_state,
        late,
        controls_fired,
    })
}
