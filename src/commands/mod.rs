//! One module per noun. A command reads its arguments, opens one transaction, asks the
//! domain, writes (with its audit row and any e-mail, in that same transaction), prints.

mod account;
mod ask;
mod assets;
mod audit;
mod call;
mod completions;
mod config;
mod declaration;
mod demo;
mod export;
mod group;
pub(crate) mod identity;
mod import;
mod init;
mod migrate;
mod outbox;
mod partner;
mod profile;
mod service;
mod todo;
mod workshop;

use anyhow::Result;

use crate::cli::{Cli, Command, Global};
use crate::domain::access::Actor;
use crate::output::Out;
use crate::store::{self, Create, Store, Tx};

pub fn run(cli: Cli) -> Result<()> {
    let Cli { global, command } = cli;
    match command {
        Command::Init(args) => init::run(&global, args),
        Command::Completions { shell } => completions::run(shell),
        Command::Demo => demo::run(&global),
        Command::Migrate { role_prefix } => migrate::run(&global, &role_prefix),
        Command::GenerateAssets { dir } => assets::run(&dir),
        command => {
            let mut ctx = Ctx::open(&global)?;
            match command {
                Command::Partner(cmd) => partner::run(&mut ctx, cmd),
                Command::Account(cmd) => account::run(&mut ctx, cmd),
                Command::Group(cmd) => group::run(&mut ctx, cmd),
                Command::Service(cmd) => service::run(&mut ctx, cmd),
                Command::Profile(cmd) => profile::run(&mut ctx, cmd),
                Command::Call(cmd) => call::run(&mut ctx, cmd),
                Command::Declaration(cmd) => declaration::run(&mut ctx, cmd),
                Command::Workshop(cmd) => workshop::run(&mut ctx, cmd),
                Command::Todo { since } => todo::run(&mut ctx, since),
                Command::Config(cmd) => config::run(&mut ctx, cmd),
                Command::Outbox(cmd) => outbox::run(&mut ctx, cmd),
                Command::Import {
                    path,
                    dry_run,
                    kind,
                } => import::run(&mut ctx, &path, dry_run, kind),
                Command::Export {
                    kind,
                    partner,
                    excel,
                    workbook,
                } => match (kind, workbook) {
                    (_, Some(file)) => export::workbook(&mut ctx, &file, partner),
                    (Some(kind), None) => export::run(&mut ctx, kind, partner, excel),
                    (None, None) => Err(crate::error::usage(
                        "export: name a kind or --workbook FILE.xlsx",
                    )),
                },
                Command::Audit(args) => audit::run(&mut ctx, args),
                Command::Whoami => identity::whoami(&mut ctx),
                Command::Password => identity::password(&mut ctx),
                Command::Init(_)
                | Command::Completions { .. }
                | Command::Demo
                | Command::Migrate { .. }
                | Command::GenerateAssets { .. } => {
                    unreachable!("handled above")
                }
            }
        }
    }
}

/// The store: `--db`, `AFAS_DB`, or `afas.db` in the user's data directory.
pub fn store_location(global: &Global) -> Result<store::Location> {
    store::Location::of(global.db.as_deref().map(|p| p.as_os_str()))
}

/// What every command but `init`, `completions` and `demo` works with.
pub struct Ctx {
    pub store: Store,
    pub as_login: String,
    pub out: Out,
    pub yes: bool,
}

impl Ctx {
    fn open(global: &Global) -> Result<Ctx> {
        let given = global
            .as_login
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_ascii_uppercase);
        let mut location = store_location(global)?;
        // A shared store's URL without a user: log in as the account `--as` names.
        if let store::Location::Server(url) = &mut location {
            if url.user.is_none() {
                url.user.clone_from(&given);
            }
        }
        let store = Store::open(&location, Create::No)?;
        let as_login = store.acting_login(given.as_deref())?;
        Ok(Ctx {
            store,
            as_login,
            out: Out {
                format: global.output,
                quiet: global.quiet,
            },
            yes: global.yes,
        })
    }

    /// One write transaction, with the acting account loaded (and checked able to act)
    /// inside it, so that the rules see the same state the write changes.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.write_with(true, f)
    }

    /// `write`, committed only when `commit` (a dry run rolls back).
    pub fn write_with<T>(&mut self, commit: bool, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.store
            .write_with(commit, store::Acting::As(&self.as_login), f)
    }

    /// One read transaction (no write lock), with the acting account.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx, &Actor) -> Result<T>) -> Result<T> {
        self.store.read(&self.as_login, |tx| f(tx, &tx.actor))
    }

    /// Asks before a destructive or final action, on a terminal only; `--yes` skips it.
    /// Without a terminal nothing is ever asked: scripts say what they mean.
    pub fn confirm(&self, question: &str) -> Result<()> {
        ask::confirm(self.yes, question)
    }
}

/// The partner whose data a partner account may list: its own. A Caf agent may ask for
/// any partner, or all (`None`). A partner asked for must exist (exit 3): a mistyped code
/// must not look like a partner with nothing in it.
pub fn scope(tx: &Tx, actor: &Actor, asked: Option<&str>) -> Result<Option<String>> {
    use crate::domain::access::Action;
    match (&actor.partner, asked) {
        (None, None) => Ok(None),
        (Some(own), None) => Ok(Some(own.clone())),
        (_, Some(p)) => {
            // Access before existence: a partner account learns nothing of other partners.
            actor.require(Action::Read { partner: p })?;
            Ok(Some(store::partners::get(tx, p)?.code))
        }
    }
}
