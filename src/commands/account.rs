//! `afas account`: Caf agents and partner people.

use anyhow::Result;
use serde_json::json;

use super::{ask, scope, Ctx};
use crate::cli::AccountCmd;
use crate::domain::access::Action;
use crate::domain::records::Account;
use crate::domain::{habilitation, ids};
use crate::error::{not_found, refused, usage};
use crate::store::accounts::{self, NewAccount};
use crate::store::partners;
use crate::store::Tx;

pub fn run(ctx: &mut Ctx, cmd: AccountCmd) -> Result<()> {
    match cmd {
        AccountCmd::Create {
            login,
            partner,
            caf,
            first_name,
            last_name,
            email,
            admin,
        } => {
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
            let person = Person {
                login: login.as_deref().map(ids::login).transpose()?,
                partner,
                first_name: ask::text(first_name, "--first-name", "First name", |v| {
                    ids::text("first name", v)
                })?,
                last_name: ask::text(last_name, "--last-name", "Last name", |v| {
                    ids::text("last name", v)
                })?,
                email: ask::text(email, "--email", "E-mail", ids::email)?,
                admin,
            };
            let account = ctx.write(|tx| create(tx, &person))?;
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
        AccountCmd::Admin { login, revoke } => {
            let login = ids::login(&login)?;
            let account = ctx.write(|tx| {
                let target = administered(tx, &login)?;
                let Some(partner) = target.partner.as_deref() else {
                    return Err(refused(format!(
                        "{login} is a Caf agent: only partner accounts can be administrators"
                    )));
                };
                if revoke {
                    if !target.admin {
                        return Err(refused(format!(
                            "{login} is not an administrator of {partner}"
                        )));
                    }
                } else {
                    if target.admin {
                        return Err(refused(format!(
                            "{login} is already an administrator of {partner}"
                        )));
                    }
                    habilitation::may_add_admin(
                        partner,
                        &login,
                        &accounts::admins_of(tx, partner)?,
                    )?;
                }
                accounts::set_admin(tx, &login, Some(partner), !revoke)?;
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
                accounts::list(tx, only.as_deref(), group)
            })?;
            ctx.out.list(&list)
        }
        AccountCmd::Show { login } => {
            let login = ids::login(&login)?;
            let account = ctx.read(|tx, actor| {
                let account = accounts::get(tx, &login)?;
                match account.partner.as_deref() {
                    Some(p) => actor.require(Action::Read { partner: p })?,
                    None => actor.require(Action::CafOnly("read Caf agent accounts"))?,
                }
                Ok(account)
            })?;
            ctx.out.one(&account)
        }
    }
}

/// A new account as given on the command line or in an import row, values already checked.
pub struct Person {
    pub login: Option<String>,
    /// None: a Caf agent.
    pub partner: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub admin: bool,
}

/// Creates an account, with every rule: who may, the partner exists, the administrator
/// limit, the login unique (generated when not given). The same code serves `import`.
pub fn create(tx: &Tx, p: &Person) -> Result<Account> {
    match p.partner.as_deref() {
        None => tx
            .actor
            .require(Action::CafOnly("create Caf agent accounts"))?,
        Some(code) => {
            // Access before existence: a partner account learns nothing of other partners.
            tx.actor.require(Action::CreateAccount { partner: code })?;
            partners::get(tx, code)?;
            if p.admin {
                tx.actor.require(Action::Administer { partner: code })?;
            }
        }
    }
    let login = match &p.login {
        Some(login) => {
            if let Some(other) = accounts::find(tx, login)? {
                return Err(refused(format!(
                    "login {login} is already taken (by {} {}); choose another or leave it out to have one generated",
                    other.first_name, other.last_name
                )));
            }
            login.clone()
        }
        None => free_login(tx, p)?,
    };
    if let (Some(partner), true) = (p.partner.as_deref(), p.admin) {
        habilitation::may_add_admin(partner, &login, &accounts::admins_of(tx, partner)?)?;
    }
    accounts::insert(
        tx,
        &NewAccount {
            login: &login,
            partner: p.partner.as_deref(),
            first_name: &p.first_name,
            last_name: &p.last_name,
            email: &p.email,
            admin: p.admin,
        },
    )?;
    tx.audit(
        "account.create",
        &login,
        p.partner.as_deref(),
        json!({"first_name": p.first_name, "last_name": p.last_name, "email": p.email,
               "admin": p.admin, "generated_login": p.login.is_none()}),
    )?;
    accounts::get(tx, &login)
}

fn free_login(tx: &Tx, p: &Person) -> Result<String> {
    for attempt in 0..1000 {
        let login = ids::generate_login(&p.last_name, &p.first_name, &p.email, attempt);
        if !accounts::exists(tx, &login)? {
            return Ok(login);
        }
    }
    Err(refused(format!(
        "could not generate a free login for {} {}: give one",
        p.first_name, p.last_name
    )))
}

/// The account `login`, if the actor may administer it (exit 4 otherwise). A login that
/// does not exist is not found (exit 3), as `account show` says, not a Caf agent account.
fn administered(tx: &Tx, login: &str) -> Result<Account> {
    let target =
        accounts::find(tx, login)?.ok_or_else(|| not_found(format!("no account {login}")))?;
    match target.partner.as_deref() {
        Some(p) => tx.actor.require(Action::Administer { partner: p })?,
        None => tx
            .actor
            .require(Action::CafOnly("administer Caf agent accounts"))?,
    }
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
