//! `afas workshop`: the Caf's training sessions and who comes. Each registration holds a
//! seat in the store (store/workshops.rs), and queues its confirmation e-mail in the same
//! transaction.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::cli::WorkshopCmd;
use crate::domain::ids;
use crate::domain::records::{Account, Registration, Workshop};
use crate::domain::workshops::{self as rules, Person};
use crate::notices;
use crate::output::Record;
use crate::store::outbox::{self, Mail};
use crate::store::{accounts, today, workshops, Tx};
use crate::views::{workshop_cells, workshop_headers};

pub fn run(ctx: &mut Ctx, cmd: WorkshopCmd) -> Result<()> {
    match cmd {
        WorkshopCmd::Create {
            date,
            place,
            capacity,
        } => {
            let w = ctx.write(|tx| {
                let new = rules::plan(&tx.actor, &date, &place, capacity, &today())?;
                let id = workshops::create(tx, &new)?;
                workshops::get(tx, id)
            })?;
            ctx.out.changed(
                &format!(
                    "created workshop {} on {} at {}, {} places",
                    w.id, w.date, w.place, w.capacity
                ),
                &w,
            )
        }
        WorkshopCmd::List => {
            let list = ctx.read(|tx, _| workshops::list(tx))?;
            ctx.out.list(&list)
        }
        WorkshopCmd::Show { id } => {
            let shown = ctx.read(|tx, _| {
                Ok(Attendance {
                    workshop: workshops::get(tx, id)?,
                    registrations: workshops::registrations(tx, id)?,
                })
            })?;
            ctx.out.one(&shown)
        }
        WorkshopCmd::Register { id, login } => {
            let login = ids::login(&login)?;
            let w = ctx.write(|tx| register(tx, id, &login))?;
            ctx.out.changed(
                &format!(
                    "registered {login} for workshop {} on {} ({} of {} places left); \
                     confirmation e-mail queued",
                    w.id, w.date, w.free, w.capacity
                ),
                &w,
            )
        }
        WorkshopCmd::Unregister { id, login } => {
            let login = ids::login(&login)?;
            let w = ctx.write(|tx| {
                let (w, person) = facts(tx, id, &login)?;
                let session = workshops::session(&w);
                let registered = workshops::is_registered(tx, id, &person.login)?;
                rules::decide_unregister(
                    &tx.actor,
                    &session,
                    &as_person(&person),
                    registered,
                    &today(),
                )?;
                workshops::unregister(tx, &session, &person.login, partner(&person))?;
                workshops::get(tx, id)
            })?;
            ctx.out.changed(
                &format!(
                    "unregistered {login} from workshop {} ({} of {} places left)",
                    w.id, w.free, w.capacity
                ),
                &w,
            )
        }
    }
}

/// The session, then the person as the actor may know them: another partner's people are
/// not found, as people who do not exist (SPEC §7).
fn facts(tx: &Tx, id: i64, login: &str) -> Result<(Workshop, Account)> {
    let w = workshops::get(tx, id)?;
    let person = accounts::seen(tx, login)?;
    Ok((w, person))
}

fn as_person(a: &Account) -> Person<'_> {
    Person {
        login: &a.login,
        partner: a.partner.as_deref(),
        active: a.status == "active",
    }
}

/// The person's partner, for the audit row (the rules refused a Caf agent's account).
fn partner(a: &Account) -> &str {
    a.partner.as_deref().unwrap_or_default()
}

/// Takes the seat the rules give, writes its audit row and queues the confirmation.
fn register(tx: &Tx, id: i64, login: &str) -> Result<Workshop> {
    let (w, person) = facts(tx, id, login)?;
    let session = workshops::session(&w);
    let registered = workshops::is_registered(tx, id, &person.login)?;
    let taken = workshops::taken(tx, id)?;
    let seat = rules::decide_register(
        &tx.actor,
        &session,
        &as_person(&person),
        registered,
        &taken,
        &today(),
    )?;
    workshops::register(tx, &session, &person.login, partner(&person), seat)?;
    let by = accounts::find(tx, &tx.actor.login)?;
    let (subject, body) = notices::workshop_registered(&person, &w, by.as_ref());
    outbox::queue(
        tx,
        &Mail {
            recipient: &person.email,
            recipient_login: Some(&person.login),
            subject: &subject,
            body: &body,
            cause: "workshop-register",
        },
    )?;
    workshops::get(tx, id)
}

/// `workshop show`: the session, and who comes as the actor may know it.
#[derive(Debug, Serialize)]
struct Attendance {
    #[serde(flatten)]
    workshop: Workshop,
    registrations: Vec<Registration>,
}

impl Record for Attendance {
    const HEADERS: &'static [&'static str] = workshop_headers!("registrations");
    fn cells(&self) -> Vec<String> {
        let who: Vec<String> = self
            .registrations
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} ({})",
                    r.login, r.first_name, r.last_name, r.partner
                )
            })
            .collect();
        let mut cells = workshop_cells(&self.workshop);
        cells.push(who.join("\n"));
        cells
    }
}
