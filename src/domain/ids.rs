//! Identifiers and values a person types: logins, SIRET, e-mail, codes, dates.
//! Each check returns the normalised value or a refusal that says what is wrong.

use super::refusal::{Decided, Refusal};

/// Logins are upper case `[A-Z0-9]{4,20}`. Input is taken in any case and upper-cased,
/// so `durand01` and `DURAND01` are the same login (unique whatever the case).
pub fn login(input: &str) -> Decided<String> {
    let up = input.trim().to_ascii_uppercase();
    let ok = (4..=20).contains(&up.len()) && up.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(up)
    } else {
        Err(Refusal::Invalid(format!(
            "login {:?} is not valid: 4 to 20 letters or digits (e.g. ENF013025G)",
            input.trim()
        )))
    }
}

/// Whether `input` is a valid login, without making it one (`login` allocates: the import
/// asks this of every row first).
pub fn is_login(input: &str) -> bool {
    let t = input.trim();
    (4..=20).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The check letter of a generated login, computed from its first nine characters:
/// a weighted sum of the characters' values (digits 0–9, letters 10–35) modulo 26.
pub fn check_letter(stem: &str) -> char {
    let sum: u32 = stem
        .chars()
        .enumerate()
        .map(|(i, c)| c.to_digit(36).unwrap_or(0) * (i as u32 + 1))
        .sum();
    char::from(b'A' + (sum % 26) as u8)
}

#[cfg(test)]
/// Whether a login has the generated form and a correct check letter.
pub fn is_generated_login(login: &str) -> bool {
    let b = login.as_bytes();
    login.len() == 10
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && b[3..9].iter().all(u8::is_ascii_digit)
        && check_letter(&login[..9]) == char::from(b[9])
}

/// A login for a person who was given none: 3 letters of the last name, 6 digits, a check
/// letter. Deterministic for the same person and `attempt`, so that importing the same file
/// twice finds the same login; the caller tries the next attempt on a collision.
pub fn generate_login(last_name: &str, first_name: &str, email: &str, attempt: u32) -> String {
    let prefix = login_prefix(last_name);
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{attempt}",
        last_name.trim().to_lowercase(),
        first_name.trim().to_lowercase(),
        email.trim().to_lowercase()
    );
    let stem = format!("{prefix}{:06}", fnv1a(key.as_bytes()) % 1_000_000);
    let letter = check_letter(&stem);
    format!("{stem}{letter}")
}

/// The three letters a generated login starts with: the last name's first letters, in
/// plain upper-case ASCII, padded with `X`.
pub fn login_prefix(last_name: &str) -> String {
    let mut prefix: String = fold_accents(last_name)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .take(3)
        .collect();
    while prefix.len() < 3 {
        prefix.push('X');
    }
    prefix
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// French names in plain ASCII for generated logins: accented letters become their plain
/// upper-case letter (`Émilie` → `EMilie`), anything else stays as it is.
pub fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'À' | 'Â' | 'Ä' => 'A',
            'ç' | 'Ç' => 'C',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'î' | 'ï' | 'Î' | 'Ï' => 'I',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'O',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ÿ' | 'Ÿ' => 'Y',
            other => other,
        })
        .collect()
}

/// SIRET: 14 digits (spaces allowed in input) whose Luhn sum is a multiple of 10.
pub fn siret(input: &str) -> Decided<String> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::Invalid(format!(
            "SIRET {:?} is not valid: it has 14 digits",
            input.trim()
        )));
    }
    if !super::luhn::luhn_ok(&digits) {
        return Err(Refusal::Invalid(format!(
            "SIRET {digits} is not valid: its check digit is wrong (Luhn); check the number"
        )));
    }
    Ok(digits)
}

/// E-mail syntax: the one check, shared with delivery (see `address`).
pub fn email(input: &str) -> Decided<String> {
    super::address::email(input)
}

/// The code of a Caf: 3 digits (e.g. 161).
pub fn caf_code(input: &str) -> Decided<String> {
    let c = input.trim();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_digit()) {
        Ok(c.to_string())
    } else {
        Err(Refusal::Invalid(format!(
            "Caf code {c:?} is not valid: 3 digits (e.g. 161)"
        )))
    }
}

/// Codes of partners, services and sites: 1–30 letters, digits, `-` or `_`, kept as given
/// (e.g. `2016-00123`, `ALSH-0042`).
pub fn code(what: &str, input: &str) -> Decided<String> {
    let c = input.trim();
    let ok = (1..=30).contains(&c.len())
        && c.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(c.to_string())
    } else {
        Err(Refusal::Invalid(format!(
            "{what} code {c:?} is not valid: 1 to 30 letters, digits, '-' or '_'"
        )))
    }
}

/// A name or other free text: trimmed, not empty, one line, at most 200 characters.
pub fn text(what: &str, input: &str) -> Decided<String> {
    let t = input.trim();
    if t.is_empty() {
        return Err(Refusal::Invalid(format!("{what} is empty")));
    }
    if t.chars().count() > 200 || t.chars().any(char::is_control) {
        return Err(Refusal::Invalid(format!(
            "{what} is not valid: one line of at most 200 characters"
        )));
    }
    Ok(t.to_string())
}

