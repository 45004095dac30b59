//! A declaration as its rules see it (its call, its service, where it stands, its forms
//! and their values, as the store reads them), and the rules over its data: which form an
//! entry names, what an entry changes, what is still missing, what the controls look at.
//! Who may act in which state is the workflow's (workflow.rs).

use std::collections::BTreeMap;

use super::controls::{self, DeclarationData, Fired, Values};
use super::fields::{self, Field};
use super::kinds::{DeclarationState, DeclarationType, FormKind, FormState, ServiceKind};
use super::refusal::{Decided, Refusal};
use super::workflow::{self, Steps};

#[derive(Debug, Clone)]
pub struct Declaration {
    pub id: i64,
    pub call: String,
    pub call_type: DeclarationType,
    pub call_year: i64,
    pub call_open: bool,
    pub deadline: String,
    pub service: String,
    pub service_name: String,
    pub service_kind: ServiceKind,
    pub partner: String,
    pub state: DeclarationState,
    /// The approval pass: justifications belong to one pass.
    pub round: i64,
    pub activity_reviewed: Option<String>,
    pub financial_reviewed: Option<String>,
    pub transmitted_at: Option<String>,
    pub transmitted_by: Option<String>,
    pub sent_back_reason: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub id: i64,
    pub kind: FormKind,
    /// The site of an activity form; None for the service's own form.
    pub site: Option<String>,
    pub state: FormState,
    /// Returned by the approver and not yet complete again: its providers may correct it.
    pub return_reason: Option<String>,
    pub updated_at: Option<String>,
    pub updated_by: Option<String>,
    pub values: Values,
}

impl Form {
    /// `activity`, `activity/S1`, `financial`: how people name a form.
    pub fn label(&self) -> String {
        match &self.site {
            Some(s) => format!("{}/{s}", self.kind),
            None => self.kind.to_string(),
        }
    }

    /// Whether the call asks for this form: one it does not ask for is never written.
    pub fn asked(&self) -> bool {
        self.state != FormState::NonDemande
    }
}

/// The fields of a form of `kind` that have no value yet.
pub fn missing_fields(kind: FormKind, service_kind: ServiceKind, values: &Values) -> Vec<String> {
    fields::fields_of(kind, service_kind)
        .iter()
        .filter(|f| !values.contains_key(f.name))
        .map(|f| f.name.to_string())
        .collect()
}

/// The form an entry or a return names: its kind and, among activity forms, its site.
pub fn pick_form<'a>(
    d: &Declaration,
    forms: &'a [Form],
    kind: FormKind,
    site: Option<&str>,
) -> Decided<&'a Form> {
    let of_kind: Vec<&Form> = forms.iter().filter(|f| f.kind == kind).collect();
    if kind == FormKind::Financial && site.is_some() {
        return Err(Refusal::Usage(
            "--site is for activity forms: the financial form is the service's".into(),
        ));
    }
    if let Some(f) = of_kind.iter().find(|f| f.site.as_deref() == site) {
        return Ok(f);
    }
    let sites: Vec<String> = of_kind.iter().filter_map(|f| f.site.clone()).collect();
    Err(Refusal::Invalid(match site {
        None => format!(
            "service {} has sites: give --site ({})",
            d.service,
            sites.join(", ")
        ),
        Some(s) if sites.is_empty() => {
            format!("service {} has no sites: leave out --site {s}", d.service)
        }
        Some(s) => format!(
            "service {} has no site {s} (its sites: {})",
            d.service,
            sites.join(", ")
        ),
    }))
}

/// What an entry changes, decided before anything is written.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// The values entered, in the order given (a field given twice: the last one stands).
    pub values: Vec<(Field, i64)>,
    pub form_state: FormState,
    /// A returned form stays returned to its providers until they complete it.
    pub return_reason: Option<String>,
    /// The declaration's new state, when the entry changes it.
    pub decl_state: Option<DeclarationState>,
    /// Data changed under approval: the approver reviews that data again.
    pub review_again: bool,
}

