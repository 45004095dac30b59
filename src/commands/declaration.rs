//! `afas declaration`: entry by the providers, the approver's four steps, the Caf's
//! send-back. Every rule is asked of domain/workflow.rs; this module gathers the facts.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use super::{scope, Ctx};
use crate::cli::DeclarationCmd;
use crate::domain::access::{Action, Actor};
use crate::domain::controls::{self, DeclarationData, Fired};
use crate::domain::fields::{self, Unit};
use crate::domain::ids;
use crate::domain::profiles::ProfileKind;
use crate::domain::workflow::{self, decl_state, form_state, Capacity, FormFacts, Steps};
use crate::domain::FormKind;
use crate::error::{forbidden, refused, usage};
use crate::output::{opt, Record};
use crate::store::declarations::{self as decls, DeclRow, Filter, FormRow};
use crate::store::outbox::{self, Mail};
use crate::store::{accounts, profiles, settings, Tx};

pub fn run(ctx: &mut Ctx, cmd: DeclarationCmd) -> Result<()> {
    match cmd {
        DeclarationCmd::List {
            call,
            state,
            partner,
        } => {
            if let Some(s) = &state {
                if !decl_state::ALL.contains(&s.as_str()) {
                    return Err(usage(format!(
                        "--state {s}: one of {}",
                        decl_state::ALL.join(", ")
                    )));
                }
            }
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                decls::list(
                    tx,
                    &Filter {
                        call: call.as_deref(),
                        state: state.as_deref(),
                        partner: only.as_deref(),
                    },
                )
            })?;
            ctx.out.list(&list)
        }
        DeclarationCmd::Show { id } => {
            let view = ctx.read(|tx, actor| {
                let l = load(tx, actor, id)?;
                view(tx, &l)
            })?;
            ctx.out.one(&view)
        }
        DeclarationCmd::Enter {
            id,
            form,
            site,
            set,
            done,
        } => {
            if set.is_empty() && !done {
                return Err(usage(
                    "nothing to enter: give --set FIELD=VALUE… and/or --done",
                ));
            }
            let v = ctx.write(|tx| {
                enter(tx, id, form, site.as_deref(), &set, done)?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            let what = if done { "completed" } else { "saved" };
            ctx.out.changed(
                &format!(
                    "{what} the {} form of declaration {id}; the declaration is {}",
                    form.as_str(),
                    v.state
                ),
                &v,
            )
        }
        DeclarationCmd::Approve { id } => {
            let v = ctx.write(|tx| {
                let l = load(tx, &tx.actor, id)?;
                approver(&tx.actor, &l)?;
                workflow::writable(&facts(&l, None))?;
                workflow::may_approve(id, &l.d.state)?;
                decls::start_approval(tx, id)?;
                tx.audit(
                    "declaration.approve",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"round": l.d.round + 1}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out.changed(
                &format!("declaration {id} is being approved: review the activity data (step 1), the financial data (step 2), justify the controls that fire (step 3), then transmit (step 4)"),
                &v,
            )
        }
        DeclarationCmd::Review { id, form } => {
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let s = steps(tx, &l)?;
                workflow::may_review(id, form.as_str(), &s)?;
                decls::set_review(tx, id, form.as_str(), Some(&tx.now))?;
                tx.audit(
                    "declaration.review",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"data": form.as_str()}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out.changed(
                &format!("reviewed the {} data of declaration {id}", form.as_str()),
                &v,
            )
        }
        DeclarationCmd::Return {
            id,
            form,
            site,
            reason,
        } => {
            let reason = ids::text("reason", &reason)?;
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let f = pick_form(&l, form, site.as_deref())?;
                workflow::may_return(&f.label(), &f.state)?;
                decls::set_form_state(
                    tx,
                    f.id,
                    form_state::RENVOYE,
                    Some(&reason),
                    &tx.actor.login,
                )?;
                decls::set_review(tx, id, &f.kind, None)?;
                tx.audit(
                    "declaration.return",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"form": f.label(), "reason": reason}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out.changed(
                &format!("returned the {} form of declaration {id} to its providers (no e-mail is sent: tell them)", form.as_str()),
                &v,
            )
        }
        DeclarationCmd::Justify { id, control, text } => {
            let control = control.trim().to_ascii_uppercase();
            if !controls::CODES.contains(&control.as_str()) {
                return Err(refused(format!(
                    "no control {control}: one of {}",
                    controls::CODES.join(", ")
                )));
            }
            let text = ids::text("justification", &text)?;
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let s = steps(tx, &l)?;
                let fires = fired(tx, &l)?.iter().any(|f| f.code == control);
                workflow::may_justify(id, &control, fires, &s)?;
                decls::justify(tx, id, l.d.round, &control, &text, &tx.actor.login)?;
                tx.audit(
                    "declaration.justify",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"control": control, "text": text}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out
                .changed(&format!("justified {control} on declaration {id}"), &v)
        }
        DeclarationCmd::Transmit { id } => {
            // Step 4: the synthesis first, on a terminal, then the confirmation.
            let synthesis = ctx.read(|tx, actor| {
                let l = load(tx, actor, id)?;
                view(tx, &l)
            })?;
            if super::asks(ctx.yes) {
                ctx.out.one(&synthesis)?;
            }
            ctx.confirm(&format!(
                "Transmit declaration {id} ({}) to the Caf? It becomes read-only",
                synthesis.service
            ))?;
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let s = steps(tx, &l)?;
                workflow::may_transmit(id, &s, &incomplete(&l))?;
                decls::transmit(tx, id, &tx.actor.login)?;
                tx.audit(
                    "declaration.transmit",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"round": l.d.round}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out
                .changed(&format!("declaration {id} is transmitted to the Caf"), &v)
        }
        DeclarationCmd::SendBack { id, reason } => {
            let reason = ids::text("reason", &reason)?;
            ctx.confirm(&format!(
                "Send declaration {id} back to its approver for correction?"
            ))?;
            let v = ctx.write(|tx| {
                tx.actor
                    .require(Action::CafOnly("send declarations back"))?;
                let l = load(tx, &tx.actor, id)?;
                workflow::call_open(id, l.d.call_open)?;
                workflow::may_send_back(id, &l.d.state)?;
                decls::send_back(tx, id, &reason)?;
                let approvers =
                    profiles::holders(tx, &l.d.service, ProfileKind::Approbateur, None)?;
                let mut mailed = Vec::new();
                for login in approvers {
                    let a = accounts::get(tx, &login)?;
                    let body = format!(
                        "Bonjour {} {},\n\nLa Caf vous renvoie pour correction la déclaration {id} \
                         ({}, {} – appel {}).\n\nMotif : {reason}\n\n\
                         Corrigez-la puis transmettez-la de nouveau.\n",
                        a.first_name, a.last_name, l.d.service, l.d.service_name, l.d.call
                    );
                    outbox::queue(
                        tx,
                        &Mail {
                            recipient: &a.email,
                            recipient_login: Some(&a.login),
                            subject: &format!(
                                "Afas : déclaration {} à revoir ({})",
                                id, l.d.service
                            ),
                            body: &body,
                            cause: "declaration-send-back",
                        },
                    )?;
                    mailed.push(login);
                }
                tx.audit(
                    "declaration.send_back",
                    &id.to_string(),
                    Some(&l.d.partner),
                    json!({"reason": reason, "mailed": mailed}),
                )?;
                view(tx, &load(tx, &tx.actor, id)?)
            })?;
            ctx.out.changed(
                &format!(
                    "declaration {id} is sent back (a-revoir); its approver is told by e-mail"
                ),
                &v,
            )
        }
    }
}

/// A declaration with its forms and the profiles the actor holds on its service.
pub struct Loaded {
    pub d: DeclRow,
    pub forms: Vec<FormRow>,
    pub held: Vec<(ProfileKind, Option<String>)>,
}

pub fn load(tx: &Tx, actor: &Actor, id: i64) -> Result<Loaded> {
    let d = decls::get(tx, id)?;
    actor.require(Action::Read {
        partner: &d.partner,
    })?;
    let forms = decls::forms(tx, id)?;
    let held = profiles::list(
        tx,
        &profiles::Filter {
            partner: None,
            service: Some(&d.service),
            login: Some(&actor.login),
        },
    )?
    .into_iter()
    .filter_map(|h| ProfileKind::parse(&h.profile).ok().map(|k| (k, h.site)))
    .collect();
    Ok(Loaded { d, forms, held })
}

fn facts<'a>(l: &'a Loaded, f: Option<&'a FormRow>) -> FormFacts<'a> {
    FormFacts {
        declaration: l.d.id,
        call_open: l.d.call_open,
        decl_state: &l.d.state,
        form_kind: f.map_or("activity", |f| f.kind.as_str()),
        form_site: f.and_then(|f| f.site.as_deref()),
        form_state: f.map_or(form_state::EN_COURS, |f| f.state.as_str()),
        returned: f.is_some_and(|f| f.return_reason.is_some()),
    }
}

fn approver(actor: &Actor, l: &Loaded) -> Result<()> {
    if workflow::is_approver(&l.held) {
        Ok(())
    } else {
        Err(forbidden(format!(
            "{} is not the approver of service {}: only its approver checks and transmits",
            actor.login, l.d.service
        )))
    }
}

/// The approver, on a declaration being approved, while the call is open.
fn approval(tx: &Tx, id: i64) -> Result<Loaded> {
    let l = load(tx, &tx.actor, id)?;
    approver(&tx.actor, &l)?;
    workflow::writable(&facts(&l, None))?;
    workflow::in_approval(id, &l.d.state)?;
    Ok(l)
}

fn pick_form<'a>(l: &'a Loaded, kind: FormKind, site: Option<&str>) -> Result<&'a FormRow> {
    let of_kind: Vec<&FormRow> = l.forms.iter().filter(|f| f.kind == kind.as_str()).collect();
    if kind == FormKind::Financial && site.is_some() {
        return Err(usage(
            "--site is for activity forms: the financial form is the service's",
        ));
    }
    if let Some(f) = of_kind.iter().find(|f| f.site.as_deref() == site) {
        return Ok(f);
    }
    let sites: Vec<String> = of_kind.iter().filter_map(|f| f.site.clone()).collect();
    Err(match site {
        None => refused(format!(
            "service {} has sites: give --site ({})",
            l.d.service,
            sites.join(", ")
        )),
        Some(s) if sites.is_empty() => refused(format!(
            "service {} has no sites: leave out --site {s}",
            l.d.service
        )),
        Some(s) => refused(format!(
            "service {} has no site {s} (its sites: {})",
            l.d.service,
            sites.join(", ")
        )),
    })
}