/// A calendar date, YYYY-MM-DD; the French DD/MM/YYYY of spreadsheets is accepted too.
pub fn date(what: &str, input: &str) -> Decided<String> {
    let d = input.trim();
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let french = time::macros::format_description!("[day]/[month]/[year]");
    let parsed = if d.len() != 10 {
        None
    } else if d.contains('/') {
        time::Date::parse(d, &french).ok()
    } else {
        time::Date::parse(d, &iso).ok()
    };
    match parsed.and_then(|date| date.format(&iso).ok()) {
        Some(s) => Ok(s),
        None => Err(Refusal::Invalid(format!(
            "{what} {d:?} is not a valid date: expected DD/MM/YYYY or YYYY-MM-DD"
        ))),
    }
}

/// The date a document was received: a real date, and not after `today` (YYYY-MM-DD): a
/// receipt in the future is a typing mistake that would open a partner early.
pub fn received(what: &str, input: &str, today: &str) -> Decided<String> {
    let d = date(what, input)?;
    if d.as_str() > today {
        return Err(Refusal::Invalid(format!(
            "{what} {d} is in the future: a document is recorded once received (today is {today})"
        )));
    }
    Ok(d)
}

/// Whether `input` can only be a month-first date (`03/25/2024`): not a day-first one, yet
/// a valid date with its first two numbers swapped. Such a date proves its whole column
/// month-first, where `05/03/2024` would silently be read as 5 March.
pub fn month_first_only(input: &str) -> bool {
    let d = input.trim();
    if d.len() != 10 || date("date", d).is_ok() {
        return false;
    }
    let swapped = match (d.get(0..2), d.get(2..3), d.get(3..5), d.get(5..)) {
        (Some(m), Some("/"), Some(day), Some(rest)) => format!("{day}/{m}{rest}"),
        _ => return false,
    };
    date("date", &swapped).is_ok()
}

/// A yes/no cell of a spreadsheet: yes/oui/1/true/x, or no/non/0/false/empty.
pub fn yes_no(what: &str, input: &str) -> Decided<bool> {
    match input.trim().to_lowercase().as_str() {
        "yes" | "y" | "oui" | "o" | "1" | "true" | "vrai" | "x" => Ok(true),
        "" | "no" | "n" | "non" | "0" | "false" | "faux" => Ok(false),
        other => Err(Refusal::Invalid(format!(
            "{what} {other:?}: expected yes or no"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn logins_are_upper_cased_and_checked() {
        assert_eq!(login("durand01").unwrap(), "DURAND01");
        assert!(login("abc").is_err());
        assert!(login("ABCDEFGHIJKLMNOPQRSTU").is_err());
        assert!(login("DUR-AND").is_err());
        assert!(login("DURANDÉ").is_err());
        for l in ["durand01", "abc", "DUR-AND", "DURANDÉ", " ABCD "] {
            assert_eq!(is_login(l), login(l).is_ok(), "{l}");
        }
    }

    #[test]
    fn siret_luhn() {
        assert!(siret("732 829 320 00074").is_ok());
        assert!(siret("73282932000075").is_err());
        assert!(siret("7328293200007").is_err());
        assert!(siret("7328293200007A").is_err());
    }

    #[test]
    fn emails() {
        assert!(email("claire.durand@angouleme.fr").is_ok());
        assert!(email("claire.durand@").is_err());
        assert!(email("claire durand@angouleme.fr").is_err());
        assert!(email("nobody").is_err());
    }

    #[test]
    fn dates() {
        assert!(date("date", "2020-02-06").is_ok());
        assert!(date("date", "2020-02-30").is_err());
        assert_eq!(date("date", "06/02/2020").unwrap(), "2020-02-06");
        assert!(date("date", "2020/02/06").is_err());
        assert!(date("date", "31/02/2020").is_err());
    }

    #[test]
    fn a_receipt_is_never_in_the_future() {
        assert_eq!(
            received("convention", "2026-12-03", "2026-12-03").unwrap(),
            "2026-12-03"
        );
        assert!(received("convention", "2026-12-04", "2026-12-03").is_err());
        assert!(received("convention", "9999-12-31", "2026-12-03").is_err());
    }

    #[test]
    fn only_a_date_that_cannot_be_day_first_proves_month_first() {
        assert!(month_first_only("03/25/2024"));
        assert!(!month_first_only("05/03/2024"));
        assert!(!month_first_only("2024-03-25"));
        assert!(!month_first_only("02/30/2024"));
        assert!(!month_first_only("13/13/2024"));
    }

    proptest! {
        #[test]
        fn generated_logins_have_the_spec_form(last in "\\PC{0,20}", first in "\\PC{0,10}", n in 0u32..50) {
            let l = generate_login(&last, &first, "x@y.fr", n);
            prop_assert!(is_generated_login(&l), "{l}");
            prop_assert_eq!(login(&l).unwrap(), l);
        }

        #[test]
        fn one_changed_character_breaks_the_check_letter(pos in 3usize..9, d in 0u8..10) {
            let l = generate_login("Durand", "Claire", "c@d.fr", 0);
            let mut b = l.clone().into_bytes();
            prop_assume!(b[pos] != b'0' + d);
            b[pos] = b'0' + d;
            let changed = String::from_utf8(b).unwrap();
            prop_assert!(!is_generated_login(&changed));
        }
    }
}
