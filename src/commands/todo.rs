//! `afas todo`: what waits for the acting person, most urgent first. This gathers the facts
//! of each kind of person through the scoped reads the other commands use (declarations and
//! calls of what the actor reads, the profiles it holds, `profile check`'s findings, the
//! outbox); domain/todo.rs decides what waits and in which order.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;

use super::declaration::{checks, load};
use super::{profile, scope, Ctx};
use crate::domain::access::Actor;
use crate::domain::call;
use crate::domain::todo::{self, Item};
use crate::domain::{ids, workflow, DeclarationState};
use crate::output::Format;
use crate::store::declarations::{self as decls, Filter};
use crate::store::{self, calls, outbox, profiles, Tx};

pub fn run(ctx: &mut Ctx, since: Option<String>) -> Result<()> {
    let since = since
        .as_deref()
        .map(|d| ids::date("--since", d))
        .transpose()?;
    let items = ctx.read(|tx, actor| gather(tx, actor, since.as_deref()))?;
    if items.is_empty() && ctx.out.format == Format::Table {
        return ctx.out.say("nothing waits for you");
    }
    ctx.out.list(&items)
}

fn gather(tx: &Tx, actor: &Actor, since: Option<&str>) -> Result<Vec<Item>> {
    let mut items = if actor.is_agent() {
        for_agent(tx, actor, since)?
    } else {
        let mut items = for_declarant(tx, actor)?;
        if actor.admin || !actor.manages.is_empty() {
            let own = scope(tx, actor, None)?;
            items.extend(todo::readiness_items(&profile::findings(
                tx,
                own.as_deref(),
                None,
            )?));
        }
        items
    };
    todo::order(&mut items);
    Ok(items)
}

/// The forms to fill and the declarations to approve, on the services where the actor
/// holds a profile.
fn for_declarant(tx: &Tx, actor: &Actor) -> Result<Vec<Item>> {
    let services: BTreeSet<String> = profiles::list(
        tx,
        &profiles::Filter {
            partner: None,
            service: None,
            login: Some(&actor.login),
        },
    )?
    .into_iter()
    .map(|h| h.service)
    .collect();
    let mut items = Vec::new();
    if services.is_empty() {
        return Ok(items);
    }
    let own = scope(tx, actor, None)?;
    let opened: HashMap<String, String> = calls::list(tx, own.as_deref())?
        .into_iter()
        .map(|c| (c.id, c.opened_at))
        .collect();
    let list = decls::list(
        tx,
        &Filter {
            call: None,
            state: None,
            partner: own.as_deref(),
        },
    )?;
    for s in list
        .iter()
        .filter(|s| services.contains(&s.service) && s.state != DeclarationState::TransmiseCaf)
    {
        let l = load(tx, actor, s.id)?;
        let login = actor.login.as_str();
        let opened_at = opened.get(&l.d.call).map(String::as_str);
        items.extend(todo::provider_items(
            login, &l.d, &l.forms, &l.held, opened_at,
        ));
        if workflow::is_approver(&l.held) {
            // The controls are computed only where the approver's next step depends on them.
            let steps = match l.d.state {
                DeclarationState::EnCoursApprobation => Some(checks(tx, &l)?.steps(&l)),
                _ => None,
            };
            items.extend(todo::approver_items(
                login,
                &l.d,
                &l.forms,
                &l.held,
                steps.as_ref(),
            ));
        }
    }
    Ok(items)
}

/// A Caf agent's: the declarations transmitted since `since` (by default the last
/// `todo::RECENT_DAYS` days), the calls near their deadline, the e-mails that fail.
fn for_agent(tx: &Tx, actor: &Actor, since: Option<&str>) -> Result<Vec<Item>> {
    let today = store::today();
    let since = since.map_or_else(|| todo::default_since(&today), str::to_string);
    let transmitted = actor.only_seen(decls::list(
        tx,
        &Filter {
            call: None,
            state: Some(DeclarationState::TransmiseCaf),
            partner: actor.partner.as_deref(),
        },
    )?);
    let mut items = todo::transmitted_items(&transmitted, &since);
    // The calls it may remind and close: an agent of one Caf, its Caf's only.
    let calls: Vec<_> = calls::list(tx, actor.partner.as_deref())?
        .into_iter()
        .filter(|c| call::may_run(actor, c, "close calls").is_ok())
        .collect();
    items.extend(todo::call_items(&calls, &today));
    items.extend(todo::mail_items(&outbox::failing(tx)?));
    Ok(items)
}
