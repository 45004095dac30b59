use super::*;
use crate::domain::declaration::tests::{declaration, form};
use crate::domain::kinds::{DeclarationType, FormKind, ProfileKind, ServiceKind};
use crate::domain::readiness::{findings, PartnerFacts, ServiceFacts, ServiceHolders};

fn filled(mut f: Form) -> Form {
    for (k, v) in [
        ("jours_ouverture", 1),
        ("heures_periscolaire", 100),
        ("heures_extrascolaire", 100),
        ("enfants_inscrits", 1),
        ("charges_personnel", 1),
        ("charges_fonctionnement", 1),
        ("produits_familles", 1),
        ("produits_collectivites", 1),
        ("produits_autres", 1),
    ] {
        f.values.insert(k.into(), v);
    }
    f.state = FormState::Complet;
    f
}

fn forms() -> Vec<Form> {
    vec![
        form(FormKind::Activity, Some("S1"), FormState::ASaisir),
        form(FormKind::Activity, Some("S2"), FormState::EnCours),
        filled(form(FormKind::Financial, None, FormState::Complet)),
    ]
}

fn labels(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|i| format!("{} {}", i.task.as_str(), i.what))
        .collect()
}

const NOTHING_HELD: &[(ProfileKind, Option<String>)] = &[];

fn held(kind: ProfileKind, site: Option<&str>) -> Vec<(ProfileKind, Option<String>)> {
    vec![(kind, site.map(str::to_string))]
}

#[test]
fn a_provider_waits_for_the_forms_of_its_scope_not_complete() {
    let d = declaration(DeclarationState::SaisieEnCours);
    let site = provider_items("X", &d, &forms(), &held(ProfileKind::Fda, Some("S1")), None);
    assert_eq!(
        labels(&site),
        ["form-to-fill declaration 1 (SVC Centre, call reel-2019-alsh): activity/S1 form"]
    );
    assert_eq!(site[0].why, "nothing entered yet");
    assert_eq!(
        site[0].command,
        "afas declaration enter 1 activity --site S1 --set FIELD=VALUE… --done"
    );
    assert_eq!(site[0].deadline.as_deref(), Some("2020-03-31"));
    let service = provider_items("X", &d, &forms(), &held(ProfileKind::Fda, None), None);
    assert_eq!(service.len(), 2, "both sites' forms: {service:?}");
    assert!(service[1].why.starts_with("entry started; missing "));
    // the financial form is complete: nothing waits for the FDF
    assert!(provider_items("X", &d, &forms(), &held(ProfileKind::Fdf, None), None).is_empty());
    // a person with no profile on the service has nothing to fill
    assert!(provider_items("X", &d, &forms(), NOTHING_HELD, None).is_empty());
}

#[test]
fn under_approval_or_after_it_only_a_returned_form_waits_for_its_provider() {
    let mut d = declaration(DeclarationState::EnCoursApprobation);
    let mut f = forms();
    f[1].state = FormState::Renvoye;
    f[1].return_reason = Some("heures".into());
    let fda = held(ProfileKind::Fda, None);
    let items = provider_items("X", &d, &f, &fda, None);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].task, Task::FormReturned);
    assert_eq!(items[0].why, "returned by the approver: heures");
    d.state = DeclarationState::TransmiseCaf;
    assert!(provider_items("X", &d, &forms(), &fda, None).is_empty());
    let mut closed = declaration(DeclarationState::SaisieEnCours);
    closed.call_open = false;
    assert!(provider_items("X", &closed, &forms(), &fda, None).is_empty());
}

#[test]
fn an_approver_waits_for_complete_declarations_and_its_next_step() {
    let approver = held(ProfileKind::Approbateur, None);
    let complete: Vec<Form> = forms().into_iter().map(filled).collect();
    let d = declaration(DeclarationState::SaisieEnCours);
    // forms still to fill: nothing for the approver yet
    assert!(approver_items("A", &d, &forms(), &approver, None).is_empty());
    let ready = approver_items("A", &d, &complete, &approver, None);
    assert_eq!(ready[0].task, Task::ReadyToApprove);
    assert_eq!(ready[0].command, "afas declaration approve 1");
    // not the approver: nothing
    assert!(approver_items("A", &d, &complete, &held(ProfileKind::Fda, None), None).is_empty());

    let mut back = declaration(DeclarationState::ARevoir);
    back.sent_back_reason = Some("SC2".into());
    let sent = approver_items("A", &back, &complete, &approver, None);
    assert_eq!(sent[0].task, Task::SentBack);
    assert_eq!(sent[0].why, "sent back by the Caf: SC2");

    let approving = declaration(DeclarationState::EnCoursApprobation);
    let steps = Steps {
        activity_asked: true,
        financial_asked: true,
        activity_reviewed: true,
        ..Steps::default()
    };
    let next = approver_items("A", &approving, &complete, &approver, Some(&steps));
    assert_eq!(next[0].task, Task::InApproval);
    assert_eq!(next[0].command, "afas declaration review 1 financial");
    let done = Steps {
        financial_reviewed: true,
        ..steps.clone()
    };
    let last = approver_items("A", &approving, &complete, &approver, Some(&done));
    assert_eq!(last[0].command, "afas declaration transmit 1");
    let mut returned = complete.clone();
    returned[0].state = FormState::Renvoye;
    let waiting = approver_items("A", &approving, &returned, &approver, Some(&done));
    assert_eq!(waiting[0].command, "afas declaration show 1");
    assert!(waiting[0].why.contains("activity/S1"), "{}", waiting[0].why);
    // transmitted: nothing waits
    let sent_in = declaration(DeclarationState::TransmiseCaf);
    assert!(approver_items("A", &sent_in, &complete, &approver, None).is_empty());
}

