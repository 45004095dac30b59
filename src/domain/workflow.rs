//! The form and declaration state machines (SPEC §1 "Calls and declarations"): who may write
//! which form in which state, what each action moves to, and the approver's four steps.

use super::declaration::{Declaration, Form};
use super::kinds::{DeclarationState, FormKind, FormState, ProfileKind};
use super::refusal::{Decided, Refusal};

/// The profiles one holds on a service: (kind, site; None at service level).
pub type Held = [(ProfileKind, Option<String>)];

/// In which capacity someone writes a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    Provider,
    Approver,
}

impl Capacity {
    /// As the audit trail records it.
    pub fn as_str(self) -> &'static str {
        match self {
            Capacity::Provider => "provider",
            Capacity::Approver => "approbateur",
        }
    }
}

/// Whether the profiles held on the service make one a provider of this form: a
/// service-level FDA writes every activity form, a site FDA its site's, an FDF the
/// financial form.
pub fn provides(form_kind: FormKind, form_site: Option<&str>, held: &Held) -> bool {
    held.iter().any(|(kind, site)| match (form_kind, kind) {
        (FormKind::Activity, ProfileKind::Fda) => site.is_none() || site.as_deref() == form_site,
        (FormKind::Financial, ProfileKind::Fdf) => true,
        _ => false,
    })
}

pub fn is_approver(held: &Held) -> bool {
    held.iter().any(|(k, _)| *k == ProfileKind::Approbateur)
}

/// Only the service's approver checks and transmits.
fn approver(login: &str, d: &Declaration, held: &Held) -> Decided<()> {
    if is_approver(held) {
        Ok(())
    } else {
        Err(Refusal::Forbidden(format!(
            "{login} is not the approver of service {}: only its approver checks and transmits",
            d.service
        )))
    }
}

/// A closed call is read-only, for everyone.
pub fn call_open(d: &Declaration) -> Decided<()> {
    if d.call_open {
        Ok(())
    } else {
        Err(Refusal::State(format!(
            "declaration {}: its call is closed, no more entry",
            d.id
        )))
    }
}

/// The approver returns to its providers only a form the call asks for.
pub fn may_return(form: &Form) -> Decided<()> {
    if form.asked() {
        Ok(())
    } else {
        Err(Refusal::State(format!(
            "the {} form is not asked for by the call: there is nothing to return",
            form.label()
        )))
    }
}

/// Anything changes a declaration only while its call is open and before transmission.
pub fn writable(d: &Declaration) -> Decided<()> {
    call_open(d)?;
    if d.state == DeclarationState::TransmiseCaf {
        return Err(Refusal::State(format!(
            "declaration {} was transmitted to the Caf: it is read-only until the Caf sends it back",
            d.id
        )));
    }
    Ok(())
}

/// Who may write this form now, and as what.
pub fn may_enter(login: &str, d: &Declaration, f: &Form, held: &Held) -> Decided<Capacity> {
    writable(d)?;
    if !f.asked() {
        return Err(Refusal::State(format!(
            "the {} form of declaration {} is not asked for by its call",
            f.kind, d.id
        )));
    }
    let site = f.site.as_deref();
    let provider = provides(f.kind, site, held);
    if d.state == DeclarationState::EnCoursApprobation {
        if is_approver(held) {
            return Ok(Capacity::Approver);
        }
        if provider && f.return_reason.is_some() {
            return Ok(Capacity::Provider);
        }
        if provider {
            return Err(Refusal::State(format!(
                "declaration {} is being approved: only the approver may change it now, or return the form to you",
                d.id
            )));
        }
    } else if provider {
        return Ok(Capacity::Provider);
    }
    let needed = match (f.kind, site) {
        (FormKind::Financial, _) => "fdf of the service".to_string(),
        (FormKind::Activity, Some(site)) => format!("fda of the service or of site {site}"),
        (FormKind::Activity, None) => "fda of the service".to_string(),
    };
    Err(Refusal::Forbidden(format!(
        "{login} may not write the {} form{} of declaration {}: it needs the {needed}",
        f.kind,
        site.map(|s| format!(" of site {s}")).unwrap_or_default(),
        d.id
    )))
}

