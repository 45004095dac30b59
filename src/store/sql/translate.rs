//! SQLite's shared dialect to PostgreSQL's (see `store/sql/mod.rs`).

/// SQLite's shared dialect to PostgreSQL's (see the module's comment). Placeholders are
/// only rewritten outside quoted text.
pub fn translate(sql: &str) -> String {
    let mut sql = sql
        .replace("INSERT OR FAIL INTO", "INSERT INTO")
        .replace("group_concat(", "string_agg(")
        // SQLite's CROSS JOIN … ON only fixes the join order; PostgreSQL plans it itself.
        .replace("CROSS JOIN", "JOIN");
    // A list given as one JSON array, `IN (SELECT value FROM json_each(?1))`: PostgreSQL's
    // function of the same rows has another name and takes JSON; and as `= ANY(ARRAY(…))`
    // its planner looks each key up in the index even when the table has no statistics
    // yet (an import into new tables), where the `IN` form hash-joined a scan of the table.
    const LIST: &str = "IN (SELECT value FROM json_each(?";
    while let Some(at) = sql.find(LIST) {
        let digits: String = sql[at + LIST.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let end = at + LIST.len() + digits.len() + "))".len();
        sql.replace_range(
            at..end.min(sql.len()),
            &format!("= ANY(ARRAY(SELECT json_array_elements_text(CAST(?{digits} AS JSON))))"),
        );
    }
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
            out.push(c);
        } else if c == '?' && !quoted && chars.peek().is_some_and(char::is_ascii_digit) {
            if out.trim_end().ends_with(" IS") {
                let keep = out.trim_end().len();
                out.truncate(keep);
                out.push_str(" NOT DISTINCT FROM ");
            }
            let digits: String =
                std::iter::from_fn(|| chars.next_if(char::is_ascii_digit)).collect();
            let param = format!("${digits}");
            let rest: String = chars.clone().take(8).collect();
            if rest.starts_with(" IS NULL") {
                out.push_str(&format!("CAST({param} AS TEXT)"));
            } else {
                out.push_str(&param);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn sqlite_text_becomes_postgres_text() {
        assert_eq!(
            translate("SELECT 1 FROM t WHERE a = ?1 AND b IS ?2 AND c = '?3'"),
            "SELECT 1 FROM t WHERE a = $1 AND b IS NOT DISTINCT FROM $2 AND c = '?3'"
        );
        assert_eq!(
            translate("SELECT group_concat(k, ' ') FROM g WHERE ?1 IS NULL"),
            "SELECT string_agg(k, ' ') FROM g WHERE CAST($1 AS TEXT) IS NULL"
        );
        assert_eq!(
            translate("INSERT OR FAIL INTO audit (a) VALUES (?1)"),
            "INSERT INTO audit (a) VALUES ($1)"
        );
        assert_eq!(
            translate("SELECT 1 WHERE a IN (SELECT value FROM json_each(?2))"),
            "SELECT 1 WHERE a = ANY(ARRAY(SELECT json_array_elements_text(CAST($2 AS JSON))))"
        );
    }
}
