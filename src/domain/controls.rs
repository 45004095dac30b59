//! Coherence controls (SPEC §1): evaluated on the data as entered, shown by
//! `declaration show`, and each one that fires must be justified before transmission.
//! Thresholds live in the store (`afas config set controls.… VALUE`); all arithmetic is on
//! integers (cents, hundredths).

use std::collections::BTreeMap;

use serde::Serialize;

use super::fields::{self, Unit};
use super::kinds::ServiceKind;
use super::refusal::{Decided, Refusal};

/// A setting the Caf may change, with its default and meaning.
pub struct Setting {
    pub key: &'static str,
    pub default: &'static str,
    pub meaning: &'static str,
}

pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "controls.variation_n1",
        default: "20",
        meaning: "VARIATION_N1 fires above this % of change from the last transmitted declaration",
    },
    Setting {
        key: "controls.cout_horaire_min",
        default: "2",
        meaning: "COUT_HORAIRE fires below this cost per hour (€, alsh)",
    },
    Setting {
        key: "controls.cout_horaire_max",
        default: "12",
        meaning: "COUT_HORAIRE fires above this cost per hour (€, alsh)",
    },
    Setting {
        key: "controls.deficit",
        default: "10",
        meaning: "DEFICIT fires when charges exceed products by more than this % of charges",
    },
    Setting {
        key: "mail.from",
        default: "afas-noreply@caf.fr",
        meaning: "the sender of the e-mails",
    },
];

pub fn setting(key: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.key == key)
}

/// The thresholds, in hundredths (of a percent, of a euro).
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    pub variation_n1: i64,
    pub cout_horaire_min: i64,
    pub cout_horaire_max: i64,
    pub deficit: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            variation_n1: 2000,
            cout_horaire_min: 200,
            cout_horaire_max: 1200,
            deficit: 1000,
        }
    }
}

pub type Values = BTreeMap<String, i64>;

