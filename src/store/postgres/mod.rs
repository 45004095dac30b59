//! The shared store on a PostgreSQL server (SPEC §4): connecting, its own migrations, one
//! transaction per command, and the server's refusals said as afas's rules.

pub mod connect;
pub mod roles;
mod tls;

use std::cell::RefCell;
use std::collections::HashMap;

use anyhow::Result;
use postgres::IsolationLevel;

use super::sql::{Conn, PgTx};
use super::{chain, Acting, Create, Tx};
use crate::domain::refusal::Refusal;
use connect::Url;

/// The migrations, in order. A migration is never edited once released: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_schema.sql"),
    include_str!("migrations/002_outbox_failed.sql"),
    include_str!("migrations/003_audit_chain.sql"),
    include_str!("migrations/004_caf_code.sql"),
    // From here on, with the store's role names filled in (roles.rs: `roles::MIGRATION`).
    include_str!("migrations/005_server_identity.sql"),
    include_str!("migrations/006_workshops.sql"),
];

/// Every write transaction takes this transaction-level advisory lock first: writers queue
/// as on SQLite (`BEGIN IMMEDIATE`), so a rule checked by afas cannot be broken by a
/// concurrent writer between its check and its write, and no write ever meets a
/// serialization failure. Reads take no lock. (The number spells "afas" in ASCII.)
const WRITE_LOCK: i64 = 0x6166_6173;

/// An open PostgreSQL store.
pub struct Postgres {
    client: postgres::Client,
    url: Url,
    /// Statements prepared on this connection, by their SQL text as written in `store/`.
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// The account the server authenticated; None for a role that is no account (the
    /// database's owner running `init` or `migrate`).
    pub login: Option<String>,
    /// The store's role names, while this connection runs `init` or `migrate`: it is then
    /// the owner until `release`.
    owning: Option<roles::Names>,
}

impl Postgres {
    /// Opens the store at `url`; `init` (`create`) makes it first, its roles' names
    /// starting with `role_prefix`.
    pub fn open(url: &Url, create: Create, role_prefix: &str) -> Result<Postgres> {
        let mut store = Postgres::connect(url)?;
        let version = store.version()?;
        let latest = MIGRATIONS.len() as i64;
        match version {
            None if create == Create::Yes => store.migrate(role_prefix)?,
            None => {
                return Err(anyhow::anyhow!(
                    "the database {} is not an afas store (it has no afas schema): create one \
                     with `afas init` or check --db",
                    store.url
                ))
            }
            Some(v) if v > latest => {
                return Err(anyhow::anyhow!(
                    "the store {} has schema version {v}, newer than this afas knows \
                     ({latest}); upgrade afas",
                    store.url
                ))
            }
            Some(v) if v < latest => {
                return Err(anyhow::anyhow!(
                    "the store {} has schema version {v}, older than this afas ({latest}): its \
                     owner must run `afas migrate` first",
                    store.url
                ))
            }
            Some(_) => {}
        }
        store.login = store.authenticated()?;
        Ok(store)
    }

    fn connect(url: &Url) -> Result<Postgres> {
        Ok(Postgres {
            client: connect::connect(url)?,
            url: url.clone(),
            statements: RefCell::new(HashMap::new()),
            login: None,
            owning: None,
        })
    }

    /// Where this store is.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// The account whose login role the server authenticated, if any.
    fn authenticated(&mut self) -> Result<Option<String>> {
        let url = self.url.clone();
        let row = self
            .client
            .query_one("SELECT afas_login()", &[])
            .map_err(|e| failure(e.into(), &url))?;
        Ok(row.get(0))
    }

    /// `afas migrate`: applies what an existing store lacks; (version before, after). A
    /// store from before accounts were login roles gets its roles named with `role_prefix`.
    pub fn upgrade(url: &Url, role_prefix: &str) -> Result<(i64, i64)> {
        let mut store = Postgres::connect(url)?;
        let Some(from) = store.version()? else {
            return Err(anyhow::anyhow!(
                "the database {url} is not an afas store (it has no afas schema): create one \
                 with `afas init`"
            ));
        };
        store.migrate(role_prefix)?;
        store.release()?;
        Ok((from, MIGRATIONS.len() as i64))
    }

    /// After `init` or `migrate`: the runner stops being the store's owner.
    pub fn release(&mut self) -> Result<()> {
        if let Some(names) = self.owning.take() {
            let url = self.url.clone();
            roles::release(&mut self.client, &names).map_err(|e| failure(e, &url))?;
        }
        Ok(())
    }

