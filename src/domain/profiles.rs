//! Afas profiles (SPEC §1 "Profiles"): who gives them to whom, and the limits per service
//! and per site.

use super::access::{Action, Actor};
use super::decision::{At, Decision, Intent, Refused, Ruled};
use super::refusal::{Decided, Refusal};
use super::{accounts, services};

pub use super::kinds::ProfileKind;
// What `call` asks of the services of a call, from where it asked before readiness had a
// module of its own.

impl ProfileKind {
    pub fn parse(s: &str) -> Decided<ProfileKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fda" => Ok(ProfileKind::Fda),
            "fdf" => Ok(ProfileKind::Fdf),
            "approbateur" | "approver" => Ok(ProfileKind::Approbateur),
            other => Err(Refusal::Invalid(format!(
                "profile {other:?} does not exist: fda, fdf or approbateur"
            ))),
        }
    }

    /// How many may hold this profile in one scope (a service, or a site for an fda).
    pub fn max_holders(self) -> usize {
        match self {
            ProfileKind::Fda | ProfileKind::Fdf => 2,
            ProfileKind::Approbateur => 1,
        }
    }

    fn label(self, site: Option<&str>) -> String {
        match (self, site) {
            (ProfileKind::Fda, Some(site)) => format!("FDA at site {site}"),
            (ProfileKind::Fda, None) => "service-level FDA".into(),
            (ProfileKind::Fdf, _) => "FDF".into(),
            (ProfileKind::Approbateur, _) => "approver".into(),
        }
    }
}

/// What a grant does once the rules allow it.
#[derive(Debug, PartialEq, Eq)]
pub enum Grant {
    /// Add the holder.
    Add,
    /// Revoke this approver and add the new one, in the same transaction.
    Replace(String),
}

/// The limit rules of a grant. `holders` are the current holders of `kind` in the scope
/// (the service, or the site for a site FDA).
pub fn may_grant(
    login: &str,
    kind: ProfileKind,
    service: &str,
    site: Option<&str>,
    holders: &[String],
    replace: bool,
) -> Decided<Grant> {
    if site.is_some() && kind != ProfileKind::Fda {
        return Err(Refusal::Invalid(format!(
            "--site is for fda only: {kind} is given at service level"
        )));
    }
    if replace && kind != ProfileKind::Approbateur {
        return Err(Refusal::Usage(
            "--replace swaps the approver; for fda and fdf revoke a holder first".into(),
        ));
    }
    let label = kind.label(site);
    if holders.iter().any(|h| h == login) {
        return Err(Refusal::Conflict(format!(
            "{login} already holds the {label} profile of service {service}"
        )));
    }
    if holders.len() < kind.max_holders() {
        return Ok(Grant::Add);
    }
    if kind == ProfileKind::Approbateur {
        if replace {
            return Ok(Grant::Replace(holders[0].clone()));
        }
        return Err(Refusal::Limit(format!(
            "service {service} already has its approver ({}); use --replace to swap it, or revoke it first",
            holders[0]
        )));
    }
    Err(Refusal::Limit(format!(
        "service {service} already has {} {label} ({}); revoke one first",
        holders.len(),
        holders.join(", ")
    )))
}

/// The facts about the person receiving a profile.
pub struct Receiver<'a> {
    pub login: &'a str,
    /// None for a Caf agent.
    pub partner: Option<&'a str>,
    pub active: bool,
    pub in_declarer: bool,
}

/// A profile goes to an active member of the `declarer` group of the service's partner.
pub fn may_receive(r: &Receiver, service: &str, service_partner: &str) -> Decided<()> {
    if r.partner != Some(service_partner) {
        return Err(Refusal::Conflict(format!(
            "{} is not an account of partner {service_partner}, which runs service {service}: \
             profiles go to members of that partner's declarer group",
            r.login
        )));
    }
    if !r.in_declarer {
        return Err(Refusal::State(format!(
            "{} is not a member of the declarer group of partner {service_partner}: \
             add it first (afas group add {service_partner} declarer {})",
            r.login, r.login
        )));
    }
    if !r.active {
        return Err(Refusal::State(format!(
            "{} is suspended: reactivate it before giving it a profile",
            r.login
        )));
    }
    Ok(())
}

/// A member of `declarer` who still holds profiles leaves it only with `--revoke-profiles`.
pub fn may_leave_declarer(login: &str, held: &[String], revoke_profiles: bool) -> Decided<()> {
    if held.is_empty() || revoke_profiles {
        return Ok(());
    }
    Err(Refusal::State(format!(
        "{login} still holds profiles ({}); revoke them first, or give --revoke-profiles",
        held.join(", ")
    )))
}

/// A profile to give.
#[derive(Clone, Copy, Debug)]
pub struct GrantRequest<'a> {
    pub login: &'a str,
    pub kind: ProfileKind,
    pub service: &'a str,
    /// A site of the service, for an FDA given there.
    pub site: Option<&'a str>,
    /// Swap the approver (`--replace`).
    pub replace: bool,
}

