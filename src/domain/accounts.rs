//! Accounts (SPEC §1): who may create one, the login it gets (given, or generated and
//! free), the administrator limit; who may administer one and make it an administrator.

use super::access::{Action, Actor};
use super::decision::{At, Decision, Intent, Refused, Ruled};
use super::records::Account;
use super::refusal::{Decided, Refusal};
use super::{habilitation, ids, partners};

/// An account asked for, on the command line or in an import row, its values checked; its
/// login comes apart (see `LoginFact`).
#[derive(Clone, Copy)]
pub struct NewAccount<'a> {
    /// None: a Caf agent.
    pub partner: Option<&'a str>,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub admin: bool,
    /// The Caf of a Caf agent of one Caf; None for a national agent and a partner's people
    /// (SPEC §4: several Cafs on one store).
    pub caf_code: Option<&'a str>,
}

impl NewAccount<'_> {
    /// Whether `known` is this very person: the same partner, names and e-mail.
    pub fn is(&self, known: &KnownAccount) -> bool {
        known.partner.as_deref() == self.partner
            && known.first_name == self.first_name
            && known.last_name == self.last_name
            && known.email == self.email
    }
}

/// What the store holds of an account, as a new one is compared with it.
#[derive(Clone, Debug)]
pub struct KnownAccount {
    /// None: a Caf agent.
    pub partner: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub admin: bool,
    pub active: bool,
}

/// The login of an account asked for, with what the store holds under it.
pub enum LoginFact<'a> {
    /// Given, as typed, with the account that holds it (None: nobody does).
    Given {
        login: &'a str,
        holder: Option<&'a KnownAccount>,
    },
    /// None given: the generated one (see `free_login`).
    Generated(Generated),
}

/// What generating a login found.
#[derive(Debug, PartialEq, Eq)]
pub enum Generated {
    /// The first generated login nobody holds.
    Free(String),
    /// This very person has an account already (`Intent::Ensure`: imported before).
    Known,
    /// Every attempt is taken.
    NoneFree,
}

/// How many generated logins are tried before giving up.
const ATTEMPTS: u32 = 1000;

/// The login of a person given none: the first of its generated logins
/// (`ids::generate_login`, deterministic) that nobody holds. `holder_of` answers who holds a
/// login. To the import, a login held by this very person means the row was imported
/// before, so importing a file twice finds the same login.
pub fn free_login<E>(
    intent: Intent,
    a: &NewAccount,
    mut holder_of: impl FnMut(&str) -> Result<Option<KnownAccount>, E>,
) -> Result<Generated, E> {
    for attempt in 0..ATTEMPTS {
        let login = ids::generate_login(a.last_name, a.first_name, a.email, attempt);
        match holder_of(&login)? {
            None => return Ok(Generated::Free(login)),
            Some(known) if intent == Intent::Ensure && a.is(&known) => return Ok(Generated::Known),
            Some(_) => {}
        }
    }
    Ok(Generated::NoneFree)
}

/// The Caf of a new Caf agent: the one asked for, else its creator's own. An agent of one
/// Caf makes colleagues of that Caf, a national agent national ones, unless told otherwise
/// (and only a national agent may make an agent of another Caf, or a national one).
pub fn agent_caf<'a>(creator: &'a Actor, asked: Option<&'a str>) -> Option<&'a str> {
    asked.or(creator.caf_code())
}

/// What the store holds that creating an account depends on.
pub struct AccountFacts<'a> {
    /// Whether the account's partner exists (not asked of a Caf agent).
    pub partner_exists: bool,
    pub login: LoginFact<'a>,
    /// The partner's administrators, when the account is to be one of them.
    pub admins: &'a [String],
}

