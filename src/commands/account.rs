//! `afas account`: Caf agents and partner people.

use anyhow::Result;
use serde_json::json;

use super::{ask, scope, Ctx};
use crate::cli::AccountCmd;
use crate::domain::access::Action;
use crate::domain::accounts::{
    agent_caf, decide_admin, decide_create, free_login, may_administer, may_read, AccountFacts,
    LoginFact, NewAccount,
};
use crate::domain::decision::Intent;
use crate::domain::records::Account;
use crate::domain::{habilitation, ids};
use crate::error::usage;
use crate::store::accounts::{self, Admins, Creator};
use crate::store::audit::Audit;
use crate::store::partners;
use crate::store::Tx;

pub fn run(ctx: &mut Ctx, cmd: AccountCmd) -> Result<()> {
    match cmd {
        AccountCmd::Create {
            login,
            partner,
            caf,
            caf_code,
            first_name,
            last_name,
            email,
            admin,
        } => {
            // (clap's `requires` counts a flag's default as given: said here instead.)
            if caf_code.is_some() && !caf {
                return Err(usage(
                    "--caf-code is a Caf agent's Caf (with --caf); a partner's people are of \
                     their partner's Caf",
                ));
            }
            let partner = if caf {
                None
            } else {
                Some(ask::select(
                    partner,
                    "--partner (or --caf)",
                    "Partner",
                    || {
                        ctx.read(|tx, actor| {
                            let only = actor.partner.as_deref();
                            Ok(partners::list(tx, only)?
                                .into_iter()
                                .filter(|p| actor.may(Action::CreateAccount { partner: &p.code }))
                                .map(|p| (p.code.clone(), format!("{} {}", p.code, p.name)))
                                .collect())
                        })
                    },
                )?)
            };
            let login = login.as_deref().map(ids::login).transpose()?;
            let first_name = ask::text(first_name, "--first-name", "First name", |v| {
                ids::text("first name", v)
            })?;
            let last_name = ask::text(last_name, "--last-name", "Last name", |v| {
                ids::text("last name", v)
            })?;
            let email = ask::text(email, "--email", "E-mail", ids::email)?;
            let caf_code = caf_code.as_deref().map(ids::caf_code).transpose()?;
            let new = NewAccount {
                partner: partner.as_deref(),
                first_name: &first_name,
                last_name: &last_name,
                email: &email,
                admin,
                caf_code: caf_code.as_deref(),
            };
            let account = ctx.write(|tx| create(tx, login.as_deref(), &new))?;
            let whose = account
                .partner
                .as_deref()
                .map_or("Caf agent".to_string(), |p| format!("of partner {p}"));
            ctx.out.changed(
                &format!("created account {} ({whose})", account.login),
                &account,
            )
        }
        AccountCmd::Update {
            login,
            first_name,
            last_name,
            email,
        } => {
            if first_name.is_none() && last_name.is_none() && email.is_none() {
                return Err(usage(
                    "nothing to update: give --first-name, --last-name or --email",
                ));
            }
            let login = ids::login(&login)?;
            let first_name = first_name
                .map(|v| ids::text("first name", &v))
                .transpose()?;
            let last_name = last_name.map(|v| ids::text("last name", &v)).transpose()?;
            let email = email.map(|v| ids::email(&v)).transpose()?;
            let account = ctx.write(|tx| {
                let before = administered(tx, &login)?;
                let first = first_name.clone().unwrap_or(before.first_name.clone());
                let last = last_name.clone().unwrap_or(before.last_name.clone());
                let mail = email.clone().unwrap_or(before.email.clone());
                accounts::update_person(tx, &login, &first, &last, &mail)?;
                tx.audit(
                    "account.update",
                    &login,
                    before.partner.as_deref(),
                    json!({"before": {"first_name": before.first_name, "last_name": before.last_name, "email": before.email},
                           "after": {"first_name": first, "last_name": last, "email": mail}}),
                )?;
                accounts::get(tx, &login)
            })?;
            ctx.out
                .changed(&format!("updated account {}", account.login), &account)
        }
        AccountCmd::Suspend { login } => {
            let login = ids::login(&login)?;
            ctx.confirm(&format!(
                "Suspend {login}? It will not be able to do anything until reactivated"
            ))?;
            set_status(ctx, &login, "suspended")
        }
        AccountCmd::Reactivate { login } => {
            let login = ids::login(&login)?;
            set_status(ctx, &login, "active")
        }
        AccountCmd::Password { login } => super::identity::account_password(ctx, &login),
        AccountCmd::Admin { login, revoke } => {
            let login = ids::login(&login)?;
            let account = ctx.write(|tx| {
                let target = administered(tx, &login)?;
                let mut admins = match target.partner.as_deref() {
                    Some(p) if !revoke => accounts::admins_of(tx, p)?,
                    _ => Admins::default(),
                };
                let partner = decide_admin(
                    &login,
                    target.partner.as_deref(),
                    target.admin,
                    revoke,
                    &admins.logins,
                )?;
                let seat = (!revoke).then_some(&mut admins);
                accounts::set_admin(tx, &login, Some(partner), seat)?;
                tx.audit(
                    if revoke {
                        "account.admin.revoke"
                    } else {
                        "account.admin.grant"
                    },
                    &login,
                    Some(partner),
                    json!({}),
                )?;
                accounts::get(tx, &login)
            })?;
            let what = if revoke {
                "is no longer an administrator"
            } else {
                "is now an administrator"
            };
            ctx.out.changed(
                &format!(
                    "{} {what} of partner {}",
                    account.login,
                    account.partner.as_deref().unwrap_or_default()
                ),
                &account,
            )
        }
        AccountCmd::List { partner, group } => {
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                Ok(actor.only_seen(accounts::list(tx, only.as_deref(), group)?))
            })?;
            ctx.out.list(&list)
        }
        AccountCmd::Show { login } => {
            let login = ids::login(&login)?;
            let account = ctx.read(|tx, actor| {
                let account = accounts::seen(tx, &login)?;
                may_read(actor, account.partner.as_deref())?;
                Ok(account)
            })?;
            ctx.out.one(&account)
        }
    }
}

