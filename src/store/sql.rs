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

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;

use anyhow::{anyhow, Result};
use postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use rusqlite::types::{ToSqlOutput, ValueRef};

use crate::domain::kinds;

/// The two SQL dialects afas speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A parameter value, borrowed from the caller.
#[derive(Clone, Copy, Debug)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Text(&'a str),
    Bool(bool),
}

/// Anything a query takes as a parameter.
pub trait Param: Sync {
    fn value(&self) -> Value<'_>;
}

impl Param for i64 {
    fn value(&self) -> Value<'_> {
        Value::Int(*self)
    }
}
impl Param for i32 {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}
impl Param for u32 {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}
impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Bool(*self)
    }
}
impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}
impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, Param::value)
    }
}

/// The parameters of a query: `args![a, b]`.
macro_rules! args {
    ($($p:expr),* $(,)?) => {
        &[$(&$p as &dyn $crate::store::sql::Param),*] as &[&dyn $crate::store::sql::Param]
    };
}
pub(crate) use args;

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Bool(b) => ValueRef::Integer(i64::from(b)),
        }))
    }
}

/// PostgreSQL: the value encoded as the type the server inferred for the parameter.
impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        let int = |i: i64,
                   out: &mut bytes::BytesMut|
         -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
            match *ty {
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    i.to_string().to_sql(ty, out)
                }
                _ => i.to_sql(ty, out),
            }
        };
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => int(i, out),
            Value::Bool(b) if *ty == Type::BOOL => b.to_sql(ty, out),
            Value::Bool(b) => int(i64::from(b), out),
            Value::Text(s) => match *ty {
                Type::INT2 | Type::INT4 | Type::INT8 => int(s.parse::<i64>()?, out),
                Type::JSON | Type::JSONB => {
                    // JSONB's binary form is a version byte then the text.
                    if *ty == Type::JSONB {
                        out.extend_from_slice(&[1]);
                    }
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
                _ => s.to_sql(&Type::TEXT, out),
            },
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::BOOL
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
                | Type::JSON
                | Type::JSONB
        )
    }

    to_sql_checked!();
}

/// A cell read from a PostgreSQL row, whatever integer, text or boolean type it has.
enum Cell {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
}

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(match *ty {
            Type::INT2 => Cell::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::INT4 => Cell::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::BOOL => Cell::Bool(bool::from_sql(ty, raw)?),
            Type::JSONB => Cell::Text(String::from_utf8(
                raw.get(1..).unwrap_or_default().to_vec(),
            )?),
            _ => Cell::Text(String::from_sql(&Type::TEXT, raw)?),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(Cell::Null)
    }

    fn accepts(ty: &Type) -> bool {
        <Value as ToSql>::accepts(ty)
    }
}

/// A value a query's column can be read as.
pub trait FromCell: Sized {
    fn from_int(i: i64) -> Option<Self> {
        let _ = i;
        None
    }
    fn from_text(s: &str) -> Option<Self> {
        let _ = s;
        None
    }
    fn from_null() -> Option<Self> {
        None
    }
}

impl FromCell for i64 {
    fn from_int(i: i64) -> Option<Self> {
        Some(i)
    }
}
impl FromCell for bool {
    fn from_int(i: i64) -> Option<Self> {
        Some(i != 0)
    }
}
impl FromCell for String {
    fn from_text(s: &str) -> Option<Self> {
        Some(s.to_string())
    }
}
impl<T: FromCell> FromCell for Option<T> {
    fn from_int(i: i64) -> Option<Self> {
        T::from_int(i).map(Some)
    }
    fn from_text(s: &str) -> Option<Self> {
        T::from_text(s).map(Some)
    }
    fn from_null() -> Option<Self> {
        Some(None)
    }
}

/// The domain's closed sets travel as their text (`domain::kinds`); a text the store holds
/// that names none of them is an error naming the column, not a panic.
macro_rules! text_enums {
    ($($t:ident),* $(,)?) => {$(
        impl Param for kinds::$t {
            fn value(&self) -> Value<'_> {
                Value::Text(self.as_str())
            }
        }
        impl FromCell for kinds::$t {
            fn from_text(s: &str) -> Option<Self> {
                kinds::$t::from_text(s)
            }
        }
    )*};
}
text_enums!(
    GroupKind,
    Document,
    ServiceKind,
    ProfileKind,
    DeclarationType,
    FormKind,
    DeclarationState,
    FormState,
    CsvKind,
    CallStatus,
);

