//! `afas group`: the Afas groups declarer and habiliter, their managers and members.

use anyhow::Result;
use serde_json::json;

use super::{scope, Ctx};
use crate::cli::GroupCmd;
use crate::domain::access::Action;
use crate::domain::decision::Intent;
use crate::domain::groups::{self as rules, GroupFacts, Seat};
use crate::domain::profiles::{self, ProfileKind};
use crate::domain::records::{Account, Group};
use crate::domain::{habilitation, ids, GroupKind};
use crate::store::accounts;
use crate::store::audit::Audit;
use crate::store::groups;
use crate::store::outbox::{self, Mail};
use crate::store::profiles as profile_store;
use crate::store::{partners, Tx};

pub fn run(ctx: &mut Ctx, cmd: GroupCmd) -> Result<()> {
    match cmd {
        GroupCmd::Create {
            partner,
            group,
            manager,
        } => {
            let manager = ids::login(&manager)?;
            let g = ctx.write(|tx| create(tx, &partner, group, &manager))?;
            ctx.out.changed(
                &format!(
                    "created group {} of partner {}, managed by {}",
                    g.group, g.partner, g.manager
                ),
                &g,
            )
        }
        GroupCmd::Manager {
            partner,
            group,
            login,
        } => {
            let login = ids::login(&login)?;
            let g = ctx.write(|tx| {
                let seat = Seat {
                    partner: &partner,
                    group,
                    login: &login,
                };
                let facts = Facts::of(tx, seat)?;
                let change = rules::decide_manager(&tx.actor, Intent::Create, seat, &facts.get())?
                    .to_write()?;
                groups::change_manager(tx, seat, &change, &Audit::Command)?;
                groups::get(tx, &partner, group)
            })?;
            ctx.out.changed(
                &format!(
                    "{} now manages {} of partner {}",
                    g.manager, g.group, g.partner
                ),
                &g,
            )
        }
        GroupCmd::Add {
            partner,
            group,
            logins,
        } => {
            let logins = rules::distinct_logins(&logins)?;
            let g = ctx.write(|tx| {
                for login in &logins {
                    add(tx, &partner, group, login)?;
                }
                groups::get(tx, &partner, group)
            })?;
            ctx.out.changed(
                &format!(
                    "added {} to {} of partner {}",
                    logins.join(", "),
                    g.group,
                    g.partner
                ),
                &g,
            )
        }
        GroupCmd::Remove {
            partner,
            group,
            logins,
            revoke_profiles,
        } => {
            let logins = rules::distinct_logins(&logins)?;
            ctx.confirm(&format!(
                "Remove {} from {group} of partner {partner}?",
                logins.join(", ")
            ))?;
            let g = ctx.write(|tx| {
                tx.actor.require(Action::ChangeMembers {
                    partner: &partner,
                    group,
                })?;
                let before = groups::get(tx, &partner, group)?;
                for login in &logins {
                    let is_member = groups::is_member(tx, &partner, group, login)?;
                    habilitation::may_remove_member(login, &before.manager, is_member, group)?;
                    if group == GroupKind::Declarer {
                        leave_declarer(tx, &partner, login, revoke_profiles)?;
                    }
                    groups::remove_member(tx, &partner, group, login)?;
                    tx.audit(
                        "group.remove",
                        login,
                        Some(&partner),
                        json!({"group": group.as_str(), "revoke_profiles": revoke_profiles}),
                    )?;
                }
                groups::get(tx, &partner, group)
            })?;
            ctx.out.changed(
                &format!(
                    "removed {} from {} of partner {}",
                    logins.join(", "),
                    g.group,
                    g.partner
                ),
                &g,
            )
        }
        GroupCmd::Notify { partner } => {
            let recipient = ctx.write(|tx| notify(tx, &partner))?;
            ctx.out.changed(
                &format!(
                    "queued the e-mail to {} ({}), the habiliter manager; deliver with `afas outbox send`",
                    recipient.login, recipient.email
                ),
                &recipient,
            )
        }
        GroupCmd::List { partner } => {
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                Ok(actor.only_seen(groups::list(tx, only.as_deref())?))
            })?;
            ctx.out.list(&list)
        }
        GroupCmd::Show { partner, group } => {
            let g = ctx.read(|tx, actor| {
                actor.require(Action::Read { partner: &partner })?;
                groups::get(tx, &partner, group)
            })?;
            ctx.out.one(&g)
        }
    }
}

