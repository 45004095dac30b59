//! Services (ALSH, RAM) of open partners, and their sites (SPEC §1).

use super::access::{Action, Actor};
use super::decision::{At, Decision, Intent, Refused, Ruled};
use super::records::Site;
use super::refusal::{Decided, Refusal};
use super::{partners, ServiceKind};

/// A service to create; also what the store holds of one, as a new one is compared with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewService {
    pub code: String,
    pub partner: String,
    pub kind: ServiceKind,
    pub name: String,
}

pub fn no_service(code: &str) -> Refusal {
    Refusal::NotFound(format!("no service {code}"))
}

/// A kind of service as a file writes it, in any case.
pub fn kind(text: &str) -> Decided<ServiceKind> {
    let text = text.to_ascii_lowercase();
    ServiceKind::from_text(&text)
        .ok_or_else(|| Refusal::Invalid(format!("kind {text:?}: alsh or ram")))
}

/// Creating the service `s` of an open partner. `partner_open`: None, there is no such
/// partner; `existing`: the service of that code the store holds.
pub fn decide_create(
    actor: &Actor,
    intent: Intent,
    s: &NewService,
    partner_open: Option<bool>,
    existing: Option<&NewService>,
) -> Ruled<Decision<()>> {
    let partner = s.partner.as_str();
    partners::may_add_to(actor, partner, partner_open)?;
    let Some(e) = existing else {
        return Ok(Decision::Write(()));
    };
    let code = &s.code;
    // Service codes are unique across partners: refused, naming the other partner only to
    // whoever may see its services.
    if !actor.sees(Some(&e.partner)) {
        return Err(Refused::new(
            "code",
            Refusal::Conflict(format!(
                "service code {code} is already taken: choose another"
            )),
        ));
    }
    let why = match intent {
        Intent::Create => format!("service {code} already exists (partner {})", e.partner),
        Intent::Ensure if (&e.partner, e.kind, &e.name) == (&s.partner, s.kind, &s.name) => {
            return Ok(Decision::Unchanged)
        }
        Intent::Ensure => format!(
            "service {code} exists with other data (partner {}, {}, {:?}); the import never overwrites",
            e.partner, e.kind, e.name
        ),
    };
    Err(Refused::new("code", Refusal::Conflict(why)))
}

/// Adding `site` to its service. `service_partner`: the service's partner, None when there
/// is no such service; `existing`: the site of that code the service has. Answers the
/// partner, whose site it is.
pub fn decide_site<'a>(
    actor: &Actor,
    intent: Intent,
    site: &Site,
    service_partner: Option<&'a str>,
    existing: Option<&Site>,
) -> Ruled<Decision<&'a str>> {
    let service = &site.service;
    // Another partner's service is not found, as one that does not exist (SPEC §7).
    let partner = service_partner
        .filter(|p| actor.sees(Some(p)))
        .ok_or_else(|| Refused::new("service", no_service(service)))?;
    actor
        .require(Action::Administer { partner })
        .at("service")?;
    let Some(e) = existing else {
        return Ok(Decision::Write(partner));
    };
    let code = &site.code;
    let why = match intent {
        Intent::Create => format!("service {service} already has a site {code}"),
        Intent::Ensure if e.name == site.name && e.address == site.address => {
            return Ok(Decision::Unchanged)
        }
        Intent::Ensure => format!(
            "site {code} of service {service} exists with other data; the import never overwrites"
        ),
    };
    Err(Refused::new("code", Refusal::Conflict(why)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::fixtures::admin_of;

    fn alsh() -> NewService {
        NewService {
            code: "ALSH01".into(),
            partner: "P".into(),
            kind: ServiceKind::Alsh,
            name: "Centre".into(),
        }
    }

    #[test]
    fn a_service_of_an_open_partner_is_created_once() {
        let a = admin_of("P");
        let s = alsh();
        let new = decide_create(&a, Intent::Create, &s, Some(true), None);
        assert_eq!(new, Ok(Decision::Write(())));
        let pending = decide_create(&a, Intent::Create, &s, Some(false), None).unwrap_err();
        assert!(matches!(pending.refusal, Refusal::State(_)));
        let missing = decide_create(&a, Intent::Create, &s, None, None).unwrap_err();
        assert!(matches!(missing.refusal, Refusal::NotFound(_)));
        let twice = decide_create(&a, Intent::Create, &s, Some(true), Some(&s)).unwrap_err();
        assert!(matches!(twice.refusal, Refusal::Conflict(_)));
        let same = decide_create(&a, Intent::Ensure, &s, Some(true), Some(&s));
        assert_eq!(same, Ok(Decision::Unchanged));
        let ram = NewService {
            kind: ServiceKind::Ram,
            ..alsh()
        };
        let e = decide_create(&a, Intent::Ensure, &s, Some(true), Some(&ram)).unwrap_err();
        assert_eq!(e.field, "code");
        assert!(e.to_string().contains("never overwrites"), "{e}");
    }

    #[test]
    fn a_site_is_added_once() {
        let a = admin_of("P");
        let site = Site {
            service: "ALSH01".into(),
            code: "S1".into(),
            name: "École".into(),
            address: None,
        };
        let new = decide_site(&a, Intent::Create, &site, Some("P"), None);
        assert_eq!(new, Ok(Decision::Write("P")));
        let e = decide_site(&a, Intent::Create, &site, None, None).unwrap_err();
        assert_eq!(e.field, "service");
        assert!(matches!(e.refusal, Refusal::NotFound(_)));
        // another partner's service: the very answer of a missing one (SPEC §7)
        let e2 = decide_site(&a, Intent::Create, &site, Some("Q"), None).unwrap_err();
        assert_eq!(e2, e);
        let twice = decide_site(&a, Intent::Create, &site, Some("P"), Some(&site)).unwrap_err();
        assert!(matches!(twice.refusal, Refusal::Conflict(_)));
        let same = decide_site(&a, Intent::Ensure, &site, Some("P"), Some(&site));
        assert_eq!(same, Ok(Decision::Unchanged));
    }

    #[test]
    fn kinds_in_any_case() {
        assert_eq!(kind("ALSH"), Ok(ServiceKind::Alsh));
        assert!(matches!(kind("crèche"), Err(Refusal::Invalid(_))));
    }
}
