//! Inserts that PostgreSQL receives many rows at a time.
//!
//! An import writes hundreds of thousands of rows. Sent as one statement each, a PostgreSQL
//! store spends its time in round trips (100 000 accounts took 21 s, where `psql \copy` of
//! the same file takes 0.2 s). So on PostgreSQL the row of an `Insert` is not sent at once:
//! it waits, with the rows that follow, until anything else is asked of the connection (a
//! read, an update, the end of the transaction) or `WAITING` rows wait; then each table's
//! rows go as multi-row `INSERT … VALUES (…), (…)` statements of up to `ROWS` rows. SQLite,
//! in the process, runs each row at once.
//!
//! The rows wait in segments, one per table, in the order the tables came. A row joins its
//! table's segment unless a segment after it is of a table its table refers to
//! (`Insert::refers_to`): a group's member waits behind its group, never before it. So the
//! server meets every row after the rows it refers to, as if sent one by one.
//!
//! What the caller gives up: an insert's error (a broken unique index) comes from the
//! statement that sends it, a later one; so only rows whose every rule was decided first
//! are inserted this way, and the indexes stay a safety net. A value computed in SQL from
//! other rows (a free seat) would not see the rows of its own statement: such values are
//! computed by afas and given as parameters.

use std::sync::OnceLock;

use anyhow::Result;

use super::{pg_refs, Conn, PgTx, Value};

/// The most rows one statement carries (8 columns × 1 000 rows stays far below the
/// protocol's 65 535 parameters).
const ROWS: usize = 1_000;

/// The most rows that wait before they are sent anyway: memory stays bounded.
const WAITING: usize = 8 * ROWS;

/// A table's insert of plain values, one row at a time.
pub struct Insert {
    pub table: &'static str,
    pub columns: &'static [&'static str],
    /// The tables its rows refer to (foreign keys): its rows never overtake theirs.
    pub refers_to: &'static [&'static str],
    one_row: OnceLock<String>,
}

impl Insert {
    pub const fn new(
        table: &'static str,
        columns: &'static [&'static str],
        refers_to: &'static [&'static str],
    ) -> Insert {
        Insert {
            table,
            columns,
            refers_to,
            one_row: OnceLock::new(),
        }
    }

    /// The statement for one row, in the shared dialect (`?1`, `?2`, …).
    pub fn one_row(&self) -> &str {
        self.one_row.get_or_init(|| {
            // OR FAIL: nothing here is retried after an error, so SQLite keeps no statement
            // journal for it (migration 006); PostgreSQL's text drops the words.
            let marks: Vec<String> = (1..=self.columns.len()).map(|i| format!("?{i}")).collect();
            format!(
                "INSERT OR FAIL INTO {} ({}) VALUES ({})",
                self.table,
                self.columns.join(", "),
                marks.join(", ")
            )
        })
    }

    fn head(&self) -> String {
        format!("INSERT INTO {} ({})", self.table, self.columns.join(", "))
    }

    /// The PostgreSQL statement for `rows` rows.
    fn rows(&self, rows: usize) -> String {
        let width = self.columns.len();
        let mut sql = self.head();
        sql.push_str(" VALUES ");
        for r in 0..rows {
            sql.push_str(if r == 0 { "(" } else { ", (" });
            for c in 0..width {
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${}", r * width + c + 1));
            }
            sql.push(')');
        }
        sql
    }
}

/// A value kept until its row is sent.
#[derive(Debug)]
enum Kept {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
}

impl Kept {
    fn of(v: Value) -> Kept {
        match v {
            Value::Null => Kept::Null,
            Value::Int(i) => Kept::Int(i),
            Value::Text(s) => Kept::Text(s.to_string()),
            Value::Bool(b) => Kept::Bool(b),
        }
    }

    fn value(&self) -> Value<'_> {
        match self {
            Kept::Null => Value::Null,
            Kept::Int(i) => Value::Int(*i),
            Kept::Text(s) => Value::Text(s),
            Kept::Bool(b) => Value::Bool(*b),
        }
    }
}

/// One table's waiting rows, their values one after the other.
struct Segment {
    insert: &'static Insert,
    values: Vec<Kept>,
}

/// The rows waiting to be sent, in segments (see the module's comment).
#[derive(Default)]
pub struct Waiting {
    segments: Vec<Segment>,
    rows: usize,
}

