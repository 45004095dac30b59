//! Calls for declaration (campaigns): what opening one asks for, who is written to about
//! it, and when a call still takes work.

use super::access::{Action, Actor};
use super::ids;
use super::kinds::{
    CallStatus, DeclarationState, DeclarationType, FormKind, FormState, ServiceKind,
};
use super::records::Call;
use super::refusal::{Decided, Refusal};

/// A call about to be opened, as decided from the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCall {
    pub id: String,
    pub kind: ServiceKind,
    pub decl_type: DeclarationType,
    pub year: i64,
    /// YYYY-MM-DD
    pub deadline: String,
    pub activity: bool,
    pub financial: bool,
    /// The Caf whose campaign it is; None for a national call (SPEC §4).
    pub caf_code: Option<String>,
}

impl NewCall {
    /// The call as opened by an agent of Caf `caf` (None: a national agent): a Caf's call
    /// is its own campaign, with its own id (`161-reel-2025-alsh`) and deadline, and
    /// declarations for that Caf's partners only (SPEC §4).
    pub fn of_caf(self, caf: Option<&str>) -> NewCall {
        match caf {
            None => self,
            Some(code) => NewCall {
                id: format!("{code}-{}", self.id),
                caf_code: Some(code.to_string()),
                ..self
            },
        }
    }

    /// The state a new form of `kind` starts in: to enter, or never asked for.
    pub fn form_state(&self, kind: FormKind) -> FormState {
        let asked = match kind {
            FormKind::Activity => self.activity,
            FormKind::Financial => self.financial,
        };
        if asked {
            FormState::ASaisir
        } else {
            FormState::NonDemande
        }
    }
}

/// A call is named by what it asks for: `reel-2019-alsh`. There is one per type, year and
/// kind of service, ever.
pub fn call_id(decl_type: DeclarationType, year: i64, kind: ServiceKind) -> String {
    format!("{decl_type}-{year}-{kind}")
}

/// Opening a call: a plausible year, a real date, and the forms asked for (both when none
/// is named).
pub fn plan(
    kind: ServiceKind,
    decl_type: DeclarationType,
    year: i64,
    deadline: &str,
    forms: &[FormKind],
) -> Decided<NewCall> {
    if !(2000..=2100).contains(&year) {
        return Err(Refusal::Invalid(format!(
            "--year {year}: a year between 2000 and 2100"
        )));
    }
    let deadline = ids::date("--deadline", deadline)?;
    // A deadline before the year declared is a typing mistake (1900 for 2025): the call
    // would be late from its first day. Dates as YYYY-MM-DD compare as text.
    if deadline.as_str() < format!("{year}-01-01").as_str() {
        return Err(Refusal::Invalid(format!(
            "--deadline {deadline} is before the year declared ({year}): give a date in {year} \
             or later"
        )));
    }
    let asks = |form: FormKind| forms.is_empty() || forms.contains(&form);
    Ok(NewCall {
        id: call_id(decl_type, year, kind),
        kind,
        decl_type,
        year,
        deadline,
        activity: asks(FormKind::Activity),
        financial: asks(FormKind::Financial),
        caf_code: None,
    })
}

/// A call id is never opened twice, even once the first is closed.
pub fn not_opened_yet(id: &str, exists: bool) -> Decided<()> {
    if exists {
        Err(Refusal::Conflict(format!(
            "call {id} is already open (or was)"
        )))
    } else {
        Ok(())
    }
}

/// Who may remind or close `call`: a Caf agent, and for a Caf's call one of that Caf (or a
/// national agent); an agent of one Caf runs its own Caf's calls only (SPEC §4).
pub fn may_run(actor: &Actor, call: &Call, what: &str) -> Decided<()> {
    actor.require(Action::ForCaf {
        what,
        caf: call.caf_code.as_deref(),
    })
}

/// A reminder or a closing is for an open call only; `action` says which.
pub fn still_open(call: &str, status: CallStatus, action: &str) -> Decided<()> {
    match status {
        CallStatus::Open => Ok(()),
        CallStatus::Closed => Err(Refusal::State(format!(
            "call {call} is already closed: it cannot {action}"
        ))),
    }
}

/// Late: not transmitted, and the deadline is past (dates as YYYY-MM-DD compare as text).
pub fn is_late(state: DeclarationState, deadline: &str, today: &str) -> bool {
    state != DeclarationState::TransmiseCaf && today > deadline
}

