//! `afas init`: create the store and its first Caf agent.

use anyhow::Result;
use serde_json::json;

use crate::cli::{Global, InitArgs};
use crate::domain::access::Actor;
use crate::domain::accounts::NewAccount;
use crate::domain::ids;
use crate::error::refused;
use crate::output::Out;
use crate::store::sql::Dialect;
use crate::store::{accounts, identity, Acting, Store};

pub fn run(global: &Global, args: InitArgs) -> Result<()> {
    let login = ids::login(&args.agent)?;
    let first_name = ids::text("first name", &args.first_name)?;
    let last_name = ids::text("last name", &args.last_name)?;
    let email = ids::email(&args.email)?;
    let caf_code = args.caf_code.as_deref().map(ids::caf_code).transpose()?;
    let path = super::store_location(global)?;
    if matches!(path, crate::store::Location::File(_)) && !args.role_prefix.is_empty() {
        return Err(crate::error::usage(
            "--role-prefix names a shared store's roles on PostgreSQL; a SQLite file has none",
        ));
    }
    let mut store = Store::create(&path, &args.role_prefix)?;
    // The first agent acts in its own creation: the audit row names it.
    let first = Actor {
        login: login.clone(),
        partner: None,
        partner_open: true,
        active: true,
        admin: false,
        manages: Vec::new(),
        member_of: Vec::new(),
        caf: caf_code
            .clone()
            .map(|code| crate::domain::access::Caf::new(code, [])),
    };
    let made = store.write_with(true, Acting::First(first), |tx| {
        if accounts::count_agents(tx)? > 0 {
            return Err(refused(format!(
                "the store {} already has its Caf agent: use `afas account create --caf` for more",
                path
            )));
        }
        accounts::insert(
            tx,
            &login,
            &NewAccount {
                partner: None,
                first_name: &first_name,
                last_name: &last_name,
                email: &email,
                admin: false,
                caf_code: caf_code.as_deref(),
            },
        )?;
        tx.audit(
            "store.init",
            &login,
            None,
            json!({"first_name": first_name, "last_name": last_name, "email": email,
                   "caf_code": caf_code}),
        )?;
        // On a shared store the first agent logs in as its own role: it needs a password.
        let password = match tx.dialect() {
            Dialect::Sqlite => None,
            Dialect::Postgres => {
                let password = identity::temporary_password()?;
                identity::set_password(tx, &login, &password, Some(identity::TEMPORARY_DAYS))?;
                Some(password)
            }
        };
        Ok((accounts::get(tx, &login)?, password))
    });
    // Whether the first agent was made or not, the database's owner who ran init stops
    // being the store's owner (a failed init left it one, for good).
    store.release()?;
    let (account, password) = made?;
    let out = Out {
        format: global.output,
        quiet: global.quiet,
    };
    let message = match &password {
        None => format!("created store {path} with Caf agent {login}; act with --as {login}"),
        Some(p) => format!(
            "created store {path} with Caf agent {login}, who logs in as its own role with \
             this temporary password, valid {} days and shown once (`afas password` makes a \
             permanent one): {p}",
            identity::TEMPORARY_DAYS
        ),
    };
    // A store with no national agent has nobody for its settings and its whole chain.
    let message = match &caf_code {
        None => message,
        Some(caf) => format!(
            "{message}\n{login} is an agent of Caf {caf}: it acts on that Caf's partners only, \
             and no one of this store may change its settings or verify its whole audit chain \
             (a national agent's, which only a national agent makes)"
        ),
    };
    match (&password, out.format) {
        // A script gets the password with the account, in JSON or CSV alike.
        (Some(p), format) if format != crate::output::Format::Table => {
            let mut value = serde_json::to_value(&account)?;
            value["temporary_password"] = json!(p);
            println!("{}", serde_json::to_string_pretty(&value)?);
            Ok(())
        }
        _ => out.changed(&message, &account),
    }
}