/// Creating an account, with every rule: who may, its partner exists, the login free (or,
/// to the import, held by the same account), the administrator limit. Answers its login.
pub fn decide_create(
    actor: &Actor,
    intent: Intent,
    a: &NewAccount,
    facts: &AccountFacts,
) -> Ruled<Decision<String>> {
    match a.partner {
        None => {
            actor
                .require(Action::ForCaf {
                    what: "create Caf agent accounts",
                    caf: a.caf_code,
                })
                .at("partner")?;
            if a.admin {
                return Err(Refused::new(
                    "admin",
                    Refusal::Invalid("a Caf agent cannot be a partner administrator".into()),
                ));
            }
        }
        Some(p) => {
            actor
                .require(Action::CreateAccount { partner: p })
                .at("partner")?;
            if a.admin {
                actor
                    .require(Action::Administer { partner: p })
                    .at("admin")?;
            }
            if !facts.partner_exists {
                return Err(Refused::new("partner", partners::no_partner(p)));
            }
        }
    }
    let login = match &facts.login {
        LoginFact::Given { login, holder } => {
            let login = ids::login(login).at("login")?;
            if let Some(holder) = holder {
                return taken(actor, intent, a, &login, holder);
            }
            login
        }
        LoginFact::Generated(Generated::Free(login)) => login.clone(),
        LoginFact::Generated(Generated::Known) => return Ok(Decision::Unchanged),
        LoginFact::Generated(Generated::NoneFree) => {
            let why = match intent {
                Intent::Create => format!(
                    "could not generate a free login for {} {}: give one",
                    a.first_name, a.last_name
                ),
                Intent::Ensure => "no free login could be generated: give one".into(),
            };
            return Err(Refused::new("login", Refusal::Conflict(why)));
        }
    };
    if let (Some(p), true) = (a.partner, a.admin) {
        habilitation::may_add_admin(p, &login, facts.admins).at("admin")?;
    }
    Ok(Decision::Write(login))
}

/// A login that is taken: refused, unless the import finds its own row there. Logins are
/// unique across partners, so a login of another partner is refused too, but without
/// naming who holds it to an actor that may not see that account.
fn taken(
    actor: &Actor,
    intent: Intent,
    a: &NewAccount,
    login: &str,
    holder: &KnownAccount,
) -> Ruled<Decision<String>> {
    let who = if actor.sees(holder.partner.as_deref()) {
        format!(" (by {} {})", holder.first_name, holder.last_name)
    } else {
        String::new()
    };
    let why = match intent {
        Intent::Create => format!(
            "login {login} is already taken{who}; choose another or leave it out to have one generated"
        ),
        Intent::Ensure if a.is(holder) && holder.admin == a.admin => {
            return Ok(Decision::Unchanged)
        }
        Intent::Ensure => format!(
            "login {login} is already taken{who}, with other data; the import never overwrites"
        ),
    };
    Err(Refused::new("login", Refusal::Conflict(why)))
}

pub fn no_account(login: &str) -> Refusal {
    Refusal::NotFound(format!("no account {login}"))
}

/// Who may set a temporary password for `target`: the person themself, an administrator
/// of its partner, a Caf agent (SPEC §4).
pub fn may_set_password(actor: &Actor, target: &Account) -> Decided<()> {
    if target.login == actor.login {
        return actor.can_act();
    }
    may_administer(actor, target)
}

/// Who may administer `target`: its partner's administrators, or a Caf agent of its
/// partner's Caf; a Caf agent's account, an agent of the same Caf (or a national one).
pub fn may_administer(actor: &Actor, target: &Account) -> Decided<()> {
    match target.partner.as_deref() {
        Some(p) => actor.require(Action::Administer { partner: p }),
        None => actor.require(Action::ForCaf {
            what: "administer Caf agent accounts",
            caf: target.caf_code.as_deref(),
        }),
    }
}

/// Who may read an account of `partner` (None: a Caf agent's account).
pub fn may_read(actor: &Actor, partner: Option<&str>) -> Decided<()> {
    match partner {
        Some(p) => actor.require(Action::Read { partner: p }),
        None => actor.require(Action::CafOnly("read Caf agent accounts")),
    }
}