/// One row of a result, on either backend.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    /// The `i`th column (from 0) as a `T`; an error naming the column when it is not one.
    pub fn get<T: FromCell>(&self, i: usize) -> Result<T> {
        let read = match self {
            Row::Sqlite(r) => match r.get_ref(i)? {
                ValueRef::Null => T::from_null(),
                ValueRef::Integer(n) => T::from_int(n),
                ValueRef::Text(t) => T::from_text(std::str::from_utf8(t)?),
                ValueRef::Real(_) | ValueRef::Blob(_) => None,
            },
            Row::Postgres(r) => match r.try_get::<_, Cell>(i)? {
                Cell::Null => T::from_null(),
                Cell::Int(n) => T::from_int(n),
                Cell::Bool(b) => T::from_int(i64::from(b)),
                Cell::Text(t) => T::from_text(&t),
            },
        };
        read.ok_or_else(|| {
            anyhow!(
                "the store holds a value of the wrong kind in column {} of {}",
                i + 1,
                self.column_name(i)
            )
        })
    }

    fn column_name(&self, i: usize) -> String {
        match self {
            Row::Sqlite(r) => r.as_ref().column_name(i).unwrap_or("?").to_string(),
            Row::Postgres(r) => r.columns().get(i).map_or("?", |c| c.name()).to_string(),
        }
    }
}

/// The PostgreSQL side of a transaction: the transaction itself, and the statements
/// prepared on its connection (kept across transactions by the store).
pub struct PgTx<'a> {
    pub(super) tx: RefCell<postgres::Transaction<'a>>,
    pub(super) statements: &'a RefCell<HashMap<String, postgres::Statement>>,
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
        let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
        match (self, conn) {
            (Prepared::Sqlite(stmt), _) => {
                Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))? as u64)
            }
            (Prepared::Postgres(stmt), Conn::Postgres(pg)) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                Ok(pg.tx.borrow_mut().execute(&*stmt, &refs)?)
            }
            (Prepared::Postgres(_), Conn::Sqlite(_)) => {
                Err(anyhow!("a PostgreSQL statement run on SQLite"))
            }
        }
    }
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
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let n = db
                    .prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(values.iter()))?;
                Ok(n as u64)
            }
            Conn::Postgres(pg) => {
                let stmt = Self::pg_statement(pg, sql)?;
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let refs: Vec<&(dyn ToSql + Sync)> =
                    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
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
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let mut stmt = db.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Conn::Postgres(pg) => {
                let stmt = Self::pg_statement(pg, sql)?;
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let refs: Vec<&(dyn ToSql + Sync)> =
                    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
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
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let mut stmt = db.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            Conn::Postgres(pg) => {
                let stmt = Self::pg_statement(pg, sql)?;
                let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
                let refs: Vec<&(dyn ToSql + Sync)> =
                    values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
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

/// SQLite's shared dialect to PostgreSQL's (see the module's comment). Placeholders are
/// only rewritten outside quoted text.
pub fn translate(sql: &str) -> String {
    let sql = sql
        .replace("INSERT OR FAIL INTO", "INSERT INTO")
        .replace("group_concat(", "string_agg(")
        // SQLite's CROSS JOIN … ON only fixes the join order; PostgreSQL plans it itself.
        .replace("CROSS JOIN", "JOIN");
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
            out.push(c);
        } else if c == '?' && !quoted && chars.peek().is_some_and(char::is_ascii_digit) {
            if out.trim_end().ends_with(" IS") {
                let keep = out.trim_end().len();
                out.truncate(keep);
                out.push_str(" NOT DISTINCT FROM ");
            }
            let digits: String =
                std::iter::from_fn(|| chars.next_if(char::is_ascii_digit)).collect();
            let param = format!("${digits}");
            let rest: String = chars.clone().take(8).collect();
            if rest.starts_with(" IS NULL") {
                out.push_str(&format!("CAST({param} AS TEXT)"));
            } else {
                out.push_str(&param);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn sqlite_text_becomes_postgres_text() {
        assert_eq!(
            translate("SELECT 1 FROM t WHERE a = ?1 AND b IS ?2 AND c = '?3'"),
            "SELECT 1 FROM t WHERE a = $1 AND b IS NOT DISTINCT FROM $2 AND c = '?3'"
        );
        assert_eq!(
            translate("SELECT group_concat(k, ' ') FROM g WHERE ?1 IS NULL"),
            "SELECT string_agg(k, ' ') FROM g WHERE CAST($1 AS TEXT) IS NULL"
        );
        assert_eq!(
            translate("INSERT OR FAIL INTO audit (a) VALUES (?1)"),
            "INSERT INTO audit (a) VALUES ($1)"
        );
    }
}
