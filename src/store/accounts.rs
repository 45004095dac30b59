//! Accounts, and the acting account with the facts the access rules need.

use super::sql::{args, Conn, Row};
use super::Tx;
use crate::domain::records::Account;
use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::access::Actor;
use crate::domain::GroupKind;
use crate::error::{forbidden, not_found};

/// The person fields of a new account.
pub struct NewAccount<'a> {
    pub login: &'a str,
    pub partner: Option<&'a str>,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub admin: bool,
}

// A group's manager is always of the group's partner (habilitation::same_partner), so the
// groups an account manages are looked up by its partner, on grp's primary key: two rows,
// not a scan of every group of the store (24 ms → 2 ms for `account show` at national
// scale).
const SELECT: &str = "
    SELECT a.login, a.partner, a.first_name, a.last_name, a.email, a.is_admin, a.status,
           a.created_at,
           (SELECT group_concat(m.kind, ' ') FROM membership m WHERE m.login = a.login),
           (SELECT group_concat(g.kind, ' ') FROM grp g
             WHERE g.partner = a.partner AND g.manager = a.login)
    FROM account a";

fn split(s: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = s
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

fn from_row(r: &Row) -> Result<Account> {
    let partner: Option<String> = r.get(1)?;
    let admin: bool = r.get(5)?;
    let role = match (&partner, admin) {
        (None, _) => "caf-agent",
        (Some(_), true) => "administrator",
        (Some(_), false) => "user",
    };
    Ok(Account {
        login: r.get(0)?,
        role: role.to_string(),
        partner,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        email: r.get(4)?,
        admin,
        status: r.get(6)?,
        created_at: r.get(7)?,
        groups: split(r.get(8)?),
        manages: split(r.get(9)?),
    })
}

pub fn find(tx: &Tx, login: &str) -> Result<Option<Account>> {
    tx.db
        .query_opt(&format!("{SELECT} WHERE a.login = ?1"), args![login], from_row)
}

pub fn get(tx: &Tx, login: &str) -> Result<Account> {
    find(tx, login)?.ok_or_else(|| not_found(format!("no account {login}")))
}

pub fn exists(tx: &Tx, login: &str) -> Result<bool> {
    Ok(tx
        .db
        .prepare_cached("SELECT 1 FROM account WHERE login = ?1")?
        .exists([login])?)
}

/// Accounts, optionally of one partner and one of its groups, by login.
pub fn list(tx: &Tx, partner: Option<&str>, group: Option<GroupKind>) -> Result<Vec<Account>> {
    tx.db.query_map(
        &format!(
            "{SELECT} WHERE (?1 IS NULL OR a.partner = ?1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM membership m
                     WHERE m.login = a.login AND m.kind = ?2 AND m.partner = a.partner))
             ORDER BY a.login"
        ),
        args![partner, group.map(GroupKind::as_str)],
        from_row,
    )
}

/// An administrator takes the partner's free seat (1, else 2): with both taken, the unique
/// index account_admin_seat refuses the row (migration 005). A macro, so that the SQL of
/// the inserts stays one literal (the statement cache hashes it on every row of an import).
macro_rules! insert_account {
    ($tail:literal) => {
        concat!(
            "INSERT INTO account
               (login, partner, first_name, last_name, email, is_admin, created_at, admin_seat)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?8 = 1 THEN ",
            free_admin_seat!(),
            " END)",
            $tail
        )
    };
}
macro_rules! free_admin_seat {
    () => {
        "CASE WHEN EXISTS (SELECT 1 FROM account WHERE partner = ?2 AND admin_seat = 1)
              THEN 2 ELSE 1 END"
    };
}

/// The parameters of `insert_account!`.
fn values<'a>(a: &'a NewAccount, now: &'a &'a str) -> [&'a dyn rusqlite::ToSql; 8] {
    [
        &a.login,
        &a.partner,
        &a.first_name,
        &a.last_name,
        &a.email,
        &a.admin,
        now,
        &a.admin,
    ]
}

pub fn insert(tx: &Tx, a: &NewAccount) -> Result<()> {
    tx.db.run(
        insert_account!(""),
        args![a.login, a.partner, a.first_name, a.last_name, a.email, a.admin, tx.now, a.admin],
    )?;
    Ok(())
}

/// The import's account insert, prepared once and kept: through the statement cache, each
/// of a million rows hashed the SQL twice (to take the statement and to give it back).
pub struct Inserter<'c> {
    stmt: rusqlite::Statement<'c>,
    now: String,
}

