//! The store: where afas keeps everything, behind one boundary. Two backends, the embedded
//! SQLite file (`sqlite.rs`, the default) and a shared PostgreSQL server (`postgres/`);
//! every command runs in one `Tx` of either, and the queries of the modules below are
//! written once for both (`sql.rs`).

pub mod accounts;
pub mod audit;
pub mod bulk;
pub mod calls;
pub mod chain;
pub mod completion;
pub mod declarations;
pub mod export;
pub mod groups;
pub mod identity;
pub mod outbox;
pub mod partners;
pub mod postgres;
pub mod profiles;
pub mod reach;
pub mod seats;
pub mod services;
pub mod settings;
pub mod sql;
pub mod sqlite;
pub mod workshops;

use std::ffi::OsStr;
use std::path::PathBuf;

use anyhow::Result;

use crate::domain::access::Actor;
use crate::error::usage;

/// Where the store is: `--db`/`AFAS_DB` as given.
#[derive(Clone, Debug)]
pub enum Location {
    File(PathBuf),
    Server(postgres::connect::Url),
}

impl Location {
    /// `--db` as given (a path or a `postgresql://` URL), else the default file.
    pub fn of(db: Option<&OsStr>) -> Result<Location> {
        match db {
            Some(db) => match db.to_str() {
                Some(text) if postgres::connect::is_url(text) => {
                    Ok(Location::Server(postgres::connect::Url::parse(text)?))
                }
                _ => Ok(Location::File(PathBuf::from(db))),
            },
            None => default_path()
                .map(Location::File)
                .ok_or_else(|| usage("no home directory to keep the store in: give --db PATH")),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Server(u) => write!(f, "{u}"),
        }
    }
}

/// Whether `open` may create a missing store (only `init` and `demo` do).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Create {
    Yes,
    No,
}

/// An open store, of either backend.
pub enum Store {
    Sqlite(sqlite::Sqlite),
    // Boxed: a PostgreSQL client is large, and a store is opened once per command.
    Postgres(Box<postgres::Postgres>),
}

impl Store {
    pub fn open(location: &Location, create: Create) -> Result<Store> {
        Ok(match location {
            Location::File(path) => Store::Sqlite(sqlite::Sqlite::open(path, create)?),
            Location::Server(url) => {
                Store::Postgres(Box::new(postgres::Postgres::open(url, create, "")?))
            }
        })
    }

    /// `init`: makes the store; on PostgreSQL its roles' names start with `role_prefix`
    /// (postgres/roles.rs), and the connection stays the store's owner until `release`.
    pub fn create(location: &Location, role_prefix: &str) -> Result<Store> {
        Ok(match location {
            Location::File(path) => Store::Sqlite(sqlite::Sqlite::open(path, Create::Yes)?),
            Location::Server(url) => Store::Postgres(Box::new(postgres::Postgres::open(
                url,
                Create::Yes,
                role_prefix,
            )?)),
        })
    }

    /// After `init`: the database owner who ran it is not the store's owner any more.
    pub fn release(&mut self) -> Result<()> {
        match self {
            Store::Sqlite(_) => Ok(()),
            Store::Postgres(s) => s.release(),
        }
    }

    /// Who acts: on PostgreSQL the account the server authenticated, which `--as` may
    /// name again but not replace; on SQLite the account `--as` names.
    pub fn acting_login(&self, given: Option<&str>) -> Result<String> {
        use crate::domain::refusal::Refusal;
        match self {
            Store::Sqlite(_) => given
                .map(str::to_string)
                .ok_or_else(|| usage("who is acting? give --as LOGIN (or set AFAS_AS)")),
            Store::Postgres(s) => {
                let Some(me) = s.login.clone() else {
                    return Err(Refusal::Forbidden(format!(
                        "the store {} knows no account for the role you are connected as \
                         ({}): connect as your own login",
                        s.url(),
                        crate::error::printable(&s.url().login_role())
                    ))
                    .into());
                };
                match given {
                    Some(g) if g != me => Err(Refusal::Forbidden(format!(
                        "you are connected as {me}: --as {} names another account",
                        crate::error::printable(g)
                    ))
                    .into()),
                    _ => Ok(me),
                }
            }
        }
    }