/// An entry in `form` (`--set FIELD=VALUE…`, `--done`), once the workflow let its author
/// write it: the values must be the form's, and a form is complete only with all of them.
pub fn entry(d: &Declaration, form: &Form, set: &[String], done: bool) -> Decided<Entry> {
    let mut values = form.values.clone();
    let mut entered = Vec::new();
    for assignment in set {
        let (field, value) = fields::parse_assignment(assignment, form.kind, d.service_kind)?;
        values.insert(field.name.to_string(), value);
        entered.push((field, value));
    }
    if done {
        let missing = missing_fields(form.kind, d.service_kind, &values);
        if !missing.is_empty() {
            return Err(Refusal::State(format!(
                "the {} form cannot be complete: {} not entered",
                form.label(),
                missing.join(", ")
            )));
        }
    }
    let next = workflow::state_after_entry(d.state);
    Ok(Entry {
        values: entered,
        form_state: workflow::form_after_entry(done),
        return_reason: if done {
            None
        } else {
            form.return_reason.clone()
        },
        decl_state: (next != d.state).then_some(next),
        review_again: d.state == DeclarationState::EnCoursApprobation,
    })
}

/// Requested forms that are not complete (or miss values): transmission waits for them.
pub fn incomplete(d: &Declaration, forms: &[Form]) -> Vec<String> {
    forms
        .iter()
        .filter(|f| f.asked())
        .filter(|f| {
            f.state != FormState::Complet
                || !missing_fields(f.kind, d.service_kind, &f.values).is_empty()
        })
        .map(Form::label)
        .collect()
}

/// The requested activity forms, as (site, values).
fn activity(forms: &[Form]) -> Vec<(Option<String>, Values)> {
    forms
        .iter()
        .filter(|f| f.kind == FormKind::Activity && f.asked())
        .map(|f| (f.site.clone(), f.values.clone()))
        .collect()
}

/// The requested financial form (a declaration has one financial form at most).
pub fn financial(forms: &[Form]) -> Option<&Form> {
    forms
        .iter()
        .find(|f| f.kind == FormKind::Financial && f.asked())
}

/// Total hours (alsh) or ETP (ram) of the requested activity forms, in hundredths; None
/// while nothing is entered.
pub fn activity_total(service_kind: ServiceKind, forms: &[Form]) -> Decided<Option<i64>> {
    controls::activity_total(service_kind, &activity(forms))
}

/// What the coherence controls look at: the requested forms, and the activity total of
/// the service's previous transmitted declaration of the same type (VARIATION_N1).
pub fn control_data(
    d: &Declaration,
    forms: &[Form],
    previous_activity_total: Option<i64>,
) -> DeclarationData {
    DeclarationData {
        service_kind: d.service_kind,
        activity: activity(forms),
        financial: financial(forms).map(|f| f.values.clone()),
        previous_activity_total,
    }
}

