//! Calls for declaration and the set-based creation of their declarations and forms.

use std::collections::HashMap;

use anyhow::Result;

use postgres::fallible_iterator::FallibleIterator;

use super::sql::{args, translate, Conn, Dialect, Param, Row, Value};
use super::Tx;
use crate::domain::call::{NewCall, Recipient};
use crate::domain::readiness::{ServiceFacts, ServiceHolders, SiteFacts};
use crate::domain::records::Call;
use crate::domain::{DeclarationState, FormKind, ProfileKind};
use crate::error::not_found;

const SELECT: &str = "
    SELECT c.id, c.kind, c.type, c.year, c.deadline, c.activity, c.financial, c.status,
           (SELECT count(*) FROM declaration d WHERE d.call = c.id
              AND (?1 IS NULL OR d.partner = ?1)),
           (SELECT count(*) FROM declaration d WHERE d.call = c.id AND d.state = 'transmise-caf'
              AND (?1 IS NULL OR d.partner = ?1)),
           c.opened_by, c.opened_at, c.closed_at
    FROM call c";

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
    })
}

/// A call; its declaration counts cover one partner's only when `partner` is given.
pub fn find(tx: &Tx, id: &str, partner: Option<&str>) -> Result<Option<Call>> {
    tx.db.query_opt(
        &format!("{SELECT} WHERE c.id = ?2"),
        args![partner, id],
        from_row,
    )
}

pub fn get(tx: &Tx, id: &str, partner: Option<&str>) -> Result<Call> {
    find(tx, id, partner)?.ok_or_else(|| not_found(format!("no call {id}")))
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Call>> {
    let rows = tx.db.query_map(
        &format!("{SELECT} ORDER BY c.year, c.id"),
        args![partner],
        from_row,
    )?;
    Ok(rows)
}

/// From how many declarations a call's opening refreshes the server's statistics of them:
/// a call of a few services is planned well without.
const ANALYZE_FROM: usize = 1_000;

/// Inserts the call, then one declaration per service of its kind of every open partner
/// (or of `partners`), with their forms, in three set-based statements. Returns the number
/// of declarations.
pub fn open(tx: &Tx, c: &NewCall, partners: Option<&[String]>, by: &str) -> Result<usize> {
    let now = tx.now.as_str();
    tx.db.run("INSERT INTO call (id, kind, type, year, deadline, activity, financial, opened_by, opened_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", args![c.id, c.kind, c.decl_type, c.year, c.deadline, c.activity, c.financial, by, now])?;
    let partners_json = partners.map(|p| serde_json::to_string(p).unwrap_or_default());
    // The partners named travel as one JSON array, read as rows by each dialect's own
    // function.
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "INSERT INTO declaration (call, service, partner)
             SELECT ?1, s.code, s.partner FROM service s JOIN partner p ON p.code = s.partner
             WHERE s.kind = ?2 AND p.status = 'open'
               AND (?3 IS NULL OR p.code IN (SELECT value FROM json_each(?3)))
             ORDER BY s.code"
        }
        Dialect::Postgres => {
            "INSERT INTO declaration (call, service, partner)
             SELECT ?1, s.code, s.partner FROM service s JOIN partner p ON p.code = s.partner
             WHERE s.kind = ?2 AND p.status = 'open'
               AND (?3 IS NULL
                    OR p.code IN (SELECT value FROM json_array_elements_text(CAST(?3 AS JSON))))
             ORDER BY s.code"
        }
    };
    let n = tx.db.run(sql, args![c.id, c.kind, partners_json])? as usize;
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
        // tens of milliseconds); it is what autovacuum would do after the commit. Without
        // the right to, the server only warns. Run after the forms: their ids follow the
        // order of the plan the inserts had.
        tx.db.run("ANALYZE declaration", args![])?;
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

