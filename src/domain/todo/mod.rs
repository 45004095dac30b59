//! What waits for the acting person (`afas todo`, SPEC §8): from the facts the command
//! gathers for them, the tasks each kind of person has, and the order of urgency. Whether
//! a form waits for its provider or a declaration for its approver is asked of the
//! workflow's own rules (workflow.rs), so that `todo` never lists what the command it
//! names would refuse.

use serde::Serialize;

use super::declaration::{self, Declaration, Form};
use super::kinds::{CallStatus, DeclarationState, FormState};
use super::readiness::{Finding, Problem};
use super::records::{Call, Message, Summary};
use super::workflow::{self, Capacity, Held, Steps};

/// How far back a Caf agent's list of transmitted declarations goes by default (`--since`).
pub const RECENT_DAYS: i64 = 7;
/// A call whose deadline is this near (or past, while it is still open) is listed.
pub const NEAR_DEADLINE_DAYS: i64 = 7;

/// What kind of thing waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// A form of the provider's scope to fill (a-saisir, en-cours).
    FormToFill,
    /// A form the approver returned to its provider.
    FormReturned,
    /// Every requested form is complete: the approver may take the declaration over.
    ReadyToApprove,
    /// The approver's next step on a declaration being approved.
    InApproval,
    /// The Caf sent the declaration back to its approver.
    SentBack,
    /// A service or site lacks a profile, a holder is suspended, no administrator.
    NotReady,
    /// A group is missing, or its manager is suspended: nobody manages it.
    GroupWithoutManager,
    /// A declaration transmitted to the Caf, to check.
    Transmitted,
    /// A call near (or past) its deadline.
    CallDeadline,
    /// An e-mail the relay refuses.
    MailFailing,
}

impl Task {
    pub fn as_str(self) -> &'static str {
        match self {
            Task::FormToFill => "form-to-fill",
            Task::FormReturned => "form-returned",
            Task::ReadyToApprove => "ready-to-approve",
            Task::InApproval => "in-approval",
            Task::SentBack => "sent-back",
            Task::NotReady => "not-ready",
            Task::GroupWithoutManager => "group-without-manager",
            Task::Transmitted => "transmitted",
            Task::CallDeadline => "call-deadline",
            Task::MailFailing => "mail-failing",
        }
    }
}

/// One thing that waits for the acting person.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    pub task: Task,
    /// What waits: a form, a declaration, a service, a call, an e-mail.
    pub what: String,
    /// Why it waits for this person.
    pub why: String,
    /// YYYY-MM-DD, when something has one.
    pub deadline: Option<String>,
    /// Since when it waits (RFC 3339 or YYYY-MM-DD), when known.
    pub since: Option<String>,
    /// The command that does it.
    pub command: String,
}