fn enter(
    tx: &Tx,
    id: i64,
    kind: FormKind,
    site: Option<&str>,
    set: &[String],
    done: bool,
) -> Result<()> {
    let l = load(tx, &tx.actor, id)?;
    let form = pick_form(&l, kind, site)?;
    let capacity = workflow::may_enter(&tx.actor.login, &facts(&l, Some(form)), &l.held)?;
    let mut values = form.values.clone();
    let mut changed = BTreeMap::new();
    for assignment in set {
        let (field, value) = fields::parse_assignment(assignment, &form.kind, &l.d.service_kind)?;
        decls::set_value(tx, form.id, field.name, value)?;
        values.insert(field.name.to_string(), value);
        changed.insert(field.name, fields::format_value(value, field.unit));
    }
    if done {
        let missing = missing_fields(&form.kind, &l.d.service_kind, &values);
        if !missing.is_empty() {
            return Err(refused(format!(
                "the {} form cannot be complete: {} not entered",
                form.label(),
                missing.join(", ")
            )));
        }
    }
    // A returned form stays returned to its providers until they complete it.
    let return_reason = if done {
        None
    } else {
        form.return_reason.as_deref()
    };
    decls::set_form_state(
        tx,
        form.id,
        workflow::form_after_entry(done),
        return_reason,
        &tx.actor.login,
    )?;
    let next = workflow::state_after_entry(&l.d.state);
    if next != l.d.state {
        decls::set_state(tx, id, next)?;
    }
    // Data changed under approval: that data must be reviewed again.
    if l.d.state == decl_state::EN_COURS_APPROBATION {
        decls::set_review(tx, id, &form.kind, None)?;
    }
    tx.audit(
        "declaration.enter",
        &id.to_string(),
        Some(&l.d.partner),
        json!({"form": form.label(), "values": changed, "done": done,
               "as": if capacity == Capacity::Approver { "approbateur" } else { "provider" }}),
    )
}