/// A person to write to about a call, with the services it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub login: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// (service code, service name, declaration id)
    pub services: Vec<(String, String, i64)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_asks_for_both_forms_unless_told() {
        let c = plan(
            ServiceKind::Alsh,
            DeclarationType::Reel,
            2019,
            "2020-03-31",
            &[],
        )
        .unwrap();
        assert_eq!(c.id, "reel-2019-alsh");
        assert_eq!(c.form_state(FormKind::Activity), FormState::ASaisir);
        assert_eq!(c.form_state(FormKind::Financial), FormState::ASaisir);
        let c = plan(
            ServiceKind::Ram,
            DeclarationType::Previsionnel,
            2025,
            "2025-12-01",
            &[FormKind::Financial],
        )
        .unwrap();
        assert_eq!(c.id, "previsionnel-2025-ram");
        assert_eq!(c.form_state(FormKind::Activity), FormState::NonDemande);
        assert_eq!(c.form_state(FormKind::Financial), FormState::ASaisir);
    }

    #[test]
    fn a_year_out_of_range_or_a_bad_date_is_refused() {
        let year = plan(
            ServiceKind::Alsh,
            DeclarationType::Reel,
            1999,
            "2020-03-31",
            &[],
        );
        assert_eq!(
            year,
            Err(Refusal::Invalid(
                "--year 1999: a year between 2000 and 2100".into()
            ))
        );
        let date = plan(
            ServiceKind::Alsh,
            DeclarationType::Reel,
            2019,
            "2020-02-30",
            &[],
        );
        assert!(matches!(date, Err(Refusal::Invalid(_))));
        let before = plan(
            ServiceKind::Alsh,
            DeclarationType::Reel,
            2019,
            "1900-01-01",
            &[],
        );
        assert!(matches!(before, Err(Refusal::Invalid(m)) if m.contains("before the year")));
        let same_year = plan(
            ServiceKind::Alsh,
            DeclarationType::Reel,
            2019,
            "2019-01-01",
            &[],
        );
        assert!(same_year.is_ok());
    }

    #[test]
    fn opened_once_and_worked_on_while_open() {
        assert!(not_opened_yet("reel-2019-alsh", false).is_ok());
        assert!(matches!(
            not_opened_yet("reel-2019-alsh", true),
            Err(Refusal::Conflict(_))
        ));
        assert!(still_open("reel-2019-alsh", CallStatus::Open, "be closed again").is_ok());
        assert_eq!(
            still_open("reel-2019-alsh", CallStatus::Closed, "be closed again"),
            Err(Refusal::State(
                "call reel-2019-alsh is already closed: it cannot be closed again".into()
            ))
        );
    }

    #[test]
    fn late_is_past_the_deadline_and_not_transmitted() {
        assert!(is_late(
            DeclarationState::EnCoursApprobation,
            "2020-03-31",
            "2020-04-01"
        ));
        assert!(!is_late(
            DeclarationState::EnCoursApprobation,
            "2020-03-31",
            "2020-03-31"
        ));
        assert!(!is_late(
            DeclarationState::TransmiseCaf,
            "2020-03-31",
            "2020-04-01"
        ));
    }

    #[test]
    fn a_caf_runs_its_own_calls_and_a_national_agent_every_one() {
        use crate::domain::access::fixtures::{agent, agent_of};
        let call = |caf: Option<&str>| Call {
            id: "x".into(),
            kind: ServiceKind::Alsh,
            decl_type: DeclarationType::Reel,
            year: 2025,
            deadline: "2025-06-30".into(),
            forms: vec![],
            status: CallStatus::Open,
            declarations: 0,
            transmitted: 0,
            opened_by: "A".into(),
            opened_at: String::new(),
            closed_at: None,
            caf_code: caf.map(Into::into),
        };
        let of_161 = agent_of("161", &[]);
        assert!(may_run(&of_161, &call(Some("161")), "close calls").is_ok());
        assert!(may_run(&of_161, &call(Some("974")), "close calls").is_err());
        assert!(may_run(&of_161, &call(None), "remind").is_err());
        assert!(may_run(&agent(), &call(Some("974")), "remind").is_ok());
    }
}
