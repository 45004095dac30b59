//! `afas init`: create the store and its first Caf agent.

use anyhow::Result;
use serde_json::json;

use crate::cli::{Global, InitArgs};
use crate::domain::ids;
use crate::error::refused;
use crate::output::Out;
use crate::store::{self, accounts, Create, Store};

pub fn run(global: &Global, args: InitArgs) -> Result<()> {
    let login = ids::login(&args.agent)?;
    let first_name = ids::text("first name", &args.first_name)?;
    let last_name = ids::text("last name", &args.last_name)?;
    let email = ids::email(&args.email)?;
    let path = super::store_path(global)?;
    let mut store = Store::open(&path, Create::Yes)?;
    let account = store.write(|db| {
        if accounts::count_agents(db)? > 0 {
            return Err(refused(format!(
                "the store {} already has its Caf agent: use `afas account create --caf` for more",
                path.display()
            )));
        }
        let now = store::now();
        accounts::insert(
            db,
            &accounts::NewAccount {
                login: &login,
                partner: None,
                first_name: &first_name,
                last_name: &last_name,
                email: &email,
                admin: false,
            },
            &now,
        )?;
        store::audit::record(
            db,
            &now,
            &store::audit::Change {
                actor: &login,
                action: "store.init",
                target: &login,
                partner: None,
                details: &json!({"first_name": first_name, "last_name": last_name, "email": email})
                    .to_string(),
            },
        )?;
        accounts::get(db, &login)
    })?;
    let out = Out {
        format: global.output,
        quiet: global.quiet,
    };
    out.changed(
        &format!(
            "created store {} with Caf agent {login}; act with --as {login}",
            path.display()
        ),
        &account,
    )
}
