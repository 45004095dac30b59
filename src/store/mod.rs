//! SQLite only: opening the store (pragmas, mode 0600, migrations) and the one-transaction
//! helpers every command goes through. Queries live in one module per table family.

pub mod accounts;
pub mod audit;
pub mod calls;
pub mod declarations;
pub mod groups;
pub mod outbox;
pub mod partners;
pub mod profiles;
pub mod services;
pub mod settings;

use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use crate::error::{not_found, refused};

/// How long a command waits for another process's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The migrations, in order. A migration is never edited once released: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_foundation.sql"),
    include_str!("migrations/002_profiles.sql"),
    include_str!("migrations/003_declarations.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

fn latest_version() -> usize {
    MIGRATIONS.len()
}

pub struct Store {
    conn: Connection,
}

/// Whether `open` may create a missing store (only `init` and `demo` do).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Create {
    Yes,
    No,
}

impl Store {
    pub fn open(path: &Path, create: Create) -> Result<Store> {
        if !path.exists() {
            if create == Create::No {
                return Err(not_found(format!(
                    "no store at {}: create one with `afas init` or point --db/AFAS_DB at yours",
                    path.display()
                )));
            }
            create_private_file(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open store {}", path.display()))?;
        let mut store = Store { conn };
        store
            .configure()
            .with_context(|| format!("cannot open store {}", path.display()))?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // Crash-safe and fast: WAL with synchronous=NORMAL never corrupts the store; at worst
        // the last commits before a power cut are lost, never half of one.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            anyhow::bail!("the store refused WAL mode (got {mode})");
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // Statement journals (and sorts) in memory: a statement journal only serves to undo
        // one statement inside the command's transaction, never crash recovery (that is
        // the WAL's job). On disk, once one statement's journal passed 64 KiB it stayed a
        // file for the rest of the transaction, and every later INSERT of a long import
        // wrote its pages to it: 6 million writes for 1 000 000 accounts.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        // A 32 MiB page cache (SQLite's default is 2 MiB). The big commands read and write
        // at random places of a national store (holders by login, accounts, indexes): with
        // 2 MiB each read missed and each miss first wrote a dirty page out to the WAL. The
        // cache is a bound, not an allocation: a short command uses what it touches, and a
        // long import's memory stays flat at about 55 MB whatever the file's size.
        self.conn.pragma_update(None, "cache_size", -32768)?;
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < 0 || version as usize > latest_version() {
            anyhow::bail!(
                "this store has schema version {version}, newer than this afas knows ({}); \
                 upgrade afas",
                latest_version()
            );
        }
        if version as usize != latest_version() {
            migrations()
                .to_latest(&mut self.conn)
                .context("cannot migrate the store")?;
        }
        Ok(())
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE`: the write lock is taken up
    /// front, so two writers queue instead of failing half way). Commits when `f` succeeds
    /// and `commit` is true; otherwise nothing is written.
    pub fn write_with<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(busy_message)?;
        let value = f(&tx).map_err(rule_from_store)?;
        if commit {
            tx.commit().map_err(busy_message)?;
        }
        Ok(value)
    }

    pub fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.write_with(true, f)
    }

    /// Runs `f` in a read transaction: one consistent snapshot, and no write lock taken.
    pub fn read<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(busy_message)?;
        f(&tx)
    }
}

/// A new store file is created by us, not by SQLite, so that it is private from its first
/// byte: it holds personal data. SQLite gives its -wal and -shm files the same mode.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create folder {}", dir.display()))?;
    }
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create store {}", path.display()))?;
    Ok(())
}

/// The store's own triggers speak in rules ("afas: …"); they reach the user as a refusal,
/// never as a raw SQLite error. This only happens when another process won a race between
/// our check and our write.
fn rule_from_store(err: anyhow::Error) -> anyhow::Error {
    let from_trigger = err
        .chain()
        .find_map(|c| match c.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(_, Some(msg))) => {
                msg.strip_prefix("afas: ").map(str::to_string)
            }
            _ => None,
        });
    match from_trigger {
        Some(msg) => refused(msg),
        None => busy_message(err),
    }
}

fn busy_message<E: Into<anyhow::Error>>(err: E) -> anyhow::Error {
    let err = err.into();
    let busy = err.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    || e.code == rusqlite::ErrorCode::DatabaseLocked
        )
    });
    if busy {
        anyhow::anyhow!(
            "the store is busy: another afas command held it for more than {} s; try again",
            BUSY_TIMEOUT.as_secs()
        )
    } else {
        err
    }
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
