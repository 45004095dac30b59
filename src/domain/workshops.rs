//! Workshops: the Caf's training sessions, the seed's *accompagnement personnalisé* (SPEC §8).
//!
//! A Caf agent creates a session (a date, a place, a capacity: 5 by default, the seed's
//! "5 gestionnaires maximum par session"). A partner's person registers themself, or an
//! administrator of its partner (or a Caf agent) registers them: at most the capacity, once
//! per person and session, not after the date, never a suspended account. Unregistering
//! follows the same rules, so that the list of a session that took place stays what it was.
//!
//! Each registration holds a seat, 1 to the capacity, unique per session in the store
//! (`registration_seat`): the store keeps the capacity against a racing writer, as the
//! seats of the limits of two do (store/seats.rs). The seat is chosen here, from the seats
//! the store says are taken.

use super::access::{Action, Actor};
use super::ids;
use super::refusal::{Decided, Refusal};

/// The places of a session when `--capacity` is not given: the seed's five.
pub const DEFAULT_CAPACITY: i64 = 5;

/// The most places of one session: a training room, where each person is accompanied
/// through their first entry. More is a typing mistake (500 for 50).
pub const MAX_CAPACITY: i64 = 50;

/// How many years ahead a session may be planned: further is a typing mistake (2062).
pub const MAX_YEARS_AHEAD: i32 = 2;

/// A session about to be created, as decided from the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewWorkshop {
    /// YYYY-MM-DD
    pub date: String,
    pub place: String,
    pub capacity: i64,
}

/// What the rules need to know of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    /// YYYY-MM-DD
    pub date: String,
    pub capacity: i64,
}

/// What the rules need to know of the person registered or unregistered.
#[derive(Clone, Copy, Debug)]
pub struct Person<'a> {
    pub login: &'a str,
    /// None for a Caf agent.
    pub partner: Option<&'a str>,
    pub active: bool,
}

/// `workshop create`: a Caf agent only; a real date, today or later but not years ahead;
/// a place; a capacity of 1 to `MAX_CAPACITY`. `today` is YYYY-MM-DD.
pub fn plan(
    actor: &Actor,
    date: &str,
    place: &str,
    capacity: Option<i64>,
    today: &str,
) -> Decided<NewWorkshop> {
    actor.require(Action::CafOnly("create workshops"))?;
    let date = ids::date("--date", date)?;
    // Dates as YYYY-MM-DD compare as text.
    if date.as_str() < today {
        return Err(Refusal::Invalid(format!(
            "--date {date} is in the past (today is {today}): a workshop is planned ahead"
        )));
    }
    let latest = latest_date(today);
    if date > latest {
        return Err(Refusal::Invalid(format!(
            "--date {date} is more than {MAX_YEARS_AHEAD} years ahead (after {latest}): check \
             the year"
        )));
    }
    let place = ids::text("--place", place)?;
    let capacity = capacity.unwrap_or(DEFAULT_CAPACITY);
    if !(1..=MAX_CAPACITY).contains(&capacity) {
        return Err(Refusal::Invalid(format!(
            "--capacity {capacity}: a workshop has 1 to {MAX_CAPACITY} places"
        )));
    }
    Ok(NewWorkshop {
        date,
        place,
        capacity,
    })
}

/// The last day a session may be planned on, `MAX_YEARS_AHEAD` years after `today`.
fn latest_date(today: &str) -> String {
    let year: i32 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(9999);
    format!(
        "{}{}",
        year.saturating_add(MAX_YEARS_AHEAD),
        today.get(4..).unwrap_or("-12-31")
    )
}

/// The refusal of a session that does not exist (exit 3).
pub fn no_workshop(id: i64) -> Refusal {
    Refusal::NotFound(format!("no workshop {id}"))
}

