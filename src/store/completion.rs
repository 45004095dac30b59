//! The values shell completion offers, read from the store for the acting account: the
//! store is opened read-only, never created or migrated, and any failure simply means no
//! values. Completion offers only what the actor may read (SPEC §7): nothing to an unknown
//! or suspended account, or to none; a partner's account gets its own partner's logins,
//! services, sites and declarations; a national Caf agent gets them all, an agent of one Caf its Caf's.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::domain::access::{Actor, Caf};

/// What a completed argument names.
#[derive(Clone, Copy, Debug)]
pub enum Values {
    Logins,
    Partners,
    Services,
    /// The sites of the service on the line (`--service`, or the declaration's).
    Sites,
    Calls,
    Declarations,
    /// The members of the declarer group of the service on the line (or of the actor's
    /// partner): who may receive a profile.
    Declarers,
    /// The workshops still ahead (anyone who may act reads them all).
    Workshops,
}

/// What the command line being completed says, as far as the values depend on it.
#[derive(Debug, Default)]
pub struct Line {
    /// `--as`, else `AFAS_AS`.
    pub actor: Option<String>,
    /// `--service`.
    pub service: Option<String>,
    /// The declaration id of a `declaration` command.
    pub declaration: Option<i64>,
}

/// (value, help) pairs for `what`, from the store at `path`, as `line`'s actor may read
/// them; empty when it cannot be read or the actor may read nothing.
pub fn values(path: &Path, what: Values, line: &Line) -> Vec<(String, Option<String>)> {
    let run = || -> rusqlite::Result<Vec<(String, Option<String>)>> {
        let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let Some(actor) = actor(&db, line.actor.as_deref())? else {
            return Ok(Vec::new());
        };
        // ?1 is the partner the actor reads (None: a national agent, who reads all), or
        // the Caf whose partners an agent of one Caf reads; `within` says which.
        let (only, within) = match (&actor.partner, actor.caf_code()) {
            (Some(p), _) => (Some(p.as_str()), "= ?1".to_string()),
            (None, Some(caf)) => (Some(caf), format!("IN ({})", super::reach::caf_partners(1))),
            (None, None) => (None, "= ?1 OR ?1 IS NULL".to_string()),
        };
        let sql = match what {
            Values::Logins => format!(
                "SELECT login, first_name || ' ' || last_name FROM account
                 WHERE (partner {within}) OR (partner IS NULL AND {agent})
                 ORDER BY login LIMIT 5000",
                agent = actor.is_agent()
            ),
            Values::Partners => format!(
                "SELECT code, name FROM partner WHERE code {within} ORDER BY code LIMIT 5000"
            ),
            Values::Services => format!(
                "SELECT code, name FROM service WHERE partner {within} ORDER BY code LIMIT 5000"
            ),
            Values::Sites => format!(
                "SELECT x.code, x.name FROM site x JOIN service s ON s.code = x.service
                 WHERE (s.partner {within})
                   AND x.service = coalesce(?2, (SELECT service FROM declaration WHERE id = ?3))
                 ORDER BY x.code LIMIT 5000"
            ),
            Values::Calls => "SELECT id, status FROM call ORDER BY id".to_string(),
            Values::Declarations => format!(
                "SELECT CAST(id AS TEXT), service || ' ' || state FROM declaration
                 WHERE partner {within} ORDER BY id DESC LIMIT 5000"
            ),
            Values::Declarers => format!(
                "SELECT m.login, a.first_name || ' ' || a.last_name
                 FROM membership m JOIN account a ON a.login = m.login
                 WHERE m.kind = 'declarer' AND (m.partner {within})
                   AND (?2 IS NULL OR m.partner = (SELECT partner FROM service WHERE code = ?2))
                 ORDER BY m.login LIMIT 5000"
            ),
            Values::Workshops => "SELECT CAST(id AS TEXT), date || ' ' || place FROM workshop
                 WHERE date >= date('now') ORDER BY date, id LIMIT 5000"
                .to_string(),
        };
        let mut stmt = db.prepare(&sql)?;
        let wanted = stmt.parameter_count();
        let all = params![only, line.service, line.declaration];
        let rows = stmt.query_map(&all[..wanted], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    };
    run().unwrap_or_default()
}

/// The acting account, if it may read anything: known, active, of an open partner (or a
/// Caf agent). The same test as a command's (`Actor::can_act`).
fn actor(db: &Connection, login: Option<&str>) -> rusqlite::Result<Option<Actor>> {
    let Some(login) = login.map(|l| l.trim().to_ascii_uppercase()) else {
        return Ok(None);
    };
    let row = db
        .query_row(
            "SELECT a.partner, a.status = 'active',
                    a.partner IS NULL OR p.status = 'open', a.caf_code
             FROM account a LEFT JOIN partner p ON p.code = a.partner WHERE a.login = ?1",
            [&login],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            },
        )
        .optional()?;
    Ok(row.and_then(|(partner, active, partner_open, caf_code)| {
        let actor = Actor {
            login,
            partner,
            partner_open,
            active,
            admin: false,
            manages: Vec::new(),
            member_of: Vec::new(),
            // The Caf's partners are filtered in SQL (`within`): only its code is needed.
            caf: caf_code.map(|code| Caf::new(code, [])),
        };
        actor.can_act().is_ok().then_some(actor)
    }))
}