/// What the controls look at in one declaration.
pub struct DeclarationData {
    pub service_kind: ServiceKind,
    /// The requested activity forms: (site, values).
    pub activity: Vec<(Option<String>, Values)>,
    /// The financial form's values, when requested.
    pub financial: Option<Values>,
    /// The activity total of the same service's last transmitted declaration of the same type.
    pub previous_activity_total: Option<i64>,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Fired {
    pub code: &'static str,
    pub message: String,
}

fn get(v: &Values, k: &str) -> i64 {
    v.get(k).copied().unwrap_or(0)
}

/// `values` added up, or a refusal naming `what` when the sum would not fit: a store edited
/// past the fields' bound must not wrap into a small total that controls then judge.
fn sum(what: &str, values: impl IntoIterator<Item = i64>) -> Decided<i64> {
    values
        .into_iter()
        .try_fold(0i64, i64::checked_add)
        .ok_or_else(|| Refusal::Invalid(format!("the {what} is too large to compute")))
}

/// Total hours (alsh) or ETP (ram), in hundredths; None when nothing is entered yet.
pub fn activity_total(
    service_kind: ServiceKind,
    activity: &[(Option<String>, Values)],
) -> Decided<Option<i64>> {
    let keys: &[&str] = match service_kind {
        ServiceKind::Ram => &["etp_animateur"],
        ServiceKind::Alsh => &["heures_periscolaire", "heures_extrascolaire"],
    };
    let entered: Vec<i64> = activity
        .iter()
        .flat_map(|(_, v)| keys.iter().filter_map(|k| v.get(*k).copied()))
        .collect();
    if entered.is_empty() {
        return Ok(None);
    }
    sum("activity total", entered).map(Some)
}

/// (total charges, total products, result) in cents.
pub fn financial_totals(v: &Values) -> Decided<(i64, i64, i64)> {
    let charges = sum(
        "total of charges",
        ["charges_personnel", "charges_fonctionnement"].map(|k| get(v, k)),
    )?;
    let products = sum(
        "total of products",
        [
            "produits_familles",
            "produits_collectivites",
            "produits_autres",
        ]
        .map(|k| get(v, k)),
    )?;
    let result = products
        .checked_sub(charges)
        .ok_or_else(|| Refusal::Invalid("the result is too large to compute".into()))?;
    Ok((charges, products, result))
}

pub fn evaluate(d: &DeclarationData, t: &Thresholds) -> Decided<Vec<Fired>> {
    let mut fired = Vec::new();
    let ram = d.service_kind == ServiceKind::Ram;
    for (site, v) in &d.activity {
        let open = if ram {
            get(v, "permanences") > 0 || get(v, "ateliers") > 0
        } else {
            get(v, "jours_ouverture") > 0
        };
        let work = if ram {
            get(v, "etp_animateur") != 0
        } else {
            get(v, "heures_periscolaire") != 0 || get(v, "heures_extrascolaire") != 0
        };
        if open && !work {
            let place = site
                .as_deref()
                .map_or("the service".to_string(), |s| format!("site {s}"));
            let what = if ram { "no ETP" } else { "no hours" };
            fired.push(Fired {
                code: "ACTIVITE_NULLE",
                message: format!("{place} is open but declares {what}"),
            });
        }
    }
    let total = activity_total(d.service_kind, &d.activity)?;
    if let (Some(now), Some(before)) = (total, d.previous_activity_total) {
        if before > 0
            && (i128::from(now) - i128::from(before)).abs() * 10_000
                > i128::from(t.variation_n1) * i128::from(before)
        {
            let what = if ram { "ETP" } else { "hours" };
            fired.push(Fired {
                code: "VARIATION_N1",
                message: format!(
                    "total {what} {} vs {} last time: more than {} % apart",
                    fields::format_value(now, Unit::Hundredths),
                    fields::format_value(before, Unit::Hundredths),
                    fields::format_value(t.variation_n1, Unit::Hundredths)
                ),
            });
        }
    }
    if let Some(fin) = &d.financial {
        let (charges, products, _) = financial_totals(fin)?;
        if !ram {
            if let Some(hours) = total.filter(|h| *h > 0) {
                let (c, h) = (i128::from(charges), i128::from(hours));
                // € per hour = charges_cents / hours_hundredths; thresholds in hundredths of €.
                if c * 100 < i128::from(t.cout_horaire_min) * h
                    || c * 100 > i128::from(t.cout_horaire_max) * h
                {
                    fired.push(Fired {
                        code: "COUT_HORAIRE",
                        message: format!(
                            "cost per hour {} € outside {}–{} €",
                            fields::format_value(
                                i64::try_from((c * 100 / h).max(0)).unwrap_or(i64::MAX),
                                Unit::Cents
                            ),
                            fields::format_value(t.cout_horaire_min, Unit::Cents),
                            fields::format_value(t.cout_horaire_max, Unit::Cents)
                        ),
                    });
                }
            }
        }
        if charges > 0
            && (i128::from(charges) - i128::from(products)) * 10_000
                > i128::from(t.deficit) * i128::from(charges)
        {
            fired.push(Fired {
                code: "DEFICIT",
                message: format!(
                    "charges {} € exceed products {} € by more than {} %",
                    fields::format_value(charges, Unit::Cents),
                    fields::format_value(products, Unit::Cents),
                    fields::format_value(t.deficit, Unit::Hundredths)
                ),
            });
        }
    }
    Ok(fired)
}

pub const CODES: &[&str] = &["ACTIVITE_NULLE", "VARIATION_N1", "COUT_HORAIRE", "DEFICIT"];

/// The control a user names, in any case.
pub fn code(input: &str) -> Decided<&'static str> {
    let wanted = input.trim().to_ascii_uppercase();
    CODES.iter().copied().find(|c| *c == wanted).ok_or_else(|| {
        Refusal::Invalid(format!("no control {wanted}: one of {}", CODES.join(", ")))
    })
}

#[cfg(test)]
#[allow(clippy::inconsistent_digit_grouping)] // 120_00 reads as 120.00: hundredths and cents
mod tests {
    use super::*;