/// The declaration's state after an entry: entry (re)starts it.
pub fn state_after_entry(state: DeclarationState) -> DeclarationState {
    match state {
        DeclarationState::EnCoursApprobation => DeclarationState::EnCoursApprobation,
        _ => DeclarationState::SaisieEnCours,
    }
}

/// The form's state after an entry.
pub fn form_after_entry(done: bool) -> FormState {
    if done {
        FormState::Complet
    } else {
        FormState::EnCours
    }
}

/// "Contrôler et transmettre": the service's approver takes the declaration over.
pub fn may_approve(login: &str, d: &Declaration, held: &Held) -> Decided<()> {
    approver(login, d, held)?;
    writable(d)?;
    let id = d.id;
    match d.state {
        DeclarationState::SaisieEnCours | DeclarationState::ARevoir => Ok(()),
        DeclarationState::ASaisir => Err(Refusal::State(format!(
            "declaration {id} has no data yet: the providers enter it first"
        ))),
        DeclarationState::EnCoursApprobation => Err(Refusal::State(format!(
            "declaration {id} is already being approved"
        ))),
        other => Err(Refusal::State(format!(
            "declaration {id} is {other}: it cannot be approved"
        ))),
    }
}

/// The approver's actions (review, return, justify, transmit): the service's approver, on
/// a declaration being approved, while its call is open.
pub fn in_approval(login: &str, d: &Declaration, held: &Held) -> Decided<()> {
    approver(login, d, held)?;
    writable(d)?;
    if d.state == DeclarationState::EnCoursApprobation {
        Ok(())
    } else {
        Err(Refusal::State(format!(
            "declaration {} is {}, not being approved: start with `afas declaration approve {}`",
            d.id, d.state, d.id
        )))
    }
}

/// Where the approver stands in the four mandatory steps.
#[derive(Clone, Debug, Default)]
pub struct Steps {
    pub activity_asked: bool,
    pub financial_asked: bool,
    pub activity_reviewed: bool,
    pub financial_reviewed: bool,
    /// Controls that fire and have no justification yet.
    pub unjustified: Vec<String>,
}

impl Steps {
    fn step1_done(&self) -> bool {
        !self.activity_asked || self.activity_reviewed
    }
    fn step2_done(&self) -> bool {
        !self.financial_asked || self.financial_reviewed
    }

    /// The steps still to do before transmission, in order, each with the command that
    /// does it (`todo` shows the first).
    pub fn to_do(&self, declaration: i64) -> Vec<(String, String)> {
        let id = declaration;
        let mut m = Vec::new();
        if !self.step1_done() {
            m.push((
                "step 1: review the activity data".to_string(),
                format!("afas declaration review {id} activity"),
            ));
        }
        if !self.step2_done() {
            m.push((
                "step 2: review the financial data".to_string(),
                format!("afas declaration review {id} financial"),
            ));
        }
        for c in &self.unjustified {
            m.push((
                format!("step 3: justify control {c}"),
                format!("afas declaration justify {id} {c} --text …"),
            ));
        }
        m
    }

    /// What is still missing before transmission, in order, for people.
    pub fn missing(&self, declaration: i64) -> Vec<String> {
        self.to_do(declaration)
            .into_iter()
            .map(|(step, command)| format!("{step} ({command})"))
            .collect()
    }

    /// Everything that stands between the approver and transmission: the steps not done,
    /// then the requested forms that are not complete.
    pub fn before_transmission(
        &self,
        declaration: i64,
        incomplete_forms: &[String],
    ) -> Vec<String> {
        let mut missing = self.missing(declaration);
        missing.extend(
            incomplete_forms
                .iter()
                .map(|f| format!("form {f} is not complet")),
        );
        missing
    }
}