impl<'c> Inserter<'c> {
    pub fn new(tx: &Tx<'c>) -> Result<Inserter<'c>> {
        Ok(Inserter {
            stmt: tx
                .db
                .sqlite()?
                .prepare(insert_account!(" ON CONFLICT (login) DO NOTHING"))?,
            now: tx.now.clone(),
        })
    }

    /// Inserts the account unless its login is taken (whatever the case); returns whether
    /// it did. Every other constraint still fails as with `insert`.
    pub fn insert_if_new(&mut self, a: &NewAccount) -> Result<bool> {
        let now = self.now.as_str();
        let n = self.stmt.execute(&values(a, &now)[..])?;
        Ok(n == 1)
    }
}

pub fn update_person(
    tx: &Tx,
    login: &str,
    first_name: &str,
    last_name: &str,
    email: &str,
) -> Result<()> {
    tx.db.execute(
        "UPDATE account SET first_name = ?2, last_name = ?3, email = ?4 WHERE login = ?1",
        params![login, first_name, last_name, email],
    )?;
    Ok(())
}

pub fn set_status(tx: &Tx, login: &str, status: &str) -> Result<()> {
    tx.db.execute(
        "UPDATE account SET status = ?2 WHERE login = ?1",
        params![login, status],
    )?;
    Ok(())
}

pub fn set_admin(tx: &Tx, login: &str, partner: Option<&str>, admin: bool) -> Result<()> {
    // ?2 is the partner, as free_admin_seat! expects it.
    tx.db.execute(
        concat!(
            "UPDATE account SET is_admin = ?3,
               admin_seat = CASE WHEN ?3 THEN coalesce(admin_seat, ",
            free_admin_seat!(),
            ") END
             WHERE login = ?1 AND partner IS ?2"
        ),
        params![login, partner, admin],
    )?;
    Ok(())
}

/// The administrators of a partner, by login.
pub fn admins_of(tx: &Tx, partner: &str) -> Result<Vec<String>> {
    let mut stmt = tx.db.prepare_cached(
        "SELECT login FROM account WHERE partner = ?1 AND is_admin = 1 ORDER BY login",
    )?;
    let rows = stmt.query_map([partner], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count_agents(tx: &Tx) -> Result<i64> {
    tx.db.query_one(
        "SELECT count(*) FROM account WHERE partner IS NULL",
        args![],
        |r| r.get(0),
    )
}

/// The acting account, as the access rules see it. An unknown login is forbidden (exit 4):
/// nobody may act under a name the store does not know.
pub(super) fn actor(db: &Conn, login: &str) -> Result<Actor> {
    let row = db.query_opt(
        "SELECT a.login, a.partner, a.is_admin, a.status,
                CASE WHEN a.partner IS NULL OR p.status = 'open' THEN 1 ELSE 0 END,
                (SELECT group_concat(g.kind, ' ') FROM grp g
                  WHERE g.partner = a.partner AND g.manager = a.login),
                (SELECT group_concat(m.kind, ' ') FROM membership m WHERE m.login = a.login)
         FROM account a LEFT JOIN partner p ON p.code = a.partner
         WHERE a.login = ?1",
        args![login],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<Option<String>>(1)?,
                r.get::<bool>(2)?,
                r.get::<String>(3)?,
                r.get::<bool>(4)?,
                r.get::<Option<String>>(5)?,
                r.get::<Option<String>>(6)?,
            ))
        },
    )?;
    let Some((login, partner, admin, status, partner_open, manages, member_of)) = row else {
        // Whatever was typed is echoed escaped unless it looks like a login: a control
        // character (an ESC sequence, a line break) must not reach the terminal.
        let shown = if login.bytes().all(|b| b.is_ascii_alphanumeric()) {
            login.to_string()
        } else {
            format!("{login:?}")
        };
        return Err(forbidden(format!(
            "--as {shown}: no such account in this store"
        )));
    };
    let kinds = |s: Option<String>| -> Vec<GroupKind> {
        split(s)
            .iter()
            .filter_map(|k| k.parse::<GroupKind>().ok())
            .collect()
    };
    Ok(Actor {
        login,
        partner,
        partner_open,
        active: status == "active",
        admin,
        manages: kinds(manages),
        member_of: kinds(member_of),
    })
}