/// Who may register or unregister `person`: the person themself, an administrator of its
/// partner, a Caf agent. A Caf agent's account is no partner's person: workshops train the
/// partners' people.
fn may_enrol(actor: &Actor, person: &Person, what: &str) -> Decided<()> {
    let Some(partner) = person.partner else {
        return Err(Refusal::Invalid(format!(
            "{} is a Caf agent: workshops train partners' people",
            person.login
        )));
    };
    if person.login == actor.login {
        return actor.can_act();
    }
    actor.can_act()?;
    if actor.may(Action::Administer { partner }) {
        return Ok(());
    }
    Err(Refusal::Forbidden(format!(
        "{} may not {what} {}: only the person themself or an administrator of its partner may",
        actor.login, person.login
    )))
}

/// A session whose date is past takes no change of who comes.
fn still_ahead(session: &Session, today: &str, what: &str) -> Decided<()> {
    if session.date.as_str() < today {
        return Err(Refusal::State(format!(
            "workshop {} took place on {}: no one may {what} any more",
            session.id, session.date
        )));
    }
    Ok(())
}

/// `workshop register ID LOGIN`: answers the seat the person takes. `registered` says
/// whether the person holds a seat already, `taken` the seats held (by anyone).
pub fn decide_register(
    actor: &Actor,
    session: &Session,
    person: &Person,
    registered: bool,
    taken: &[i64],
    today: &str,
) -> Decided<i64> {
    may_enrol(actor, person, "register")?;
    if !person.active {
        return Err(Refusal::State(format!(
            "{} is suspended: reactivate the account before registering it",
            person.login
        )));
    }
    still_ahead(session, today, "register")?;
    if registered {
        return Err(Refusal::Conflict(format!(
            "{} is already registered for workshop {}",
            person.login, session.id
        )));
    }
    free_seat(session.capacity, taken).ok_or_else(|| {
        Refusal::Limit(format!(
            "workshop {} is full ({} places taken): choose another session",
            session.id, session.capacity
        ))
    })
}

/// `workshop unregister ID LOGIN`: the same people as `decide_register`, before the date,
/// a person who is registered.
pub fn decide_unregister(
    actor: &Actor,
    session: &Session,
    person: &Person,
    registered: bool,
    today: &str,
) -> Decided<()> {
    may_enrol(actor, person, "unregister")?;
    still_ahead(session, today, "unregister")?;
    if !registered {
        return Err(Refusal::NotFound(format!(
            "{} is not registered for workshop {}",
            person.login, session.id
        )));
    }
    Ok(())
}

