//! The habilitation rules of SPEC §1 (partners, administrators, groups), as pure functions
//! over facts the store has read. Each refusal (exit 5) says what to do.

use anyhow::Result;

use super::GroupKind;
use crate::error::refused;

pub const MAX_ADMINS: usize = 2;

/// At most two administrators per partner. `admins` are the current ones.
pub fn may_add_admin(partner: &str, login: &str, admins: &[String]) -> Result<()> {
    if admins.iter().any(|a| a == login) {
        return Ok(());
    }
    if admins.len() >= MAX_ADMINS {
        return Err(refused(format!(
            "partner {partner} already has {MAX_ADMINS} administrators ({}); revoke one first \
             (afas account admin LOGIN --revoke)",
            admins.join(", ")
        )));
    }
    Ok(())
}

/// Suspending or reactivating changes something, and nobody suspends itself (it could not
/// undo it: a suspended account can do nothing).
pub fn may_set_status(login: &str, actor: &str, current: &str, wanted: &str) -> Result<()> {
    if current == wanted {
        return Err(refused(format!("{login} is already {wanted}")));
    }
    if login == actor {
        return Err(refused(format!(
            "{login} cannot suspend itself: ask another administrator or a Caf agent"
        )));
    }
    Ok(())
}

/// Groups and services exist only for open partners (all three documents received).
pub fn must_be_open(partner: &str, open: bool) -> Result<()> {
    if !open {
        return Err(refused(format!(
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
) -> Result<()> {
    match login_partner {
        Some(p) if p == partner => Ok(()),
        Some(p) => Err(refused(format!(
            "{login} belongs to partner {p}: only accounts of partner {partner} may join its {group} group"
        ))),
        None => Err(refused(format!(
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
) -> Result<()> {
    if !is_member {
        return Err(refused(format!("{login} is not a member of {group}")));
    }
    if login == manager {
        return Err(refused(format!(
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
        assert!(err.to_string().contains("A, B"));
        // already admin: not a new one
        assert!(may_add_admin("P", "A", &["A".into(), "B".into()]).is_ok());
    }

    #[test]
    fn members_from_same_partner() {
        assert!(same_partner("X", Some("P"), "P", GroupKind::Declarer).is_ok());
        assert!(same_partner("X", Some("Q"), "P", GroupKind::Declarer).is_err());
        assert!(same_partner("X", None, "P", GroupKind::Declarer).is_err());
    }

    #[test]
    fn status_changes() {
        assert!(may_set_status("A", "B", "active", "suspended").is_ok());
        assert!(may_set_status("A", "B", "suspended", "suspended").is_err());
        assert!(may_set_status("A", "A", "active", "suspended").is_err());
    }

    #[test]
    fn manager_cannot_be_removed() {
        assert!(may_remove_member("M", "M", true, GroupKind::Declarer).is_err());
        assert!(may_remove_member("X", "M", false, GroupKind::Declarer).is_err());
        assert!(may_remove_member("X", "M", true, GroupKind::Declarer).is_ok());
    }
}
