//! Partners (SPEC §1): registering one, recording its three signed documents.

use super::access::{Action, Actor};
use super::decision::{At, Decision, Intent, Refused, Ruled};
use super::habilitation;
use super::records::Partner;
use super::refusal::Refusal;
use super::Document;

pub fn no_partner(code: &str) -> Refusal {
    Refusal::NotFound(format!("no partner {code}"))
}

/// A group or a service is added to a partner by its administrator (or a Caf agent), once
/// the partner is open. `open`: None, there is no such partner.
pub fn may_add_to(actor: &Actor, partner: &str, open: Option<bool>) -> Ruled<()> {
    actor
        .require(Action::Administer { partner })
        .at("partner")?;
    let open = open.ok_or_else(|| Refused::new("partner", no_partner(partner)))?;
    habilitation::must_be_open(partner, open).at("partner")
}

/// A partner code held by a partner the actor may not see.
pub const PARTNER_CODE_TAKEN: &str = "this partner code is already taken: choose another";

/// Registering `new`; `existing` is the partner of that code the store holds.
pub fn decide_create(
    actor: &Actor,
    intent: Intent,
    new: &Partner,
    existing: Option<&Partner>,
) -> Ruled<Decision<()>> {
    // An agent of one Caf registers that Caf's partners only (SPEC §4).
    actor
        .require(Action::ForCaf {
            what: "register partners",
            caf: Some(&new.caf_code),
        })
        .at("caf_code")?;
    let Some(p) = existing else {
        return Ok(Decision::Write(()));
    };
    if !actor.sees(Some(&p.code)) {
        // Another Caf's partner: taken, and no more said (PostgreSQL's key says the same).
        return Err(Refused::new(
            "code",
            Refusal::Conflict(PARTNER_CODE_TAKEN.into()),
        ));
    }
    let code = &new.code;
    if intent == Intent::Create {
        return Err(Refused::new(
            "code",
            Refusal::Conflict(format!("partner {code} already exists")),
        ));
    }
    for (column, ours, theirs) in [
        ("name", &p.name, &new.name),
        ("siret", &p.siret, &new.siret),
        ("caf_code", &p.caf_code, &new.caf_code),
    ] {
        if ours != theirs {
            return Err(Refused::new(
                column,
                Refusal::Conflict(format!(
                    "partner {code} exists with {column} {ours:?}; the import never overwrites"
                )),
            ));
        }
    }
    Ok(Decision::Unchanged)
}

/// The date a partner's document is recorded as received.
pub fn received(p: &Partner, doc: Document) -> Option<&str> {
    match doc {
        Document::Convention => p.convention.as_deref(),
        Document::Contrat => p.contrat.as_deref(),
        Document::Bulletin => p.bulletin.as_deref(),
    }
}

/// Recording that `partner` received `doc` on `date`. A command records it (again, if it
/// says so); the import records a document not yet recorded, and refuses another date.
pub fn decide_document(
    actor: &Actor,
    intent: Intent,
    code: &str,
    partner: Option<&Partner>,
    doc: Document,
    date: &str,
) -> Ruled<Decision<()>> {
    actor
        .require(Action::CafOn {
            what: "record partner documents",
            partner: code,
        })
        .at(doc.as_str())?;
    let Some(p) = partner else {
        return Err(Refused::new("code", no_partner(code)));
    };
    match (intent, received(p, doc)) {
        (Intent::Create, _) | (Intent::Ensure, None) => Ok(Decision::Write(())),
        (Intent::Ensure, Some(d)) if d == date => Ok(Decision::Unchanged),
        (Intent::Ensure, Some(d)) => Err(Refused::new(
            doc.as_str(),
            Refusal::Conflict(format!(
                "partner {} has its {} recorded as received {d}",
                p.code,
                doc.as_str()
            )),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::fixtures::agent;

    fn angouleme() -> Partner {
        Partner {
            code: "2016-00123".into(),
            name: "Ville d'Angoulême".into(),
            siret: "21160015000018".into(),
            caf_code: "161".into(),
            status: "pending".into(),
            convention: Some("2020-01-20".into()),
            contrat: None,
            bulletin: None,
            created_at: String::new(),
        }
    }

    #[test]
    fn a_partner_is_registered_once() {
        let p = angouleme();
        let new = decide_create(&agent(), Intent::Create, &p, None);
        assert_eq!(new, Ok(Decision::Write(())));
        let again = decide_create(&agent(), Intent::Create, &p, Some(&p)).unwrap_err();
        assert!(matches!(again.refusal, Refusal::Conflict(_)));
        let same = decide_create(&agent(), Intent::Ensure, &p, Some(&p));
        assert_eq!(same, Ok(Decision::Unchanged));
        let renamed = Partner {
            name: "Angoulême".into(),
            ..angouleme()
        };
        let e = decide_create(&agent(), Intent::Ensure, &renamed, Some(&p)).unwrap_err();
        assert_eq!(e.field, "name");
        let person = Actor {
            partner: Some("2016-00123".into()),
            ..agent()
        };
        let e = decide_create(&person, Intent::Create, &p, None).unwrap_err();
        assert!(matches!(e.refusal, Refusal::Forbidden(_)));
    }

    #[test]
    fn the_import_records_a_document_once() {
        let p = angouleme();
        let code = p.code.as_str();
        let conv = Document::Convention;
        let decide = |intent, date| decide_document(&agent(), intent, code, Some(&p), conv, date);
        assert_eq!(
            decide(Intent::Create, "2021-01-01"),
            Ok(Decision::Write(()))
        );
        assert_eq!(
            decide(Intent::Ensure, "2020-01-20"),
            Ok(Decision::Unchanged)
        );
        let e = decide(Intent::Ensure, "2021-01-01").unwrap_err();
        assert_eq!(e.field, "convention");
        assert!(matches!(e.refusal, Refusal::Conflict(_)));
        let contrat = decide_document(
            &agent(),
            Intent::Ensure,
            code,
            Some(&p),
            Document::Contrat,
            "2021-01-01",
        );
        assert_eq!(contrat, Ok(Decision::Write(())));
        let missing = decide_document(&agent(), Intent::Create, code, None, conv, "2021-01-01");
        assert!(matches!(missing.unwrap_err().refusal, Refusal::NotFound(_)));
    }
}