/// Where the approver stands: the data the call asks for, what is reviewed, and the
/// controls that fire (`fired`) without a justification of this pass (`justified`).
pub fn steps(
    d: &Declaration,
    forms: &[Form],
    fired: &[Fired],
    justified: &BTreeMap<String, String>,
) -> Steps {
    let asked = |kind: FormKind| forms.iter().any(|f| f.kind == kind && f.asked());
    Steps {
        activity_asked: asked(FormKind::Activity),
        financial_asked: asked(FormKind::Financial),
        activity_reviewed: d.activity_reviewed.is_some(),
        financial_reviewed: d.financial_reviewed.is_some(),
        unjustified: fired
            .iter()
            .filter(|f| !justified.contains_key(f.code))
            .map(|f| f.code.to_string())
            .collect(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn declaration(state: DeclarationState) -> Declaration {
        Declaration {
            id: 1,
            call: "reel-2019-alsh".into(),
            call_type: DeclarationType::Reel,
            call_year: 2019,
            call_open: true,
            deadline: "2020-03-31".into(),
            service: "SVC".into(),
            service_name: "Centre".into(),
            service_kind: ServiceKind::Alsh,
            partner: "P".into(),
            state,
            round: 0,
            activity_reviewed: None,
            financial_reviewed: None,
            transmitted_at: None,
            transmitted_by: None,
            sent_back_reason: None,
        }
    }

    pub(crate) fn form(kind: FormKind, site: Option<&str>, state: FormState) -> Form {
        Form {
            id: 1,
            kind,
            site: site.map(str::to_string),
            state,
            return_reason: None,
            updated_at: None,
            updated_by: None,
            values: Values::new(),
        }
    }

    fn sites() -> Vec<Form> {
        vec![
            form(FormKind::Activity, Some("S1"), FormState::ASaisir),
            form(FormKind::Activity, Some("S2"), FormState::ASaisir),
            form(FormKind::Financial, None, FormState::ASaisir),
        ]
    }

    #[test]
    fn a_form_is_named_by_kind_and_site() {
        let d = declaration(DeclarationState::ASaisir);
        let forms = sites();
        let f = pick_form(&d, &forms, FormKind::Activity, Some("S2")).unwrap();
        assert_eq!(f.label(), "activity/S2");
        assert!(pick_form(&d, &forms, FormKind::Financial, None).is_ok());
        assert_eq!(
            pick_form(&d, &forms, FormKind::Activity, None).unwrap_err(),
            Refusal::Invalid("service SVC has sites: give --site (S1, S2)".into())
        );
        assert!(matches!(
            pick_form(&d, &forms, FormKind::Activity, Some("S3")),
            Err(Refusal::Invalid(_))
        ));
        assert!(matches!(
            pick_form(&d, &forms, FormKind::Financial, Some("S1")),
            Err(Refusal::Usage(_))
        ));
        let one = vec![form(FormKind::Activity, None, FormState::ASaisir)];
        assert_eq!(
            pick_form(&d, &one, FormKind::Activity, Some("S1")).unwrap_err(),
            Refusal::Invalid("service SVC has no sites: leave out --site S1".into())
        );
    }

    #[test]
    fn an_entry_completes_a_form_only_with_all_its_fields() {
        let d = declaration(DeclarationState::ASaisir);
        let f = form(FormKind::Activity, Some("S1"), FormState::ASaisir);
        let e = entry(&d, &f, &["jours_ouverture=120".into()], false).unwrap();
        assert_eq!(e.form_state, FormState::EnCours);
        assert_eq!(e.decl_state, Some(DeclarationState::SaisieEnCours));
        assert!(!e.review_again);
        let refused = entry(&d, &f, &["jours_ouverture=120".into()], true).unwrap_err();
        assert_eq!(
            refused,
            Refusal::State(
                "the activity/S1 form cannot be complete: heures_periscolaire, \
                 heures_extrascolaire, enfants_inscrits not entered"
                    .into()
            )
        );
        assert!(matches!(
            entry(&d, &f, &["charges_personnel=1".into()], false),
            Err(Refusal::Invalid(_))
        ));
    }

    #[test]
    fn a_returned_form_stays_returned_until_complete() {
        let d = declaration(DeclarationState::EnCoursApprobation);
        let mut f = form(FormKind::Activity, None, FormState::Renvoye);
        f.return_reason = Some("hours".into());
        for (k, v) in [
            ("jours_ouverture", 1),
            ("heures_periscolaire", 1),
            ("heures_extrascolaire", 1),
        ] {
            f.values.insert(k.into(), v);
        }
        let saved = entry(&d, &f, &["enfants_inscrits=3".into()], false).unwrap();
        assert_eq!(saved.return_reason.as_deref(), Some("hours"));
        assert_eq!(saved.decl_state, None);
        assert!(saved.review_again);
        let done = entry(&d, &f, &["enfants_inscrits=3".into()], true).unwrap();
        assert_eq!(done.return_reason, None);
        assert_eq!(done.form_state, FormState::Complet);
    }

    #[test]
    fn transmission_waits_for_requested_forms_only() {
        let d = declaration(DeclarationState::EnCoursApprobation);
        let mut forms = sites();
        forms[2].state = FormState::NonDemande;
        assert_eq!(incomplete(&d, &forms), vec!["activity/S1", "activity/S2"]);
        assert!(financial(&forms).is_none());
        let s = steps(&d, &forms, &[], &BTreeMap::new());
        assert!(s.activity_asked && !s.financial_asked);
    }
}