fn missing_fields(form_kind: &str, service_kind: &str, values: &controls::Values) -> Vec<String> {
    fields::fields_of(form_kind, service_kind)
        .iter()
        .filter(|f| !values.contains_key(f.name))
        .map(|f| f.name.to_string())
        .collect()
}

/// Requested forms that are not complete (or miss values), for transmission.
fn incomplete(l: &Loaded) -> Vec<String> {
    l.forms
        .iter()
        .filter(|f| f.state != form_state::NON_DEMANDE)
        .filter(|f| {
            f.state != form_state::COMPLET
                || !missing_fields(&f.kind, &l.d.service_kind, &f.values).is_empty()
        })
        .map(FormRow::label)
        .collect()
}

/// The coherence controls that fire on the data as entered.
pub fn fired(tx: &Tx, l: &Loaded) -> Result<Vec<Fired>> {
    let requested = |kind: &'static str| {
        l.forms
            .iter()
            .filter(move |f| f.kind == kind && f.state != form_state::NON_DEMANDE)
    };
    let data = DeclarationData {
        service_kind: &l.d.service_kind,
        activity: requested("activity")
            .map(|f| (f.site.clone(), f.values.clone()))
            .collect(),
        financial: requested("financial").next().map(|f| f.values.clone()),
        previous_activity_total: decls::previous_activity_total(tx, &l.d)?,
    };
    Ok(controls::evaluate(&data, &settings::thresholds(tx)?))
}

