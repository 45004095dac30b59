//! The Luhn check digit of SIRET numbers. On its own, with no dependency, so that the
//! national data generator (examples/national.rs) uses this very function to make valid
//! SIRETs instead of a copy.

/// Whether `digits` (ASCII digits only) end with a right Luhn check digit.
pub fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 {
                    dd - 9
                } else {
                    dd
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}
