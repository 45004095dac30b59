//! A query's optional filters (`--partner`, `--service`, one person), each written into the
//! SQL only when given. SQLite answers `(?1 IS NULL OR s.partner = ?1)` by reading every
//! row, since the plan is made before the value is known; `s.partner = ?1` uses the index.
//! On a national store that is 300 000 holdings read to find one person's two.

use super::Param;

/// The filters given, as SQL conditions and their parameters (numbered from `?1`).
#[derive(Default)]
pub struct Only<'a> {
    conditions: Vec<String>,
    values: Vec<&'a str>,
}

impl<'a> Only<'a> {
    /// `column = value`, when there is a value.
    pub fn eq(mut self, column: &str, value: Option<&'a str>) -> Self {
        if let Some(v) = value {
            self.values.push(v);
            self.conditions
                .push(format!("{column} = ?{}", self.values.len()));
        }
        self
    }

    /// The conditions joined by AND, each after `AND` (to follow conditions of the query's
    /// own); empty when no filter was given.
    pub fn and(&self) -> String {
        self.conditions
            .iter()
            .map(|c| format!(" AND {c}"))
            .collect()
    }

    /// `WHERE` and the conditions; empty when no filter was given.
    pub fn clause(&self) -> String {
        match self.conditions.is_empty() {
            true => String::new(),
            false => format!("WHERE {}", self.conditions.join(" AND ")),
        }
    }

    /// The values of the conditions, in their order.
    pub fn params(&self) -> Vec<&dyn Param> {
        self.values.iter().map(|v| v as &dyn Param).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_filters_given_are_written_and_numbered_in_order() {
        let none = Only::default().eq("s.partner", None).eq("p.login", None);
        assert_eq!(
            (none.clause(), none.and(), none.params().len()),
            (String::new(), String::new(), 0)
        );
        let some = Only::default()
            .eq("s.partner", None)
            .eq("p.service", Some("ALSH-1"))
            .eq("p.login", Some("DURAND01"));
        assert_eq!(some.clause(), "WHERE p.service = ?1 AND p.login = ?2");
        assert_eq!(some.and(), " AND p.service = ?1 AND p.login = ?2");
        assert_eq!(some.params().len(), 2);
    }
}