/// What the store holds that giving a profile depends on.
pub struct GrantFacts<'a> {
    /// The service's partner; None: there is no such service.
    pub service_partner: Option<&'a str>,
    /// The codes of the service's sites, in order.
    pub sites: &'a [String],
    /// The account receiving it; None: there is no such account.
    pub receiver: Option<Receiver<'a>>,
    /// The holders of the profile in its scope (the service, or the site), by login.
    pub holders: &'a [String],
}

/// A grant the rules allow: what it does, on a service of `partner`.
#[derive(Debug, PartialEq, Eq)]
pub struct Granted<'a> {
    pub grant: Grant,
    pub partner: &'a str,
}

/// Giving a profile, with every rule: who may, the site, the receiver, the limits. The
/// import finds a holder it names again unchanged, whatever has changed since.
pub fn decide_grant<'a>(
    actor: &Actor,
    intent: Intent,
    g: &GrantRequest,
    f: &GrantFacts<'a>,
) -> Ruled<Decision<Granted<'a>>> {
    // Another partner's service, or account, is not found, as one that does not exist
    // (SPEC §7): the answer does not tell whose it is.
    let partner = f
        .service_partner
        .filter(|p| actor.sees(Some(p)))
        .ok_or_else(|| Refused::new("service", services::no_service(g.service)))?;
    actor
        .require(Action::GiveProfiles { partner })
        .at("service")?;
    if let Some(site) = g.site {
        if !f.sites.iter().any(|s| s == site) {
            return Err(Refused::new(
                "site",
                no_site(intent, g.service, site, f.sites),
            ));
        }
    }
    let receiver = f
        .receiver
        .as_ref()
        .filter(|r| actor.sees(r.partner))
        .ok_or_else(|| Refused::new("login", accounts::no_account(g.login)))?;
    if intent == Intent::Ensure && f.holders.iter().any(|h| h == g.login) {
        return Ok(Decision::Unchanged);
    }
    may_receive(receiver, g.service, partner).at("login")?;
    let grant = may_grant(g.login, g.kind, g.service, g.site, f.holders, g.replace);
    Ok(Decision::Write(Granted {
        grant: grant.at("profile")?,
        partner,
    }))
}

fn no_site(intent: Intent, service: &str, site: &str, sites: &[String]) -> Refusal {
    Refusal::Conflict(match intent {
        Intent::Ensure => format!("service {service} has no site {site}"),
        Intent::Create if sites.is_empty() => {
            format!("service {service} has no sites: give the fda at service level")
        }
        Intent::Create => format!(
            "service {service} has no site {site} (its sites: {})",
            sites.join(", ")
        ),
    })
}

