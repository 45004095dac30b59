//! Accounts, and the acting account with the facts the access rules need.

use super::audit::Audit;
use super::seats::Seats;
use super::sql::{args, Conn, Dialect, Insert, Prepared, Row};
use super::Tx;
use crate::domain::records::Account;
use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use crate::domain::access::{Actor, Caf};
use crate::domain::accounts::{no_account, KnownAccount, NewAccount};
use crate::domain::GroupKind;
use crate::error::forbidden;

// A group's manager is always of the group's partner (habilitation::same_partner), so the
// groups an account manages are looked up by its partner, on grp's primary key: two rows,
// not a scan of every group of the store.
const SELECT: &str = "
    SELECT a.login, a.partner, a.first_name, a.last_name, a.email, a.is_admin, a.status,
           a.created_at,
           (SELECT group_concat(m.kind, ' ') FROM membership m WHERE m.login = a.login),
           (SELECT group_concat(g.kind, ' ') FROM grp g
             WHERE g.partner = a.partner AND g.manager = a.login),
           a.caf_code
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
        caf_code: r.get(10)?,
    })
}

pub fn find(tx: &Tx, login: &str) -> Result<Option<Account>> {
    tx.db.query_opt(
        &format!("{SELECT} WHERE a.login = ?1"),
        args![login],
        from_row,
    )
}

pub fn get(tx: &Tx, login: &str) -> Result<Account> {
    Ok(find(tx, login)?.ok_or_else(|| no_account(login))?)
}

/// The account `login` as the acting account may know it: another partner's, or a Caf
/// agent's to a partner's account, is not found, with the same message as one that does
/// not exist (SPEC §7).
pub fn seen(tx: &Tx, login: &str) -> Result<Account> {
    Ok(find(tx, login)?
        .filter(|a| tx.actor.sees(a.partner.as_deref()))
        .ok_or_else(|| no_account(login))?)
}

/// What the store holds of the account `login`, as a new one is compared with it.
pub fn known(tx: &Tx, login: &str) -> Result<Option<KnownAccount>> {
    tx.db.query_opt(
        "SELECT partner, first_name, last_name, email, is_admin, status = 'active'
             FROM account WHERE login = ?1",
        args![login],
        |r| {
            Ok(KnownAccount {
                partner: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                email: r.get(3)?,
                admin: r.get(4)?,
                active: r.get(5)?,
            })
        },
    )
}

/// Accounts, optionally of one partner and one of its groups, by login.
pub fn list(tx: &Tx, partner: Option<&str>, group: Option<GroupKind>) -> Result<Vec<Account>> {
    let rows = tx.db.query_map(
        &format!(
            "{SELECT} WHERE (?1 IS NULL OR a.partner = ?1)
           AND (?2 IS NULL OR EXISTS (SELECT 1 FROM membership m
                 WHERE m.login = a.login AND m.kind = ?2 AND m.partner = a.partner))
         ORDER BY a.login"
        ),
        args![partner, group.map(GroupKind::as_str)],
        from_row,
    )?;
    Ok(rows)
}

/// A new account. An administrator's seat (see `seats.rs`) is given by the caller.
static ACCOUNT: Insert = Insert::new(
    "account",
    &[
        "login",
        "partner",
        "first_name",
        "last_name",
        "email",
        "is_admin",
        "created_at",
        "admin_seat",
        "caf_code",
    ],
    &["partner"],
);

/// Inserts an account, unaudited: `init` audits its first agent its own way.
pub fn insert(tx: &Tx, login: &str, a: &NewAccount) -> Result<()> {
    Creator::new(tx)?.write(tx, login, a, &mut Admins::default())?;
    Ok(())
}

/// Writes new accounts with their audit, for `account create` and the import alike, the
/// administrator within the limit (`decide_create`). On PostgreSQL the login is known free
/// and the rows go many at a time (`sql/batch.rs`); on SQLite the insert itself tells a
/// taken login (`ON CONFLICT DO NOTHING`), which the import reads back only then, and its
/// statement is kept prepared: through the statement cache each of a million rows would
/// hash the SQL twice.
pub enum Creator<'c> {
    Sqlite(Prepared<'c>),
    Postgres,
}

/// The SQLite statement of `Creator`: `ACCOUNT`'s, keeping a taken login as it is.
const INSERT_UNLESS_TAKEN: &str = "
    INSERT INTO account
      (login, partner, first_name, last_name, email, is_admin, created_at, admin_seat, caf_code)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (login) DO NOTHING";

/// How an imported account is listed in its batch's audit row.
#[derive(Serialize)]
struct Imported<'a> {
    login: &'a str,
    admin: bool,
}