    /// The schema version, or None when the database holds no afas schema.
    fn version(&mut self) -> Result<Option<i64>> {
        let url = self.url.clone();
        let has_schema = self
            .client
            .query_one("SELECT to_regclass('afas_schema') IS NOT NULL", &[])
            .map_err(|e| failure(e.into(), &url))?;
        if !has_schema.get::<_, bool>(0) {
            return Ok(None);
        }
        let row = self
            .client
            .query_opt("SELECT max(version) FROM afas_schema", &[])
            .map_err(|e| failure(e.into(), &url))?;
        Ok(row.and_then(|r| r.get::<_, Option<i64>>(0)))
    }

    /// Applies the migrations this store has not had yet, in one transaction. From the
    /// identity migration on, they run as the store's owner role (roles.rs), which the
    /// runner stays until `release`.
    fn migrate(&mut self, role_prefix: &str) -> Result<()> {
        let url = self.url.clone();
        let from = self.version()?.unwrap_or(0);
        if from as usize >= MIGRATIONS.len() {
            return Ok(());
        }
        roles::check_prefix(role_prefix)?;
        let mut owning = None;
        let mut run = || -> Result<()> {
            let mut t = self.client.transaction()?;
            t.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
            // The version table is the runner's, not a migration's: it says where they are.
            t.batch_execute("CREATE TABLE IF NOT EXISTS afas_schema (version BIGINT NOT NULL)")?;
            if from as usize >= roles::MIGRATION {
                let names = roles::Names::of(&mut t)?;
                roles::take_owner(&mut t, &names)?;
                t.batch_execute(&format!("SET LOCAL ROLE {}", roles::ident(&names.owner)))?;
                owning = Some(names);
            }
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
                if i + 1 == roles::MIGRATION {
                    let names = roles::Names::new(role_prefix);
                    roles::install(&mut t, &names)?;
                    t.batch_execute(&format!("SET LOCAL ROLE {}", roles::ident(&names.owner)))?;
                    owning = Some(names);
                }
                t.batch_execute(&roles::filled(i + 1, owning.as_ref(), sql)?)?;
                if i + 1 == chain::PG_MIGRATION {
                    chain_existing_rows(&mut t)?;
                }
                t.execute("DELETE FROM afas_schema", &[])?;
                t.execute(
                    "INSERT INTO afas_schema (version) VALUES ($1)",
                    &[&(i as i64 + 1)],
                )?;
            }
            t.commit()?;
            Ok(())
        };
        run().map_err(|e| failure(e, &url))?;
        self.owning = owning;
        Ok(())
    }

    /// One transaction (see `WRITE_LOCK`), committed when `f` succeeds and `commit` is true.
    pub fn transaction<T>(
        &mut self,
        write: bool,
        commit: bool,
        acting: Acting,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        let url = &self.url;
        let mut t = self
            .client
            .build_transaction()
            .isolation_level(if write {
                IsolationLevel::ReadCommitted
            } else {
                // One consistent snapshot for everything a read command shows.
                IsolationLevel::RepeatableRead
            })
            .read_only(!write)
            .start()
            .map_err(|e| failure(e.into(), url))?;
        if write {
            t.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
                .map_err(|e| failure(e.into(), url))?;
        }
        let conn = Conn::Postgres(PgTx {
            tx: RefCell::new(t),
            statements: &self.statements,
            waiting: RefCell::default(),
        });
        let tx = Tx::begin(conn, acting).map_err(|e| failure(e, url))?;
        // The rows still waiting to be sent (sql/batch.rs) go before the end, whether it
        // commits or not: a dry run meets the server's refusals too.
        let value = f(&tx)
            .and_then(|v| tx.db.flush().map(|()| v))
            .map_err(|e| failure(e, url));
        let Conn::Postgres(pg) = tx.into_conn() else {
            unreachable!("a PostgreSQL store makes PostgreSQL transactions")
        };
        let t = pg.tx.into_inner();
        match value {
            Ok(v) if commit => {
                t.commit().map_err(|e| failure(e.into(), url))?;
                Ok(v)
            }
            Ok(v) => {
                t.rollback().map_err(|e| failure(e.into(), url))?;
                Ok(v)
            }
            // Dropping the transaction rolls it back.
            Err(e) => Err(e),
        }
    }
}

