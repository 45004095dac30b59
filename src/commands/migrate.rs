//! `afas migrate`: bring a shared store's schema up to this afas. Its owner runs it once
//! after an upgrade; until then everyone else is told to wait for it (exit 1).

use anyhow::Result;

use crate::cli::Global;
use crate::output::Out;
use crate::store::{self, Location};

pub fn run(global: &Global, role_prefix: &str) -> Result<()> {
    let location = super::store_location(global)?;
    let out = Out {
        format: global.output,
        quiet: global.quiet,
    };
    match &location {
        Location::File(_) => {
            // Opening a SQLite store migrates it: nothing else to do.
            store::Store::open(&location, store::Create::No)?;
            out.say(&format!(
                "the store {location} is up to date (a SQLite store upgrades itself when opened)"
            ))
        }
        Location::Server(url) => {
            let (from, to) = store::postgres::Postgres::upgrade(url, role_prefix)?;
            out.say(&if from == to {
                format!("the store {location} is up to date (schema version {to})")
            } else {
                format!("migrated the store {location} from schema version {from} to {to}")
            })
        }
    }
}
