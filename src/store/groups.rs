//! The two Afas groups of each partner, their managers and members.

use super::audit::Audit;
use super::sql::{args, Insert, Row};
use super::Tx;
use crate::domain::records::Group;
use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use crate::domain::groups::{no_group, ManagerChange, Seat};
use crate::domain::GroupKind;

fn from_row(r: &Row) -> Result<Group> {
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
    tx.db.query_opt(
        &format!("{SELECT} WHERE g.partner = ?1 AND g.kind = ?2"),
        args![partner, kind.as_str()],
        from_row,
    )
}

pub fn get(tx: &Tx, partner: &str, kind: GroupKind) -> Result<Group> {
    Ok(find(tx, partner, kind)?.ok_or_else(|| no_group(partner, kind))?)
}

pub fn list(tx: &Tx, partner: Option<&str>) -> Result<Vec<Group>> {
    let rows = tx.db.query_map(
        &format!("{SELECT} WHERE ?1 IS NULL OR g.partner = ?1 ORDER BY g.partner, g.kind"),
        args![partner],
        from_row,
    )?;
    Ok(rows)
}

/// How an imported group is listed in its batch's audit row.
#[derive(Serialize)]
struct ImportedGroup<'a> {
    group: &'a str,
    manager: &'a str,
}

static GROUP: Insert = Insert::new(
    "grp",
    &["partner", "kind", "manager", "created_at"],
    &["partner", "account"],
);
static MEMBER: Insert = Insert::new(
    "membership",
    &["partner", "kind", "login", "added_at"],
    &["grp", "account"],
);

/// Writes a new group with its manager, who becomes its first member, and its audit.
pub fn create(tx: &Tx, s: Seat, audit: &mut Audit) -> Result<()> {
    let now = tx.now.as_str();
    tx.db
        .insert(&GROUP, args![s.partner, s.group.as_str(), s.login, now])?;
    add_member(tx, s.partner, s.group, s.login)?;
    let target = format!("{}/{}", s.partner, s.group);
    audit.record(
        tx,
        "group.create",
        &target,
        Some(s.partner),
        || json!({"manager": s.login}),
        ImportedGroup {
            group: &target,
            manager: s.login,
        },
    )
}

/// Names `s.login` the manager of its group, a member too, with the audit of the change.
/// The import audits each change of manager on its own.
pub fn change_manager(tx: &Tx, s: Seat, change: &ManagerChange, audit: &Audit) -> Result<()> {
    if change.join {
        add_member(tx, s.partner, s.group, s.login)?;
    }
    tx.db.run(
        "UPDATE grp SET manager = ?3 WHERE partner = ?1 AND kind = ?2",
        args![s.partner, s.group.as_str(), s.login],
    )?;
    let details = match audit {
        Audit::Command => json!({"before": change.before, "after": s.login}),
        Audit::Import(_) => json!({"before": change.before, "after": s.login, "import": true}),
    };
    let target = format!("{}/{}", s.partner, s.group);
    tx.audit("group.manager", &target, Some(s.partner), details)
}

/// How an imported member is listed in its batch's audit row.
#[derive(Serialize)]
struct ImportedMember<'a> {
    login: &'a str,
    group: &'a str,
}

/// Adds `s.login` to its group, with the audit.
pub fn add(tx: &Tx, s: Seat, audit: &mut Audit) -> Result<()> {
    add_member(tx, s.partner, s.group, s.login)?;
    audit.record(
        tx,
        "group.add",
        s.login,
        Some(s.partner),
        || json!({"group": s.group.as_str()}),
        ImportedMember {
            login: s.login,
            group: s.group.as_str(),
        },
    )
}

pub fn is_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<bool> {
    tx.db.exists(
        "SELECT 1 FROM membership WHERE partner = ?1 AND kind = ?2 AND login = ?3",
        args![partner, kind.as_str(), login],
    )
}

fn add_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<()> {
    let now = tx.now.as_str();
    tx.db
        .insert(&MEMBER, args![partner, kind.as_str(), login, now])?;
    Ok(())
}

pub fn remove_member(tx: &Tx, partner: &str, kind: GroupKind, login: &str) -> Result<()> {
    tx.db.run(
        "DELETE FROM membership WHERE partner = ?1 AND kind = ?2 AND login = ?3",
        args![partner, kind.as_str(), login],
    )?;
    Ok(())
}
