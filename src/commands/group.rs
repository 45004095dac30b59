//! `afas group`: the Afas groups declarer and habiliter, their managers and members.

use anyhow::Result;
use serde_json::json;

use super::{scope, Ctx};
use crate::cli::GroupCmd;
use crate::domain::access::Action;
use crate::domain::profiles::{self, ProfileKind};
use crate::domain::records::{Account, Group};
use crate::domain::{habilitation, ids, GroupKind};
use crate::error::refused;
use crate::store::accounts;
use crate::store::groups;
use crate::store::outbox::{self, Mail};
use crate::store::profiles as profile_store;
use crate::store::{partners, services, Tx};

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
                tx.actor.require(Action::Administer { partner: &partner })?;
                let before = groups::get(tx, &partner, group)?;
                let person = eligible(tx, &login, &partner, group)?;
                if before.manager == person.login {
                    return Err(refused(format!(
                        "{login} already manages {group} of partner {partner}"
                    )));
                }
                if !groups::is_member(tx, &partner, group, &login)? {
                    groups::add_member(tx, &partner, group, &login)?;
                }
                groups::set_manager(tx, &partner, group, &login)?;
                tx.audit(
                    "group.manager",
                    &format!("{partner}/{group}"),
                    Some(&partner),
                    json!({"before": before.manager, "after": login}),
                )?;
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
            let logins = logins_of(&logins)?;
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
            let logins = logins_of(&logins)?;
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
                groups::list(tx, only.as_deref())
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

fn logins_of(raw: &[String]) -> Result<Vec<String>> {
    let mut logins: Vec<String> = Vec::with_capacity(raw.len());
    for l in raw {
        let login = ids::login(l)?;
        if logins.contains(&login) {
            return Err(refused(format!("{login} is named twice")));
        }
        logins.push(login);
    }
    Ok(logins)
}

/// Creates a group of an open partner with its manager, who becomes its first member.
/// The same code serves `import`.
pub fn create(tx: &Tx, partner: &str, group: GroupKind, manager: &str) -> Result<Group> {
    tx.actor.require(Action::Administer { partner })?;
    let p = partners::get(tx, partner)?;
    habilitation::must_be_open(&p.code, p.is_open())?;
    if let Some(existing) = groups::find(tx, partner, group)? {
        return Err(refused(format!(
            "partner {partner} already has its {group} group (managed by {}); \
             change its manager with `afas group manager {partner} {group} LOGIN`",
            existing.manager
        )));
    }
    eligible(tx, manager, partner, group)?;
    groups::insert(tx, partner, group, manager)?;
    groups::add_member(tx, partner, group, manager)?;
    tx.audit(
        "group.create",
        &format!("{partner}/{group}"),
        Some(partner),
        json!({"manager": manager}),
    )?;
    groups::get(tx, partner, group)
}

/// Adds one member, with every rule. The same code serves `import`.
pub fn add(tx: &Tx, partner: &str, group: GroupKind, login: &str) -> Result<()> {
    tx.actor.require(Action::ChangeMembers { partner, group })?;
    groups::get(tx, partner, group)?;
    eligible(tx, login, partner, group)?;
    if groups::is_member(tx, partner, group, login)? {
        return Err(refused(format!(
            "{login} is already a member of {group} of partner {partner}"
        )));
    }
    groups::add_member(tx, partner, group, login)?;
    tx.audit(
        "group.add",
        login,
        Some(partner),
        json!({"group": group.as_str()}),
    )
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
        let service = services::get(tx, &h.service)?;
        super::profile::revoke(
            tx,
            login,
            ProfileKind::parse(&h.profile)?,
            &service,
            h.site.as_deref(),
        )?;
    }
    Ok(())
}

/// An account that may join a group of `partner`: it exists and belongs to that partner.
fn eligible(tx: &Tx, login: &str, partner: &str, group: GroupKind) -> Result<Account> {
    let account = accounts::get(tx, login)?;
    habilitation::same_partner(login, account.partner.as_deref(), partner, group)?;
    Ok(account)
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