/// Hashes the audit rows already there, oldest first, in the chain's migration (its SQL
/// says why afas does it rather than SQL).
fn chain_existing_rows(t: &mut postgres::Transaction) -> Result<()> {
    let rows = t.query(
        "SELECT id, at, actor, action, target, partner, details FROM audit ORDER BY id",
        &[],
    )?;
    let rows = rows
        .iter()
        .map(|r| {
            Ok((
                r.try_get::<_, i64>(0)?,
                [
                    r.try_get(1)?,
                    r.try_get(2)?,
                    r.try_get(3)?,
                    r.try_get(4)?,
                    r.try_get(5)?,
                    r.try_get(6)?,
                ],
            ))
        })
        .collect::<Result<Vec<_>, postgres::Error>>()?;
    let update = t.prepare("UPDATE audit SET prev_hash = $1, hash = $2 WHERE id = $3")?;
    for (id, prev, hash) in chain::chain_rows(rows) {
        t.execute(&update, &[&prev, &hash, &id])?;
    }
    Ok(())
}

/// What the server says when a unique index that backs a limit refuses a row, and the limit.
const LIMIT_INDEXES: &[(&str, &str)] = &[
    ("account_admin_seat", "at most 2 administrators per partner"),
    (
        "profile_seat",
        "at most 2 holders of this profile in this scope",
    ),
    ("profile_one_approver", "a service has one approver"),
    ("registration_seat", "every place of this workshop is taken"),
];

/// The server's refusals and failures as the user should read them: a limit index or one
/// of the schema's own triggers ("afas: …") as the rule (exit 5), anything else the server
/// said in its own words, naming the store (exit 1), a lost connection as such. Errors
/// that are not the server's (a rule of afas) pass unchanged.
fn failure(err: anyhow::Error, url: &Url) -> anyhow::Error {
    if let Some(named) = super::Edited::named(&err, url) {
        return named;
    }
    let Some(pg) = err
        .chain()
        .find_map(|c| c.downcast_ref::<postgres::Error>())
    else {
        return err;
    };
    if let Some(db) = pg.as_db_error() {
        if let Some(rule) = db.message().strip_prefix("afas: ") {
            return Refusal::Limit(rule.to_string()).into();
        }
        if let Some((_, rule)) = LIMIT_INDEXES
            .iter()
            .find(|(index, _)| db.constraint() == Some(index))
        {
            return Refusal::Limit(rule.to_string()).into();
        }
        // A login or service code held by another partner, which row-level security hid
        // from afas's own check: the key says it is taken, and no more.
        // (The server leaves the key's value out of its message on a table with row-level
        // security, and the rows were sent many to a statement: the value is not known here.)
        if db.constraint() == Some("account_pkey") {
            return Refusal::Conflict(
                "this login is already taken; choose another or leave it out to have one \
                 generated"
                    .into(),
            )
            .into();
        }
        if db.constraint() == Some("partner_pkey") {
            return Refusal::Conflict(crate::domain::partners::PARTNER_CODE_TAKEN.into()).into();
        }
        if db.constraint() == Some("service_pkey") {
            return Refusal::Conflict("this service code is already taken: choose another".into())
                .into();
        }
        // A new account's role (migrations/005) named like a role the server has already.
        if db.code() == &postgres::error::SqlState::DUPLICATE_OBJECT
            && db.message().starts_with("role ")
        {
            return Refusal::Conflict(format!(
                "the server already has a {} that is no account of this store: choose \
                 another login (nothing was changed)",
                crate::error::printable(db.message().trim_end_matches(" already exists"))
            ))
            .into();
        }
        // Row-level security, or a right the caller's role lacks: the server's own wall,
        // met only when afas's checks let something through that the store does not.
        if db.code() == &postgres::error::SqlState::INSUFFICIENT_PRIVILEGE {
            return Refusal::Forbidden(format!(
                "the store {url} refused it: {} (nothing was changed)",
                crate::error::printable(db.message())
            ))
            .into();
        }
        return anyhow::anyhow!(
            "the store {url} refused it: {} (nothing was changed)",
            db.message()
        );
    }
    if pg.is_closed() {
        return anyhow::anyhow!(
            "lost the connection to the store {url}: nothing was changed; run the command again"
        );
    }
    let cause = std::error::Error::source(pg)
        .map(ToString::to_string)
        .unwrap_or_else(|| pg.to_string());
    anyhow::anyhow!("the store {url} failed: {cause} (nothing was changed)")
}
