//! The domain's named enums (kinds, types, states) as SQL values: each is stored as its
//! text. A text that names no variant (a store edited by hand, or written by a newer afas)
//! is an error that names the column, never a panic.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::Row;

use crate::domain::{
    CallStatus, DeclarationState, DeclarationType, Document, FormKind, FormState, GroupKind,
    ProfileKind, ServiceKind,
};

macro_rules! stored_as_text {
    ($($ty:ident => $what:literal),+ $(,)?) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                $ty::from_text(text).ok_or_else(|| {
                    FromSqlError::Other(format!("{text:?} is not a {}", $what).into())
                })
            }
        }
    )+};
}

stored_as_text! {
    CallStatus => "call status",
    DeclarationState => "declaration state",
    DeclarationType => "declaration type",
    Document => "document",
    FormKind => "form kind",
    FormState => "form state",
    GroupKind => "group kind",
    ProfileKind => "profile kind",
    ServiceKind => "service kind",
}

/// `row.get(idx)`, whose error names the column when its value converts to no variant
/// (rusqlite's own names only the index).
pub fn enum_at<T: FromSql>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    row.get(idx).map_err(|e| match e {
        rusqlite::Error::FromSqlConversionFailure(i, ty, err) => {
            let column = row.as_ref().column_name(i).unwrap_or("?").to_string();
            rusqlite::Error::FromSqlConversionFailure(
                i,
                ty,
                format!("column {column}: {err}").into(),
            )
        }
        e => e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn enums_go_in_and_come_back_as_their_text() {
        let db = Connection::open_in_memory().unwrap();
        let (text, state): (String, DeclarationState) = db
            .query_row("SELECT ?1, ?1", [DeclarationState::TransmiseCaf], |r| {
                Ok((r.get(0)?, enum_at(r, 1)?))
            })
            .unwrap();
        assert_eq!(text, "transmise-caf");
        assert_eq!(state, DeclarationState::TransmiseCaf);
    }

    #[test]
    fn an_unknown_text_is_an_error_naming_its_column() {
        let db = Connection::open_in_memory().unwrap();
        let err = db
            .query_row("SELECT 'envoyee' AS state", [], |r| {
                enum_at::<DeclarationState>(r, 0)
            })
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("column state"), "{msg}");
        assert!(
            msg.contains("\"envoyee\" is not a declaration state"),
            "{msg}"
        );
    }
}
