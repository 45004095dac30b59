//! What `declaration show` prints, and every declaration command after a change: the
//! declaration with its forms, totals, the approver's steps and the controls that fire.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::load::{self, Loaded};
use crate::domain::controls;
use crate::domain::declaration::{self, Form};
use crate::domain::fields::{self, Unit};
use crate::domain::{DeclarationState, DeclarationType, FormKind, FormState, ServiceKind};
use crate::output::{opt, Record};
use crate::store::Tx;

#[derive(Debug, Serialize)]
pub struct FormView {
    pub kind: FormKind,
    pub site: Option<String>,
    pub state: FormState,
    pub return_reason: Option<String>,
    /// Values as decimal strings (`1234.50`) for money and hours, whole numbers for counts.
    pub values: BTreeMap<String, String>,
    pub missing_fields: Vec<String>,
    pub updated_by: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ControlView {
    pub code: String,
    pub message: String,
    pub justification: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    /// Total hours (alsh) or ETP (ram).
    pub activity_total: Option<String>,
    pub total_charges: Option<String>,
    pub total_produits: Option<String>,
    pub resultat: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StepsView {
    pub activity_reviewed: Option<String>,
    pub financial_reviewed: Option<String>,
    pub controls_justified: bool,
    /// What is still missing before transmission (while being approved).
    pub missing: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct View {
    pub id: i64,
    pub call: String,
    #[serde(rename = "type")]
    pub decl_type: DeclarationType,
    pub year: i64,
    pub deadline: String,
    pub service: String,
    pub service_name: String,
    pub service_kind: ServiceKind,
    pub partner: String,
    pub state: DeclarationState,
    pub forms: Vec<FormView>,
    pub totals: Totals,
    pub steps: StepsView,
    pub controls: Vec<ControlView>,
    pub transmitted_at: Option<String>,
    pub transmitted_by: Option<String>,
    pub sent_back_reason: Option<String>,
}

/// The declaration `id` as it stands now, for the acting account.
pub fn shown(tx: &Tx, id: i64) -> Result<View> {
    view(tx, &load::load(tx, &tx.actor, id)?)
}

pub fn view(tx: &Tx, l: &Loaded) -> Result<View> {
    let checks = load::checks(tx, l)?;
    let steps = checks.steps(l);
    let d = &l.d;
    let money = |v: i64| fields::format_value(v, Unit::Cents);
    let financial = declaration::financial(&l.forms).filter(|f| !f.values.is_empty());
    let (charges, produits, resultat) = match financial {
        Some(f) => {
            let (c, p, r) = controls::financial_totals(&f.values)?;
            (
                Some(money(c)),
                Some(money(p)),
                Some(if r < 0 {
                    format!("-{}", money(-r))
                } else {
                    money(r)
                }),
            )
        }
        None => (None, None, None),
    };
    Ok(View {
        id: d.id,
        call: d.call.clone(),
        decl_type: d.call_type,
        year: d.call_year,
        deadline: d.deadline.clone(),
        service: d.service.clone(),
        service_name: d.service_name.clone(),
        service_kind: d.service_kind,
        partner: d.partner.clone(),
        state: d.state,
        forms: l.forms.iter().map(|f| form_view(l, f)).collect(),
        totals: Totals {
            activity_total: declaration::activity_total(d.service_kind, &l.forms)?
                .map(|t| fields::format_value(t, Unit::Hundredths)),
            total_charges: charges,
            total_produits: produits,
            resultat,
        },
        steps: StepsView {
            activity_reviewed: d.activity_reviewed.clone(),
            financial_reviewed: d.financial_reviewed.clone(),
            controls_justified: steps.unjustified.is_empty(),
            missing: if d.state == DeclarationState::EnCoursApprobation {
                steps.before_transmission(d.id, &declaration::incomplete(d, &l.forms))
            } else {
                Vec::new()
            },
        },
        controls: checks
            .fired
            .into_iter()
            .map(|f| ControlView {
                justification: checks.justified.get(f.code).cloned(),
                code: f.code.to_string(),
                message: f.message,
            })
            .collect(),
        transmitted_at: d.transmitted_at.clone(),
        transmitted_by: d.transmitted_by.clone(),
        sent_back_reason: d.sent_back_reason.clone(),
    })
}

fn form_view(l: &Loaded, f: &Form) -> FormView {
    FormView {
        kind: f.kind,
        site: f.site.clone(),
        state: f.state,
        return_reason: f.return_reason.clone(),
        values: f
            .values
            .iter()
            .map(|(k, v)| (k.clone(), fields::format_value(*v, fields::unit_of(k))))
            .collect(),
        missing_fields: if f.asked() {
            declaration::missing_fields(f.kind, l.d.service_kind, &f.values)
        } else {
            Vec::new()
        },
        updated_by: f.updated_by.clone(),
        updated_at: f.updated_at.clone(),
    }
}

impl Record for View {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "call",
        "service",
        "partner",
        "state",
        "deadline",
        "forms",
        "totals",
        "steps",
        "controls",
        "transmitted_at",
        "sent_back_reason",
    ];
    fn cells(&self) -> Vec<String> {
        let forms: Vec<String> = self
            .forms
            .iter()
            .map(|f| {
                let name = match &f.site {
                    Some(s) => format!("{} {s}", f.kind),
                    None => f.kind.to_string(),
                };
                let values: Vec<String> =
                    f.values.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let mut line = format!("{name}: {}", f.state);
                if let Some(r) = &f.return_reason {
                    line.push_str(&format!(" (returned: {r})"));
                }
                if !values.is_empty() {
                    line.push_str(&format!(" · {}", values.join(" ")));
                }
                line
            })
            .collect();
        let t = &self.totals;
        let mut totals = Vec::new();
        if let Some(a) = &t.activity_total {
            let what = match self.service_kind {
                ServiceKind::Ram => "ETP",
                ServiceKind::Alsh => "hours",
            };
            totals.push(format!("{what} {a}"));
        }
        if let (Some(c), Some(p), Some(r)) = (&t.total_charges, &t.total_produits, &t.resultat) {
            totals.push(format!("charges {c} € · produits {p} € · résultat {r} €"));
        }
        let s = &self.steps;
        let mut steps = vec![
            format!(
                "1 activity reviewed: {}",
                s.activity_reviewed.as_deref().unwrap_or("no")
            ),
            format!(
                "2 financial reviewed: {}",
                s.financial_reviewed.as_deref().unwrap_or("no")
            ),
            format!(
                "3 controls justified: {}",
                if s.controls_justified { "yes" } else { "no" }
            ),
        ];
        steps.extend(s.missing.iter().map(|m| format!("missing: {m}")));
        let controls: Vec<String> = self
            .controls
            .iter()
            .map(|c| match &c.justification {
                Some(j) => format!("{}: {} (justified: {j})", c.code, c.message),
                None => format!("{}: {}", c.code, c.message),
            })
            .collect();
        vec![
            self.id.to_string(),
            self.call.clone(),
            format!("{} {}", self.service, self.service_name),
            self.partner.clone(),
            self.state.to_string(),
            self.deadline.clone(),
            forms.join("\n"),
            totals.join("\n"),
            steps.join("\n"),
            controls.join("\n"),
            opt(&self.transmitted_at),
            opt(&self.sent_back_reason),
        ]
    }
}
