//! Who may do what (SPEC §1, issue #2): every permission of the tool is decided here.
//!
//! | actor                 | may                                                           |
//! |-----------------------|---------------------------------------------------------------|
//! | national Caf agent    | everything                                                    |
//! | Caf agent of Caf C    | everything, on the partners of Caf C only (SPEC §4)           |
//! | administrator of P    | P's accounts, groups, managers and members; read P            |
//! | manager of group G    | create accounts of its partner; change G's members; read P    |
//! | member of habiliter   | grant and revoke Afas profiles on P's services; read P        |
//! | member of habiliter   | give Afas profiles on P's services; read P                    |
//! | any account of P      | read P's data only                                            |
//!
//! A suspended account, or any account of a partner that is not open yet, may do nothing.

use std::cell::RefCell;
use std::collections::BTreeSet;

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
    /// For a Caf agent of one Caf, that Caf and its partners; None for a national agent
    /// (and for a partner's people, whom `partner` already limits).
    pub caf: Option<Caf>,
}

/// The Caf a Caf agent belongs to, with the partners it may see and administer.
#[derive(Clone, Debug)]
pub struct Caf {
    pub code: String,
    /// Read when the actor is loaded; a partner the agent registers in the same command
    /// joins it (`admit`), so that an import of partners and their people works in one go.
    partners: RefCell<BTreeSet<String>>,
}

impl Caf {
    pub fn new(code: String, partners: impl IntoIterator<Item = String>) -> Caf {
        Caf {
            code,
            partners: RefCell::new(partners.into_iter().collect()),
        }
    }

    pub fn has(&self, partner: &str) -> bool {
        self.partners.borrow().contains(partner)
    }
}

/// Something that belongs to a partner, or (None) to the Caf: a Caf agent's account.
pub trait OfPartner {
    fn partner(&self) -> Option<&str>;
}

