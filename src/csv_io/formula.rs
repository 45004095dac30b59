//! No CSV of afas carries a formula. A spreadsheet opening a CSV takes a cell starting with
//! `=`, `+`, `-` or `@` (and, in some, a tab or a carriage return) as a formula: a partner's
//! administrator could name someone `=HYPERLINK("http://…")` and the Caf agent opening the
//! export would run it. Such a text is written with a leading `'`, which spreadsheets show
//! as text; a number (`-120.50`) is not a formula and stays as it is. The import takes one
//! such `'` off again, so that export → import gives the same data back.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// `cell` as a CSV of afas writes it.
pub fn defused(cell: &str) -> Cow<'_, str> {
    if formula_after_quotes(cell) && !is_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `defused(cell)` as a CSV writer takes a cell, without copying a harmless one.
pub fn defused_bytes(cell: &str) -> Cow<'_, [u8]> {
    match defused(cell) {
        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    }
}

/// `cell` as read from a CSV or a sheet: one `'` before a formula's first character taken
/// off.
pub fn undefused(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_after_quotes(rest) => rest,
        _ => cell,
    }
}

/// Whether `cell` starts with a formula's first character once its leading `'` are set
/// aside: a text that already starts with `'=` gets one more, so that the import's taking
/// one off gives it back as it was.
fn formula_after_quotes(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(TRIGGERS)
}

/// A plain decimal number, signed: `-120.50`, `+3`, `-0,5`.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (int, frac) = digits
        .split_once(['.', ','])
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(defused("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defused("+33 6"), "'+33 6");
        assert_eq!(defused("-x"), "'-x");
        assert_eq!(defused("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defused("\tx"), "'\tx");
        assert_eq!(defused("\rx"), "'\rx");
        assert_eq!(defused("-120.50"), "-120.50");
        assert_eq!(defused("+3"), "+3");
        assert_eq!(defused("-"), "'-");
        assert_eq!(defused("Durand"), "Durand");
        assert_eq!(defused("l'Isle"), "l'Isle");
    }

    #[test]
    fn import_takes_one_quote_off_a_defused_formula_only() {
        for cell in [
            "=1+1", "-x", "@a", "\tx", "Durand", "'quoted", "-120.50", "'=x", "''-",
        ] {
            assert_eq!(undefused(&defused(cell)), cell);
        }
        assert_eq!(defused("'=x"), "''=x");
        assert_eq!(undefused("''=x"), "'=x");
        assert_eq!(undefused("'Isle"), "'Isle");
    }
}