impl Waiting {
    /// Adds a row; returns whether enough wait to be sent.
    fn add(&mut self, insert: &'static Insert, values: Vec<Value>) -> bool {
        let joinable = self.segments.iter().rposition(|s| {
            std::ptr::eq(s.insert, insert) || insert.refers_to.contains(&s.insert.table)
        });
        let values = values.into_iter().map(Kept::of);
        match joinable {
            Some(i) if std::ptr::eq(self.segments[i].insert, insert) => {
                self.segments[i].values.extend(values);
            }
            _ => self.segments.push(Segment {
                insert,
                values: values.collect(),
            }),
        }
        self.rows += 1;
        self.rows >= WAITING
    }
}

impl Conn<'_> {
    /// Inserts one row: at once on SQLite, with the rows that follow on PostgreSQL (see the
    /// module's comment).
    pub fn insert(&self, insert: &'static Insert, params: &[&dyn super::Param]) -> Result<()> {
        match self {
            Conn::Sqlite(_) => {
                self.run(insert.one_row(), params)?;
            }
            Conn::Postgres(pg) => {
                let values = params.iter().map(|p| p.value()).collect();
                if pg.waiting.borrow_mut().add(insert, values) {
                    send(pg)?;
                }
            }
        }
        Ok(())
    }

    /// Sends the rows that wait (nothing waits on SQLite).
    pub fn flush(&self) -> Result<()> {
        match self {
            Conn::Sqlite(_) => Ok(()),
            Conn::Postgres(pg) => send(pg),
        }
    }
}

/// Sends the waiting rows of `pg`: `ROWS` at a time by a statement kept prepared, the rest
/// by one prepared for this once (so that a long import keeps two statements per table).
pub(super) fn send(pg: &PgTx) -> Result<()> {
    let waiting = std::mem::take(&mut *pg.waiting.borrow_mut());
    for segment in waiting.segments {
        let width = segment.insert.columns.len();
        for chunk in segment.values.chunks(ROWS * width) {
            let rows = chunk.len() / width;
            let sql = segment.insert.rows(rows);
            let values: Vec<Value> = chunk.iter().map(Kept::value).collect();
            let refs = pg_refs(&values);
            if rows == ROWS {
                let stmt = Conn::pg_statement(pg, &sql)?;
                pg.tx.borrow_mut().execute(&stmt, &refs)?;
            } else {
                pg.tx.borrow_mut().execute(sql.as_str(), &refs)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    static GROUP: Insert = Insert::new("grp", &["partner", "kind"], &["partner"]);
    static MEMBER: Insert = Insert::new("membership", &["partner", "login"], &["grp"]);
    static AUDIT: Insert = Insert::new("audit", &["action"], &[]);

    fn tables(w: &Waiting) -> Vec<(&str, usize)> {
        w.segments
            .iter()
            .map(|s| (s.insert.table, s.values.len() / s.insert.columns.len()))
            .collect()
    }

    #[test]
    fn rows_of_a_table_wait_together_unless_they_would_overtake_what_they_refer_to() {
        let mut w = Waiting::default();
        for _ in 0..3 {
            w.add(&GROUP, vec![Value::Text("P"), Value::Text("declarer")]);
            w.add(&MEMBER, vec![Value::Text("P"), Value::Text("L")]);
            w.add(&AUDIT, vec![Value::Text("group.create")]);
        }
        // groups and members go in one statement each, groups first
        assert_eq!(tables(&w), [("grp", 3), ("membership", 3), ("audit", 3)]);
        // a group that comes later joins the groups: it still goes before the members
        w.add(&GROUP, vec![Value::Text("Q"), Value::Text("declarer")]);
        w.add(&MEMBER, vec![Value::Text("Q"), Value::Text("L")]);
        assert_eq!(tables(&w), [("grp", 4), ("membership", 4), ("audit", 3)]);
    }

    #[test]
    fn a_row_never_overtakes_a_row_of_a_table_it_refers_to() {
        let mut w = Waiting::default();
        w.add(&MEMBER, vec![Value::Text("P"), Value::Text("L")]);
        w.add(&GROUP, vec![Value::Text("Q"), Value::Text("declarer")]);
        w.add(&MEMBER, vec![Value::Text("Q"), Value::Text("L")]);
        assert_eq!(
            tables(&w),
            [("membership", 1), ("grp", 1), ("membership", 1)]
        );
    }

    #[test]
    fn the_statement_for_many_rows_numbers_every_value() {
        assert_eq!(
            MEMBER.rows(2),
            "INSERT INTO membership (partner, login) VALUES ($1, $2), ($3, $4)"
        );
        assert_eq!(
            MEMBER.one_row(),
            "INSERT OR FAIL INTO membership (partner, login) VALUES (?1, ?2)"
        );
    }
}
