//! The two Afas groups of a partner (SPEC §1): creating one with its manager, naming another
//! manager, adding members.

use super::access::{Action, Actor};
use super::decision::{At, Decision, Intent, Refused, Ruled};
use super::refusal::{Decided, Refusal};
use super::{accounts, habilitation, partners, GroupKind};

/// A group of a partner, and the account a write gives it (its manager or a member).
#[derive(Clone, Copy, Debug)]
pub struct Seat<'a> {
    pub partner: &'a str,
    pub group: GroupKind,
    pub login: &'a str,
}

/// What the store holds that a group write depends on.
#[derive(Clone, Copy, Debug)]
pub struct GroupFacts<'a> {
    /// The group's manager; None: the partner has no such group.
    pub manager: Option<&'a str>,
    /// Whose account the login is: None, there is no such account; Some(None), a Caf
    /// agent's; Some(Some(p)), an account of partner p.
    pub whose: Option<Option<&'a str>>,
    /// Whether the login is a member of the group.
    pub is_member: bool,
}

pub fn no_group(partner: &str, group: GroupKind) -> Refusal {
    Refusal::NotFound(format!(
        "partner {partner} has no {group} group: create it with `afas group create {partner} {group} --manager LOGIN`"
    ))
}

/// Members and managers are accounts of the group's own partner. A login of another
/// partner, or a Caf agent's, is not found to a partner's account: it learns nothing of
/// whose it is.
pub fn may_join(actor: &Actor, s: Seat, whose: Option<Option<&str>>) -> Ruled<()> {
    let Some(login_partner) = whose.filter(|p| actor.sees(*p)) else {
        return Err(Refused::new("login", accounts::no_account(s.login)));
    };
    habilitation::same_partner(s.login, login_partner, s.partner, s.group).at("login")
}

/// Creating the group `s.group` of `s.partner`, managed by `s.login` (who becomes its
/// first member). `partner_open`: None, there is no such partner.
pub fn decide_create(
    actor: &Actor,
    s: Seat,
    partner_open: Option<bool>,
    f: &GroupFacts,
) -> Ruled<()> {
    let (partner, group) = (s.partner, s.group);
    partners::may_add_to(actor, partner, partner_open)?;
    if let Some(manager) = f.manager {
        return Err(Refused::new(
            "group",
            Refusal::Conflict(format!(
                "partner {partner} already has its {group} group (managed by {manager}); \
                 change its manager with `afas group manager {partner} {group} LOGIN`"
            )),
        ));
    }
    may_join(actor, s, f.whose)
}

/// A change of manager: who managed the group, and whether the new one joins it too.
#[derive(Debug, PartialEq, Eq)]
pub struct ManagerChange {
    pub before: String,
    pub join: bool,
}

/// Naming `s.login` the manager of an existing group; a manager is always a member.
pub fn decide_manager(
    actor: &Actor,
    intent: Intent,
    s: Seat,
    f: &GroupFacts,
) -> Ruled<Decision<ManagerChange>> {
    let (partner, group, login) = (s.partner, s.group, s.login);
    actor
        .require(Action::Administer { partner })
        .at("partner")?;
    let Some(before) = f.manager else {
        return Err(Refused::new("group", no_group(partner, group)));
    };
    may_join(actor, s, f.whose)?;
    if before == login {
        if intent == Intent::Ensure {
            return Ok(Decision::Unchanged);
        }
        return Err(Refused::new(
            "manager",
            Refusal::Conflict(format!(
                "{login} already manages {group} of partner {partner}"
            )),
        ));
    }
    Ok(Decision::Write(ManagerChange {
        before: before.to_string(),
        join: !f.is_member,
    }))
}

/// Adding `s.login` to an existing group.
pub fn decide_add(actor: &Actor, intent: Intent, s: Seat, f: &GroupFacts) -> Ruled<Decision<()>> {
    let (partner, group, login) = (s.partner, s.group, s.login);
    actor
        .require(Action::ChangeMembers { partner, group })
        .at("partner")?;
    if f.manager.is_none() {
        let missing = match intent {
            Intent::Create => no_group(partner, group),
            Intent::Ensure => Refusal::NotFound(format!(
                "partner {partner} has no {group} group: give its manager (a row with manager=yes)"
            )),
        };
        return Err(Refused::new("group", missing));
    }
    may_join(actor, s, f.whose)?;
    if !f.is_member {
        return Ok(Decision::Write(()));
    }
    match intent {
        Intent::Ensure => Ok(Decision::Unchanged),
        Intent::Create => Err(Refused::new(
            "login",
            Refusal::Conflict(format!(
                "{login} is already a member of {group} of partner {partner}"
            )),
        )),
    }
}