/// Something an actor wants to do, with the partner it touches.
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// What any Caf agent does, on what it sees: read the outbox, send it, list calls.
    CafOnly(&'a str),
    /// What concerns the whole store: settings, verifying the whole audit trail. Only a
    /// national agent may: an agent of one Caf does not read the others' rows.
    National(&'a str),
    /// A Caf agent's act for one Caf (None: the national level): register its partner,
    /// create its agent, open or close its call.
    ForCaf { what: &'a str, caf: Option<&'a str> },
    /// A Caf agent's act on one partner: record its documents, send its declarations back.
    CafOn { what: &'a str, partner: &'a str },
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

impl Action<'_> {
    /// The partner the action touches, when it touches one.
    fn partner(&self) -> Option<&str> {
        match *self {
            Action::CafOnly(_) | Action::National(_) | Action::ForCaf { .. } => None,
            Action::CafOn { partner, .. }
            | Action::Read { partner }
            | Action::CreateAccount { partner }
            | Action::Administer { partner }
            | Action::ChangeMembers { partner, .. }
            | Action::NotifyGroup { partner }
            | Action::GiveProfiles { partner } => Some(partner),
        }
    }
}

impl Actor {
    pub fn is_agent(&self) -> bool {
        self.partner.is_none()
    }

    /// A Caf agent of no Caf in particular, who may everything.
    pub fn is_national(&self) -> bool {
        self.is_agent() && self.caf.is_none()
    }

    /// The Caf of an agent of one Caf.
    pub fn caf_code(&self) -> Option<&str> {
        self.caf.as_ref().map(|c| c.code.as_str())
    }

    /// Whether `partner` is one this actor acts on: its own partner, or for a Caf agent a
    /// partner of its Caf (every partner for a national agent).
    fn of(&self, partner: &str) -> bool {
        match (&self.partner, &self.caf) {
            (Some(own), _) => own == partner,
            (None, Some(caf)) => caf.has(partner),
            (None, None) => true,
        }
    }

    /// A partner this agent has just registered for its own Caf: from now on in its reach.
    pub fn admit(&self, partner: &str, caf_code: &str) {
        if let Some(caf) = self.caf.as_ref().filter(|c| c.code == caf_code) {
            caf.partners.borrow_mut().insert(partner.to_string());
        }
    }

    /// Whether this actor may learn that an object of `partner` exists (None: a Caf agent's
    /// account). A Caf agent sees everything; a partner's account sees its own partner's
    /// people, services, sites and declarations only. An object it may not see gets the
    /// same answer as one that does not exist (same exit code, same message), so that no
    /// answer tells a partner who the others' people are or what they hold (SPEC §7).
    /// An agent of one Caf sees that Caf's partners and the Caf agents' accounts.
    pub fn sees(&self, partner: Option<&str>) -> bool {
        match partner {
            Some(p) => self.of(p),
            None => self.is_agent(),
        }
    }

    /// The items of a list this actor may see. On PostgreSQL the server already kept only
    /// those; on SQLite an agent of one Caf reads the whole file, and this keeps its Caf's
    /// partners' (a partner's people are limited by the list's own partner filter).
    pub fn only_seen<T: OfPartner>(&self, items: Vec<T>) -> Vec<T> {
        if self.caf.is_none() {
            return items;
        }
        items
            .into_iter()
            .filter(|i| self.sees(i.partner()))
            .collect()
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
            return match action {
                Action::CafOnly(_) => true,
                Action::National(_) => self.is_national(),
                Action::ForCaf { caf, .. } => self.is_national() || caf == self.caf_code(),
                _ => action.partner().is_some_and(|p| self.of(p)),
            };
        }
        match action {
            Action::CafOnly(_)
            | Action::National(_)
            | Action::ForCaf { .. }
            | Action::CafOn { .. } => false,
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
        if let Some(caf) = self.caf_code() {
            let why = match action {
                Action::National(what) => format!("{what}: only a national agent may"),
                Action::ForCaf { what, caf: None } => {
                    format!("{what} at the national level: only a national agent may")
                }
                Action::ForCaf {
                    what,
                    caf: Some(other),
                } => {
                    format!("{what} for Caf {other}: only its agents or a national agent may")
                }
                _ => format!(
                    "act on partner {}: an agent of Caf {caf} acts on its own Caf's partners only",
                    action.partner().unwrap_or("?")
                ),
            };
            return Err(Refusal::Forbidden(format!("{} may not {why}", self.login)));
        }
        let why = match action {
            Action::CafOnly(what)
            | Action::National(what)
            | Action::ForCaf { what, .. }
            | Action::CafOn { what, .. } => format!("{what}: only a Caf agent may"),
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
            caf: None,
        }
    }

    /// A Caf agent of Caf `code`, whose partners are `partners`.
    pub fn agent_of(code: &str, partners: &[&str]) -> Actor {
        Actor {
            caf: Some(Caf::new(
                code.into(),
                partners.iter().map(|p| p.to_string()),
            )),
            ..agent()
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

    #[test]
    fn an_agent_of_one_caf_acts_on_its_caf_only() {
        let a = fixtures::agent_of("161", &["P"]);
        assert!(a.sees(Some("P")) && a.sees(None));
        assert!(!a.sees(Some("Q")), "a partner of another Caf");
        assert!(a.may(Action::Administer { partner: "P" }));
        assert!(!a.may(Action::Administer { partner: "Q" }));
        assert!(!a.may(Action::CafOn {
            what: "send back",
            partner: "Q"
        }));
        assert!(a.may(Action::CafOnly("read the outbox")));
        assert!(!a.may(Action::National("change settings")));
        assert!(a.may(Action::ForCaf {
            what: "register partners",
            caf: Some("161")
        }));
        assert!(!a.may(Action::ForCaf {
            what: "register partners",
            caf: Some("974")
        }));
        assert!(!a.may(Action::ForCaf {
            what: "create agents",
            caf: None
        }));
        let e = a.require(Action::Read { partner: "Q" }).unwrap_err();
        assert!(e.to_string().contains("Caf 161"), "{e}");
        // a partner it registers joins its reach, one of another Caf does not
        a.admit("R", "161");
        a.admit("S", "974");
        assert!(a.sees(Some("R")) && !a.sees(Some("S")));
        // a national agent may everything
        let n = fixtures::agent();
        assert!(
            n.may(Action::National("x"))
                && n.may(Action::ForCaf {
                    what: "x",
                    caf: Some("974")
                })
        );
    }
}
