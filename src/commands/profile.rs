//! `afas profile`: Afas profiles given by members of habiliter to members of declarer,
//! and the readiness check.

use anyhow::Result;

use super::{ask, scope, Ctx};
use crate::cli::ProfileCmd;
use crate::domain::access::Action;
use crate::domain::decision::Intent;
use crate::domain::profiles::{decide_grant, not_held, GrantFacts, GrantRequest};
use crate::domain::profiles::{Grant, Granted, ProfileKind, Receiver};
use crate::domain::{ids, readiness, GroupKind};
use crate::error::refused;
use crate::store::audit::Audit;
use crate::store::profiles::{self as held, Filter};
use crate::store::services;
use crate::store::{accounts, groups, Tx};

pub fn run(ctx: &mut Ctx, cmd: ProfileCmd) -> Result<()> {
    match cmd {
        ProfileCmd::Grant {
            login,
            profile,
            service,
            site,
            replace,
        } => {
            let (login, profile, service, site) = ask_grant(ctx, login, profile, service, site)?;
            let request = GrantRequest {
                login: &login,
                kind: profile,
                service: &service,
                site: site.as_deref(),
                replace,
            };
            let replaced = ctx.write(|tx| grant(tx, &request))?;
            let holdings = ctx.read(|tx, _| {
                held::list(
                    tx,
                    &Filter {
                        partner: None,
                        service: Some(&service),
                        login: Some(&login),
                    },
                )
            })?;
            let mut message = format!("{login} is now {profile} of service {service}");
            if let Some(site) = &site {
                message.push_str(&format!(" at site {site}"));
            }
            if let Some(old) = replaced {
                message.push_str(&format!(", replacing {old}"));
            }
            ctx.out.say(&message)?;
            if ctx.out.format != crate::output::Format::Table {
                ctx.out.list(&holdings)?;
            }
            Ok(())
        }
        ProfileCmd::Revoke {
            login,
            profile,
            service,
            site,
        } => {
            let login = ids::login(&login)?;
            let at = site
                .as_deref()
                .map(|s| format!(" at site {s}"))
                .unwrap_or_default();
            ctx.confirm(&format!(
                "Revoke {profile} of {login} on service {service}{at}?"
            ))?;
            ctx.write(|tx| {
                let s = services::seen(tx, &service)?;
                tx.actor.require(Action::GiveProfiles {
                    partner: &s.partner,
                })?;
                let site = site.as_deref();
                if !held::revoke(tx, &login, profile, &s.code, &s.partner, site)? {
                    return Err(not_held(&login, profile, &s.code, site).into());
                }
                Ok(())
            })?;
            ctx.out.say(&format!(
                "revoked {profile} of {login} on service {service}{at}"
            ))
        }
        ProfileCmd::List {
            partner,
            service,
            account,
        } => {
            let account = account.as_deref().map(ids::login).transpose()?;
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                let list = held::list(
                    tx,
                    &Filter {
                        partner: only.as_deref(),
                        service: service.as_deref(),
                        login: account.as_deref(),
                    },
                )?;
                Ok(actor.only_seen(list))
            })?;
            ctx.out.list(&list)
        }
        ProfileCmd::Check { partner, service } => check(ctx, partner, service),
    }
}