/// The logins a command names, each once.
pub fn distinct_logins(raw: &[String]) -> Decided<Vec<String>> {
    let mut logins: Vec<String> = Vec::with_capacity(raw.len());
    for l in raw {
        let login = super::ids::login(l)?;
        if logins.contains(&login) {
            return Err(Refusal::Invalid(format!("{login} is named twice")));
        }
        logins.push(login);
    }
    Ok(logins)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::fixtures::admin_of;

    const SEAT: Seat = Seat {
        partner: "P",
        group: GroupKind::Declarer,
        login: "ROUX01",
    };

    fn facts(manager: Option<&'static str>, is_member: bool) -> GroupFacts<'static> {
        GroupFacts {
            manager,
            whose: Some(Some("P")),
            is_member,
        }
    }

    #[test]
    fn a_group_is_created_once_for_an_open_partner() {
        let a = admin_of("P");
        assert_eq!(
            decide_create(&a, SEAT, Some(true), &facts(None, false)),
            Ok(())
        );
        let pending = decide_create(&a, SEAT, Some(false), &facts(None, false)).unwrap_err();
        assert!(matches!(pending.refusal, Refusal::State(_)));
        let twice = decide_create(&a, SEAT, Some(true), &facts(Some("M"), false)).unwrap_err();
        assert!(matches!(twice.refusal, Refusal::Conflict(_)));
        let stranger = GroupFacts {
            whose: Some(Some("Q")),
            ..facts(None, false)
        };
        let e = decide_create(&a, SEAT, Some(true), &stranger).unwrap_err();
        assert_eq!(e.field, "login");
        let other = decide_create(&admin_of("Q"), SEAT, Some(true), &facts(None, false));
        assert!(matches!(other.unwrap_err().refusal, Refusal::Forbidden(_)));
    }

    #[test]
    fn a_new_manager_joins_the_group() {
        let a = admin_of("P");
        let change = decide_manager(&a, Intent::Create, SEAT, &facts(Some("M"), false));
        assert_eq!(
            change,
            Ok(Decision::Write(ManagerChange {
                before: "M".into(),
                join: true
            }))
        );
        let same = facts(Some("ROUX01"), true);
        let e = decide_manager(&a, Intent::Create, SEAT, &same).unwrap_err();
        assert!(matches!(e.refusal, Refusal::Conflict(_)));
        assert_eq!(
            decide_manager(&a, Intent::Ensure, SEAT, &same),
            Ok(Decision::Unchanged)
        );
        let none = decide_manager(&a, Intent::Create, SEAT, &facts(None, false)).unwrap_err();
        assert!(matches!(none.refusal, Refusal::NotFound(_)));
    }

    #[test]
    fn a_member_is_added_once() {
        let a = admin_of("P");
        assert_eq!(
            decide_add(&a, Intent::Create, SEAT, &facts(Some("M"), false)),
            Ok(Decision::Write(()))
        );
        let twice = decide_add(&a, Intent::Create, SEAT, &facts(Some("M"), true)).unwrap_err();
        assert!(matches!(twice.refusal, Refusal::Conflict(_)));
        assert_eq!(
            decide_add(&a, Intent::Ensure, SEAT, &facts(Some("M"), true)),
            Ok(Decision::Unchanged)
        );
        let no_account = GroupFacts {
            whose: None,
            ..facts(Some("M"), false)
        };
        let e = decide_add(&a, Intent::Create, SEAT, &no_account).unwrap_err();
        assert!(matches!(e.refusal, Refusal::NotFound(_)));
        let e = decide_add(&a, Intent::Ensure, SEAT, &facts(None, false)).unwrap_err();
        assert_eq!(e.field, "group");
    }

    #[test]
    fn a_login_is_named_once() {
        let logins = distinct_logins(&["a0001".into(), "B0001".into()]);
        assert_eq!(logins, Ok(vec!["A0001".to_string(), "B0001".to_string()]));
        let twice = distinct_logins(&["a0001".into(), "A0001".into()]);
        assert!(matches!(twice, Err(Refusal::Invalid(_))));
    }
}
