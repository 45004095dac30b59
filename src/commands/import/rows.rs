//! What an imported row did, or why not.

use crate::domain::decision::Refused;
use crate::error;

/// What one row did.
pub(super) enum Outcome {
    Created,
    Changed,
    Unchanged,
}

/// A row's failure: the column at fault and why. A `fatal` one is the store failing, not
/// the row: it stops the import, and keeps the store's error so that it reaches the user
/// as the store's (a full disk, a damaged file), not as the row's.
pub(super) struct RowError {
    pub column: &'static str,
    pub reason: String,
    pub fatal: Option<anyhow::Error>,
}

impl RowError {
    pub fn new(column: &'static str, reason: String) -> Self {
        RowError {
            column,
            reason,
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
            column: "-",
            reason: error::one_line(&e),
            fatal: Some(e),
        }
    }
}
