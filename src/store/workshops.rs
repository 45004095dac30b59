//! Workshops (the Caf's training sessions) and who comes to each (migrations 010 / pg 006).

use anyhow::Result;
use serde_json::json;

use super::sql::{args, Dialect, Row};
use super::Tx;
use crate::domain::records::{Registration, Workshop};
use crate::domain::workshops::{no_workshop, NewWorkshop, Session};

/// The seats taken in session `id`, by anyone. On PostgreSQL a partner's people read only
/// their own partner's registrations, so the seats come through a function of the owner's
/// that tells seats and never who holds them (pg migration 006).
fn seats_sql(dialect: Dialect, session: &str) -> String {
    match dialect {
        Dialect::Sqlite => format!("SELECT seat FROM registration WHERE workshop = {session}"),
        Dialect::Postgres => format!("SELECT s FROM afas_workshop_seats({session}) AS s"),
    }
}

fn select(tx: &Tx) -> String {
    format!(
        "SELECT w.id, w.date, w.place, w.capacity, (SELECT count(*) FROM ({}) t),
                w.created_by, w.created_at
         FROM workshop w",
        seats_sql(tx.dialect(), "w.id")
    )
}

fn from_row(r: &Row) -> Result<Workshop> {
    let capacity: i64 = r.get(3)?;
    let registered: i64 = r.get(4)?;
    Ok(Workshop {
        id: r.get(0)?,
        date: r.get(1)?,
        place: r.get(2)?,
        capacity,
        registered,
        free: (capacity - registered).max(0),
        created_by: r.get(5)?,
        created_at: r.get(6)?,
    })
}

pub fn find(tx: &Tx, id: i64) -> Result<Option<Workshop>> {
    tx.db.query_opt(
        &format!("{} WHERE w.id = ?1", select(tx)),
        args![id],
        from_row,
    )
}

/// Session `id`, which must exist (exit 3).
pub fn get(tx: &Tx, id: i64) -> Result<Workshop> {
    Ok(find(tx, id)?.ok_or_else(|| no_workshop(id))?)
}

/// Every session, soonest first.
pub fn list(tx: &Tx) -> Result<Vec<Workshop>> {
    tx.db.query_map(
        &format!("{} ORDER BY w.date, w.id", select(tx)),
        args![],
        from_row,
    )
}

/// What the rules need of a session.
pub fn session(w: &Workshop) -> Session {
    Session {
        id: w.id,
        date: w.date.clone(),
        capacity: w.capacity,
    }
}

/// The seats taken in session `id`, by anyone.
pub fn taken(tx: &Tx, id: i64) -> Result<Vec<i64>> {
    tx.db
        .query_map(&seats_sql(tx.dialect(), "?1"), args![id], |r| r.get(0))
}

/// Whether `login` holds a seat in session `id`.
pub fn is_registered(tx: &Tx, id: i64, login: &str) -> Result<bool> {
    tx.db.exists(
        "SELECT 1 FROM registration WHERE workshop = ?1 AND login = ?2",
        args![id, login],
    )
}

/// Who comes to session `id`, as the acting account may know it: a partner's people see
/// their own partner's registrations only (SPEC §7); by name.
pub fn registrations(tx: &Tx, id: i64) -> Result<Vec<Registration>> {
    let all = tx.db.query_map(
        "SELECT r.login, a.first_name, a.last_name, a.partner, r.registered_by, r.registered_at
         FROM registration r JOIN account a ON a.login = r.login
         WHERE r.workshop = ?1 ORDER BY a.last_name, a.first_name, r.login",
        args![id],
        |r| {
            Ok(Registration {
                login: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                partner: r.get::<Option<String>>(3)?.unwrap_or_default(),
                registered_by: r.get(4)?,
                registered_at: r.get(5)?,
            })
        },
    )?;
    Ok(all
        .into_iter()
        .filter(|r| tx.actor.sees(Some(&r.partner)))
        .collect())
}

/// Writes a new session in the acting agent's name, with its audit; answers its id.
pub fn create(tx: &Tx, w: &NewWorkshop) -> Result<i64> {
    let id: i64 = tx.db.query_one(
        "INSERT INTO workshop (date, place, capacity, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        args![w.date, w.place, w.capacity, tx.actor.login, tx.now],
        |r| r.get(0),
    )?;
    tx.audit(
        "workshop.create",
        &id.to_string(),
        None,
        json!({"date": w.date, "place": w.place, "capacity": w.capacity}),
    )?;
    Ok(id)
}

/// Gives `login` (a person of `partner`) `seat` in session `s`, with its audit.
pub fn register(tx: &Tx, s: &Session, login: &str, partner: &str, seat: i64) -> Result<()> {
    tx.db.run(
        "INSERT INTO registration (workshop, login, capacity, seat, registered_by, registered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        args![s.id, login, s.capacity, seat, tx.actor.login, tx.now],
    )?;
    tx.audit(
        "workshop.register",
        &format!("{}/{login}", s.id),
        Some(partner),
        json!({"date": s.date, "seat": seat}),
    )
}

/// Takes `login`'s seat in session `s` back, with its audit.
pub fn unregister(tx: &Tx, s: &Session, login: &str, partner: &str) -> Result<()> {
    tx.db.run(
        "DELETE FROM registration WHERE workshop = ?1 AND login = ?2",
        args![s.id, login],
    )?;
    tx.audit(
        "workshop.unregister",
        &format!("{}/{login}", s.id),
        Some(partner),
        json!({"date": s.date}),
    )
}
