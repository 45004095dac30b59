//! Calls for declaration and the set-based creation of their declarations and forms; the
//! holders of their services (`holders.rs`).

mod holders;

use anyhow::Result;

use super::sql::Dialect;
use super::sql::{args, Row};
use super::{reach, Tx};
use crate::domain::call::NewCall;
use crate::domain::records::Call;
use crate::domain::{DeclarationState, FormKind};
use crate::error::not_found;
pub use holders::{readiness, recipients, recipients_counted, ActiveHolders, Fact};

/// A call with the counts of the declarations the actor reads: of partner ?1 (when given)
/// and of the Caf ?2 (an agent of one Caf).
fn select() -> String {
    let of_caf = reach::of_caf("d.partner", 2);
    format!(
        "SELECT c.id, c.kind, c.type, c.year, c.deadline, c.activity, c.financial, c.status,
           (SELECT count(*) FROM declaration d WHERE d.call = c.id
              AND (?1 IS NULL OR d.partner = ?1) AND {of_caf}),
           (SELECT count(*) FROM declaration d WHERE d.call = c.id AND d.state = 'transmise-caf'
              AND (?1 IS NULL OR d.partner = ?1) AND {of_caf}),
           c.opened_by, c.opened_at, c.closed_at, c.caf_code
         FROM call c"
    )
}

fn from_row(r: &Row) -> Result<Call> {
    let mut forms = Vec::new();
    if r.get::<bool>(5)? {
        forms.push(FormKind::Activity);
    }
    if r.get::<bool>(6)? {
        forms.push(FormKind::Financial);
    }
    Ok(Call {
        id: r.get(0)?,
        kind: r.get(1)?,
        decl_type: r.get(2)?,
        year: r.get(3)?,
        deadline: r.get(4)?,
        forms,
        status: r.get(7)?,
        declarations: r.get(8)?,
        transmitted: r.get(9)?,
        opened_by: r.get(10)?,
        opened_at: r.get(11)?,
        closed_at: r.get(12)?,
        caf_code: r.get(13)?,
    })
}

/// A call; its declaration counts cover one partner's only when `partner` is given, and
/// an agent of one Caf's those of its Caf's partners.
pub fn find(tx: &Tx, id: &str, partner: Option<&str>) -> Result<Option<Call>> {
    tx.db.query_opt(
        &format!("{} WHERE c.id = ?3", select()),
        args![partner, tx.actor.caf_code(), id],
        from_row,
    )
}

pub fn get(tx: &Tx, id: &str, partner: Option<&str>) -> Result<Call> {
    find(tx, id, partner)?.ok_or_else(|| not_found(format!("no call {id}")))
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Call>> {
    let rows = tx.db.query_map(
        &format!("{} ORDER BY c.year, c.id", select()),
        args![partner, tx.actor.caf_code()],
        from_row,
    )?;
    Ok(rows)
}

/// From how many declarations a call's opening refreshes the server's statistics of them:
/// a call of a few services is planned well without.
const ANALYZE_FROM: usize = 1_000;

/// Inserts the call, then one declaration per service of its kind of every open partner
/// (or of `partners`; of its Caf only for a Caf's call), with their forms, in three
/// set-based statements. Returns the number of declarations.
pub fn open(tx: &Tx, c: &NewCall, partners: Option<&[String]>, by: &str) -> Result<usize> {
    let now = tx.now.as_str();
    tx.db.run("INSERT INTO call (id, kind, type, year, deadline, activity, financial, opened_by, opened_at, caf_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", args![c.id, c.kind, c.decl_type, c.year, c.deadline, c.activity, c.financial, by, now, c.caf_code])?;
    let partners_json = partners.map(|p| serde_json::to_string(p).unwrap_or_default());
    // The partners named travel as one JSON array, read as rows by each dialect's own
    // function.
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "INSERT INTO declaration (call, service, partner)
             SELECT ?1, s.code, s.partner FROM service s JOIN partner p ON p.code = s.partner
             WHERE s.kind = ?2 AND p.status = 'open' AND (?4 IS NULL OR p.caf_code = ?4)
               AND (?3 IS NULL OR p.code IN (SELECT value FROM json_each(?3)))
             ORDER BY s.code"
        }
        Dialect::Postgres => {
            "INSERT INTO declaration (call, service, partner)
             SELECT ?1, s.code, s.partner FROM service s JOIN partner p ON p.code = s.partner
             WHERE s.kind = ?2 AND p.status = 'open' AND (?4 IS NULL OR p.caf_code = ?4)
               AND (?3 IS NULL
                    OR p.code IN (SELECT value FROM json_array_elements_text(CAST(?3 AS JSON))))
             ORDER BY s.code"
        }
    };
    let n = tx
        .db
        .run(sql, args![c.id, c.kind, partners_json, c.caf_code])? as usize;
    let activity_state = c.form_state(FormKind::Activity);
    let financial_state = c.form_state(FormKind::Financial);
    // One activity form per site, or one for the service when it has none.
    tx.db.run(
        "INSERT INTO form (declaration, kind, site, state)
         SELECT d.id, 'activity', si.code, ?2
         FROM declaration d JOIN site si ON si.service = d.service WHERE d.call = ?1",
        args![c.id, activity_state],
    )?;
    tx.db.run(
        "INSERT INTO form (declaration, kind, site, state)
         SELECT d.id, 'activity', NULL, ?2 FROM declaration d
         WHERE d.call = ?1 AND NOT EXISTS (SELECT 1 FROM site si WHERE si.service = d.service)",
        args![c.id, activity_state],
    )?;
    tx.db.run(
        "INSERT INTO form (declaration, kind, site, state)
         SELECT d.id, 'financial', NULL, ?2 FROM declaration d WHERE d.call = ?1",
        args![c.id, financial_state],
    )?;
    if tx.dialect() == Dialect::Postgres && n >= ANALYZE_FROM {
        // The server's statistics do not know the rows just written: it would take a
        // national call's 60 000 declarations for a hundred and read its 300 000 holdings
        // (`holdings`) by one index lookup each, then one account lookup each, where it
        // hashes once it knows. ANALYZE counts this transaction's own rows (a sample, some
        // tens of milliseconds); it is what autovacuum would do after the commit. Only the
        // table's owner may, so the store's own function does it for a Caf agent. Run after
        // the forms: their ids follow the order of the plan the inserts had.
        tx.db.run("SELECT afas_analyze_declaration()", args![])?;
    }
    Ok(n)
}

pub fn close(tx: &Tx, id: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db.run(
        "UPDATE call SET status = 'closed', closed_at = ?2 WHERE id = ?1",
        args![id, now],
    )?;
    Ok(())
}

/// Declarations of the call by state.
pub fn count_by_state(
    tx: &Tx,
    call: &str,
    partner: Option<&str>,
) -> Result<Vec<(DeclarationState, i64)>> {
    let rows = tx.db.query_map(
        &format!(
            "SELECT state, count(*) FROM declaration
             WHERE call = ?1 AND (?2 IS NULL OR partner = ?2) AND {}
             GROUP BY state ORDER BY state",
            reach::of_caf("partner", 3)
        ),
        args![call, partner, tx.actor.caf_code()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows)
}
