//! The holders of a call's services: whom its e-mails go to, and the readiness facts of its
//! services counted from the same holdings.

use std::collections::HashMap;

use anyhow::Result;
use postgres::fallible_iterator::FallibleIterator;

use crate::domain::call::Recipient;
use crate::domain::readiness::ServiceHolders;
use crate::domain::ProfileKind;
use crate::store::sql::{args, translate, Conn, Dialect, Param, Row, Value};
use crate::store::Tx;

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

impl ServiceActive {
    fn count(&mut self, kind: ProfileKind, site: Option<&str>) {
        match (kind, site) {
            (ProfileKind::Approbateur, _) => self.holders.approvers += 1,
            (ProfileKind::Fdf, _) => self.holders.fdf += 1,
            (ProfileKind::Fda, None) => self.holders.fda_service += 1,
            (ProfileKind::Fda, Some(site)) => {
                match self.fda_by_site.iter_mut().find(|s| s.0 == site) {
                    Some(s) => s.1 += 1,
                    None => self.fda_by_site.push((site.to_string(), 1)),
                }
            }
        }
    }
}

/// For a call being opened: `recipients`, with the holdings they are read from counted by
/// profile scope for `readiness`. Those are the holdings of active accounts, the ones
/// readiness counts: counted as they are read, they need not be read again as
/// `profile check` does (`profiles::service_facts`, `site_facts`), which also reads the
/// suspended accounts' holdings to take them off (a second of a national call on
/// PostgreSQL).
pub fn recipients_counted(tx: &Tx, call: &str) -> Result<(Vec<Recipient>, ActiveHolders)> {
    let mut active: HashMap<String, ServiceActive> = HashMap::new();
    let recipients = holdings(tx, call, false, |service, kind, site| {
        match active.get_mut(service) {
            Some(a) => a.count(kind, site),
            None => {
                let mut a = ServiceActive::default();
                a.count(kind, site);
                active.insert(service.to_string(), a);
            }
        }
    })?;
    Ok((recipients, ActiveHolders(active)))
}

/// A readiness fact of a call's services (`readiness`), borrowed from the row it is read
/// from: most services are ready, and their facts need not be copied.
pub enum Fact<'a> {
    /// A service and its active holders.
    Service {
        partner: &'a str,
        service: &'a str,
        holders: ServiceHolders,
    },
    /// A site of a service and its active FDAs.
    Site {
        partner: &'a str,
        service: &'a str,
        site: &'a str,
        fda: usize,
    },
}

/// To `fact`, the readiness facts of every service of the call, then of each of their
/// sites, with the active holders `recipients_counted` found. `fact` is called as the rows
/// stream in: it must not use the store.
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
            let service = text(r, 1)?;
            let holders = active.0.get(service).map(|a| a.holders);
            fact(Fact::Service {
                partner: text(r, 0)?,
                service,
                holders: holders.unwrap_or_default(),
            });
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
            let (service, site) = (text(r, 1)?, text(r, 2)?);
            let fda = active
                .0
                .get(service)
                .and_then(|a| a.fda_by_site.iter().find(|s| s.0 == site))
                .map_or(0, |s| s.1);
            fact(Fact::Site {
                partner: text(r, 0)?,
                service,
                site,
                fda,
            });
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
/// order looked up an account per holding. The site is read as `coalesce(site, '')`, which
/// SQLite reads from the covering index `profile_unique`.
fn holdings(
    tx: &Tx,
    call: &str,
    pending_only: bool,
    mut count: impl FnMut(&str, ProfileKind, Option<&str>),
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
        let (login, code, name, id) = (text(r, 0)?, text(r, 4)?, text(r, 5)?, r.get(6)?);
        let kind = match ProfileKind::from_text(text(r, 7)?) {
            Some(kind) => kind,
            None => r.get(7)?, // the error that names the column
        };
        let site = text(r, 8)?;
        count(code, kind, (!site.is_empty()).then_some(site));
        let known = match out.last() {
            Some(last) if last.login == login => Some(out.len() - 1),
            _ => at.get(login).copied(),
        };
        let service = || (code.to_string(), name.to_string(), id);
        match known {
            Some(i) => {
                let services = &mut out[i].services;
                if services
                    .last()
                    .is_none_or(|(c, _, d)| c != code || *d != id)
                {
                    services.push(service());
                }
            }
            None => {
                if !grouped {
                    at.insert(login.to_string(), out.len());
                }
                out.push(Recipient {
                    login: login.to_string(),
                    first_name: r.get(1)?,
                    last_name: r.get(2)?,
                    email: r.get(3)?,
                    services: vec![service()],
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

/// A text column, borrowed from the row: `Row::get` copies it twice (once to read the cell
/// whatever its type, once into the value), which reading 300 000 holdings pays for in
/// allocations. For the columns that cannot be NULL.
fn text<'r>(r: &'r Row, i: usize) -> Result<&'r str> {
    Ok(match r {
        Row::Sqlite(r) => r.get_ref(i)?.as_str()?,
        Row::Postgres(r) => r.try_get(i)?,
    })
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