/// Creates an account, with every rule (`domain::accounts::decide_create`); its login
/// generated when none is given.
fn create(tx: &Tx, login: Option<&str>, new: &NewAccount) -> Result<Account> {
    let new = &NewAccount {
        caf_code: new
            .partner
            .is_none()
            .then(|| agent_caf(&tx.actor, new.caf_code))
            .flatten(),
        ..*new
    };
    let partner_exists = match new.partner {
        Some(p) => partners::is_open(tx, p)?.is_some(),
        None => true,
    };
    let holder = login.map(|l| accounts::known(tx, l)).transpose()?.flatten();
    let login_fact = match login {
        Some(login) => LoginFact::Given {
            login,
            holder: holder.as_ref(),
        },
        None => LoginFact::Generated(free_login(Intent::Create, new, |l| accounts::known(tx, l))?),
    };
    let mut admins = match (new.partner, new.admin) {
        (Some(p), true) => accounts::admins_of(tx, p)?,
        _ => Admins::default(),
    };
    let facts = AccountFacts {
        partner_exists,
        login: login_fact,
        admins: &admins.logins,
    };
    let chosen = decide_create(&tx.actor, Intent::Create, new, &facts)?.to_write()?;
    let generated = login.is_none();
    Creator::new(tx)?.create(
        tx,
        &chosen,
        new,
        generated,
        &mut admins,
        &mut Audit::Command,
    )?;
    accounts::get(tx, &chosen)
}

/// The account `login`, if the actor may administer it (exit 4 otherwise). A login that
/// does not exist, or that the actor may not see, is not found (exit 3), as `account show`
/// says.
fn administered(tx: &Tx, login: &str) -> Result<Account> {
    let target = accounts::seen(tx, login)?;
    may_administer(&tx.actor, &target)?;
    Ok(target)
}

fn set_status(ctx: &mut Ctx, login: &str, status: &str) -> Result<()> {
    let account = ctx.write(|tx| {
        let before = administered(tx, login)?;
        habilitation::may_set_status(login, &tx.actor.login, &before.status, status)?;
        accounts::set_status(tx, login, status)?;
        tx.audit(
            if status == "active" {
                "account.reactivate"
            } else {
                "account.suspend"
            },
            login,
            before.partner.as_deref(),
            json!({"status": status}),
        )?;
        accounts::get(tx, login)
    })?;
    ctx.out
        .changed(&format!("{} is now {status}", account.login), &account)
}