    /// Runs `f` in one write transaction, with the acting account loaded and checked able
    /// to act inside it, so that the rules see the state the write changes. Commits when
    /// `f` succeeds and `commit` is true; otherwise nothing is written.
    pub fn write_with<T>(
        &mut self,
        commit: bool,
        acting: Acting,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.transaction(true, commit, acting, f),
            Store::Postgres(s) => s.transaction(true, commit, acting, f),
        }
    }

    /// Runs `f` in a read transaction: one consistent snapshot, and no write lock taken.
    pub fn read<T>(&mut self, login: &str, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(s) => s.transaction(false, false, Acting::As(login), f),
            Store::Postgres(s) => s.transaction(false, false, Acting::As(login), f),
        }
    }
}

/// Who a transaction acts for.
pub enum Acting<'a> {
    /// An account of the store (`--as`), loaded and checked able to act.
    As(&'a str),
    /// `init`: the first Caf agent, whom the transaction itself creates.
    First(Actor),
}

/// One transaction of one command, for one acting account. The connection is private to
/// `store`: everything else reads and writes through the functions of its modules, which
/// take a `&Tx` and speak in domain types.
pub struct Tx<'a> {
    db: sql::Conn<'a>,
    pub actor: Actor,
    /// The time of the change, the same for every row it writes.
    pub now: String,
    /// The audit chain's last link: read at the first audit row of the transaction, under
    /// the write lock, then kept here (a national import chains tens of thousands of rows
    /// without reading the table again, and PostgreSQL's batched rows need no read-back).
    chain: std::cell::RefCell<Option<chain::Link>>,
}

impl<'a> Tx<'a> {
    /// Which SQL the queries must speak where the two differ.
    pub(crate) fn dialect(&self) -> sql::Dialect {
        self.db.dialect()
    }

    /// The connection back, to commit or roll back what this transaction did.
    fn into_conn(self) -> sql::Conn<'a> {
        self.db
    }

    fn begin(db: sql::Conn<'a>, acting: Acting) -> Result<Tx<'a>> {
        let actor = match acting {
            Acting::As(login) => {
                let actor = accounts::actor(&db, login)?;
                actor.can_act()?;
                actor
            }
            Acting::First(actor) => actor,
        };
        Ok(Tx {
            db,
            actor,
            now: now(),
            chain: std::cell::RefCell::new(None),
        })
    }

    /// Records the change in the audit trail, in this transaction, in the actor's name.
    pub fn audit(
        &self,
        action: &str,
        target: &str,
        partner: Option<&str>,
        details: serde_json::Value,
    ) -> Result<()> {
        self.audit_json(action, target, partner, &details.to_string())
    }

    /// `audit` with the details already written as a JSON object.
    pub fn audit_json(
        &self,
        action: &str,
        target: &str,
        partner: Option<&str>,
        details: &str,
    ) -> Result<()> {
        audit::record(
            self,
            &audit::Change {
                actor: &self.actor.login,
                action,
                target,
                partner,
                details,
            },
        )
    }
}

/// What the store holds that afas never writes (a column's value of the wrong kind, a
/// number out of its bounds): the file was edited outside afas. The backend names the store
/// in the line the user sees (exit 1).
#[derive(Debug)]
pub struct Edited(pub String);

impl std::fmt::Display for Edited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the store holds {}: it was changed outside afas; nothing was changed; restore it \
             from a backup",
            self.0
        )
    }
}

impl std::error::Error for Edited {}

impl Edited {
    /// The line the user reads, naming the store (a file or a server's URL).
    pub fn at(&self, store: impl std::fmt::Display) -> anyhow::Error {
        anyhow::anyhow!(
            "the store {store} holds {}: it was changed outside afas; nothing was changed; \
             restore it from a backup",
            self.0
        )
    }

    /// The first `Edited` of `err`'s chain, named at `store`.
    pub fn named(err: &anyhow::Error, store: impl std::fmt::Display) -> Option<anyhow::Error> {
        err.chain()
            .find_map(|c| c.downcast_ref::<Edited>())
            .map(|e| e.at(store))
    }
}

/// Where the store is when neither `--db` nor `AFAS_DB` says: `afas.db` in the user's data
/// directory (None without a home directory).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "caf", "afas").map(|d| d.data_dir().join("afas.db"))
}

/// Now, in UTC, as stored everywhere (RFC 3339, seconds).
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Today's date, YYYY-MM-DD (UTC).
pub fn today() -> String {
    now()[..10].to_string()
}
