//! The embedded store: a SQLite file (WAL, mode 0600), its migrations, and SQLite's
//! failures said as one line naming the file.

use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

use super::{chain, Acting, Create, Tx};
use crate::domain::refusal::Refusal;
use crate::error::not_found;

/// How long a command waits for another process's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The migrations, in order. A migration is never edited once released: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_foundation.sql"),
    include_str!("migrations/002_profiles.sql"),
    include_str!("migrations/003_declarations.sql"),
    include_str!("migrations/004_audit_no_replace.sql"),
    include_str!("migrations/005_seats.sql"),
    include_str!("migrations/006_audit_without_statement_journal.sql"),
    include_str!("migrations/007_outbox_failed.sql"),
    include_str!("migrations/008_audit_chain.sql"),
    include_str!("migrations/009_caf_code.sql"),
    include_str!("migrations/010_workshops.sql"),
];

/// Each migration checks the foreign keys before it commits: they run with foreign keys off
/// (SQLite's way to rebuild a table that others refer to), so this is what keeps them true.
fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATIONS
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                chain::MIGRATION => M::up_with_hook(sql, chain_existing_rows),
                _ => M::up(sql),
            })
            .map(M::foreign_key_check)
            .collect(),
    )
}

/// The hook of the chain's migration: SQLite has no SHA-256, so afas hashes the audit rows
/// already there, oldest first, in the migration's transaction.
fn chain_existing_rows(tx: &rusqlite::Transaction) -> rusqlite_migration::HookResult {
    let rows = {
        let mut stmt = tx.prepare(
            "SELECT id, at, actor, action, target, partner, details FROM audit ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                [
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ],
            ))
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut update = tx.prepare("UPDATE audit SET prev_hash = ?1, hash = ?2 WHERE id = ?3")?;
    for (id, prev, hash) in chain::chain_rows(rows) {
        update.execute(rusqlite::params![prev, hash, id])?;
    }
    Ok(())
}

fn latest_version() -> usize {
    MIGRATIONS.len()
}

/// An open SQLite store.
pub struct Sqlite {
    conn: Connection,
    /// As given, to name the store in what goes wrong with it.
    path: PathBuf,
}

impl Sqlite {
    pub fn open(path: &Path, create: Create) -> Result<Sqlite> {
        prepare_file(path, create)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open store {}", path.display()))
        .map_err(|e| store_failure(e, path))?;
        let mut store = Sqlite {
            conn,
            path: path.to_path_buf(),
        };
        // Another program holding the whole store (sqlite3 or a backup in exclusive locking
        // mode), a damaged file, a full disk: most show first here.
        store
            .configure(create)
            .with_context(|| format!("cannot open store {}", path.display()))
            .map_err(|e| store_failure(e, path))?;
        Ok(store)
    }