/// Revoking a profile `login` does not hold.
pub fn not_held(login: &str, kind: ProfileKind, service: &str, site: Option<&str>) -> Refusal {
    let at = site.map(|x| format!(" at site {x}")).unwrap_or_default();
    Refusal::Conflict(format!(
        "{login} does not hold {kind} on service {service}{at}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn second_fda_accepted_third_refused() {
        let k = ProfileKind::Fda;
        assert_eq!(
            may_grant("B", k, "S", None, &v(&["A"]), false),
            Ok(Grant::Add)
        );
        let err = may_grant("C", k, "S", None, &v(&["A", "B"]), false).unwrap_err();
        assert!(matches!(err, Refusal::Limit(_)));
        assert!(
            err.to_string().contains("2 service-level FDA (A, B)"),
            "{err}"
        );
        let err = may_grant("C", k, "S", Some("S1"), &v(&["A", "B"]), false).unwrap_err();
        assert!(err.to_string().contains("FDA at site S1"), "{err}");
        let again = may_grant("A", k, "S", None, &v(&["A"]), false);
        assert!(matches!(again, Err(Refusal::Conflict(_))));
    }

    #[test]
    fn one_approver_and_replace() {
        let k = ProfileKind::Approbateur;
        assert_eq!(may_grant("A", k, "S", None, &[], false), Ok(Grant::Add));
        let second = may_grant("B", k, "S", None, &v(&["A"]), false);
        assert!(matches!(second, Err(Refusal::Limit(_))));
        assert_eq!(
            may_grant("B", k, "S", None, &v(&["A"]), true),
            Ok(Grant::Replace("A".into()))
        );
        let itself = may_grant("A", k, "S", None, &v(&["A"]), true);
        assert!(matches!(itself, Err(Refusal::Conflict(_))));
    }

    #[test]
    fn site_only_for_fda_and_replace_only_for_approver() {
        let fdf_site = may_grant("A", ProfileKind::Fdf, "S", Some("X"), &[], false);
        assert!(matches!(fdf_site, Err(Refusal::Invalid(_))));
        let approver_site = may_grant("A", ProfileKind::Approbateur, "S", Some("X"), &[], false);
        assert!(matches!(approver_site, Err(Refusal::Invalid(_))));
        let replace_fdf = may_grant("A", ProfileKind::Fdf, "S", None, &[], true);
        assert!(matches!(replace_fdf, Err(Refusal::Usage(_))));
    }

    #[test]
    fn profile_names() {
        assert_eq!(
            ProfileKind::parse(" Approver "),
            Ok(ProfileKind::Approbateur)
        );
        assert!(matches!(
            ProfileKind::parse("boss"),
            Err(Refusal::Invalid(_))
        ));
    }

    const OK: Receiver = Receiver {
        login: "A",
        partner: Some("P"),
        active: true,
        in_declarer: true,
    };

    #[test]
    fn receiver_is_an_active_declarer_of_the_partner() {
        assert!(may_receive(&OK, "S", "P").is_ok());
        let refused = |r: &Receiver, partner| may_receive(r, "S", partner).unwrap_err();
        assert!(matches!(refused(&OK, "Q"), Refusal::Conflict(_)));
        let agent = Receiver {
            partner: None,
            ..OK
        };
        assert!(matches!(refused(&agent, "P"), Refusal::Conflict(_)));
        let outsider = Receiver {
            in_declarer: false,
            ..OK
        };
        assert!(matches!(refused(&outsider, "P"), Refusal::State(_)));
        let suspended = Receiver {
            active: false,
            ..OK
        };
        assert!(matches!(refused(&suspended, "P"), Refusal::State(_)));
    }

    #[test]
    fn leaving_declarer_with_profiles() {
        assert!(may_leave_declarer("A", &[], false).is_ok());
        let held = may_leave_declarer("A", &["fda S".into()], false);
        assert!(matches!(held, Err(Refusal::State(_))));
        assert!(may_leave_declarer("A", &["fda S".into()], true).is_ok());
    }

    fn giver() -> Actor {
        Actor {
            member_of: vec![crate::domain::GroupKind::Habiliter],
            ..crate::domain::access::fixtures::person("P")
        }
    }

    const FDA: GrantRequest = GrantRequest {
        login: "A",
        kind: ProfileKind::Fda,
        service: "S",
        site: Some("S1"),
        replace: false,
    };

    fn facts<'a>(sites: &'a [String], holders: &'a [String]) -> GrantFacts<'a> {
        GrantFacts {
            service_partner: Some("P"),
            sites,
            receiver: Some(OK),
            holders,
        }
    }

    #[test]
    fn a_grant_checks_service_access_site_receiver_then_limits() {
        let (sites, none) = (v(&["S1"]), Vec::new());
        let g = giver();
        let add = decide_grant(&g, Intent::Create, &FDA, &facts(&sites, &none));
        let granted = Granted {
            grant: Grant::Add,
            partner: "P",
        };
        assert_eq!(add, Ok(Decision::Write(granted)));
        let no_service = GrantFacts {
            service_partner: None,
            ..facts(&sites, &none)
        };
        let e = decide_grant(&g, Intent::Create, &FDA, &no_service).unwrap_err();
        assert_eq!(e.field, "service");
        assert!(matches!(e.refusal, Refusal::NotFound(_)));
        let elsewhere = GrantFacts {
            service_partner: Some("Q"),
            ..facts(&sites, &none)
        };
        // another partner's service: the very answer of a missing one (SPEC §7)
        let e2 = decide_grant(&g, Intent::Create, &FDA, &elsewhere).unwrap_err();
        assert_eq!(e2, e);
        let e = decide_grant(&g, Intent::Create, &FDA, &facts(&none, &none)).unwrap_err();
        assert_eq!(e.field, "site");
        assert!(e.to_string().contains("no sites"), "{e}");
        let no_account = GrantFacts {
            receiver: None,
            ..facts(&sites, &none)
        };
        let e = decide_grant(&g, Intent::Create, &FDA, &no_account).unwrap_err();
        assert_eq!(e.field, "login");
        let full = v(&["B", "C"]);
        let e = decide_grant(&g, Intent::Create, &FDA, &facts(&sites, &full)).unwrap_err();
        assert_eq!(e.field, "profile");
        assert!(matches!(e.refusal, Refusal::Limit(_)));
    }

    #[test]
    fn the_import_finds_a_holder_again_unchanged() {
        let (sites, held) = (v(&["S1"]), v(&["A"]));
        let suspended = GrantFacts {
            receiver: Some(Receiver {
                active: false,
                ..OK
            }),
            ..facts(&sites, &held)
        };
        let g = giver();
        assert_eq!(
            decide_grant(&g, Intent::Ensure, &FDA, &suspended),
            Ok(Decision::Unchanged)
        );
        let e = decide_grant(&g, Intent::Create, &FDA, &suspended).unwrap_err();
        assert!(matches!(e.refusal, Refusal::State(_)));
    }
}
