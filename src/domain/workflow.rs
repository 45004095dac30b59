//! The form and declaration state machines (SPEC §1 "Calls and declarations"): who may write
//! which form in which state, what each action moves to, and the approver's four steps.

use anyhow::Result;

use super::profiles::ProfileKind;
use crate::error::{forbidden, refused};

pub mod form_state {
    pub const A_SAISIR: &str = "a-saisir";
    pub const EN_COURS: &str = "en-cours";
    pub const COMPLET: &str = "complet";
    pub const RENVOYE: &str = "renvoye";
    pub const NON_DEMANDE: &str = "non-demande";
}

pub mod decl_state {
    pub const A_SAISIR: &str = "a-saisir";
    pub const SAISIE_EN_COURS: &str = "saisie-en-cours";
    pub const EN_COURS_APPROBATION: &str = "en-cours-approbation";
    pub const TRANSMISE_CAF: &str = "transmise-caf";
    pub const A_REVOIR: &str = "a-revoir";
    pub const ALL: &[&str] = &[
        A_SAISIR,
        SAISIE_EN_COURS,
        EN_COURS_APPROBATION,
        TRANSMISE_CAF,
        A_REVOIR,
    ];
}

use decl_state as ds;
use form_state as fs;

/// The form being written and the state around it.
pub struct FormFacts<'a> {
    pub declaration: i64,
    pub call_open: bool,
    pub decl_state: &'a str,
    /// `activity` or `financial`.
    pub form_kind: &'a str,
    /// The site of an activity form; None for the service's own form.
    pub form_site: Option<&'a str>,
    pub form_state: &'a str,
    /// Returned by the approver and not yet complete again: its providers may correct it.
    pub returned: bool,
}

/// In which capacity someone writes a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    Provider,
    Approver,
}

/// Whether the profiles held on the service (kind, site) make one a provider of this form:
/// a service-level FDA writes every activity form, a site FDA its site's, an FDF the
/// financial form.
pub fn provides(
    form_kind: &str,
    form_site: Option<&str>,
    held: &[(ProfileKind, Option<String>)],
) -> bool {
    held.iter().any(|(kind, site)| match (form_kind, kind) {
        ("activity", ProfileKind::Fda) => site.is_none() || site.as_deref() == form_site,
        ("financial", ProfileKind::Fdf) => true,
        _ => false,
    })
}

pub fn is_approver(held: &[(ProfileKind, Option<String>)]) -> bool {
    held.iter().any(|(k, _)| *k == ProfileKind::Approbateur)
}

/// A closed call is read-only, for everyone.
pub fn call_open(declaration: i64, open: bool) -> Result<()> {
    if open {
        Ok(())
    } else {
        Err(refused(format!(
            "declaration {declaration}: its call is closed, no more entry"
        )))
    }
}

/// A reminder or a closing is for an open call only.
pub fn call_still_open(call: &str, status: &str, action: &str) -> Result<()> {
    if status == "open" {
        Ok(())
    } else {
        Err(refused(format!(
            "call {call} is already closed: it cannot {action}"
        )))
    }
}

/// The approver returns to its providers only a form the call asks for.
pub fn may_return(form_label: &str, form_state: &str) -> Result<()> {
    if form_state == fs::NON_DEMANDE {
        Err(refused(format!(
            "the {form_label} form is not asked for by the call: there is nothing to return"
        )))
    } else {
        Ok(())
    }
}

/// Anything changes a declaration only while its call is open and before transmission.
pub fn writable(f: &FormFacts) -> Result<()> {
    call_open(f.declaration, f.call_open)?;
    if f.decl_state == ds::TRANSMISE_CAF {
        return Err(refused(format!(
            "declaration {} was transmitted to the Caf: it is read-only until the Caf sends it back",
            f.declaration
        )));
    }
    Ok(())
}

/// Who may write this form now, and as what.
pub fn may_enter(
    login: &str,
    f: &FormFacts,
    held: &[(ProfileKind, Option<String>)],
) -> Result<Capacity> {
    writable(f)?;
    if f.form_state == fs::NON_DEMANDE {
        return Err(refused(format!(
            "the {} form of declaration {} is not asked for by its call",
            f.form_kind, f.declaration
        )));
    }
    let provider = provides(f.form_kind, f.form_site, held);
    if f.decl_state == ds::EN_COURS_APPROBATION {
        if is_approver(held) {
            return Ok(Capacity::Approver);
        }
        if provider && f.returned {
            return Ok(Capacity::Provider);
        }
        if provider {
            return Err(refused(format!(
                "declaration {} is being approved: only the approver may change it now, or return the form to you",
                f.declaration
            )));
        }
    } else if provider {
        return Ok(Capacity::Provider);
    }
    let needed = match (f.form_kind, f.form_site) {
        ("financial", _) => "fdf of the service".to_string(),
        (_, Some(site)) => format!("fda of the service or of site {site}"),
        _ => "fda of the service".to_string(),
    };
    Err(forbidden(format!(
        "{login} may not write the {} form{} of declaration {}: it needs the {needed}",
        f.form_kind,
        f.form_site
            .map(|s| format!(" of site {s}"))
            .unwrap_or_default(),
        f.declaration
    )))
}

