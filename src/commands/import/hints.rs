//! What a spreadsheet does to a cell it took for a number or a date, recognised in the
//! cell's text so that the refusal says what happened and what to do: format the column
//! as text. afas never repairs such a cell itself: `61` may be Caf `061` or a typo, and a
//! date is never guessed.

use crate::domain::ids;

/// The columns that hold dates (partners.csv's documents).
const DATE_COLUMNS: &[&str] = &["convention", "contrat", "bulletin"];

/// The hint for a refused cell of `column` whose text is `raw`, if its text shows damage.
pub(super) fn damage(column: &str, raw: &str) -> Option<String> {
    let raw = raw.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if scientific(raw) {
        return Some(format!(
            "{raw} is a number a spreadsheet wrote in scientific notation, losing its last digits: format the column as text and type the numbers again"
        ));
    }
    if month_first(column, raw) {
        return Some(format!(
            "{raw} can only be month-first, so this column's dates are: afas reads DD/MM/YYYY and never guesses a date, so the whole column is refused; format the column as text and write its dates as DD/MM/YYYY"
        ));
    }
    let lost = match column {
        "caf_code" => 3,
        "siret" => 14,
        _ => 0,
    };
    if digits(raw) && raw.len() < lost {
        return Some(format!(
            "{raw} looks like {raw:0>lost$} that lost its leading zero in a spreadsheet: format the column as text and type the codes again"
        ));
    }
    let serial = raw.split_once(['.', ',']).map_or(raw, |(int, _)| int);
    if DATE_COLUMNS.contains(&column) && digits(serial) && (2..=6).contains(&serial.len()) {
        return Some(format!(
            "{raw} is a date as a spreadsheet counts days (a serial number): format the column as text and write its dates as DD/MM/YYYY"
        ));
    }
    None
}

/// Whether `raw`, refused in a date column, can only be a month-first date.
pub(super) fn month_first(column: &str, raw: &str) -> bool {
    DATE_COLUMNS.contains(&column) && ids::month_first_only(raw)
}

/// `2.1160015E+13`, `2,1160015E+13`, `2E+13`: a number in scientific notation.
fn scientific(raw: &str) -> bool {
    let Some((mantissa, exponent)) = raw.split_once(['E', 'e']) else {
        return false;
    };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    let mantissa = mantissa.strip_prefix('-').unwrap_or(mantissa);
    let (int, frac) = mantissa.split_once(['.', ',']).unwrap_or((mantissa, "0"));
    [int, frac, exponent]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damage_is_recognised_and_says_to_format_the_column_as_text() {
        for (column, raw) in [
            ("siret", "2.1160015E+13"),
            ("siret", "2,1160015E+13"),
            ("caf_code", "61"),
            ("caf_code", "1"),
            ("siret", "2116001500001"),
            ("convention", "45356"),
            ("contrat", "45356.5"),
            ("bulletin", "03/25/2024"),
        ] {
            let hint = damage(column, raw).unwrap_or_default();
            assert!(
                hint.contains("format the column as text"),
                "{column} {raw}: {hint:?}"
            );
        }
        assert!(damage("caf_code", "061").is_none_or(|h| !h.contains("leading zero")));
        assert!(damage("caf_code", "abc").is_none());
        assert!(damage("name", "45356").is_none());
        assert!(damage("code", "E12").is_none());
        assert!(damage("convention", "31/02/2024").is_none());
        assert!(damage("caf_code", "61").is_some_and(|h| h.contains("061")));
    }
}
