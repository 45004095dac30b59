//! `afas init`: create the store and its first Caf agent.

use anyhow::Result;
use serde_json::json;

use crate::cli::{Global, InitArgs};
use crate::domain::access::Actor;
use crate::domain::accounts::NewAccount;
use crate::domain::ids;
use crate::error::refused;
use crate::output::Out;
use crate::store::{accounts, Acting, Create, Store};

pub fn run(global: &Global, args: InitArgs) -> Result<()> {
    let login = ids::login(&args.agent)?;
    let first_name = ids::text("first name", &args.first_name)?;
    let last_name = ids::text("last name", &args.last_name)?;
    let email = ids::email(&args.email)?;
    let path = super::store_location(global)?;
    let mut store = Store::open(&path, Create::Yes)?;
    // The first agent acts in its own creation: the audit row names it.
    let first = Actor {
        login: login.clone(),
        partner: None,
        partner_open: true,
        active: true,
        admin: false,
        manages: Vec::new(),
        member_of: Vec::new(),
    };
    let account = store.write_with(true, Acting::First(first), |tx| {
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
            },
        )?;
        tx.audit(
            "store.init",
            &login,
            None,
            json!({"first_name": first_name, "last_name": last_name, "email": email}),
        )?;
        accounts::get(tx, &login)
    })?;
    let out = Out {
        format: global.output,
        quiet: global.quiet,
    };
    out.changed(
        &format!(
            "created store {} with Caf agent {login}; act with --as {login}",
            path
        ),
        &account,
    )
}