fn item(deadline: Option<&str>, since: Option<&str>, what: &str) -> Item {
    Item {
        task: Task::NotReady,
        what: what.into(),
        why: String::new(),
        deadline: deadline.map(str::to_string),
        since: since.map(str::to_string),
        command: String::new(),
    }
}

#[test]
fn the_nearest_deadline_comes_first_then_what_waits_longest() {
    let mut items = vec![
        item(None, None, "no date"),
        item(None, Some("2025-01-01"), "old, no deadline"),
        item(Some("2025-06-30"), Some("2025-01-01"), "late deadline"),
        item(Some("2025-03-31"), Some("2025-02-01"), "near, recent"),
        item(Some("2025-03-31"), Some("2025-01-15"), "near, older"),
        item(Some("2025-03-31"), None, "near, no age"),
    ];
    order(&mut items);
    let whats: Vec<&str> = items.iter().map(|i| i.what.as_str()).collect();
    assert_eq!(
        whats,
        [
            "near, older",
            "near, recent",
            "near, no age",
            "late deadline",
            "old, no deadline",
            "no date"
        ]
    );
}

#[test]
fn readiness_problems_are_tasks_with_their_fix() {
    let partners = [PartnerFacts {
        partner: "P".into(),
        active_admins: 1,
        declarer_manager: None,
        habiliter_manager: Some("active".into()),
    }];
    let services = [ServiceFacts {
        partner: "P".into(),
        service: "S".into(),
        holders: ServiceHolders {
            approvers: 0,
            fda_service: 1,
            fdf: 1,
        },
    }];
    let items = readiness_items(&findings(&partners, &services, &[], &[]));
    assert_eq!(
        labels(&items),
        ["group-without-manager partner P", "not-ready service S"]
    );
    assert_eq!(
        items[0].command,
        "afas group create P declarer --manager LOGIN"
    );
    assert_eq!(
        items[1].command,
        "afas profile grant LOGIN approbateur --service S"
    );
}

fn summary(id: i64, state: DeclarationState, at: Option<&str>) -> Summary {
    Summary {
        id,
        call: "c".into(),
        service: "S".into(),
        partner: "P".into(),
        state,
        forms_complete: "3/3".into(),
        deadline: "2025-12-31".into(),
        transmitted_at: at.map(str::to_string),
    }
}

#[test]
fn an_agent_sees_the_declarations_transmitted_since_the_date() {
    let list = [
        summary(
            1,
            DeclarationState::TransmiseCaf,
            Some("2025-03-09T23:59:59Z"),
        ),
        summary(
            2,
            DeclarationState::TransmiseCaf,
            Some("2025-03-10T00:00:00Z"),
        ),
        // transmitted once, then sent back: not in the Caf's hands
        summary(3, DeclarationState::ARevoir, Some("2025-03-11T00:00:00Z")),
    ];
    let items = transmitted_items(&list, "2025-03-10");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].command, "afas declaration show 2");
    assert_eq!(items[0].why, "transmitted on 2025-03-10: to check");
    assert_eq!(default_since("2025-03-10"), "2025-03-03");
    assert_eq!(default_since("2025-03-03"), "2025-02-24");
}

fn call(id: &str, deadline: &str, status: CallStatus, transmitted: i64) -> Call {
    Call {
        id: id.into(),
        kind: ServiceKind::Alsh,
        decl_type: DeclarationType::Reel,
        year: 2025,
        deadline: deadline.into(),
        forms: vec![],
        status,
        declarations: 4,
        transmitted,
        opened_by: "A".into(),
        opened_at: "2025-01-01T00:00:00Z".into(),
        closed_at: None,
        caf_code: None,
    }
}

#[test]
fn an_agent_sees_the_open_calls_near_or_past_their_deadline() {
    let calls = [
        call("far", "2025-03-18", CallStatus::Open, 0),
        call("week", "2025-03-17", CallStatus::Open, 1),
        call("past", "2025-03-01", CallStatus::Open, 4),
        call("closed", "2025-03-12", CallStatus::Closed, 0),
    ];
    let items = call_items(&calls, "2025-03-10");
    assert_eq!(
        labels(&items),
        ["call-deadline call week", "call-deadline call past"]
    );
    assert_eq!(
        items[0].why,
        "deadline in 7 days: 1/4 declarations transmitted"
    );
    assert_eq!(items[0].command, "afas call remind week");
    assert_eq!(
        items[1].why,
        "deadline passed 9 days ago: 4/4 declarations transmitted"
    );
    assert_eq!(items[1].command, "afas call close past");
    assert_eq!(days_between("2025-03-10", "2025-03-10T12:00:00Z"), Some(0));
    assert_eq!(days_between("2025-03-10", "not a date"), None);
}

fn message(id: i64, status: &str, error: Option<&str>, login: Option<&str>) -> Message {
    Message {
        id,
        created_at: "2025-01-01T00:00:00Z".into(),
        recipient: "x@example.fr".into(),
        recipient_login: login.map(str::to_string),
        subject: String::new(),
        body: String::new(),
        cause: "call-open".into(),
        status: status.into(),
        attempts: 1,
        last_error: error.map(str::to_string),
        sent_at: None,
    }
}

#[test]
fn an_agent_sees_the_mails_that_fail() {
    let messages = [
        message(1, "failed", Some("550 no such user"), Some("DUBOIS01")),
        message(2, "pending", Some("connection refused"), None),
        message(3, "pending", None, None),
        message(4, "sent", None, None),
    ];
    let items = mail_items(&messages);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].why, "given up: 550 no such user");
    assert_eq!(
        items[0].command,
        "afas account update DUBOIS01 --email ADDRESS"
    );
    assert_eq!(items[1].why, "not delivered yet: connection refused");
    assert_eq!(items[1].command, "afas outbox send");
}
