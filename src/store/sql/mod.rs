//! One way to run SQL on either backend, so that each query of `store/` is written once.
//!
//! Queries are written in the dialect SQLite and PostgreSQL share, with SQLite's numbered
//! parameters (`?1`). For PostgreSQL each text is translated once (and cached with its
//! prepared statement): `?N` becomes `$N`, `IS ?N` becomes `IS NOT DISTINCT FROM $N`,
//! `?N IS NULL` becomes `CAST($N AS TEXT) IS NULL` (PostgreSQL cannot type a parameter
//! from a NULL test; every optional filter of afas is a text: a code, a login, a state),
//! `group_concat(` becomes `string_agg(`, `CROSS JOIN` a plain `JOIN` (SQLite's way to fix
//! a join order) and `INSERT OR FAIL` a plain `INSERT`. What the
//! dialects cannot share is written per backend with `Tx::dialect`.
//!
//! Values cross as a few plain kinds (integer, text, boolean, null) whichever column type
//! the server infers for a parameter, so that a store function does not care whether a
//! flag is a SQLite 0/1 or a PostgreSQL boolean.

mod batch;
mod only;
mod translate;
mod values;

use std::cell::RefCell;
use std::collections::HashMap;

use anyhow::{anyhow, Result};
use postgres::types::ToSql;

pub use batch::Insert;
pub use only::Only;
pub use translate::translate;
pub(crate) use values::args;
pub use values::{FromCell, Param, Row, Value};

/// The two SQL dialects afas speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The PostgreSQL side of a transaction: the transaction itself, and the statements
/// prepared on its connection (kept across transactions by the store).
pub struct PgTx<'a> {
    pub(super) tx: RefCell<postgres::Transaction<'a>>,
    pub(super) statements: &'a RefCell<HashMap<String, postgres::Statement>>,
    /// Inserted rows not sent yet (`batch.rs`): sent before anything else is asked.
    pub(super) waiting: RefCell<batch::Waiting>,
}

/// Where a transaction's SQL goes.
pub enum Conn<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(PgTx<'a>),
}

/// A statement prepared once and run many times (the import's inserts): through a cache,
/// each of a million rows would hash the SQL twice, to take the statement and to give it
/// back.
pub enum Prepared<'a> {
    Sqlite(rusqlite::Statement<'a>),
    Postgres(postgres::Statement),
}

impl Prepared<'_> {
    /// Runs it with `params` in `conn`, the transaction that prepared it.
    pub fn run(&mut self, conn: &Conn, params: &[&dyn Param]) -> Result<u64> {
        let values = values(params);
        match (self, conn) {
            (Prepared::Sqlite(stmt), _) => {
                Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))? as u64)
            }
            (Prepared::Postgres(stmt), Conn::Postgres(pg)) => {
                batch::send(pg)?;
                Ok(pg.tx.borrow_mut().execute(&*stmt, &pg_refs(&values))?)
            }
            (Prepared::Postgres(_), Conn::Sqlite(_)) => {
                Err(anyhow!("a PostgreSQL statement run on SQLite"))
            }
        }
    }
}

/// The parameters as plain values, once per query.
fn values<'p>(params: &'p [&'p dyn Param]) -> Vec<Value<'p>> {
    params.iter().map(|p| p.value()).collect()
}

/// The values as the `postgres` crate takes them.
fn pg_refs<'v>(values: &'v [Value<'v>]) -> Vec<&'v (dyn ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

/// How many rows a streamed PostgreSQL query fetches at a time: few round trips for the
/// national lists (`profile check` reads 180 000 rows: 1.47 s with batches of 1 000, 0.97 s
/// with 10 000), and memory bounded by one batch.
const FETCH: i32 = 10_000;

impl<'a> Conn<'a> {
    /// Prepares `sql` for many runs (see `Prepared`).
    pub fn prepare(&self, sql: &str) -> Result<Prepared<'a>> {
        Ok(match self {
            Conn::Sqlite(db) => Prepared::Sqlite(db.prepare(sql)?),
            Conn::Postgres(pg) => Prepared::Postgres(Self::pg_statement(pg, sql)?),
        })
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres(_) => Dialect::Postgres,
        }
    }

    fn pg_statement(pg: &PgTx, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = pg.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let stmt = pg.tx.borrow_mut().prepare(&translate(sql))?;
        pg.statements
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn run(&self, sql: &str, params: &[&dyn Param]) -> Result<u64> {
        match self {
            Conn::Sqlite(db) => {
                let values = values(params);
                let n = db
                    .prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(values.iter()))?;
                Ok(n as u64)
            }
            Conn::Postgres(pg) => {
                batch::send(pg)?;
                let stmt = Self::pg_statement(pg, sql)?;
                let values = values(params);
                let refs = pg_refs(&values);
                Ok(pg.tx.borrow_mut().execute(&stmt, &refs)?)
            }
        }
    }

    /// Calls `f` with each row, in order, one at a time (PostgreSQL fetches them in
    /// batches); `f` may itself run queries.
    pub fn for_each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Conn::Sqlite(db) => {
                let values = values(params);
                let mut stmt = db.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Conn::Postgres(pg) if sql.contains("json_each(") => {
                // A read of a list of keys (the import's, `store/bulk.rs`) is planned
                // afresh each time, for the tables as they are now: a plan kept from the
                // first chunks of an import into new tables scanned them whole once they
                // had grown (a national groups file: 0.5 s per chunk by its end).
                batch::send(pg)?;
                let values = values(params);
                let refs = pg_refs(&values);
                let rows = pg.tx.borrow_mut().query(translate(sql).as_str(), &refs)?;
                for r in &rows {
                    f(&Row::Postgres(r))?;
                }
                Ok(())
            }
            Conn::Postgres(pg) => {
                batch::send(pg)?;
                let stmt = Self::pg_statement(pg, sql)?;
                let values = values(params);
                let refs = pg_refs(&values);
                let portal = pg.tx.borrow_mut().bind(&stmt, &refs)?;
                loop {
                    let rows = pg.tx.borrow_mut().query_portal(&portal, FETCH)?;
                    for r in &rows {
                        f(&Row::Postgres(r))?;
                    }
                    if rows.len() < FETCH as usize {
                        return Ok(());
                    }
                }
            }
        }
    }

    /// Every row, each mapped by `f`.
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.for_each(sql, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row, mapped by `f`, if there is one.
    pub fn query_opt<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            Conn::Sqlite(db) => {
                let values = values(params);
                let mut stmt = db.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            Conn::Postgres(pg) => {
                batch::send(pg)?;
                let stmt = Self::pg_statement(pg, sql)?;
                let values = values(params);
                let refs = pg_refs(&values);
                let rows = pg.tx.borrow_mut().query(&stmt, &refs)?;
                match rows.first() {
                    Some(r) => Ok(Some(f(&Row::Postgres(r))?)),
                    None => Ok(None),
                }
            }
        }
    }

    /// The one row the query must return, mapped by `f`.
    pub fn query_one<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, params, f)?
            .ok_or_else(|| anyhow!("the store returned no row where one was expected"))
    }

    /// Whether the query returns any row.
    pub fn exists(&self, sql: &str, params: &[&dyn Param]) -> Result<bool> {
        Ok(self.query_opt(sql, params, |_| Ok(()))?.is_some())
    }
}