    /// `create`: whether a database without tables may become a store (`init`).
    fn configure(&mut self, create: Create) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // The bulk paths (import, call open) cycle through a few dozen statements per row.
        self.conn.set_prepared_statement_cache_capacity(64);
        let mut version = self.version()?;
        if version != latest_version() {
            // Another afas may be migrating this very store (8 `init` at once on one new
            // file): wait for its write lock to go, then look again.
            self.conn.execute_batch("BEGIN IMMEDIATE; COMMIT")?;
            version = self.version()?;
        }
        if version > latest_version() {
            anyhow::bail!(
                "this store has schema version {version}, newer than this afas knows ({}); \
                 upgrade afas",
                latest_version()
            );
        }
        if version == 0 {
            let tables: i64 =
                self.conn
                    .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if tables > 0 {
                // A SQLite file of another program: never turned into a store behind its
                // back (not even into WAL mode, which rewrites its header).
                anyhow::bail!(
                    "it is not an afas store (a database without afas's tables): nothing was \
                     changed; check --db, or create a store in a new file with `afas init`"
                );
            }
            if create == Create::No {
                // Another `init` has only just begun here, or a database was left empty.
                return Err(not_found(format!(
                    "no store at {} (an empty database): create one with `afas init`",
                    self.path.display()
                )));
            }
        }
        // Crash-safe and fast: WAL with synchronous=NORMAL never corrupts the store; at worst
        // the last commits before a power cut are lost, never half of one.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            anyhow::bail!("the store refused WAL mode (got {mode})");
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
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
        if version != latest_version() {
            // Off while migrating (a no-op inside the migrations' transactions), on for good.
            self.conn.pragma_update(None, "foreign_keys", "OFF")?;
            if let Err(e) = migrations().to_latest(&mut self.conn) {
                // Lost a race to another afas migrating the same store: its work is ours.
                if self.version().ok() != Some(latest_version()) {
                    return Err(migration_failure(e, version));
                }
            }
        }
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(())
    }

    /// The schema version the store says it has (`user_version`); a negative one (edited)
    /// reads as newer than any afas.
    fn version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(usize::try_from(v).unwrap_or(usize::MAX))
    }

    /// One transaction: `BEGIN IMMEDIATE` for a write (the write lock is taken up front, so
    /// two writers queue instead of failing half way), deferred for a read (one consistent
    /// snapshot, no lock). Committed when `f` succeeds and `commit` is true.
    pub fn transaction<T>(
        &mut self,
        write: bool,
        commit: bool,
        acting: Acting,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        let path = &self.path;
        let behavior = if write {
            TransactionBehavior::Immediate
        } else {
            TransactionBehavior::Deferred
        };
        let tx = self
            .conn
            .transaction_with_behavior(behavior)
            .map_err(|e| store_failure(e.into(), path))?;
        let value = Tx::begin(super::sql::Conn::Sqlite(&tx), acting)
            .and_then(|t| f(&t))
            .map_err(|e| rule_from_store(e, path))?;
        if commit {
            tx.commit().map_err(|e| store_failure(e.into(), path))?;
        }
        Ok(value)
    }
}

/// Makes sure `path` may become (or already is) a store before SQLite opens it. Only `init` (and
/// `demo`) turn a missing or empty file into a store: any other command would otherwise
/// create, or migrate, a store where the user mistyped a path. Anything but a regular file
/// (a folder, /dev/null, a pipe) is refused before SQLite writes a journal beside it.
fn prepare_file(path: &Path, create: Create) -> Result<()> {
    let p = path.display();
    let no_store = |what: &str| {
        not_found(format!(
            "no store at {p}{what}: create one with `afas init` or point --db/AFAS_DB at yours"
        ))
    };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if create == Create::No {
                return Err(no_store(""));
            }
            create_private_file(path)
        }
        Err(e) => Err(anyhow::anyhow!("cannot read the store {p}: {e}")),
        Ok(m) if !m.is_file() => Err(anyhow::anyhow!(
            "the store {p} is not a regular file (a folder, a device or a pipe): nothing was \
             changed; give --db the path of an afas store, or of a new file for `afas init`"
        )),
        Ok(m) if m.len() == 0 => {
            if create == Create::No {
                return Err(no_store(" (an empty file)"));
            }
            // An empty file made by someone else (`touch`, under umask 022): private before
            // the first byte of personal data goes in.
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make the store {p} private (mode 0600)"))
        }
        Ok(_) => Ok(()),
    }
}

/// A new store file is created by us, not by SQLite, so that it is private from its first
/// byte: it holds personal data. SQLite gives its -wal and -shm files the same mode.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create folder {}", dir.display()))?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        // Another `init` created it just now: it is empty or a store, as `configure` sees.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create store {}", path.display())),
    }
}

/// A migration that failed, in one line: rusqlite_migration's own message is the Debug
/// dump of the migration (kilobytes of SQL); SQLite's reason is what says what is wrong.
fn migration_failure(err: rusqlite_migration::Error, from: usize) -> anyhow::Error {
    let why = format!(
        "cannot upgrade it from schema version {from} to {}: it was changed outside afas, or \
         is damaged; nothing was changed; restore it from a backup",
        latest_version()
    );
    match err {
        // Busy, full or damaged: `store_failure` says so. Anything else: SQLite's reason
        // alone (its Display of a SQL error quotes the whole migration too).
        rusqlite_migration::Error::RusqliteError {
            err: rusqlite::Error::SqlInputError { msg, .. },
            ..
        } => anyhow::anyhow!("{why} ({msg})"),
        rusqlite_migration::Error::RusqliteError { err, .. } => {
            anyhow::Error::new(err).context(why)
        }
        rusqlite_migration::Error::ForeignKeyCheck(_) => {
            anyhow::anyhow!("{why} (a foreign key does not hold)")
        }
        rusqlite_migration::Error::Hook(h) => anyhow::anyhow!("{why} ({h})"),
        _ => anyhow::anyhow!(why),
    }
}