/// Most urgent first: the nearest deadline, then what waits longest; what has neither
/// keeps the order it was found in.
pub fn order(items: &mut [Item]) {
    items.sort_by(|a, b| {
        let key = |i: &Item| {
            (
                i.deadline.is_none(),
                i.deadline.clone(),
                i.since.is_none(),
                i.since.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
}

fn declaration_label(d: &Declaration) -> String {
    format!(
        "declaration {} ({} {}, call {})",
        d.id, d.service, d.service_name, d.call
    )
}

/// The forms of `d` that wait for `login` as their provider: those it may write now as a
/// provider (workflow::may_enter) and has not completed, or that were returned to it.
pub fn provider_items(
    login: &str,
    d: &Declaration,
    forms: &[Form],
    held: &Held,
    opened_at: Option<&str>,
) -> Vec<Item> {
    forms
        .iter()
        .filter(|f| {
            matches!(
                f.state,
                FormState::ASaisir | FormState::EnCours | FormState::Renvoye
            )
        })
        .filter(|f| {
            matches!(
                workflow::may_enter(login, d, f, held),
                Ok(Capacity::Provider)
            )
        })
        .map(|f| {
            let (task, why) = match &f.return_reason {
                Some(reason) => (
                    Task::FormReturned,
                    format!("returned by the approver: {reason}"),
                ),
                None => {
                    let missing = declaration::missing_fields(f.kind, d.service_kind, &f.values);
                    let why = match (f.state, missing.is_empty()) {
                        (FormState::ASaisir, _) => "nothing entered yet".to_string(),
                        (_, true) => "every value entered: mark it done (--done)".to_string(),
                        (_, false) => format!("entry started; missing {}", missing.join(", ")),
                    };
                    (Task::FormToFill, why)
                }
            };
            let site = f
                .site
                .as_deref()
                .map(|s| format!(" --site {s}"))
                .unwrap_or_default();
            Item {
                task,
                what: format!("{}: {} form", declaration_label(d), f.label()),
                why,
                deadline: Some(d.deadline.clone()),
                since: f.updated_at.clone().or(opened_at.map(str::to_string)),
                command: format!(
                    "afas declaration enter {} {}{site} --set FIELD=VALUE… --done",
                    d.id, f.kind
                ),
            }
        })
        .collect()
}

/// What `d` waits for from its approver (`held` are the profiles `login` holds on its
/// service): to be taken over when every requested form is complete or the Caf sent it
/// back, else the next step of its approval (`steps`, read only while it is approved).
pub fn approver_items(
    login: &str,
    d: &Declaration,
    forms: &[Form],
    held: &Held,
    steps: Option<&Steps>,
) -> Vec<Item> {
    let id = d.id;
    let incomplete = declaration::incomplete(d, forms);
    let last_entry = forms.iter().filter_map(|f| f.updated_at.clone()).max();
    let item = |task, why: String, command: String, since: Option<String>| Item {
        task,
        what: declaration_label(d),
        why,
        deadline: Some(d.deadline.clone()),
        since,
        command,
    };
    let approve = format!("afas declaration approve {id}");
    let found = match d.state {
        DeclarationState::ARevoir if workflow::may_approve(login, d, held).is_ok() => Some(item(
            Task::SentBack,
            format!(
                "sent back by the Caf: {}",
                d.sent_back_reason.as_deref().unwrap_or("(no reason given)")
            ),
            approve,
            last_entry,
        )),
        DeclarationState::SaisieEnCours
            if incomplete.is_empty() && workflow::may_approve(login, d, held).is_ok() =>
        {
            Some(item(
                Task::ReadyToApprove,
                "every requested form is complete: check and transmit it".into(),
                approve,
                last_entry,
            ))
        }
        DeclarationState::EnCoursApprobation if workflow::in_approval(login, d, held).is_ok() => {
            let next = steps.and_then(|s| s.to_do(id).into_iter().next());
            let (why, command) = match next {
                Some((step, command)) => (format!("being approved; next: {step}"), command),
                None if !incomplete.is_empty() => (
                    format!(
                        "being approved; waiting for form {} (returned to its providers)",
                        incomplete.join(", ")
                    ),
                    format!("afas declaration show {id}"),
                ),
                None => (
                    "being approved; next: step 4, see the synthesis and transmit".into(),
                    format!("afas declaration transmit {id}"),
                ),
            };
            Some(item(Task::InApproval, why, command, last_entry))
        }
        _ => None,
    };
    found.into_iter().collect()
}

/// What `profile check` finds not ready, for an administrator or a manager of the partner.
pub fn readiness_items(findings: &[Finding]) -> Vec<Item> {
    let group = [
        Problem::MissingGroup.code(),
        Problem::ManagerSuspended.code(),
    ];
    findings
        .iter()
        .map(|f| {
            let what = match (&f.service, &f.site) {
                (Some(s), Some(site)) => format!("site {site} of service {s}"),
                (Some(s), None) => format!("service {s}"),
                (None, _) => format!("partner {}", f.partner),
            };
            Item {
                task: if group.contains(&f.problem) {
                    Task::GroupWithoutManager
                } else {
                    Task::NotReady
                },
                what,
                why: f.message.clone(),
                deadline: None,
                since: None,
                command: f.fix.clone(),
            }
        })
        .collect()
}

/// The declarations transmitted on or after `since` (YYYY-MM-DD), for a Caf agent to check.
pub fn transmitted_items(list: &[Summary], since: &str) -> Vec<Item> {
    list.iter()
        .filter(|d| d.state == DeclarationState::TransmiseCaf)
        .filter_map(|d| {
            // RFC 3339 times compare as text with a date: "2025-03-01T…" >= "2025-03-01".
            let at = d.transmitted_at.as_deref().filter(|at| *at >= since)?;
            Some(Item {
                task: Task::Transmitted,
                what: format!(
                    "declaration {} ({}, partner {}, call {})",
                    d.id, d.service, d.partner, d.call
                ),
                why: format!("transmitted on {}: to check", &at[..at.len().min(10)]),
                deadline: None,
                since: Some(at.to_string()),
                command: format!("afas declaration show {}", d.id),
            })
        })
        .collect()
}

/// Open calls whose deadline is at most `NEAR_DEADLINE_DAYS` away (or past), with their
/// progress: reminded while some declaration is not transmitted, else ready to close.
pub fn call_items(calls: &[Call], today: &str) -> Vec<Item> {
    calls
        .iter()
        .filter(|c| c.status == CallStatus::Open)
        .filter_map(|c| {
            let days = days_between(today, &c.deadline)?;
            if days > NEAR_DEADLINE_DAYS {
                return None;
            }
            let when = match days {
                0 => "deadline today".to_string(),
                1 => "deadline tomorrow".to_string(),
                d if d > 0 => format!("deadline in {d} days"),
                d => format!("deadline passed {} days ago", -d),
            };
            let all_in = c.transmitted >= c.declarations;
            Some(Item {
                task: Task::CallDeadline,
                what: format!("call {}", c.id),
                why: format!(
                    "{when}: {}/{} declarations transmitted",
                    c.transmitted, c.declarations
                ),
                deadline: Some(c.deadline.clone()),
                since: Some(c.opened_at.clone()),
                command: if all_in {
                    format!("afas call close {}", c.id)
                } else {
                    format!("afas call remind {}", c.id)
                },
            })
        })
        .collect()
}

/// E-mails the relay refuses: given up (`failed`), or still pending after a failed attempt.
pub fn mail_items(messages: &[Message]) -> Vec<Item> {
    messages
        .iter()
        .filter_map(|m| {
            let error = m.last_error.as_deref().unwrap_or("refused");
            let (why, command) = match (m.status.as_str(), &m.recipient_login) {
                ("failed", Some(login)) => (
                    format!("given up: {error}"),
                    format!("afas account update {login} --email ADDRESS"),
                ),
                ("failed", None) => (format!("given up: {error}"), "afas outbox list".into()),
                ("pending", _) if m.last_error.is_some() => (
                    format!("not delivered yet: {error}"),
                    "afas outbox send".into(),
                ),
                _ => return None,
            };
            Some(Item {
                task: Task::MailFailing,
                what: format!("e-mail {} to {} ({})", m.id, m.recipient, m.cause),
                why,
                deadline: None,
                since: Some(m.created_at.clone()),
                command,
            })
        })
        .collect()
}

fn parse_date(d: &str) -> Option<time::Date> {
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(d.get(..10)?, &iso).ok()
}

/// Days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some((parse_date(to)? - parse_date(from)?).whole_days())
}

/// The default `--since` of a Caf agent's `todo`: `RECENT_DAYS` before `today`.
pub fn default_since(today: &str) -> String {
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    parse_date(today)
        .and_then(|d| d.checked_sub(time::Duration::days(RECENT_DAYS)))
        .and_then(|d| d.format(&iso).ok())
        .unwrap_or_else(|| today.to_string())
}

#[cfg(test)]
mod tests;