/// Every active holder of a profile on a service of the call (only on services not yet
/// transmitted when `pending_only`), once each, with all its services: in login order, each
/// person's services in code order.
pub fn recipients(tx: &Tx, call: &str, pending_only: bool) -> Result<Vec<Recipient>> {
    holdings(tx, call, pending_only, |_, _, _| {})
}

/// The active holders of each profile scope of a call's services, counted from the
/// holdings read for its e-mails (`recipients_counted`).
pub struct ActiveHolders(HashMap<String, ServiceActive>);

/// The active holders of one service, and the active FDAs of each of its sites.
#[derive(Default)]
struct ServiceActive {
    holders: ServiceHolders,
    fda_by_site: Vec<(String, usize)>,
}

/// For a call being opened: `recipients`, with the holdings they are read from counted by
/// profile scope for `readiness`. Those are the holdings of active accounts, the ones
/// readiness counts: counted as they are read, they need not be read again by
/// `profiles::service_facts_in_call` and `site_facts_in_call`, which also read the
/// suspended accounts' holdings to take them off (a second of a national call on
/// PostgreSQL).
pub fn recipients_counted(tx: &Tx, call: &str) -> Result<(Vec<Recipient>, ActiveHolders)> {
    let mut active: HashMap<String, ServiceActive> = HashMap::new();
    let recipients = holdings(tx, call, false, |service, kind, site| {
        if !active.contains_key(service) {
            active.insert(service.to_string(), ServiceActive::default());
        }
        let Some(a) = active.get_mut(service) else {
            return;
        };
        match (kind, site) {
            (ProfileKind::Approbateur, _) => a.holders.approvers += 1,
            (ProfileKind::Fdf, _) => a.holders.fdf += 1,
            (ProfileKind::Fda, None) => a.holders.fda_service += 1,
            (ProfileKind::Fda, Some(site)) => {
                match a.fda_by_site.iter_mut().find(|s| s.0 == site) {
                    Some(s) => s.1 += 1,
                    None => a.fda_by_site.push((site, 1)),
                }
            }
        }
    })?;
    Ok((recipients, ActiveHolders(active)))
}

/// A readiness fact of a call's services (`readiness`).
pub enum Fact {
    Service(ServiceFacts),
    Site(SiteFacts),
}

/// To `fact`, the readiness facts of every service of the call, then of each of their
/// sites, with the active holders `recipients_counted` found.
pub fn readiness(
    tx: &Tx,
    call: &str,
    active: &ActiveHolders,
    mut fact: impl FnMut(Fact),
) -> Result<()> {
    stream(
        tx,
        "SELECT s.partner, s.code FROM declaration d JOIN service s ON s.code = d.service
         WHERE d.call = ?1",
        args![call],
        |r| {
            let service: String = r.get(1)?;
            let holders = active
                .0
                .get(&service)
                .map(|a| a.holders)
                .unwrap_or_default();
            fact(Fact::Service(ServiceFacts {
                partner: r.get(0)?,
                service,
                holders,
            }));
            Ok(())
        },
    )?;
    stream(
        tx,
        "SELECT s.partner, s.code, si.code FROM declaration d JOIN service s ON s.code = d.service
         JOIN site si ON si.service = s.code
         WHERE d.call = ?1",
        args![call],
        |r| {
            let (service, site): (String, String) = (r.get(1)?, r.get(2)?);
            let fda = active
                .0
                .get(&service)
                .and_then(|a| a.fda_by_site.iter().find(|s| s.0 == site))
                .map_or(0, |s| s.1);
            fact(Fact::Site((r.get(0)?, service, site, fda)));
            Ok(())
        },
    )
}

