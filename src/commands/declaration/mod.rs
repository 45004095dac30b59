//! `afas declaration`: entry by the providers, the approver's four steps, the Caf's
//! send-back. Each handler gathers the facts (load.rs), asks the rules of
//! domain/workflow.rs and domain/declaration.rs, writes, and prints the declaration as it
//! then stands (view.rs).

mod load;
mod receipt;
mod view;

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::json;

pub use load::{checks, fired, load};

use super::{scope, Ctx};
use crate::cli::DeclarationCmd;
use crate::domain::access::Action;
use crate::domain::declaration as rules;
use crate::domain::profiles::ProfileKind;
use crate::domain::{
    controls, fields, history, ids, workflow, DeclarationState, FormKind, FormState,
};
use crate::error::usage;
use crate::notices;
use crate::store::declarations::{self as decls, Filter};
use crate::store::{calls, profiles, Tx};
use load::{approval, Loaded};
use view::{shown, view};

pub fn run(ctx: &mut Ctx, cmd: DeclarationCmd) -> Result<()> {
    match cmd {
        DeclarationCmd::List {
            call,
            state,
            partner,
        } => {
            let state = state.as_deref().map(state_named).transpose()?;
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                let list = decls::list(
                    tx,
                    &Filter {
                        call: call.as_deref(),
                        state,
                        partner: only.as_deref(),
                    },
                )?;
                Ok(actor.only_seen(list))
            })?;
            ctx.out.list(&list)
        }
        DeclarationCmd::Show { id } => {
            let view = ctx.read(|tx, actor| view(tx, &load(tx, actor, id)?))?;
            ctx.out.one(&view)
        }
        DeclarationCmd::History { id } => {
            // The same access as `show`: another partner's declaration is a missing one.
            let steps = ctx.read(|tx, actor| {
                let l = load(tx, actor, id)?;
                let call = calls::get(tx, &l.d.call, None)?;
                let entries = crate::store::audit::of_declaration(tx, &l.d.partner, id)?;
                Ok(history::history(&call, &entries))
            })?;
            ctx.out.list(&steps)
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
                shown(tx, id)
            })?;
            let what = if done { "completed" } else { "saved" };
            ctx.out.changed(
                &format!(
                    "{what} the {form} form of declaration {id}; the declaration is {}",
                    v.state
                ),
                &v,
            )
        }
        DeclarationCmd::Approve { id } => {
            let v = ctx.write(|tx| {
                let l = load(tx, &tx.actor, id)?;
                workflow::may_approve(&tx.actor.login, &l.d, &l.held)?;
                // A round no approval reaches (edited to i64::MAX) is refused, not wrapped.
                let round = l.d.round.checked_add(1).ok_or_else(|| {
                    crate::store::Edited(format!(
                        "approval round {} of declaration {id}",
                        l.d.round
                    ))
                })?;
                decls::start_approval(tx, id)?;
                audit(tx, &l, "approve", json!({ "round": round }))?;
                shown(tx, id)
            })?;
            ctx.out.changed(&format!("declaration {id} is being approved: review the activity data (step 1), the financial data (step 2), justify the controls that fire (step 3), then transmit (step 4)"),
                &v,
            )
        }
        DeclarationCmd::Review { id, form } => {
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let steps = load::checks(tx, &l)?.steps(&l);
                workflow::may_review(id, form, &steps)?;
                decls::set_review(tx, id, form, Some(&tx.now))?;
                audit(tx, &l, "review", json!({"data": form}))?;
                shown(tx, id)
            })?;
            ctx.out
                .changed(&format!("reviewed the {form} data of declaration {id}"), &v)
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
                let f = rules::pick_form(&l.d, &l.forms, form, site.as_deref())?;
                workflow::may_return(f)?;
                decls::set_form_state(
                    tx,
                    f.id,
                    FormState::Renvoye,
                    Some(&reason),
                    &tx.actor.login,
                )?;
                decls::set_review(tx, id, f.kind, None)?;
                audit(
                    tx,
                    &l,
                    "return",
                    json!({"form": f.label(), "reason": reason}),
                )?;
                shown(tx, id)
            })?;
            ctx.out.changed(&format!("returned the {form} form of declaration {id} to its providers (no e-mail is sent: tell them)"),
                &v,
            )
        }
        DeclarationCmd::Justify { id, control, text } => {
            let control = controls::code(&control)?;
            let text = ids::text("justification", &text)?;
            let v = ctx.write(|tx| {
                let l = approval(tx, id)?;
                let checks = load::checks(tx, &l)?;
                let fires = checks.fired.iter().any(|f| f.code == control);
                workflow::may_justify(id, control, fires, &checks.steps(&l))?;
                decls::justify(tx, id, l.d.round, control, &text, &tx.actor.login)?;
                audit(tx, &l, "justify", json!({"control": control, "text": text}))?;
                shown(tx, id)
            })?;
            ctx.out
                .changed(&format!("justified {control} on declaration {id}"), &v)
        }
        DeclarationCmd::Transmit { id } => transmit(ctx, id),
        DeclarationCmd::SendBack { id, reason } => {
            let reason = ids::text("reason", &reason)?;
            ctx.confirm(&format!(
                "Send declaration {id} back to its approver for correction?"
            ))?;
            let v = ctx.write(|tx| {
                send_back(tx, id, &reason)?;
                shown(tx, id)
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

/// `--state` names one of the declaration states exactly.
fn state_named(text: &str) -> Result<DeclarationState> {
    DeclarationState::from_text(text).ok_or_else(|| {
        let all: Vec<&str> = DeclarationState::ALL.iter().map(|s| s.as_str()).collect();
        usage(format!("--state {text}: one of {}", all.join(", ")))
    })
}

/// The audit row of a change to declaration `l`: `declaration.<action>`.
fn audit(tx: &Tx, l: &Loaded, action: &str, details: serde_json::Value) -> Result<()> {
    tx.audit(
        &format!("declaration.{action}"),
        &l.d.id.to_string(),
        Some(&l.d.partner),
        details,
    )
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
    let form = rules::pick_form(&l.d, &l.forms, kind, site)?;
    let capacity = workflow::may_enter(&tx.actor.login, &l.d, form, &l.held)?;
    let entry = rules::entry(&l.d, form, set, done)?;
    let mut changed = BTreeMap::new();
    for (field, value) in &entry.values {
        decls::set_value(tx, form.id, field.name, *value)?;
        changed.insert(field.name, fields::format_value(*value, field.unit));
    }
    decls::set_form_state(
        tx,
        form.id,
        entry.form_state,
        entry.return_reason.as_deref(),
        &tx.actor.login,
    )?;
    if let Some(next) = entry.decl_state {
        decls::set_state(tx, id, next)?;
    }
    if entry.review_again {
        decls::set_review(tx, id, form.kind, None)?;
    }
    audit(
        tx,
        &l,
        "enter",
        json!({"form": form.label(), "values": changed, "done": done,
               "as": capacity.as_str()}),
    )
}

/// Step 4: the synthesis first, on a terminal, then the confirmation, then the rules again
/// in the write (the declaration may have changed while the approver read it).
fn transmit(ctx: &mut Ctx, id: i64) -> Result<()> {
    let synthesis = ctx.read(|tx, actor| view(tx, &load(tx, actor, id)?))?;
    if super::ask::asks(ctx.yes) {
        ctx.out.one(&synthesis)?;
    }
    ctx.confirm(&format!(
        "Transmit declaration {id} ({}) to the Caf? It becomes read-only",
        synthesis.service
    ))?;
    let v = ctx.write(|tx| {
        let l = approval(tx, id)?;
        let steps = load::checks(tx, &l)?.steps(&l);
        workflow::may_transmit(id, &steps, &rules::incomplete(&l.d, &l.forms))?;
        decls::transmit(tx, id, &tx.actor.login)?;
        let v = shown(tx, id)?;
        let mailed = receipt::queue(tx, &l.d, &v)?;
        audit(
            tx,
            &l,
            "transmit",
            json!({"round": l.d.round, "mailed": mailed}),
        )?;
        Ok(v)
    })?;
    ctx.out.changed(
        &format!("declaration {id} is transmitted to the Caf; its receipt is e-mailed to the service's profile holders"),
        &v,
    )
}

/// The Caf sends a transmitted declaration back; each approver of its service is told.
fn send_back(tx: &Tx, id: i64, reason: &str) -> Result<()> {
    tx.actor
        .require(Action::CafOnly("send declarations back"))?;
    let l = load(tx, &tx.actor, id)?;
    workflow::may_send_back(&l.d)?;
    decls::send_back(tx, id, reason)?;
    let approvers = profiles::holders(tx, &l.d.service, ProfileKind::Approbateur, None)?;
    let mailed = receipt::mail_each(tx, approvers.logins, "declaration-send-back", |a| {
        notices::declaration_sent_back(a, &l.d, reason)
    })?;
    audit(
        tx,
        &l,
        "send_back",
        json!({"reason": reason, "mailed": mailed}),
    )
}
