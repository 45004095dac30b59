//! What crosses between afas and either backend: parameters as a few plain kinds, whatever
//! type the server infers for them, and columns read back the same way.

use std::error::Error as StdError;

use anyhow::Result;
use postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use rusqlite::types::{ToSqlOutput, ValueRef};

use crate::domain::kinds;

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
                // JSON's binary form is its text (the lists of `json_each`, sql/translate.rs)
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
            crate::store::Edited(format!(
                "a value afas does not know in its column {}",
                self.column_name(i)
            ))
            .into()
        })
    }

    fn column_name(&self, i: usize) -> String {
        match self {
            Row::Sqlite(r) => r.as_ref().column_name(i).unwrap_or("?").to_string(),
            Row::Postgres(r) => r.columns().get(i).map_or("?", |c| c.name()).to_string(),
        }
    }
}