/// What the store holds of a group and of the account a write gives it.
struct Facts {
    manager: Option<String>,
    whose: Option<Option<String>>,
    is_member: bool,
}

impl Facts {
    fn of(tx: &Tx, s: Seat) -> Result<Facts> {
        Ok(Facts {
            manager: groups::find(tx, s.partner, s.group)?.map(|g| g.manager),
            whose: accounts::known(tx, s.login)?.map(|a| a.partner),
            is_member: groups::is_member(tx, s.partner, s.group, s.login)?,
        })
    }

    fn get(&self) -> GroupFacts<'_> {
        GroupFacts {
            manager: self.manager.as_deref(),
            whose: self.whose.as_ref().map(Option::as_deref),
            is_member: self.is_member,
        }
    }
}

/// Creates a group of an open partner with its manager, who becomes its first member.
fn create(tx: &Tx, partner: &str, group: GroupKind, manager: &str) -> Result<Group> {
    let seat = Seat {
        partner,
        group,
        login: manager,
    };
    let open = partners::is_open(tx, partner)?;
    rules::decide_create(&tx.actor, seat, open, &Facts::of(tx, seat)?.get())?;
    groups::create(tx, seat, &mut Audit::Command)?;
    groups::get(tx, partner, group)
}

/// Adds one member, with every rule.
fn add(tx: &Tx, partner: &str, group: GroupKind, login: &str) -> Result<()> {
    let seat = Seat {
        partner,
        group,
        login,
    };
    let facts = Facts::of(tx, seat)?;
    rules::decide_add(&tx.actor, Intent::Create, seat, &facts.get())?.to_write()?;
    groups::add(tx, seat, &mut Audit::Command)
}

/// Profiles go to members of declarer only: leaving it takes them away, on request.
/// Removing the member implies the right to take back what it held (each revocation
/// audited), so the group's manager need not also be in habiliter.
fn leave_declarer(tx: &Tx, partner: &str, login: &str, revoke_profiles: bool) -> Result<()> {
    let held = profile_store::held_on_partner(tx, login, partner)?;
    let names: Vec<String> = held
        .iter()
        .map(|h| match &h.site {
            Some(site) => format!("{} {}/{site}", h.profile, h.service),
            None => format!("{} {}", h.profile, h.service),
        })
        .collect();
    profiles::may_leave_declarer(login, &names, revoke_profiles)?;
    for h in &held {
        let kind = ProfileKind::parse(&h.profile)?;
        profile_store::revoke(tx, login, kind, &h.service, partner, h.site.as_deref())?;
    }
    Ok(())
}

/// The declarer manager tells the habiliter manager that declarer is filled.
fn notify(tx: &Tx, partner: &str) -> Result<Account> {
    tx.actor.require(Action::NotifyGroup { partner })?;
    let p = partners::get(tx, partner)?;
    let declarer = groups::get(tx, partner, GroupKind::Declarer)?;
    let habiliter = groups::get(tx, partner, GroupKind::Habiliter)?;
    let from = accounts::get(tx, &declarer.manager)?;
    let to = accounts::get(tx, &habiliter.manager)?;
    let (subject, body) = crate::notices::declarer_group_ready(&to, &from, &p, &declarer.members);
    let id = outbox::queue(
        tx,
        &Mail {
            recipient: &to.email,
            recipient_login: Some(&to.login),
            subject: &subject,
            body: &body,
            cause: "group-notify",
        },
    )?;
    tx.audit(
        "group.notify",
        &format!("{partner}/declarer"),
        Some(partner),
        json!({"to": to.login, "outbox_id": id}),
    )?;
    Ok(to)
}
