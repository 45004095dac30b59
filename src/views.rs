//! How each record prints: its table and CSV columns, in the order of its JSON fields.
//! (JSON comes from `Serialize` on the record itself.)

use crate::domain::history::Step;
use crate::domain::readiness::Finding;
use crate::domain::records::{
    Account, Call, Entry, Group, Holding, Message, Partner, Service, SettingRow, Summary, Workshop,
};
use crate::domain::todo::Item;
use crate::output::{joined, opt, yes_no, Record};

impl Record for Account {
    const HEADERS: &'static [&'static str] = &[
        "login",
        "partner",
        "role",
        "first_name",
        "last_name",
        "email",
        "admin",
        "status",
        "groups",
        "manages",
        "created_at",
        // Last: a column added after the others keeps scripts that read by position right.
        "caf_code",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            opt(&self.partner),
            self.role.clone(),
            self.first_name.clone(),
            self.last_name.clone(),
            self.email.clone(),
            yes_no(self.admin),
            self.status.clone(),
            joined(&self.groups),
            joined(&self.manages),
            self.created_at.clone(),
            opt(&self.caf_code),
        ]
    }
}
impl Record for Entry {
    const HEADERS: &'static [&'static str] = &[
        "id", "at", "actor", "action", "target", "partner", "details",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            self.action.clone(),
            self.target.clone(),
            opt(&self.partner),
            self.details.to_string(),
        ]
    }
}
/// A call's own columns, then `$more`: `call list` adds its transmitted count, `call
/// show` its dashboard. One list, so that the two views cannot drift apart.
macro_rules! call_headers {
    ($($more:literal),+) => {
        &["id", "kind", "type", "year", "deadline", "forms", "status", "declarations", $($more),+]
    };
}
pub(crate) use call_headers;

/// The cells of a call's own columns (`call_headers!`).
pub fn call_cells(c: &Call) -> Vec<String> {
    vec![
        c.id.clone(),
        c.kind.to_string(),
        c.decl_type.to_string(),
        c.year.to_string(),
        c.deadline.clone(),
        joined(&c.forms),
        c.status.to_string(),
        c.declarations.to_string(),
    ]
}

impl Record for Call {
    const HEADERS: &'static [&'static str] = call_headers!("transmitted");
    fn cells(&self) -> Vec<String> {
        let mut cells = call_cells(self);
        cells.push(self.transmitted.to_string());
        cells
    }
}
impl Record for Summary {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "call",
        "service",
        "partner",
        "state",
        "forms_complete",
        "deadline",
        "transmitted_at",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.call.clone(),
            self.service.clone(),
            self.partner.clone(),
            self.state.to_string(),
            self.forms_complete.clone(),
            self.deadline.clone(),
            opt(&self.transmitted_at),
        ]
    }
}
impl Record for Group {
    const HEADERS: &'static [&'static str] =
        &["partner", "group", "manager", "members", "created_at"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.partner.clone(),
            self.group.clone(),
            self.manager.clone(),
            joined(&self.members),
            self.created_at.clone(),
        ]
    }
}
impl Record for Partner {
    const HEADERS: &'static [&'static str] = &[
        "code",
        "name",
        "siret",
        "caf_code",
        "status",
        "convention",
        "contrat",
        "bulletin",
        "created_at",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.name.clone(),
            self.siret.clone(),
            self.caf_code.clone(),
            self.status.clone(),
            opt(&self.convention),
            opt(&self.contrat),
            opt(&self.bulletin),
            self.created_at.clone(),
        ]
    }
}
impl Record for Holding {
    const HEADERS: &'static [&'static str] = &[
        "login",
        "first_name",
        "last_name",
        "status",
        "profile",
        "partner",
        "service",
        "site",
        "granted_by",
        "granted_at",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.login.clone(),
            self.first_name.clone(),
            self.last_name.clone(),
            self.status.clone(),
            self.profile.clone(),
            self.partner.clone(),
            self.service.clone(),
            opt(&self.site),
            self.granted_by.clone(),
            self.granted_at.clone(),
        ]
    }
}
impl Record for Service {
    const HEADERS: &'static [&'static str] =
        &["code", "partner", "kind", "name", "sites", "created_at"];
    fn cells(&self) -> Vec<String> {
        let sites: Vec<String> = self
            .sites
            .iter()
            .map(|s| format!("{} ({})", s.code, s.name))
            .collect();
        vec![
            self.code.clone(),
            self.partner.clone(),
            self.kind.clone(),
            self.name.clone(),
            sites.join(", "),
            self.created_at.clone(),
        ]
    }
}
impl Record for SettingRow {
    const HEADERS: &'static [&'static str] = &["key", "value", "default", "meaning"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.key.clone(),
            self.value.clone(),
            self.default.clone(),
            self.meaning.clone(),
        ]
    }
}
impl Record for Finding {
    const HEADERS: &'static [&'static str] = &["partner", "service", "site", "problem", "message"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.partner.clone(),
            opt(&self.service),
            opt(&self.site),
            self.problem.to_string(),
            self.message.clone(),
        ]
    }
}

impl Record for Message {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "created_at",
        "recipient",
        "subject",
        "cause",
        "status",
        "attempts",
        "last_error",
        "sent_at",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.created_at.clone(),
            self.recipient.clone(),
            self.subject.clone(),
            self.cause.clone(),
            self.status.clone(),
            self.attempts.to_string(),
            opt(&self.last_error),
            opt(&self.sent_at),
        ]
    }
}

/// A workshop's own columns, then `$more`: `workshop show` adds who comes.
macro_rules! workshop_headers {
    ($($more:literal),*) => {
        &["id", "date", "place", "capacity", "registered", "free", "created_by", "created_at"
          $(, $more)*]
    };
}
pub(crate) use workshop_headers;

/// The cells of a workshop's own columns (`workshop_headers!`).
pub fn workshop_cells(w: &Workshop) -> Vec<String> {
    vec![
        w.id.to_string(),
        w.date.clone(),
        w.place.clone(),
        w.capacity.to_string(),
        w.registered.to_string(),
        w.free.to_string(),
        w.created_by.clone(),
        w.created_at.clone(),
    ]
}

impl Record for Workshop {
    const HEADERS: &'static [&'static str] = workshop_headers!();
    fn cells(&self) -> Vec<String> {
        workshop_cells(self)
    }
}

impl Record for Item {
    const HEADERS: &'static [&'static str] =
        &["task", "what", "why", "deadline", "since", "command"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.task.as_str().to_string(),
            self.what.clone(),
            self.why.clone(),
            opt(&self.deadline),
            opt(&self.since),
            self.command.clone(),
        ]
    }
}

impl Record for Step {
    const HEADERS: &'static [&'static str] = &["at", "actor", "step", "details"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.at.clone(),
            self.actor.clone(),
            self.step.clone(),
            self.details.clone(),
        ]
    }
}