impl<'c> Creator<'c> {
    pub fn new(tx: &Tx<'c>) -> Result<Creator<'c>> {
        Ok(match tx.dialect() {
            Dialect::Sqlite => Creator::Sqlite(tx.db.prepare(INSERT_UNLESS_TAKEN)?),
            Dialect::Postgres => Creator::Postgres,
        })
    }

    /// The account's row, unless its login is taken (SQLite); an administrator takes a
    /// seat of `admins`. Returns whether it wrote it.
    fn write(&mut self, tx: &Tx, login: &str, a: &NewAccount, admins: &mut Admins) -> Result<bool> {
        let mut seats = admins.seats;
        let seat = a.admin.then(|| seats.take());
        let values = args![
            login,
            a.partner,
            a.first_name,
            a.last_name,
            a.email,
            a.admin,
            tx.now,
            seat,
            a.caf_code
        ];
        let written = match self {
            Creator::Sqlite(stmt) => stmt.run(&tx.db, values)? == 1,
            Creator::Postgres => {
                tx.db.insert(&ACCOUNT, values)?;
                true
            }
        };
        if written && a.admin {
            admins.seats = seats;
            admins.logins.push(login.to_string());
        }
        Ok(written)
    }

    /// Writes the account `login` with its audit, unless its login is taken (SQLite);
    /// an administrator takes a seat of `admins`, its partner's. Returns whether it
    /// wrote it.
    pub fn create(
        &mut self,
        tx: &Tx,
        login: &str,
        a: &NewAccount,
        generated: bool,
        admins: &mut Admins,
        audit: &mut Audit,
    ) -> Result<bool> {
        if !self.write(tx, login, a, admins)? {
            return Ok(false);
        }
        audit.record(
            tx,
            "account.create",
            login,
            a.partner,
            || {
                json!({"first_name": a.first_name, "last_name": a.last_name, "email": a.email,
                       "admin": a.admin, "generated_login": generated})
            },
            Imported {
                login,
                admin: a.admin,
            },
        )?;
        Ok(true)
    }
}

pub fn update_person(
    tx: &Tx,
    login: &str,
    first_name: &str,
    last_name: &str,
    email: &str,
) -> Result<()> {
    tx.db.run(
        "UPDATE account SET first_name = ?2, last_name = ?3, email = ?4 WHERE login = ?1",
        args![login, first_name, last_name, email],
    )?;
    Ok(())
}

pub fn set_status(tx: &Tx, login: &str, status: &str) -> Result<()> {
    tx.db.run(
        "UPDATE account SET status = ?2 WHERE login = ?1",
        args![login, status],
    )?;
    Ok(())
}

/// Makes `login` an administrator of `partner` in a seat of `admins` (the partner's), or
/// no longer one when `admins` is None.
pub fn set_admin(
    tx: &Tx,
    login: &str,
    partner: Option<&str>,
    admins: Option<&mut Admins>,
) -> Result<()> {
    let seat = admins.map(|a| a.seats.take());
    tx.db.run(
        "UPDATE account SET is_admin = ?3,
                admin_seat = CASE WHEN ?5 = 1 THEN coalesce(admin_seat, ?4) END
         WHERE login = ?1 AND partner IS ?2",
        // the flag twice, as the column and as the choice: PostgreSQL types each use of
        // a parameter the same way
        args![login, partner, seat.is_some(), seat, seat.is_some()],
    )?;
    Ok(())
}

/// A partner's administrators, by login, and the seats they hold.
#[derive(Clone, Debug, Default)]
pub struct Admins {
    pub logins: Vec<String>,
    pub seats: Seats,
}

/// The administrators of a partner (the import's reading of many, for one).
pub fn admins_of(tx: &Tx, partner: &str) -> Result<Admins> {
    Ok(super::bulk::admins(tx, &[partner])?
        .remove(partner)
        .unwrap_or_default())
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
                (SELECT group_concat(m.kind, ' ') FROM membership m WHERE m.login = a.login),
                a.caf_code
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
                r.get::<Option<String>>(7)?,
            ))
        },
    )?;
    let Some((login, partner, admin, status, partner_open, manages, member_of, caf_code)) = row
    else {
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
    // An agent of one Caf acts on that Caf's partners: a few hundred codes, read once.
    let caf = match caf_code {
        Some(code) if partner.is_none() => {
            let partners = db.query_map(&super::reach::caf_partners(1), args![code], |r| {
                r.get::<String>(0)
            })?;
            Some(Caf::new(code, partners))
        }
        _ => None,
    };
    Ok(Actor {
        login,
        partner,
        partner_open,
        active: status == "active",
        admin,
        manages: kinds(manages),
        member_of: kinds(member_of),
        caf,
    })
}