/// What SQLite says when a unique index that backs a limit refuses a row, and the limit.
const LIMIT_INDEXES: &[(&str, &str)] = &[
    (
        "UNIQUE constraint failed: account.partner, account.admin_seat",
        "at most 2 administrators per partner",
    ),
    (
        "UNIQUE constraint failed: index 'profile_seat'",
        "at most 2 holders of this profile in this scope",
    ),
    (
        "UNIQUE constraint failed: profile.service",
        "a service has one approver",
    ),
];

/// The store's own triggers speak in rules ("afas: …"), and its limit indexes are named in
/// LIMIT_INDEXES; both reach the user as a refusal, never as a raw SQLite error. The rules
/// are checked before every write, so this only happens when a bug lets a write through.
fn rule_from_store(err: anyhow::Error, path: &Path) -> anyhow::Error {
    let from_trigger = err
        .chain()
        .find_map(|c| match c.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(_, Some(msg))) => {
                msg.strip_prefix("afas: ").map(str::to_string).or_else(|| {
                    LIMIT_INDEXES
                        .iter()
                        .find(|(says, _)| msg == says)
                        .map(|(_, rule)| rule.to_string())
                })
            }
            _ => None,
        });
    match from_trigger {
        Some(msg) => Refusal::Limit(msg).into(),
        None => store_failure(err, path),
    }
}

/// What SQLite reports about the store itself (busy, damaged, read-only, a full or failing
/// disk, a file it cannot open) becomes one line that names the store and says what to do,
/// instead of SQLite's code and wording. A failed command has changed nothing: its
/// transaction is rolled back. Anything else (a bug) is left as it is: exit 1 either way.
fn store_failure(err: anyhow::Error, path: &Path) -> anyhow::Error {
    use rusqlite::ErrorCode as C;
    let code = err
        .chain()
        .find_map(|c| match c.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(e, _)) => Some(e.code),
            _ => None,
        });
    let p = path.display();
    if let Some(named) = super::Edited::named(&err, &p) {
        return named;
    }
    let message = match code {
        Some(C::DatabaseBusy | C::DatabaseLocked) => format!(
            "the store is busy: another program is using it (an afas command running for more \
             than {} s, a database tool or a backup); try again when it is done",
            BUSY_TIMEOUT.as_secs()
        ),
        Some(C::DatabaseCorrupt) => format!(
            "the store {p} is damaged (its file is malformed): nothing was changed; restore it \
             from a backup"
        ),
        Some(C::NotADatabase) => format!(
            "the store {p} is damaged or is not an afas store (not a database file): nothing \
             was changed; check --db, or restore it from a backup"
        ),
        Some(C::ReadOnly) => format!(
            "the store {p} is read-only: nothing was changed; check the permissions of the file \
             and its file system"
        ),
        Some(C::DiskFull) => format!(
            "the disk holding the store {p} is full: nothing was changed; free some space and \
             run the command again"
        ),
        Some(C::SystemIoFailure) => format!(
            "the store {p} could not be read or written (an I/O error: a full disk, a file size \
             limit or a failing disk): nothing was changed; free some space or check the disk, \
             and run the command again"
        ),
        Some(C::CannotOpen) => format!(
            "cannot open the store {p}: check that its folder exists and is writable (afas \
             keeps {p}-wal and {p}-shm beside it while it works)"
        ),
        _ => return err,
    };
    anyhow::anyhow!(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn from_sqlite(msg: &str) -> anyhow::Error {
        let code = rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE);
        rule_from_store(
            rusqlite::Error::SqliteFailure(code, Some(msg.to_string())).into(),
            Path::new("afas.db"),
        )
    }

    /// A limit index's refusal reaches the user as the rule it backs, with exit 5; any other
    /// unique failure stays what it is (a bug: exit 1).
    #[test]
    fn limit_indexes_speak_as_their_rules() {
        for (msg, rule) in LIMIT_INDEXES {
            let err = from_sqlite(msg);
            assert_eq!(err.to_string(), *rule);
            assert_eq!(crate::error::exit_code(&err), 5);
        }
        let err = from_sqlite("UNIQUE constraint failed: partner.code");
        assert_eq!(crate::error::exit_code(&err), 1);
    }
}
