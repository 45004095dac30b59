//! What the decision of a write answers, for the commands and the import alike.
//!
//! Each write the commands and the import share (an account, a group, its manager and
//! members, a service, a site, a profile, a partner and its documents) has one decision
//! function: it takes the facts the caller gathered (a command one by one, the import in
//! bulk from its caches) and answers what to write, or why not, naming the field at fault.

use super::refusal::{Decided, Refusal};

/// Why a write is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// A command creates: what is already there is refused, saying what to do instead.
    Create,
    /// The import makes the store hold its row: a row equal to what the store holds is
    /// unchanged, one that contradicts it is refused (the import never overwrites).
    Ensure,
}

/// What a decision allows.
#[derive(Debug, PartialEq, Eq)]
pub enum Decision<T> {
    /// Write this.
    Write(T),
    /// Nothing to write: the store already holds it (only with `Intent::Ensure`).
    Unchanged,
}

impl<T> Decision<T> {
    /// The write a command makes. With `Intent::Create` what is already there is refused,
    /// so a decision is never `Unchanged`; should one be, it is refused too.
    pub fn to_write(self) -> Decided<T> {
        match self {
            Decision::Write(t) => Ok(t),
            Decision::Unchanged => {
                Err(Refusal::Conflict("already there: nothing to change".into()))
            }
        }
    }
}

/// A refusal of a write, with the field it is about, named as the import's columns name it
/// (`login`, `partner`, `admin`…): the import reports it in that column, a command just
/// says the refusal (which is its source, so that it keeps its exit code).
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{refusal}")]
pub struct Refused {
    pub field: &'static str,
    #[source]
    pub refusal: Refusal,
}

impl Refused {
    pub fn new(field: &'static str, refusal: Refusal) -> Refused {
        Refused { field, refusal }
    }
}

/// What the decision of a write answers.
pub type Ruled<T> = Result<T, Refused>;

/// Names the field a rule's refusal is about.
pub trait At<T> {
    fn at(self, field: &'static str) -> Ruled<T>;
}

impl<T> At<T> for Decided<T> {
    fn at(self, field: &'static str) -> Ruled<T> {
        self.map_err(|refusal| Refused { field, refusal })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_write_speaks_as_its_refusal_and_keeps_its_exit_code() {
        let r: Ruled<()> = Err(Refusal::Limit("at most 2".into())).at("admin");
        let err = r.unwrap_err();
        assert_eq!(err.field, "admin");
        assert_eq!(err.to_string(), "at most 2");
        let any: anyhow::Error = err.into();
        assert_eq!(crate::error::exit_code(&any), 5);
        assert_eq!(crate::error::one_line(&any), "at most 2");
    }

    #[test]
    fn a_command_never_writes_an_unchanged_decision() {
        assert_eq!(Decision::Write(1).to_write(), Ok(1));
        assert!(matches!(
            Decision::<()>::Unchanged.to_write(),
            Err(Refusal::Conflict(_))
        ));
    }
}
