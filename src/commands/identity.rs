//! Who is acting, and the passwords of a shared store (SPEC §4): `whoami`, `password`,
//! `account password LOGIN`.

use std::io::BufRead;

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use super::Ctx;
use crate::domain::accounts::may_set_password;
use crate::domain::ids;
use crate::error::usage;
use crate::output::Record;
use crate::store::{accounts, identity, Store, Tx};

/// A password shorter than this is refused: it is what stands between the Internet and a
/// partner's personal data.
const MIN_LENGTH: usize = 12;

/// `afas whoami`: the acting account, as `account show` prints it.
pub fn whoami(ctx: &mut Ctx) -> Result<()> {
    let account = ctx.read(|tx, actor| accounts::get(tx, &actor.login))?;
    ctx.out.one(&account)
}

/// On SQLite the two password commands have nothing to do: a local file has no passwords.
fn shared_only(ctx: &Ctx, command: &str) -> Result<()> {
    match ctx.store {
        Store::Postgres(_) => Ok(()),
        Store::Sqlite(_) => Err(usage(format!(
            "{command}: a local SQLite store has no passwords (whoever can open the file acts \
             with --as); passwords are a shared PostgreSQL store's"
        ))),
    }
}

/// `afas password`: changes one's own password, for good.
pub fn password(ctx: &mut Ctx) -> Result<()> {
    shared_only(ctx, "password")?;
    let new = read_new_password()?;
    let login = ctx.write(|tx| {
        let login = tx.actor.login.clone();
        identity::set_password(tx, &login, &new, None)?;
        tx.audit(
            "account.password",
            &login,
            tx.actor.partner.as_deref(),
            json!({"temporary": false}),
        )?;
        Ok(login)
    })?;
    ctx.out
        .say(&format!("password of {login} changed; it does not expire"))
}

/// The new password: asked twice on a terminal, else the first line of stdin.
fn read_new_password() -> Result<String> {
    let typed = if super::ask::interactive() {
        let first = crate::prompt::secret("New password")?;
        let again = crate::prompt::secret("Again")?;
        if first != again {
            return Err(usage(
                "password: the two passwords differ (nothing was changed)",
            ));
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    if typed.chars().count() < MIN_LENGTH {
        return Err(usage(format!(
            "password: at least {MIN_LENGTH} characters (nothing was changed)"
        )));
    }
    if typed.chars().any(char::is_control) {
        return Err(usage(
            "password: control characters are refused (nothing was changed)",
        ));
    }
    Ok(typed)
}

/// What `account password` prints: the only time the password is shown.
#[derive(Serialize)]
struct Temporary {
    login: String,
    password: String,
    valid_days: i64,
}

impl Record for Temporary {
    const HEADERS: &'static [&'static str] = &["login", "password", "valid_days"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            self.password.clone(),
            self.valid_days.to_string(),
        ]
    }
}

/// A temporary password for `login`, set and audited, if the actor may: the person
/// themself, an administrator of its partner, a Caf agent.
pub fn give_temporary(tx: &Tx, login: &str) -> Result<String> {
    // Another partner's account is answered as a missing one (accounts::seen).
    let target = accounts::seen(tx, login)?;
    may_set_password(&tx.actor, &target)?;
    let password = identity::temporary_password()?;
    identity::set_password(tx, login, &password, Some(identity::TEMPORARY_DAYS))?;
    tx.audit(
        "account.password",
        login,
        target.partner.as_deref(),
        json!({"temporary": true, "valid_days": identity::TEMPORARY_DAYS}),
    )?;
    Ok(password)
}

/// `afas account password LOGIN`: a temporary password, printed once, valid 7 days. The
/// person themself, an administrator of its partner or a Caf agent may.
pub fn account_password(ctx: &mut Ctx, login: &str) -> Result<()> {
    shared_only(ctx, "account password")?;
    let login = ids::login(login)?;
    let password = ctx.write(|tx| give_temporary(tx, &login))?;
    let shown = Temporary {
        login: login.clone(),
        password,
        valid_days: identity::TEMPORARY_DAYS,
    };
    match (ctx.out.format, ctx.out.quiet) {
        // -q: the password alone, for a script to pass on
        (crate::output::Format::Table, true) => println!("{}", shown.password),
        (crate::output::Format::Table, false) => println!(
            "temporary password of {login}, valid {} days (shown once; `afas password` makes \
             a permanent one): {}",
            identity::TEMPORARY_DAYS,
            shown.password
        ),
        _ => return ctx.out.one(&shown),
    }
    Ok(())
}