fn steps(tx: &Tx, l: &Loaded) -> Result<Steps> {
    let asked = |kind: &str| {
        l.forms
            .iter()
            .any(|f| f.kind == kind && f.state != form_state::NON_DEMANDE)
    };
    let justified = decls::justifications(tx, l.d.id, l.d.round)?;
    Ok(Steps {
        activity_asked: asked("activity"),
        financial_asked: asked("financial"),
        activity_reviewed: l.d.activity_reviewed.is_some(),
        financial_reviewed: l.d.financial_reviewed.is_some(),
        unjustified: fired(tx, l)?
            .into_iter()
            .filter(|f| !justified.contains_key(f.code))
            .map(|f| f.code.to_string())
            .collect(),
    })
}

#[derive(Debug, Serialize)]
pub struct FormView {
    pub kind: String,
    pub site: Option<String>,
    pub state: String,
    pub return_reason: Option<String>,
    /// Values as decimal strings (`1234.50`) for money and hours, whole numbers for counts.
    pub values: BTreeMap<String, String>,
    pub missing_fields: Vec<String>,
    pub updated_by: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ControlView {
    pub code: String,
    pub message: String,
    pub justification: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    /// Total hours (alsh) or ETP (ram).
    pub activity_total: Option<String>,
    pub total_charges: Option<String>,
    pub total_produits: Option<String>,
    pub resultat: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StepsView {
    pub activity_reviewed: Option<String>,
    pub financial_reviewed: Option<String>,
    pub controls_justified: bool,
    /// What is still missing before transmission (while being approved).
    pub missing: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct View {
    pub id: i64,
    pub call: String,
    #[serde(rename = "type")]
    pub decl_type: String,
    pub year: i64,
    pub deadline: String,
    pub service: String,
    pub service_name: String,
    pub service_kind: String,
    pub partner: String,
    pub state: String,
    pub forms: Vec<FormView>,
    pub totals: Totals,
    pub steps: StepsView,
    pub controls: Vec<ControlView>,
    pub transmitted_at: Option<String>,
    pub transmitted_by: Option<String>,
    pub sent_back_reason: Option<String>,
}

pub fn view(tx: &Tx, l: &Loaded) -> Result<View> {
    let justified = decls::justifications(tx, l.d.id, l.d.round)?;
    let fired = fired(tx, l)?;
    let s = steps(tx, l)?;
    let activity: Vec<(Option<String>, controls::Values)> = l
        .forms
        .iter()
        .filter(|f| f.kind == "activity" && f.state != form_state::NON_DEMANDE)
        .map(|f| (f.site.clone(), f.values.clone()))
        .collect();
    let financial = l.forms.iter().find(|f| {
        f.kind == "financial" && f.state != form_state::NON_DEMANDE && !f.values.is_empty()
    });
    let money = |v: i64| fields::format_value(v, Unit::Cents);
    let (charges, produits, resultat) = match financial {
        Some(f) => {
            let (c, p, r) = controls::financial_totals(&f.values);
            (
                Some(money(c)),
                Some(money(p)),
                Some(if r < 0 {
                    format!("-{}", money(-r))
                } else {
                    money(r)
                }),
            )
        }
        None => (None, None, None),
    };
    Ok(View {
        id: l.d.id,
        call: l.d.call.clone(),
        decl_type: l.d.call_type.clone(),
        year: l.d.call_year,
        deadline: l.d.deadline.clone(),
        service: l.d.service.clone(),
        service_name: l.d.service_name.clone(),
        service_kind: l.d.service_kind.clone(),
        partner: l.d.partner.clone(),
        state: l.d.state.clone(),
        forms: l
            .forms
            .iter()
            .map(|f| FormView {
                kind: f.kind.clone(),
                site: f.site.clone(),
                state: f.state.clone(),
                return_reason: f.return_reason.clone(),
                values: f
                    .values
                    .iter()
                    .map(|(k, v)| (k.clone(), fields::format_value(*v, fields::unit_of(k))))
                    .collect(),
                missing_fields: if f.state == form_state::NON_DEMANDE {
                    Vec::new()
                } else {
                    missing_fields(&f.kind, &l.d.service_kind, &f.values)
                },
                updated_by: f.updated_by.clone(),
                updated_at: f.updated_at.clone(),
            })
            .collect(),
        totals: Totals {
            activity_total: controls::activity_total(&l.d.service_kind, &activity)
                .map(|t| fields::format_value(t, Unit::Hundredths)),
            total_charges: charges,
            total_produits: produits,
            resultat,
        },
        steps: StepsView {
            activity_reviewed: l.d.activity_reviewed.clone(),
            financial_reviewed: l.d.financial_reviewed.clone(),
            controls_justified: s.unjustified.is_empty(),
            missing: if l.d.state == decl_state::EN_COURS_APPROBATION {
                let mut m = s.missing(l.d.id);
                m.extend(
                    incomplete(l)
                        .into_iter()
                        .map(|f| format!("form {f} is not complet")),
                );
                m
            } else {
                Vec::new()
            },
        },
        controls: fired
            .into_iter()
            .map(|f| ControlView {
                justification: justified.get(f.code).cloned(),
                code: f.code.to_string(),
                message: f.message,
            })
            .collect(),
        transmitted_at: l.d.transmitted_at.clone(),
        transmitted_by: l.d.transmitted_by.clone(),
        sent_back_reason: l.d.sent_back_reason.clone(),
    })
}

impl Record for View {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "call",
        "service",
        "partner",
        "state",
        "deadline",
        "forms",
        "totals",
        "steps",
        "controls",
        "transmitted_at",
        "sent_back_reason",
    ];
    fn cells(&self) -> Vec<String> {
        let forms: Vec<String> = self
            .forms
            .iter()
            .map(|f| {
                let name = match &f.site {
                    Some(s) => format!("{} {s}", f.kind),
                    None => f.kind.clone(),
                };
                let values: Vec<String> =
                    f.values.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let mut line = format!("{name}: {}", f.state);
                if let Some(r) = &f.return_reason {
                    line.push_str(&format!(" (returned: {r})"));
                }
                if !values.is_empty() {
                    line.push_str(&format!(" · {}", values.join(" ")));
                }
                line
            })
            .collect();
        let t = &self.totals;
        let mut totals = Vec::new();
        if let Some(a) = &t.activity_total {
            let what = if self.service_kind == "ram" {
                "ETP"
            } else {
                "hours"
            };
            totals.push(format!("{what} {a}"));
        }
        if let (Some(c), Some(p), Some(r)) = (&t.total_charges, &t.total_produits, &t.resultat) {
            totals.push(format!("charges {c} € · produits {p} € · résultat {r} €"));
        }
        let s = &self.steps;
        let mut steps = vec![
            format!(
                "1 activity reviewed: {}",
                s.activity_reviewed.as_deref().unwrap_or("no")
            ),
            format!(
                "2 financial reviewed: {}",
                s.financial_reviewed.as_deref().unwrap_or("no")
            ),
            format!(
                "3 controls justified: {}",
                if s.controls_justified { "yes" } else { "no" }
            ),
        ];
        steps.extend(s.missing.iter().map(|m| format!("missing: {m}")));
        let controls: Vec<String> = self
            .controls
            .iter()
            .map(|c| match &c.justification {
                Some(j) => format!("{}: {} (justified: {j})", c.code, c.message),
                None => format!("{}: {}", c.code, c.message),
            })
            .collect();
        vec![
            self.id.to_string(),
            self.call.clone(),
            format!("{} {}", self.service, self.service_name),
            self.partner.clone(),
            self.state.clone(),
            self.deadline.clone(),
            forms.join("\n"),
            totals.join("\n"),
            steps.join("\n"),
            controls.join("\n"),
            opt(&self.transmitted_at),
            opt(&self.sent_back_reason),
        ]
    }
}
