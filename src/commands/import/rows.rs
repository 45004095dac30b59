//! What an imported row did, or why not: every bad cell of a row, each with its column.

use super::hints;
use crate::domain::decision::{Refused, Ruled};
use crate::error;

/// What one row did.
pub(super) enum Outcome {
    Created,
    Changed,
    Unchanged,
}

/// One bad cell: its column and why.
pub(super) struct Fault {
    pub column: &'static str,
    pub reason: String,
    /// A date that can only be month-first: its column is refused whole, once (reader.rs).
    pub month_first: bool,
}

/// A row's failure: its bad cells, or the rule that refused it. A `fatal` one is the store
/// failing, not the row: it stops the import, and keeps the store's error so that it
/// reaches the user as the store's (a full disk, a damaged file), not as the row's.
pub(super) struct RowError {
    pub faults: Vec<Fault>,
    pub fatal: Option<anyhow::Error>,
}

impl RowError {
    pub fn new(column: &'static str, reason: String) -> Self {
        RowError {
            faults: vec![Fault {
                column,
                reason,
                month_first: false,
            }],
            fatal: None,
        }
    }
}

pub(super) type RowResult = Result<Outcome, RowError>;

/// A rule refused the row: reported in the column the refusal is about.
impl From<Refused> for RowError {
    fn from(r: Refused) -> Self {
        RowError::new(r.field, r.refusal.to_string())
    }
}

/// The store failed: that is not the row's fault, and it stops the import.
impl From<anyhow::Error> for RowError {
    fn from(e: anyhow::Error) -> Self {
        RowError {
            faults: vec![Fault {
                column: "-",
                reason: error::one_line(&e),
                month_first: false,
            }],
            fatal: Some(e),
        }
    }
}

/// The checks of a row's cells, all of them made before the row is refused, so that a row
/// with three bad cells is reported once with the three.
#[derive(Default)]
pub(super) struct Cells {
    faults: Vec<Fault>,
}

impl Cells {
    /// The value of a cell whose text is `raw`, or None with its fault kept, and the hint
    /// of spreadsheet damage its text shows, if any (hints.rs).
    pub fn check<T>(&mut self, raw: &str, checked: Ruled<T>) -> Option<T> {
        match checked {
            Ok(value) => Some(value),
            Err(e) => {
                let mut reason = e.refusal.to_string();
                let month_first = hints::month_first(e.field, raw);
                if let Some(hint) = hints::damage(e.field, raw) {
                    reason.push_str("; ");
                    reason.push_str(&hint);
                }
                self.faults.push(Fault {
                    column: e.field,
                    reason,
                    month_first,
                });
                None
            }
        }
    }

    /// Every fault found, as the row's failure.
    pub fn refused(self) -> RowError {
        RowError {
            faults: self.faults,
            fatal: None,
        }
    }

    /// Ok when every cell checked was good.
    pub fn done(&mut self) -> Result<(), RowError> {
        if self.faults.is_empty() {
            Ok(())
        } else {
            Err(std::mem::take(self).refused())
        }
    }
}
