//! The two Afas groups of each partner, their managers and members.

use super::Tx;
use crate::domain::records::Group;
use anyhow::Result;
use rusqlite::{params, OptionalExtension, Row};

use crate::domain::GroupKind;
use crate::error::not_found;

fn from_row(r: &Row) -> rusqlite::Result<Group> {
    let members: Option<String> = r.get(3)?;
    let mut members: Vec<String> = members
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    members.sort();
    Ok(Group {
        partner: r.get(0)?,
        group: r.get(1)?,
        manager: r.get(2)?,
        members,
        created_at: r.get(4)?,
    })
}

const SELECT: &str = "
    SELECT g.partner, g.kind, g.manager,
           (SELECT group_concat(m.login, ' ') FROM membership m
             WHERE m.partner = g.partner AND m.kind = g.kind),
           g.created_at
    FROM grp g";

pub fn find(tx: &Tx, partner: &str, kind: GroupKind) -> Result<Option<Group>> {
    Ok(tx
        .db
        .prepare_cached(&format!("{SELECT} WHERE g.partner = ?1 AND g.kind = ?2"))?
        .query_row(params![partner, kind.as_str()], from_row)
        .optional()?)
}

pub fn get(tx: &Tx, partner: &str, kind: GroupKind) -> Result<Group> {
    find(tx, partner, kind)?.ok_or_else(|| {
        not_found(format!(
            "partner {partner} has no {kind} group: create it with `afas group create {partner} {kind} --manager LOGIN`"
        ))
    })
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Group>> {
    let mut stmt = tx.db.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR g.partner = ?1 ORDER BY g.partner, g.kind"
    ))?;
    let rows = stmt.query_map([partner], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(tx: &Tx, partner: &str, kind: GroupKind, manager: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db
        .prepare_cached(
            "INSERT INTO grp (partner, kind, manager, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![partner, kind.as_str(), manager, now])?;
    Ok(())
}

pub fn set_manager(tx: &Tx, partner: &str, kind: GroupKind, manager: &str) -> Result<()> {
    tx.db.execute(
        "UPDATE grp SET manager = ?3 WHERE partner = ?1 AND kind = ?2",
        params![partner, kind.as_str(), manager],
    )?;
    Ok(())
}

pub fn is_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<bool> {
    Ok(tx
        .db
        .prepare_cached("SELECT 1 FROM membership WHERE partner = ?1 AND kind = ?2 AND login = ?3")?
        .exists(params![partner, kind.as_str(), login])?)
}

pub fn add_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db
        .prepare_cached(
            "INSERT INTO membership (partner, kind, login, added_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![partner, kind.as_str(), login, now])?;
    Ok(())
}

pub fn remove_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<()> {
    tx.db
        .prepare_cached("DELETE FROM membership WHERE partner = ?1 AND kind = ?2 AND login = ?3")?
        .execute(params![partner, kind.as_str(), login])?;
    Ok(())
}