/// The recipients, and each holding they are read from (service, profile, site) to `count`.
///
/// The query returns one row per holding; they are grouped by person here, whatever order
/// they come in. SQLite reads the accounts in login order (the primary key's order; logins
/// are upper case, so NOCASE and binary order agree) with their holdings by login, so its
/// rows come grouped already and nothing but each person's few services is sorted.
/// PostgreSQL joins the 300 000 holdings of a national call by hashing and sends them
/// unsorted: sorting them on the server spilled 40 MB to disk, and a nested loop in login
/// order looked up an account per holding.
fn holdings(
    tx: &Tx,
    call: &str,
    pending_only: bool,
    mut count: impl FnMut(&str, ProfileKind, Option<String>),
) -> Result<Vec<Recipient>> {
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "SELECT a.login, a.first_name, a.last_name, a.email, s.code, s.name, d.id, p.kind,
                    coalesce(p.site, '')
             FROM account a CROSS JOIN profile p ON p.login = a.login
             JOIN declaration d ON d.call = ?1 AND d.service = p.service
             JOIN service s ON s.code = d.service
             WHERE a.status = 'active'
               AND (?2 = 0 OR d.state <> 'transmise-caf')
             ORDER BY a.login, s.code"
        }
        Dialect::Postgres => {
            "SELECT a.login, a.first_name, a.last_name, a.email, s.code, s.name, d.id, p.kind,
                    coalesce(p.site, '')
             FROM profile p JOIN account a ON a.login = p.login
             JOIN declaration d ON d.call = ?1 AND d.service = p.service
             JOIN service s ON s.code = d.service
             WHERE a.status = 'active'
               AND (?2 = 0 OR d.state <> 'transmise-caf')"
        }
    };
    // SQLite's rows come grouped by person; PostgreSQL's need to know where each person is.
    let grouped = tx.dialect() == Dialect::Sqlite;
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Recipient> = Vec::new();
    stream(tx, sql, args![call, pending_only], |r| {
        let login: String = r.get(0)?;
        let service: (String, String, i64) = (r.get(4)?, r.get(5)?, r.get(6)?);
        let site: String = r.get(8)?;
        count(&service.0, r.get(7)?, (!site.is_empty()).then_some(site));
        let known = match out.last() {
            Some(last) if last.login == login => Some(out.len() - 1),
            _ => at.get(&login).copied(),
        };
        match known {
            Some(i) => {
                let services = &mut out[i].services;
                if services.last() != Some(&service) {
                    services.push(service);
                }
            }
            None => {
                if !grouped {
                    at.insert(login.clone(), out.len());
                }
                out.push(Recipient {
                    login,
                    first_name: r.get(1)?,
                    last_name: r.get(2)?,
                    email: r.get(3)?,
                    services: vec![service],
                });
            }
        }
        Ok(())
    })?;
    // A person holding two profiles of one service has two rows for it: listed once (when
    // the rows come sorted, they are adjacent and were merged as they came).
    for r in &mut out {
        r.services.sort_unstable();
        r.services.dedup();
    }
    out.sort_unstable_by(|a, b| a.login.cmp(&b.login));
    Ok(out)
}

/// Calls `f` with each row of the query, in order. On PostgreSQL the rows are streamed in
/// one go (`Conn::for_each` fetches them 10 000 at a time, each batch asked for once the
/// last is read): the server writes the next rows while afas reads these, as long as `f`
/// runs no query of its own.
fn stream(
    tx: &Tx,
    sql: &str,
    params: &[&dyn Param],
    mut f: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let Conn::Postgres(pg) = &tx.db else {
        return tx.db.for_each(sql, params, f);
    };
    let values: Vec<Value> = params.iter().map(|p| p.value()).collect();
    let mut t = pg.tx.borrow_mut();
    let mut rows = t.query_raw(translate(sql).as_str(), values.iter())?;
    while let Some(r) = rows.next()? {
        f(&Row::Postgres(&r))?;
    }
    Ok(())
}

/// Declarations of the call by state.
pub fn count_by_state(
    tx: &Tx,
    call: &str,
    partner: Option<&str>,
) -> Result<Vec<(DeclarationState, i64)>> {
    let rows = tx.db.query_map(
        "SELECT state, count(*) FROM declaration WHERE call = ?1 AND (?2 IS NULL OR partner = ?2)
         GROUP BY state ORDER BY state",
        args![call, partner],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows)
}
