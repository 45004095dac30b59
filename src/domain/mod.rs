//! Plain types and pure rules: no SQL, no I/O, no printing. Commands gather facts from the
//! store, ask these functions, then write.

pub mod access;
pub mod controls;
pub mod fields;
pub mod habilitation;
pub mod ids;
pub mod luhn;
pub mod profiles;
pub mod workflow;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The two Afas groups every open partner needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// Déclarer: the people who declare (FDA, FDF, approver).
    Declarer,
    /// Habiliter: the people who give Afas profiles to members of `declarer`.
    Habiliter,
}

impl GroupKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Declarer => "declarer",
            GroupKind::Habiliter => "habiliter",
        }
    }
}

impl fmt::Display for GroupKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for GroupKind {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "declarer" | "déclarer" => Ok(GroupKind::Declarer),
            "habiliter" => Ok(GroupKind::Habiliter),
            other => Err(crate::error::refused(format!(
                "group {other:?} does not exist in Afas: only declarer and habiliter"
            ))),
        }
    }
}

/// The three documents a partner signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Document {
    /// The access agreement.
    Convention,
    /// The Afas service contract.
    Contrat,
    /// The subscription form that designates the administrators.
    Bulletin,
}

impl Document {
    pub const ALL: [Document; 3] = [Document::Convention, Document::Contrat, Document::Bulletin];

    pub fn as_str(self) -> &'static str {
        match self {
            Document::Convention => "convention",
            Document::Contrat => "contrat",
            Document::Bulletin => "bulletin",
        }
    }
}
