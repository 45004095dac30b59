//! The habilitation rules of SPEC §1 (partners, administrators, groups), as pure functions
//! over facts the store has read. Each refusal (exit 5) says what to do.

use super::refusal::{Decided, Refusal};
use super::GroupKind;

pub const MAX_ADMINS: usize = 2;

/// At most two administrators per partner. `admins` are the current ones.
pub fn may_add_admin(partner: &str, login: &str, admins: &[String]) -> Decided<()> {
    if admins.iter().any(|a| a == login) {
        return Ok(());
    }
    if admins.len() >= MAX_ADMINS {
        return Err(Refusal::Limit(format!(
            "partner {partner} already has {MAX_ADMINS} administrators ({}); revoke one first \
             (afas account admin LOGIN --revoke)",
            admins.join(", ")
        )));
    }
    Ok(())
}

/// Suspending or reactivating changes something, and nobody suspends itself (it could not
/// undo it: a suspended account can do nothing).
pub fn may_set_status(login: &str, actor: &str, current: &str, wanted: &str) -> Decided<()> {
    if current == wanted {
        return Err(Refusal::State(format!("{login} is already {wanted}")));
    }
    if login == actor {
        return Err(Refusal::Conflict(format!(
            "{login} cannot suspend itself: ask another administrator or a Caf agent"
        )));
    }
    Ok(())
}

/// Groups and services exist only for open partners (all three documents received).
pub fn must_be_open(partner: &str, open: bool) -> Decided<()> {
    if !open {
        return Err(Refusal::State(format!(
            "partner {partner} is not open yet: record its three documents first \
             (afas partner document {partner} convention|contrat|bulletin)"
        )));
    }
    Ok(())
}

/// Members and managers come from the group's own partner.
pub fn same_partner(
    login: &str,
    login_partner: Option<&str>,
    partner: &str,
    group: GroupKind,
) -> Decided<()> {
    match login_partner {
        Some(p) if p == partner => Ok(()),
        Some(p) => Err(Refusal::Conflict(format!(
            "{login} belongs to partner {p}: only accounts of partner {partner} may join its {group} group"
        ))),
        None => Err(Refusal::Conflict(format!(
            "{login} is a Caf agent: only accounts of partner {partner} may join its {group} group"
        ))),
    }
}

/// The manager stays a member: name another manager before removing this one.
pub fn may_remove_member(
    login: &str,
    manager: &str,
    is_member: bool,
    group: GroupKind,
) -> Decided<()> {
    if !is_member {
        return Err(Refusal::Conflict(format!(
            "{login} is not a member of {group}"
        )));
    }
    if login == manager {
        return Err(Refusal::State(format!(
            "{login} is the manager of {group}: name another manager first (afas group manager)"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn third_admin_refused_second_accepted() {
        assert!(may_add_admin("P", "A", &[]).is_ok());
        assert!(may_add_admin("P", "B", &["A".into()]).is_ok());
        let err = may_add_admin("P", "C", &["A".into(), "B".into()]).unwrap_err();
        assert!(matches!(err, Refusal::Limit(_)));
        assert!(err.to_string().contains("A, B"));
        // already admin: not a new one
        assert!(may_add_admin("P", "A", &["A".into(), "B".into()]).is_ok());
    }

    #[test]
    fn members_from_same_partner() {
        assert!(same_partner("X", Some("P"), "P", GroupKind::Declarer).is_ok());
        let other = same_partner("X", Some("Q"), "P", GroupKind::Declarer);
        assert!(matches!(other, Err(Refusal::Conflict(_))));
        let agent = same_partner("X", None, "P", GroupKind::Declarer);
        assert!(matches!(agent, Err(Refusal::Conflict(_))));
    }

    #[test]
    fn status_changes() {
        assert!(may_set_status("A", "B", "active", "suspended").is_ok());
        let again = may_set_status("A", "B", "suspended", "suspended");
        assert!(matches!(again, Err(Refusal::State(_))));
        let itself = may_set_status("A", "A", "active", "suspended");
        assert!(matches!(itself, Err(Refusal::Conflict(_))));
    }

    #[test]
    fn groups_only_for_open_partners() {
        assert!(must_be_open("P", true).is_ok());
        assert!(matches!(must_be_open("P", false), Err(Refusal::State(_))));
    }

    #[test]
    fn manager_cannot_be_removed() {
        let manager = may_remove_member("M", "M", true, GroupKind::Declarer);
        assert!(matches!(manager, Err(Refusal::State(_))));
        let stranger = may_remove_member("X", "M", false, GroupKind::Declarer);
        assert!(matches!(stranger, Err(Refusal::Conflict(_))));
        assert!(may_remove_member("X", "M", true, GroupKind::Declarer).is_ok());
    }
}
