//! The declared fields (SPEC §1 "Fields"): which fields each form has, and their values as
//! integers: money in cents, hours and ETP in hundredths, counts as they are. Never floats.

use super::kinds::{FormKind, ServiceKind};
use super::refusal::{Decided, Refusal};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A whole number (days, children, sessions).
    Count,
    /// Hours or full-time equivalents with two decimals, stored as hundredths.
    Hundredths,
    /// Euros with cents, stored as cents.
    Cents,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub unit: Unit,
}

const fn f(name: &'static str, unit: Unit) -> Field {
    Field { name, unit }
}

pub const ALSH_ACTIVITY: &[Field] = &[
    f("jours_ouverture", Unit::Count),
    f("heures_periscolaire", Unit::Hundredths),
    f("heures_extrascolaire", Unit::Hundredths),
    f("enfants_inscrits", Unit::Count),
];

pub const RAM_ACTIVITY: &[Field] = &[
    f("etp_animateur", Unit::Hundredths),
    f("assistants_maternels", Unit::Count),
    f("permanences", Unit::Count),
    f("ateliers", Unit::Count),
];

pub const FINANCIAL: &[Field] = &[
    f("charges_personnel", Unit::Cents),
    f("charges_fonctionnement", Unit::Cents),
    f("produits_familles", Unit::Cents),
    f("produits_collectivites", Unit::Cents),
    f("produits_autres", Unit::Cents),
];

/// Computed from the financial fields, never entered.
pub const COMPUTED: &[&str] = &["total_charges", "total_produits", "resultat"];

/// The fields of a form: the activity form of a service kind, or the financial form.
pub fn fields_of(form_kind: FormKind, service_kind: ServiceKind) -> &'static [Field] {
    match (form_kind, service_kind) {
        (FormKind::Financial, _) => FINANCIAL,
        (FormKind::Activity, ServiceKind::Ram) => RAM_ACTIVITY,
        (FormKind::Activity, ServiceKind::Alsh) => ALSH_ACTIVITY,
    }
}

/// The largest value of a field, in its unit (10 billion euros in cents): totals over many
/// sites stay far within i64.
pub const MAX_VALUE: i64 = 1_000_000_000_000;

/// Parses `FIELD=VALUE` for a form, strictly: the field must be one of the form's, the
/// value a non-negative number with at most two decimals (`12,5` and `12.5` both accepted,
/// spaces between thousands allowed), a whole number for counts.
pub fn parse_assignment(
    assignment: &str,
    form_kind: FormKind,
    service_kind: ServiceKind,
) -> Decided<(Field, i64)> {
    let Some((name, raw)) = assignment.split_once('=') else {
        return Err(Refusal::Invalid(format!(
            "--set {assignment:?}: expected FIELD=VALUE, e.g. jours_ouverture=120"
        )));
    };
    let name = name.trim().to_ascii_lowercase();
    let fields = fields_of(form_kind, service_kind);
    let Some(field) = fields.iter().find(|f| f.name == name) else {
        let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        let why = if COMPUTED.contains(&name.as_str()) {
            "is computed, never entered".to_string()
        } else {
            format!(
                "is not a field of this form (its fields: {})",
                names.join(", ")
            )
        };
        return Err(Refusal::Invalid(format!("--set {name}: {why}")));
    };
    let value = parse_value(raw, field.unit)
        .map_err(|why| Refusal::Invalid(format!("--set {name}={}: {why}", raw.trim())))?;
    Ok((*field, value))
}

/// A decimal number as an integer in the unit's scale.
pub fn parse_value(raw: &str, unit: Unit) -> std::result::Result<i64, String> {
    let s: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let s = s.strip_suffix('€').unwrap_or(&s);
    if s.is_empty() {
        return Err("no value".into());
    }
    if s.starts_with('-') {
        return Err("must not be negative".into());
    }
    let (int_part, frac_part) = match s.find([',', '.']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty() || !digits(int_part) || !digits(frac_part) {
        return Err("not a number (write 1234,56 or 1234.56)".into());
    }
    let (scale, max_decimals) = match unit {
        Unit::Count => (1, 0),
        Unit::Hundredths | Unit::Cents => (100, 2),
    };
    if frac_part.len() > max_decimals {
        return Err(if max_decimals == 0 {
            "must be a whole number".into()
        } else {
            "at most two decimals".into()
        });
    }
    let whole: i64 = int_part.parse().map_err(|_| "too large".to_string())?;
    let mut frac: i64 = if frac_part.is_empty() {
        0
    } else {
        frac_part.parse().map_err(|_| "not a number".to_string())?
    };
    if frac_part.len() == 1 {
        frac *= 10;
    }
    whole
        .checked_mul(scale)
        .and_then(|v| v.checked_add(frac))
        .filter(|v| *v <= MAX_VALUE)
        .ok_or_else(|| "too large".to_string())
}

/// A value for people and JSON: `1234.56` for cents and hundredths, `12` for counts.
pub fn format_value(value: i64, unit: Unit) -> String {
    match unit {
        Unit::Count => value.to_string(),
        Unit::Hundredths | Unit::Cents => {
            format!("{}.{:02}", value / 100, value % 100)
        }
    }
}

pub fn unit_of(name: &str) -> Unit {
    ALSH_ACTIVITY
        .iter()
        .chain(RAM_ACTIVITY)
        .chain(FINANCIAL)
        .find(|f| f.name == name)
        .map_or(Unit::Cents, |f| f.unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn french_decimal_comma_and_units() {
        assert_eq!(parse_value("12,5", Unit::Hundredths), Ok(1250));
        assert_eq!(parse_value("12.05", Unit::Cents), Ok(1205));
        assert_eq!(parse_value("1 234,56", Unit::Cents), Ok(123_456));
        assert_eq!(parse_value("120", Unit::Count), Ok(120));
        assert!(parse_value("12,5", Unit::Count).is_err());
        assert!(parse_value("12,345", Unit::Cents).is_err());
        assert!(parse_value("-3", Unit::Count).is_err());
        assert!(parse_value("1e3", Unit::Count).is_err());
        assert!(parse_value("", Unit::Count).is_err());
        assert!(parse_value("99999999999999999999", Unit::Cents).is_err());
        assert!(parse_value("1,2,3", Unit::Cents).is_err());
    }

    #[test]
    fn assignments_only_for_the_forms_fields() {
        use FormKind::{Activity, Financial};
        use ServiceKind::{Alsh, Ram};
        assert!(parse_assignment("jours_ouverture=120", Activity, Alsh).is_ok());
        assert!(matches!(
            parse_assignment("etp_animateur=1,5", Activity, Alsh),
            Err(Refusal::Invalid(_))
        ));
        assert!(parse_assignment("etp_animateur=1,5", Activity, Ram).is_ok());
        let err = parse_assignment("resultat=10", Financial, Alsh).unwrap_err();
        assert!(matches!(&err, Refusal::Invalid(m) if m.contains("computed")));
        assert!(matches!(
            parse_assignment("charges_personnel", Financial, Alsh),
            Err(Refusal::Invalid(_))
        ));
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips(v in 0i64..1_000_000_000) {
            for unit in [Unit::Count, Unit::Hundredths, Unit::Cents] {
                prop_assert_eq!(parse_value(&format_value(v, unit), unit), Ok(v));
            }
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,30}") {
            let _ = parse_value(&s, Unit::Cents);
            let _ = parse_assignment(&s, FormKind::Financial, ServiceKind::Alsh);
        }
    }
}