/// Making `login` an administrator of its partner, or (`revoke`) no longer one: only a
/// partner's account, a change, within the limit. `admins` are the partner's current ones.
/// Answers the partner.
pub fn decide_admin<'a>(
    login: &str,
    partner: Option<&'a str>,
    is_admin: bool,
    revoke: bool,
    admins: &[String],
) -> Decided<&'a str> {
    let Some(partner) = partner else {
        return Err(Refusal::Conflict(format!(
            "{login} is a Caf agent: only partner accounts can be administrators"
        )));
    };
    match (revoke, is_admin) {
        (true, false) => Err(Refusal::State(format!(
            "{login} is not an administrator of {partner}"
        ))),
        (false, true) => Err(Refusal::Conflict(format!(
            "{login} is already an administrator of {partner}"
        ))),
        (true, true) => Ok(partner),
        (false, false) => {
            habilitation::may_add_admin(partner, login, admins)?;
            Ok(partner)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::fixtures::agent;

    /// An account to administer: of `partner`, or a Caf agent's of `caf`.
    fn target(login: &str, partner: Option<&str>, caf: Option<&str>) -> Account {
        Account {
            login: login.into(),
            partner: partner.map(Into::into),
            caf_code: caf.map(Into::into),
            role: String::new(),
            first_name: String::new(),
            last_name: String::new(),
            email: String::new(),
            admin: false,
            status: "active".into(),
            groups: vec![],
            manages: vec![],
            created_at: String::new(),
        }
    }

    #[test]
    fn a_password_is_set_by_the_person_an_administrator_of_its_partner_or_a_caf_agent() {
        use crate::domain::access::fixtures::{admin_of, person};
        let of_p = |login| target(login, Some("P"), None);
        // fixtures::person is X0001
        assert!(may_set_password(&person("P"), &of_p("X0001")).is_ok());
        assert!(may_set_password(&person("P"), &of_p("OTHER01")).is_err());
        assert!(may_set_password(&admin_of("P"), &of_p("OTHER01")).is_ok());
        assert!(may_set_password(&admin_of("Q"), &of_p("OTHER01")).is_err());
        let national_agent = target(AGENT_LOGIN, None, None);
        assert!(may_set_password(&admin_of("P"), &national_agent).is_err());
        assert!(may_set_password(&agent(), &of_p("OTHER01")).is_ok());
        let mut suspended = person("P");
        suspended.active = false;
        assert!(may_set_password(&suspended, &of_p("X0001")).is_err());
    }

    #[test]
    fn an_agent_of_one_caf_administers_its_caf_only() {
        use crate::domain::access::fixtures::agent_of;
        let a = agent_of("161", &["P"]);
        assert!(may_administer(&a, &target("X1", Some("P"), None)).is_ok());
        assert!(may_administer(&a, &target("X2", Some("Q"), None)).is_err());
        assert!(may_administer(&a, &target("AG161", None, Some("161"))).is_ok());
        assert!(may_administer(&a, &target("AG974", None, Some("974"))).is_err());
        assert!(may_administer(&a, &target(AGENT_LOGIN, None, None)).is_err());
        assert!(may_administer(&agent(), &target("AG974", None, Some("974"))).is_ok());
        // it makes colleagues of its own Caf unless told, a national agent national ones
        assert_eq!(agent_caf(&a, None), Some("161"));
        assert_eq!(agent_caf(&agent(), None), None);
        assert_eq!(agent_caf(&agent(), Some("974")), Some("974"));
    }

    const AGENT_LOGIN: &str = "AGENT02";
    use crate::domain::GroupKind;

    fn manager_of(partner: &str) -> Actor {
        Actor {
            login: "MGR01".into(),
            partner: Some(partner.into()),
            manages: vec![GroupKind::Declarer],
            ..agent()
        }
    }

    fn claire(admin: bool) -> NewAccount<'static> {
        NewAccount {
            partner: Some("P"),
            first_name: "Claire",
            last_name: "Durand",
            email: "claire@p.fr",
            admin,
            caf_code: None,
        }
    }

    fn known(a: &NewAccount) -> KnownAccount {
        KnownAccount {
            partner: a.partner.map(str::to_string),
            first_name: a.first_name.into(),
            last_name: a.last_name.into(),
            email: a.email.into(),
            admin: a.admin,
            active: true,
        }
    }

    fn given<'a>(login: &'a str, holder: Option<&'a KnownAccount>) -> AccountFacts<'a> {
        AccountFacts {
            partner_exists: true,
            login: LoginFact::Given { login, holder },
            admins: &[],
        }
    }

    #[test]
    fn a_free_login_is_written_upper_case() {
        let d = decide_create(
            &agent(),
            Intent::Create,
            &claire(false),
            &given("durand01", None),
        );
        assert_eq!(d, Ok(Decision::Write("DURAND01".into())));
    }

    #[test]
    fn a_taken_login_is_refused_by_a_command_and_compared_by_the_import() {
        let a = claire(false);
        let same = known(&a);
        let facts = given("DURAND01", Some(&same));
        let e = decide_create(&agent(), Intent::Create, &a, &facts).unwrap_err();
        assert_eq!(e.field, "login");
        assert!(matches!(e.refusal, Refusal::Conflict(_)));
        assert_eq!(
            decide_create(&agent(), Intent::Ensure, &a, &facts),
            Ok(Decision::Unchanged)
        );
        let other = KnownAccount {
            email: "other@p.fr".into(),
            ..same
        };
        let e = decide_create(
            &agent(),
            Intent::Ensure,
            &a,
            &given("DURAND01", Some(&other)),
        )
        .unwrap_err();
        assert!(e.to_string().contains("never overwrites"), "{e}");
    }

    #[test]
    fn the_login_is_checked_before_the_administrator_limit() {
        let a = claire(true);
        let same = known(&a);
        let full = ["A".to_string(), "B".to_string()];
        let facts = AccountFacts {
            admins: &full,
            ..given("DURAND01", None)
        };
        let e = decide_create(&agent(), Intent::Ensure, &a, &facts).unwrap_err();
        assert_eq!(e.field, "admin");
        assert!(matches!(e.refusal, Refusal::Limit(_)));
        let facts = AccountFacts {
            admins: &full,
            ..given("DURAND01", Some(&same))
        };
        assert_eq!(
            decide_create(&agent(), Intent::Ensure, &a, &facts),
            Ok(Decision::Unchanged)
        );
    }

    #[test]
    fn who_may_create_which_account() {
        let m = manager_of("P");
        assert!(decide_create(&m, Intent::Create, &claire(false), &given("X0001", None)).is_ok());
        let e =
            decide_create(&m, Intent::Create, &claire(true), &given("X0001", None)).unwrap_err();
        assert_eq!(e.field, "admin");
        assert!(matches!(e.refusal, Refusal::Forbidden(_)));
        let agent_account = NewAccount {
            partner: None,
            ..claire(false)
        };
        let e =
            decide_create(&m, Intent::Create, &agent_account, &given("X0001", None)).unwrap_err();
        assert!(matches!(e.refusal, Refusal::Forbidden(_)));
        let admin_agent = NewAccount {
            partner: None,
            ..claire(true)
        };
        let e = decide_create(
            &agent(),
            Intent::Ensure,
            &admin_agent,
            &given("X0001", None),
        )
        .unwrap_err();
        assert!(matches!(e.refusal, Refusal::Invalid(_)));
        let facts = AccountFacts {
            partner_exists: false,
            ..given("X0001", None)
        };
        let e = decide_create(&agent(), Intent::Create, &claire(false), &facts).unwrap_err();
        assert!(matches!(e.refusal, Refusal::NotFound(_)));
    }

    #[test]
    fn a_generated_login_skips_taken_ones_and_finds_the_same_person_again() {
        let a = claire(false);
        let first = ids::generate_login("Durand", "Claire", "claire@p.fr", 0);
        let second = ids::generate_login("Durand", "Claire", "claire@p.fr", 1);
        let stranger = KnownAccount {
            first_name: "Paul".into(),
            ..known(&a)
        };
        let taken_first = |l: &str| -> Result<_, ()> { Ok((l == first).then(|| stranger.clone())) };
        assert_eq!(
            free_login(Intent::Create, &a, taken_first),
            Ok(Generated::Free(second))
        );
        let mine = |_: &str| -> Result<_, ()> { Ok(Some(known(&a))) };
        assert_eq!(free_login(Intent::Ensure, &a, mine), Ok(Generated::Known));
        assert_eq!(
            free_login(Intent::Create, &a, mine),
            Ok(Generated::NoneFree)
        );
        let facts = AccountFacts {
            partner_exists: true,
            login: LoginFact::Generated(Generated::NoneFree),
            admins: &[],
        };
        let e = decide_create(&agent(), Intent::Create, &a, &facts).unwrap_err();
        assert!(matches!(e.refusal, Refusal::Conflict(_)));
    }

    #[test]
    fn administrator_rights() {
        assert_eq!(decide_admin("A", Some("P"), false, false, &[]), Ok("P"));
        assert_eq!(decide_admin("A", Some("P"), true, true, &[]), Ok("P"));
        let agent = decide_admin("A", None, false, false, &[]);
        assert!(matches!(agent, Err(Refusal::Conflict(_))));
        let not = decide_admin("A", Some("P"), false, true, &[]);
        assert!(matches!(not, Err(Refusal::State(_))));
        let already = decide_admin("A", Some("P"), true, false, &[]);
        assert!(matches!(already, Err(Refusal::Conflict(_))));
        let full = ["B".to_string(), "C".to_string()];
        let third = decide_admin("A", Some("P"), false, false, &full);
        assert!(matches!(third, Err(Refusal::Limit(_))));
    }
}