/// Steps 1 and 2, in order; a kind of data the call does not ask for has no step.
pub fn may_review(declaration: i64, form_kind: FormKind, steps: &Steps) -> Decided<()> {
    let refused = |why: &str| Err(Refusal::State(format!("declaration {declaration}: {why}")));
    match form_kind {
        FormKind::Activity if !steps.activity_asked => {
            refused("the call asks for no activity data")
        }
        FormKind::Financial if !steps.financial_asked => {
            refused("the call asks for no financial data")
        }
        FormKind::Financial if !steps.step1_done() => {
            refused("review the activity data first (step 1)")
        }
        _ => Ok(()),
    }
}

/// Step 3: a control is justified once steps 1 and 2 are done, and only if it fires.
pub fn may_justify(declaration: i64, control: &str, fires: bool, steps: &Steps) -> Decided<()> {
    if !steps.step1_done() || !steps.step2_done() {
        return Err(Refusal::State(format!(
            "declaration {declaration}: review the activity and financial data first (steps 1 and 2)"
        )));
    }
    if !fires {
        return Err(Refusal::State(format!(
            "declaration {declaration}: control {control} does not fire, there is nothing to justify"
        )));
    }
    Ok(())
}

/// Step 4: transmission, refused while a step is missing or a requested form is not complete.
pub fn may_transmit(declaration: i64, steps: &Steps, incomplete_forms: &[String]) -> Decided<()> {
    let missing = steps.before_transmission(declaration, incomplete_forms);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Refusal::State(format!(
            "declaration {declaration} cannot be transmitted yet: {}",
            missing.join("; ")
        )))
    }
}

