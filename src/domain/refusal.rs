//! Why afas says no: one typed enum for every refusal of the domain. Each kind maps to one
//! exit code in `error.rs` (SPEC §2); its text is the one line the user reads. Tests match
//! on the kind where they can, on the text where the wording is the point.

/// A refusal, with the line that explains it (what, why and, where there is one, what to do).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The command line itself is wrong: a missing flag, a value of the wrong form. Exit 2.
    #[error("{0}")]
    Usage(String),
    /// A partner, account, group… named does not exist. Exit 3.
    #[error("{0}")]
    NotFound(String),
    /// The acting account may not do this. Exit 4.
    #[error("{0}")]
    Forbidden(String),
    /// A maximum of §1 would be broken (administrators, profile holders, the approver). Exit 5.
    #[error("{0}")]
    Limit(String),
    /// The state of a partner, group, call, declaration or form does not allow it. Exit 5.
    #[error("{0}")]
    State(String),
    /// A value is not of its form: a login, SIRET, e-mail, code, date or field value. Exit 5.
    #[error("{0}")]
    Invalid(String),
    /// It contradicts what the store holds: taken, already there, of another partner. Exit 5.
    #[error("{0}")]
    Conflict(String),
    /// Checked and found wanting: `check` found problems, an import had bad rows, a prompt
    /// was cancelled. Exit 5.
    #[error("{0}")]
    Rejected(String),
}

impl Refusal {
    /// The exit code of SPEC §2.
    pub fn exit_code(&self) -> u8 {
        match self {
            Refusal::Usage(_) => 2,
            Refusal::NotFound(_) => 3,
            Refusal::Forbidden(_) => 4,
            Refusal::Limit(_)
            | Refusal::State(_)
            | Refusal::Invalid(_)
            | Refusal::Conflict(_)
            | Refusal::Rejected(_) => 5,
        }
    }
}

/// What a pure rule of the domain answers.
pub type Decided<T> = Result<T, Refusal>;
