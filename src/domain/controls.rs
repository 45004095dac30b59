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

/// Total hours (alsh) or ETP (ram), in hundredths; None when nothing is entered yet.
pub fn activity_total(
    service_kind: ServiceKind,
    activity: &[(Option<String>, Values)],
) -> Option<i64> {
    let keys: &[&str] = match service_kind {
        ServiceKind::Ram => &["etp_animateur"],
        ServiceKind::Alsh => &["heures_periscolaire", "heures_extrascolaire"],
    };
    let mut any = false;
    let mut total = 0;
    for (_, v) in activity {
        for k in keys {
            if let Some(x) = v.get(*k) {
                any = true;
                total += x;
            }
        }
    }
    any.then_some(total)
}

/// (total charges, total products, result) in cents.
pub fn financial_totals(v: &Values) -> (i64, i64, i64) {
    let charges = get(v, "charges_personnel") + get(v, "charges_fonctionnement");
    let products =
        get(v, "produits_familles") + get(v, "produits_collectivites") + get(v, "produits_autres");
    (charges, products, products - charges)
}

pub fn evaluate(d: &DeclarationData, t: &Thresholds) -> Vec<Fired> {
    let mut fired = Vec::new();
    let ram = d.service_kind == ServiceKind::Ram;
    for (site, v) in &d.activity {
        let open = if ram {
            get(v, "permanences") + get(v, "ateliers") > 0
        } else {
            get(v, "jours_ouverture") > 0
        };
        let work = if ram {
            get(v, "etp_animateur")
        } else {
            get(v, "heures_periscolaire") + get(v, "heures_extrascolaire")
        };
        if open && work == 0 {
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
    let total = activity_total(d.service_kind, &d.activity);
    if let (Some(now), Some(before)) = (total, d.previous_activity_total) {
        if before > 0
            && i128::from((now - before).abs()) * 10_000
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
        let (charges, products, _) = financial_totals(fin);
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
                                (charges * 100 / hours.max(1)).max(0),
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
            && i128::from(charges - products) * 10_000 > i128::from(t.deficit) * i128::from(charges)
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
    fired
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
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(codes, vec!["ACTIVITE_NULLE"]);
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