    fn vals(pairs: &[(&str, i64)]) -> Values {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    fn alsh(
        activity: Values,
        financial: Option<Values>,
        previous: Option<i64>,
    ) -> Vec<&'static str> {
        let d = DeclarationData {
            service_kind: ServiceKind::Alsh,
            activity: vec![(Some("S1".into()), activity)],
            financial,
            previous_activity_total: previous,
        };
        evaluate(&d, &Thresholds::default())
            .unwrap()
            .iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn activite_nulle() {
        assert_eq!(
            alsh(vals(&[("jours_ouverture", 10)]), None, None),
            vec!["ACTIVITE_NULLE"]
        );
        assert!(alsh(
            vals(&[("jours_ouverture", 10), ("heures_periscolaire", 100)]),
            None,
            None
        )
        .is_empty());
        assert!(alsh(vals(&[("jours_ouverture", 0)]), None, None).is_empty());
    }

    #[test]
    fn variation_at_its_boundary() {
        let a = vals(&[("jours_ouverture", 10), ("heures_periscolaire", 120_00)]);
        // exactly 20 % up: does not fire; a cent more: fires
        assert!(alsh(a.clone(), None, Some(100_00)).is_empty());
        let b = vals(&[("jours_ouverture", 10), ("heures_periscolaire", 120_01)]);
        assert_eq!(alsh(b, None, Some(100_00)), vec!["VARIATION_N1"]);
        assert!(alsh(a, None, None).is_empty());
    }

    #[test]
    fn cout_horaire_and_deficit() {
        let a = vals(&[("jours_ouverture", 10), ("heures_periscolaire", 1000_00)]);
        // 5 000 € for 1 000 h = 5 €/h: fine; balanced
        let fin = vals(&[
            ("charges_personnel", 5000_00),
            ("produits_familles", 5000_00),
        ]);
        assert!(alsh(a.clone(), Some(fin), None).is_empty());
        // 20 000 € for 1 000 h = 20 €/h; products 10 000: deficit 50 %
        let fin = vals(&[
            ("charges_personnel", 20000_00),
            ("produits_familles", 10000_00),
        ]);
        assert_eq!(
            alsh(a.clone(), Some(fin), None),
            vec!["COUT_HORAIRE", "DEFICIT"]
        );
        // deficit of exactly 10 %: does not fire
        let fin = vals(&[
            ("charges_personnel", 5000_00),
            ("produits_familles", 4500_00),
        ]);
        assert!(alsh(a, Some(fin), None).is_empty());
    }

    #[test]
    fn ram_controls_use_etp() {
        let d = DeclarationData {
            service_kind: ServiceKind::Ram,
            activity: vec![(None, vals(&[("permanences", 40), ("etp_animateur", 0)]))],
            financial: None,
            previous_activity_total: None,
        };
        let codes: Vec<_> = evaluate(&d, &Thresholds::default())
            .unwrap()
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, vec!["ACTIVITE_NULLE"]);
    }

    /// Two hours fields at i64::MAX used to wrap into a negative total that COUT_HORAIRE
    /// then judged: a total that does not fit is refused instead.
    #[test]
    fn a_total_that_would_overflow_is_refused() {
        let huge = vals(&[
            ("heures_periscolaire", i64::MAX),
            ("heures_extrascolaire", i64::MAX),
        ]);
        let d = DeclarationData {
            service_kind: ServiceKind::Alsh,
            activity: vec![(None, huge)],
            financial: Some(vals(&[
                ("charges_personnel", i64::MAX),
                ("charges_fonctionnement", 1),
            ])),
            previous_activity_total: None,
        };
        assert!(matches!(
            evaluate(&d, &Thresholds::default()),
            Err(Refusal::Invalid(_))
        ));
        assert!(financial_totals(d.financial.as_ref().unwrap()).is_err());
        let products = vals(&[("produits_familles", i64::MAX)]);
        assert!(financial_totals(&vals(&[("charges_personnel", i64::MAX)])).is_ok());
        assert!(financial_totals(&products).is_ok());
    }

    #[test]
    fn controls_are_named_in_any_case() {
        assert_eq!(code(" deficit "), Ok("DEFICIT"));
        assert_eq!(
            code("surplus"),
            Err(Refusal::Invalid(
                "no control SURPLUS: one of ACTIVITE_NULLE, VARIATION_N1, COUT_HORAIRE, DEFICIT"
                    .into()
            ))
        );
    }
}