/// What `grant` needs, from the command line or, on a terminal, chosen from lists: the
/// services the actor may give profiles on, the three profiles, the members of the
/// partner's declarer group, and for an FDA the service level or one of its sites.
fn ask_grant(
    ctx: &mut Ctx,
    login: Option<String>,
    profile: Option<ProfileKind>,
    service: Option<String>,
    site: Option<String>,
) -> Result<(String, ProfileKind, String, Option<String>)> {
    let service = ask::select(service, "--service", "Service", || {
        ctx.read(|tx, actor| {
            Ok(services::list(tx, actor.partner.as_deref())?
                .into_iter()
                .filter(|s| {
                    actor.may(Action::GiveProfiles {
                        partner: &s.partner,
                    })
                })
                .map(|s| {
                    (
                        s.code.clone(),
                        format!("{} {} ({})", s.code, s.name, s.kind),
                    )
                })
                .collect())
        })
    })?;
    if ask::interactive() {
        // Access first, then prompt: a service given on the line may be another partner's,
        // whose members and sites must not be listed (then refused) to this actor.
        ctx.read(|tx, actor| {
            let s = services::seen(tx, &service)?;
            Ok(actor.require(Action::GiveProfiles {
                partner: &s.partner,
            })?)
        })?;
    }
    let profile = match profile {
        Some(p) => p,
        None => {
            let chosen = ask::select(None, "PROFILE (fda, fdf or approbateur)", "Profile", || {
                Ok(
                    [ProfileKind::Fda, ProfileKind::Fdf, ProfileKind::Approbateur]
                        .iter()
                        .map(|k| (k.as_str().to_string(), k.as_str().to_string()))
                        .collect(),
                )
            })?;
            ProfileKind::parse(&chosen)?
        }
    };
    let login = ask::select(login, "LOGIN", "Member of declarer", || {
        ctx.read(|tx, _| {
            let s = services::seen(tx, &service)?;
            let g = groups::get(tx, &s.partner, GroupKind::Declarer)?;
            Ok(g.members.iter().map(|m| (m.clone(), m.clone())).collect())
        })
    })?;
    let login = ids::login(&login)?;
    let site = match (profile, site) {
        (ProfileKind::Fda, None) if ask::interactive() => {
            let sites = ctx.read(|tx, _| services::sites(tx, &service))?;
            if sites.is_empty() {
                None
            } else {
                let chosen = ask::select(None, "--site", "Where", || {
                    let mut options = vec![(String::new(), "the whole service".to_string())];
                    options.extend(
                        sites
                            .iter()
                            .map(|s| (s.code.clone(), format!("site {} {}", s.code, s.name))),
                    );
                    Ok(options)
                })?;
                (!chosen.is_empty()).then_some(chosen)
            }
        }
        (_, site) => site,
    };
    Ok((login, profile, service, site))
}

/// Gives a profile, with every rule (`domain::profiles::decide_grant`); returns the
/// approver it replaced, if any.
fn grant(tx: &Tx, g: &GrantRequest) -> Result<Option<String>> {
    let service = services::find(tx, g.service)?;
    let partner = service.as_ref().map(|s| s.partner.as_str());
    let sites: Vec<String> = service
        .iter()
        .flat_map(|s| s.sites.iter().map(|x| x.code.clone()))
        .collect();
    let account = accounts::known(tx, g.login)?;
    let in_declarer = match partner {
        Some(p) => groups::is_member(tx, p, GroupKind::Declarer, g.login)?,
        None => false,
    };
    let mut holders = held::holders(tx, g.service, g.kind, g.site)?;
    let facts = GrantFacts {
        service_partner: partner,
        sites: &sites,
        receiver: account.as_ref().map(|a| Receiver {
            login: g.login,
            partner: a.partner.as_deref(),
            active: a.active,
            in_declarer,
        }),
        holders: &holders.logins,
    };
    let decided = decide_grant(&tx.actor, Intent::Create, g, &facts)?.to_write()?;
    // The decision borrowed the facts; the grant changes them (its holders and seats).
    let partner = decided.partner.to_string();
    let granted = Granted {
        grant: decided.grant,
        partner: &partner,
    };
    held::grant(tx, g, &granted, &mut holders, &mut Audit::Command)?;
    Ok(match granted.grant {
        Grant::Add => None,
        Grant::Replace(old) => Some(old),
    })
}

/// What is not ready in scope (a partner, a service, or all that the actor reads): what
/// `profile check` reports, and `todo` lists for administrators and managers.
pub(super) fn findings(
    tx: &Tx,
    partner: Option<&str>,
    service: Option<&str>,
) -> Result<Vec<readiness::Finding>> {
    // Partners are checked when no service is named.
    let partners = match service {
        None => held::partner_facts(tx, partner)?,
        Some(_) => Vec::new(),
    };
    // An agent of one Caf: its Caf's partners' findings only.
    Ok(tx.actor.only_seen(readiness::findings(
        &partners,
        &held::service_facts(tx, partner, service)?,
        &held::site_facts(tx, partner, service)?,
        &held::suspended_holdings(tx, partner, service)?,
    )))
}

fn check(ctx: &mut Ctx, partner: Option<String>, service: Option<String>) -> Result<()> {
    let findings = ctx.read(|tx, actor| {
        let partner = scope(tx, actor, partner.as_deref())?;
        if let Some(code) = &service {
            let s = services::seen(tx, code)?;
            actor.require(Action::Read {
                partner: &s.partner,
            })?;
        }
        findings(tx, partner.as_deref(), service.as_deref())
    })?;
    if findings.is_empty() {
        ctx.out.list(&findings)?;
        return ctx.out.say("all ready");
    }
    ctx.out.list(&findings)?;
    Err(refused(format!(
        "{} problem{} found: not ready",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    )))
}