/// The declaration's state after an entry: entry (re)starts it.
pub fn state_after_entry(decl_state: &str) -> &'static str {
    match decl_state {
        ds::EN_COURS_APPROBATION => ds::EN_COURS_APPROBATION,
        _ => ds::SAISIE_EN_COURS,
    }
}

/// The form's state after an entry.
pub fn form_after_entry(done: bool) -> &'static str {
    if done {
        fs::COMPLET
    } else {
        fs::EN_COURS
    }
}

/// "Contrôler et transmettre": the approver takes the declaration over.
pub fn may_approve(declaration: i64, decl_state: &str) -> Result<()> {
    match decl_state {
        ds::SAISIE_EN_COURS | ds::A_REVOIR => Ok(()),
        ds::A_SAISIR => Err(refused(format!(
            "declaration {declaration} has no data yet: the providers enter it first"
        ))),
        ds::EN_COURS_APPROBATION => Err(refused(format!(
            "declaration {declaration} is already being approved"
        ))),
        other => Err(refused(format!(
            "declaration {declaration} is {other}: it cannot be approved"
        ))),
    }
}

/// The approver's actions (review, return, justify, transmit) need the approval phase.
pub fn in_approval(declaration: i64, decl_state: &str) -> Result<()> {
    if decl_state == ds::EN_COURS_APPROBATION {
        Ok(())
    } else {
        Err(refused(format!(
            "declaration {declaration} is {decl_state}, not being approved: start with `afas declaration approve {declaration}`"
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

    /// What is still missing before transmission, in order, for people.
    pub fn missing(&self, declaration: i64) -> Vec<String> {
        let id = declaration;
        let mut m = Vec::new();
        if !self.step1_done() {
            m.push(format!(
                "step 1: review the activity data (afas declaration review {id} activity)"
            ));
        }
        if !self.step2_done() {
            m.push(format!(
                "step 2: review the financial data (afas declaration review {id} financial)"
            ));
        }
        for c in &self.unjustified {
            m.push(format!(
                "step 3: justify control {c} (afas declaration justify {id} {c} --text …)"
            ));
        }
        m
    }
}

/// Steps 1 and 2, in order; a kind of data the call does not ask for has no step.
pub fn may_review(declaration: i64, form_kind: &str, steps: &Steps) -> Result<()> {
    match form_kind {
        "activity" if !steps.activity_asked => Err(refused(format!(
            "declaration {declaration}: the call asks for no activity data"
        ))),
        "financial" if !steps.financial_asked => Err(refused(format!(
            "declaration {declaration}: the call asks for no financial data"
        ))),
        "financial" if !steps.step1_done() => Err(refused(format!(
            "declaration {declaration}: review the activity data first (step 1)"
        ))),
        _ => Ok(()),
    }
}

/// Step 3: a control is justified once steps 1 and 2 are done, and only if it fires.
pub fn may_justify(declaration: i64, control: &str, fires: bool, steps: &Steps) -> Result<()> {
    if !steps.step1_done() || !steps.step2_done() {
        return Err(refused(format!(
            "declaration {declaration}: review the activity and financial data first (steps 1 and 2)"
        )));
    }
    if !fires {
        return Err(refused(format!(
            "declaration {declaration}: control {control} does not fire, there is nothing to justify"
        )));
    }
    Ok(())
}

/// Step 4: transmission, refused while a step is missing or a requested form is not complete.
pub fn may_transmit(declaration: i64, steps: &Steps, incomplete_forms: &[String]) -> Result<()> {
    let mut missing = steps.missing(declaration);
    for f in incomplete_forms {
        missing.push(format!("form {f} is not complet"));
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(refused(format!(
            "declaration {declaration} cannot be transmitted yet: {}",
            missing.join("; ")
        )))
    }
}

/// The Caf sends back only what was transmitted.
pub fn may_send_back(declaration: i64, decl_state: &str) -> Result<()> {
    if decl_state == ds::TRANSMISE_CAF {
        Ok(())
    } else {
        Err(refused(format!(
            "declaration {declaration} is {decl_state}: only a transmitted declaration can be sent back"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(decl_state: &'a str, form_state: &'a str, site: Option<&'a str>) -> FormFacts<'a> {
        FormFacts {
            declaration: 1,
            call_open: true,
            decl_state,
            form_kind: "activity",
            form_site: site,
            form_state,
            returned: false,
        }
    }

    #[test]
    fn site_fda_writes_its_site_only() {
        let held = vec![(ProfileKind::Fda, Some("S1".to_string()))];
        assert!(may_enter("A", &facts(ds::A_SAISIR, fs::A_SAISIR, Some("S1")), &held).is_ok());
        assert!(may_enter("A", &facts(ds::A_SAISIR, fs::A_SAISIR, Some("S2")), &held).is_err());
        let service_level = vec![(ProfileKind::Fda, None)];
        assert!(may_enter(
            "A",
            &facts(ds::A_SAISIR, fs::A_SAISIR, Some("S2")),
            &service_level
        )
        .is_ok());
    }

    #[test]
    fn providers_stop_at_approval_unless_returned() {
        let held = vec![(ProfileKind::Fda, None)];
        let mut f = facts(ds::EN_COURS_APPROBATION, fs::COMPLET, None);
        assert!(may_enter("A", &f, &held).is_err());
        f.returned = true;
        assert_eq!(may_enter("A", &f, &held).unwrap(), Capacity::Provider);
        let approver = vec![(ProfileKind::Approbateur, None)];
        f.returned = false;
        assert_eq!(may_enter("A", &f, &approver).unwrap(), Capacity::Approver);
        // the approver alone does not write before approval
        assert!(may_enter(
            "A",
            &facts(ds::SAISIE_EN_COURS, fs::EN_COURS, None),
            &approver
        )
        .is_err());
    }

    #[test]
    fn nothing_after_transmission_or_close() {
        let held = vec![(ProfileKind::Fda, None), (ProfileKind::Approbateur, None)];
        assert!(may_enter("A", &facts(ds::TRANSMISE_CAF, fs::COMPLET, None), &held).is_err());
        let mut f = facts(ds::SAISIE_EN_COURS, fs::EN_COURS, None);
        f.call_open = false;
        assert!(may_enter("A", &f, &held).is_err());
        assert!(may_enter(
            "A",
            &facts(ds::SAISIE_EN_COURS, fs::NON_DEMANDE, None),
            &held
        )
        .is_err());
    }

    #[test]
    fn four_steps_in_order() {
        let mut s = Steps {
            activity_asked: true,
            financial_asked: true,
            ..Steps::default()
        };
        assert!(may_review(1, "financial", &s).is_err());
        assert!(may_review(1, "activity", &s).is_ok());
        s.activity_reviewed = true;
        assert!(may_justify(1, "DEFICIT", true, &s).is_err());
        s.financial_reviewed = true;
        assert!(may_justify(1, "DEFICIT", false, &s).is_err());
        assert!(may_justify(1, "DEFICIT", true, &s).is_ok());
        s.unjustified = vec!["DEFICIT".into()];
        assert!(may_transmit(1, &s, &[]).is_err());
        s.unjustified.clear();
        assert!(may_transmit(1, &s, &["financial".into()]).is_err());
        assert!(may_transmit(1, &s, &[]).is_ok());
    }

    #[test]
    fn closed_calls_and_forms_not_asked() {
        assert!(call_still_open("reel-2019-alsh", "open", "be closed").is_ok());
        assert!(call_still_open("reel-2019-alsh", "closed", "be closed").is_err());
        assert!(may_return("financial", fs::NON_DEMANDE).is_err());
        assert!(may_return("financial", fs::COMPLET).is_ok());
    }

    #[test]
    fn states() {
        assert_eq!(state_after_entry(ds::A_SAISIR), ds::SAISIE_EN_COURS);
        assert_eq!(state_after_entry(ds::A_REVOIR), ds::SAISIE_EN_COURS);
        assert_eq!(
            state_after_entry(ds::EN_COURS_APPROBATION),
            ds::EN_COURS_APPROBATION
        );
        assert!(may_approve(1, ds::A_SAISIR).is_err());
        assert!(may_approve(1, ds::A_REVOIR).is_ok());
        assert!(may_send_back(1, ds::SAISIE_EN_COURS).is_err());
        assert!(may_send_back(1, ds::TRANSMISE_CAF).is_ok());
    }
}
