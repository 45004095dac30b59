//! Plain types and pure rules: no SQL, no I/O, no printing. Commands gather facts from the
//! store, ask these functions, then write.

pub mod access;
pub mod accounts;
pub mod address;
pub mod call;
pub mod controls;
pub mod decision;
pub mod declaration;
pub mod fields;
pub mod groups;
pub mod habilitation;
pub mod history;
pub mod ids;
pub mod kinds;
pub mod luhn;
pub mod partners;
pub mod profiles;
pub mod readiness;
pub mod records;
pub mod refusal;
pub mod services;
pub mod todo;
pub mod workflow;
pub mod workshops;

use std::str::FromStr;

pub use kinds::{
    CallStatus, CsvKind, DeclarationState, DeclarationType, Document, FormKind, FormState,
    GroupKind, ProfileKind, ServiceKind,
};

impl FromStr for GroupKind {
    type Err = refusal::Refusal;
    fn from_str(s: &str) -> refusal::Decided<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "declarer" | "déclarer" => Ok(GroupKind::Declarer),
            "habiliter" => Ok(GroupKind::Habiliter),
            other => Err(refusal::Refusal::Invalid(format!(
                "group {other:?} does not exist in Afas: only declarer and habiliter"
            ))),
        }
    }
}
