//! Who may do what (SPEC §1, issue #2): every permission of the tool is decided here.
//!
//! | actor                 | may                                                           |
//! |-----------------------|---------------------------------------------------------------|
//! | Caf agent             | everything                                                    |
//! | administrator of P    | P's accounts, groups, managers and members; read P            |
//! | manager of group G    | create accounts of its partner; change G's members; read P    |
//! | member of habiliter   | grant and revoke Afas profiles on P's services; read P        |
//! | member of habiliter   | give Afas profiles on P's services; read P                    |
//! | any account of P      | read P's data only                                            |
//!
//! A suspended account, or any account of a partner that is not open yet, may do nothing.

use super::refusal::{Decided, Refusal};
use super::GroupKind;

/// The acting account (`--as`), with the facts the rules need.
#[derive(Clone, Debug)]
pub struct Actor {
    pub login: String,
    /// None for a Caf agent.
    pub partner: Option<String>,
    pub partner_open: bool,
    pub active: bool,
    pub admin: bool,
    pub manages: Vec<GroupKind>,
    pub member_of: Vec<GroupKind>,
}

/// Something an actor wants to do, with the partner it touches.
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// Register partners, record their documents, create Caf agents, open calls, settings.
    CafOnly(&'a str),
    /// Read the data of a partner.
    Read { partner: &'a str },
    /// Create an account of a partner.
    CreateAccount { partner: &'a str },
    /// Change an account, its administrator right, create groups and name managers.
    Administer { partner: &'a str },
    /// Add or remove members of one group.
    ChangeMembers { partner: &'a str, group: GroupKind },
    /// Tell the `habiliter` manager that `declarer` is filled.
    NotifyGroup { partner: &'a str },
    /// Grant or revoke Afas profiles on the partner's services.
    GiveProfiles { partner: &'a str },
}

impl Actor {
    pub fn is_agent(&self) -> bool {
        self.partner.is_none()
    }

    fn of(&self, partner: &str) -> bool {
        self.partner.as_deref() == Some(partner)
    }

    /// Whether this actor may learn that an object of `partner` exists (None: a Caf agent's
    /// account). A Caf agent sees everything; a partner's account sees its own partner's
    /// people, services, sites and declarations only. An object it may not see gets the
    /// same answer as one that does not exist (same exit code, same message), so that no
    /// answer tells a partner who the others' people are or what they hold (SPEC §7).
    pub fn sees(&self, partner: Option<&str>) -> bool {
        self.is_agent() || (partner.is_some() && self.partner.as_deref() == partner)
    }

    /// Whether this account may act at all.
    pub fn can_act(&self) -> Decided<()> {
        if !self.active {
            return Err(Refusal::Forbidden(format!(
                "{} is suspended and can do nothing; a Caf agent or an administrator may reactivate it",
                self.login
            )));
        }
        if !self.partner_open {
            return Err(Refusal::Forbidden(format!(
                "{} belongs to partner {}, whose access is not open yet (documents missing): \
                 nobody of it may act",
                self.login,
                self.partner.as_deref().unwrap_or("?")
            )));
        }
        Ok(())
    }

    pub fn may(&self, action: Action) -> bool {
        if self.can_act().is_err() {
            return false;
        }
        if self.is_agent() {
            return true;
        }
        match action {
            Action::CafOnly(_) => false,
            Action::Read { partner } => self.of(partner),
            Action::CreateAccount { partner } => {
                self.of(partner) && (self.admin || !self.manages.is_empty())
            }
            Action::Administer { partner } => self.of(partner) && self.admin,
            Action::ChangeMembers { partner, group } => {
                self.of(partner) && (self.admin || self.manages.contains(&group))
            }
            Action::NotifyGroup { partner } => {
                self.of(partner) && (self.admin || self.manages.contains(&GroupKind::Declarer))
            }
            Action::GiveProfiles { partner } => {
                self.of(partner) && self.member_of.contains(&GroupKind::Habiliter)
            }
        }
    }

    /// `may`, as an error (exit 4) that says who may.
    pub fn require(&self, action: Action) -> Decided<()> {
        self.can_act()?;
        if self.may(action) {
            return Ok(());
        }
        let why = match action {
            Action::CafOnly(what) => format!("{what}: only a Caf agent may"),
            Action::Read { partner } => {
                format!("read the data of partner {partner}: only its own accounts may")
            }
            Action::CreateAccount { partner } => format!(
                "create accounts of partner {partner}: only its administrators and group managers may"
            ),
            Action::Administer { partner } => format!(
                "administer partner {partner}: only its administrators (or a Caf agent) may"
            ),
            Action::ChangeMembers { partner, group } => format!(
                "change the members of {group} of partner {partner}: only its manager or an administrator may"
            ),
            Action::NotifyGroup { partner } => format!(
                "notify for partner {partner}: only the declarer manager or an administrator may"
            ),
            Action::GiveProfiles { partner } => format!(
                "give profiles on services of partner {partner}: only members of its habiliter group may"
            ),
        };
        Err(Refusal::Forbidden(format!("{} may not {why}", self.login)))
    }
}

/// Actors for the domain's unit tests.
#[cfg(test)]
pub mod fixtures {
    use super::*;

    /// A Caf agent.
    pub fn agent() -> Actor {
        Actor {
            login: "AGENT01".into(),
            partner: None,
            partner_open: true,
            active: true,
            admin: false,
            manages: vec![],
            member_of: vec![],
        }
    }

    /// An account of `partner` that may only read it.
    pub fn person(partner: &str) -> Actor {
        Actor {
            login: "X0001".into(),
            partner: Some(partner.into()),
            ..agent()
        }
    }

    /// An administrator of `partner`.
    pub fn admin_of(partner: &str) -> Actor {
        Actor {
            admin: true,
            ..person(partner)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::person;
    use super::*;

    #[test]
    fn agent_may_everything_unless_suspended() {
        let mut a = Actor {
            partner: None,
            ..person("P")
        };
        assert!(a.may(Action::CafOnly("register")));
        assert!(a.may(Action::GiveProfiles { partner: "P" }));
        a.active = false;
        assert!(!a.may(Action::Read { partner: "P" }));
    }

    #[test]
    fn plain_account_reads_its_own_partner_only() {
        let a = person("P");
        assert!(a.may(Action::Read { partner: "P" }));
        assert!(!a.may(Action::Read { partner: "Q" }));
        assert!(!a.may(Action::CreateAccount { partner: "P" }));
        assert!(!a.may(Action::CafOnly("x")));
    }

    #[test]
    fn admin_administers_own_partner() {
        let a = Actor {
            admin: true,
            ..person("P")
        };
        assert!(a.may(Action::Administer { partner: "P" }));
        assert!(a.may(Action::ChangeMembers {
            partner: "P",
            group: GroupKind::Habiliter
        }));
        assert!(!a.may(Action::Administer { partner: "Q" }));
        // an administrator gives profiles only as a member of habiliter
        assert!(!a.may(Action::GiveProfiles { partner: "P" }));
        let giver = Actor {
            member_of: vec![GroupKind::Habiliter],
            ..person("P")
        };
        assert!(giver.may(Action::GiveProfiles { partner: "P" }));
        assert!(!giver.may(Action::GiveProfiles { partner: "Q" }));
    }

    #[test]
    fn manager_changes_own_group_only() {
        let a = Actor {
            manages: vec![GroupKind::Declarer],
            ..person("P")
        };
        assert!(a.may(Action::CreateAccount { partner: "P" }));
        assert!(a.may(Action::ChangeMembers {
            partner: "P",
            group: GroupKind::Declarer
        }));
        assert!(!a.may(Action::ChangeMembers {
            partner: "P",
            group: GroupKind::Habiliter
        }));
        assert!(!a.may(Action::Administer { partner: "P" }));
    }

    #[test]
    fn a_partner_sees_its_own_objects_only() {
        let a = person("P");
        assert!(a.sees(Some("P")));
        assert!(!a.sees(Some("Q")));
        assert!(!a.sees(None), "a Caf agent's account");
        let agent = Actor {
            partner: None,
            ..person("P")
        };
        assert!(agent.sees(Some("Q")) && agent.sees(None));
    }

    #[test]
    fn pending_partner_accounts_may_nothing() {
        let a = Actor {
            admin: true,
            partner_open: false,
            ..person("P")
        };
        assert!(!a.may(Action::Read { partner: "P" }));
        assert!(a.require(Action::Read { partner: "P" }).is_err());
    }
}