/// The lowest seat of 1 to `capacity` that no one holds; None when all are held.
pub fn free_seat(capacity: i64, taken: &[i64]) -> Option<i64> {
    (1..=capacity).find(|s| !taken.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::fixtures::{admin_of, agent, person};

    const TODAY: &str = "2026-03-02";

    fn session() -> Session {
        Session {
            id: 7,
            date: "2026-03-09".into(),
            capacity: 2,
        }
    }

    fn someone(login: &str) -> Person<'_> {
        Person {
            login,
            partner: Some("P"),
            active: true,
        }
    }

    #[test]
    fn only_a_caf_agent_plans_a_workshop_of_five_places_by_default() {
        let w = plan(&agent(), "09/03/2026", " Caf, salle 6 ", None, TODAY).unwrap();
        assert_eq!(
            w,
            NewWorkshop {
                date: "2026-03-09".into(),
                place: "Caf, salle 6".into(),
                capacity: 5
            }
        );
        let e = plan(&admin_of("P"), "2026-03-09", "x", None, TODAY).unwrap_err();
        assert_eq!(e.exit_code(), 4);
    }

    #[test]
    fn a_workshop_is_planned_ahead_within_bounds() {
        let a = agent();
        assert!(
            plan(&a, TODAY, "x", Some(1), TODAY).is_ok(),
            "today is fine"
        );
        assert!(
            plan(&a, "2026-03-01", "x", None, TODAY).is_err(),
            "yesterday"
        );
        assert!(plan(&a, "2028-03-02", "x", None, TODAY).is_ok());
        assert!(
            plan(&a, "2028-03-03", "x", None, TODAY).is_err(),
            "years ahead"
        );
        assert!(plan(&a, "2026-02-30", "x", None, TODAY).is_err());
        assert!(
            plan(&a, "2026-03-09", "  ", None, TODAY).is_err(),
            "no place"
        );
        for bad in [0, -1, MAX_CAPACITY + 1, i64::MAX] {
            let e = plan(&a, "2026-03-09", "x", Some(bad), TODAY).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{bad}");
        }
        assert!(plan(&a, "2026-03-09", "x", Some(MAX_CAPACITY), TODAY).is_ok());
    }

    #[test]
    fn the_person_themself_an_administrator_or_an_agent_registers() {
        let s = session();
        let me = Actor {
            login: "DEC1".into(),
            ..person("P")
        };
        assert_eq!(
            decide_register(&me, &s, &someone("DEC1"), false, &[], TODAY),
            Ok(1)
        );
        assert!(decide_register(&admin_of("P"), &s, &someone("DEC1"), false, &[], TODAY).is_ok());
        assert!(decide_register(&agent(), &s, &someone("DEC1"), false, &[], TODAY).is_ok());
        // a colleague who is no administrator may not, nor another partner's administrator
        for other in [person("P"), admin_of("Q")] {
            let e = decide_register(&other, &s, &someone("DEC1"), false, &[], TODAY).unwrap_err();
            assert_eq!(e.exit_code(), 4, "{e}");
            let e = decide_unregister(&other, &s, &someone("DEC1"), true, TODAY).unwrap_err();
            assert_eq!(e.exit_code(), 4, "{e}");
        }
        // a Caf agent's account is not registered
        let caf = Person {
            login: "AGENT02",
            partner: None,
            active: true,
        };
        let e = decide_register(&agent(), &s, &caf, false, &[], TODAY).unwrap_err();
        assert_eq!(e.exit_code(), 5);
    }

    #[test]
    fn at_most_the_capacity_once_each_before_the_date_never_suspended() {
        let (a, s) = (agent(), session());
        assert_eq!(
            decide_register(&a, &s, &someone("X"), false, &[1], TODAY),
            Ok(2)
        );
        assert_eq!(
            decide_register(&a, &s, &someone("X"), false, &[2], TODAY),
            Ok(1),
            "a seat given back is taken again"
        );
        let full = decide_register(&a, &s, &someone("X"), false, &[1, 2], TODAY).unwrap_err();
        assert!(matches!(full, Refusal::Limit(_)), "{full}");
        let twice = decide_register(&a, &s, &someone("X"), true, &[1], TODAY).unwrap_err();
        assert!(matches!(twice, Refusal::Conflict(_)), "{twice}");
        assert!(decide_register(&a, &s, &someone("X"), false, &[], "2026-03-09").is_ok());
        let late = decide_register(&a, &s, &someone("X"), false, &[], "2026-03-10").unwrap_err();
        assert!(matches!(late, Refusal::State(_)), "{late}");
        let suspended = Person {
            active: false,
            ..someone("X")
        };
        let e = decide_register(&a, &s, &suspended, false, &[], TODAY).unwrap_err();
        assert!(matches!(e, Refusal::State(_)), "{e}");
    }

    #[test]
    fn unregistering_needs_a_registration_before_the_date() {
        let (a, s) = (agent(), session());
        assert!(decide_unregister(&a, &s, &someone("X"), true, TODAY).is_ok());
        let e = decide_unregister(&a, &s, &someone("X"), false, TODAY).unwrap_err();
        assert_eq!(e.exit_code(), 3);
        let e = decide_unregister(&a, &s, &someone("X"), true, "2026-03-10").unwrap_err();
        assert!(matches!(e, Refusal::State(_)), "{e}");
    }

    #[test]
    fn the_free_seat_is_the_lowest() {
        assert_eq!(free_seat(3, &[]), Some(1));
        assert_eq!(free_seat(3, &[1, 3]), Some(2));
        assert_eq!(free_seat(3, &[1, 2, 3]), None);
        assert_eq!(
            free_seat(1, &[5]),
            Some(1),
            "a seat beyond the capacity is no seat"
        );
    }
}