/// The Caf sends back only what was transmitted, while its call is open.
pub fn may_send_back(d: &Declaration) -> Decided<()> {
    call_open(d)?;
    if d.state == DeclarationState::TransmiseCaf {
        Ok(())
    } else {
        Err(Refusal::State(format!(
            "declaration {} is {}: only a transmitted declaration can be sent back",
            d.id, d.state
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::declaration::tests::{declaration, form};
    use DeclarationState as D;
    use FormState as F;

    fn activity(state: FormState, site: Option<&str>) -> Form {
        form(FormKind::Activity, site, state)
    }

    /// Whether `held` may write an activity form in state `f` of a declaration in `d`.
    fn enter(d: D, f: F, held: &Held) -> Decided<Capacity> {
        may_enter("A", &declaration(d), &activity(f, None), held)
    }

    #[test]
    fn site_fda_writes_its_site_only() {
        let d = declaration(D::ASaisir);
        let held = vec![(ProfileKind::Fda, Some("S1".to_string()))];
        assert!(may_enter("A", &d, &activity(F::ASaisir, Some("S1")), &held).is_ok());
        assert_eq!(
            may_enter("A", &d, &activity(F::ASaisir, Some("S2")), &held),
            Err(Refusal::Forbidden(
                "A may not write the activity form of site S2 of declaration 1: it needs the \
                 fda of the service or of site S2"
                    .into()
            ))
        );
        let service_level = vec![(ProfileKind::Fda, None)];
        assert!(may_enter("A", &d, &activity(F::ASaisir, Some("S2")), &service_level).is_ok());
    }

    #[test]
    fn providers_stop_at_approval_unless_returned() {
        let d = declaration(D::EnCoursApprobation);
        let held = vec![(ProfileKind::Fda, None)];
        let mut f = activity(F::Complet, None);
        assert!(matches!(
            may_enter("A", &d, &f, &held),
            Err(Refusal::State(_))
        ));
        f.return_reason = Some("hours".into());
        assert_eq!(may_enter("A", &d, &f, &held), Ok(Capacity::Provider));
        let approver = vec![(ProfileKind::Approbateur, None)];
        assert_eq!(
            enter(D::EnCoursApprobation, F::Complet, &approver),
            Ok(Capacity::Approver)
        );
        // the approver alone does not write before approval
        assert!(matches!(
            enter(D::SaisieEnCours, F::EnCours, &approver),
            Err(Refusal::Forbidden(_))
        ));
    }

    #[test]
    fn nothing_after_transmission_or_close() {
        let held = vec![(ProfileKind::Fda, None), (ProfileKind::Approbateur, None)];
        assert!(matches!(
            enter(D::TransmiseCaf, F::EnCours, &held),
            Err(Refusal::State(_))
        ));
        let mut closed = declaration(D::SaisieEnCours);
        closed.call_open = false;
        assert_eq!(
            may_enter("A", &closed, &activity(F::EnCours, None), &held),
            Err(Refusal::State(
                "declaration 1: its call is closed, no more entry".into()
            ))
        );
        assert!(matches!(
            enter(D::SaisieEnCours, F::NonDemande, &held),
            Err(Refusal::State(_))
        ));
    }

    #[test]
    fn four_steps_in_order() {
        let mut s = Steps {
            activity_asked: true,
            financial_asked: true,
            ..Steps::default()
        };
        assert!(matches!(
            may_review(1, FormKind::Financial, &s),
            Err(Refusal::State(_))
        ));
        assert!(may_review(1, FormKind::Activity, &s).is_ok());
        s.activity_reviewed = true;
        assert!(matches!(
            may_justify(1, "DEFICIT", true, &s),
            Err(Refusal::State(_))
        ));
        s.financial_reviewed = true;
        assert!(matches!(
            may_justify(1, "DEFICIT", false, &s),
            Err(Refusal::State(_))
        ));
        assert!(may_justify(1, "DEFICIT", true, &s).is_ok());
        s.unjustified = vec!["DEFICIT".into()];
        assert!(matches!(may_transmit(1, &s, &[]), Err(Refusal::State(_))));
        s.unjustified.clear();
        assert_eq!(
            may_transmit(1, &s, &["financial".into()]),
            Err(Refusal::State(
                "declaration 1 cannot be transmitted yet: form financial is not complet".into()
            ))
        );
        assert!(may_transmit(1, &s, &[]).is_ok());
    }

    #[test]
    fn only_a_requested_form_is_returned() {
        let not_asked = form(FormKind::Financial, None, F::NonDemande);
        assert!(matches!(may_return(&not_asked), Err(Refusal::State(_))));
        assert!(may_return(&form(FormKind::Financial, None, F::Complet)).is_ok());
    }

    #[test]
    fn only_the_approver_approves_and_only_entered_data() {
        let approver = vec![(ProfileKind::Approbateur, None)];
        let fda = vec![(ProfileKind::Fda, None)];
        assert!(matches!(
            may_approve("A", &declaration(D::SaisieEnCours), &fda),
            Err(Refusal::Forbidden(_))
        ));
        assert!(matches!(
            may_approve("A", &declaration(D::ASaisir), &approver),
            Err(Refusal::State(_))
        ));
        assert!(may_approve("A", &declaration(D::ARevoir), &approver).is_ok());
        assert_eq!(
            in_approval("A", &declaration(D::ARevoir), &approver),
            Err(Refusal::State(
                "declaration 1 is a-revoir, not being approved: start with \
                 `afas declaration approve 1`"
                    .into()
            ))
        );
        assert!(in_approval("A", &declaration(D::EnCoursApprobation), &approver).is_ok());
    }

    #[test]
    fn states() {
        assert_eq!(state_after_entry(D::ASaisir), D::SaisieEnCours);
        assert_eq!(state_after_entry(D::ARevoir), D::SaisieEnCours);
        assert_eq!(
            state_after_entry(D::EnCoursApprobation),
            D::EnCoursApprobation
        );
        assert!(matches!(
            may_send_back(&declaration(D::SaisieEnCours)),
            Err(Refusal::State(_))
        ));
        assert!(may_send_back(&declaration(D::TransmiseCaf)).is_ok());
    }
}
