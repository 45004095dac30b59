//! A declaration's timeline (`afas declaration history`, SPEC §8): each audit row of the
//! declaration told as the step it was, who and when.

use serde::Serialize;
use serde_json::Value;

use super::records::{Call, Entry};

/// One step of a declaration's life.
#[derive(Debug, Serialize)]
pub struct Step {
    pub at: String,
    pub actor: String,
    pub step: String,
    /// What the step said: the values entered, a reason, a justification.
    pub details: String,
}

/// The declaration opened with its call. The call's own audit row belongs to no partner,
/// which a partner's people may not read on a shared store: the call records the same
/// time and agent, and everyone who sees the declaration reads its call.
pub fn opened(call: &Call) -> Step {
    Step {
        at: call.opened_at.clone(),
        actor: call.opened_by.clone(),
        step: format!("opened with call {}", call.id),
        details: format!("deadline {}", call.deadline),
    }
}

/// A text field of an audit row's details ("" when absent: a row is told, never refused).
fn text<'a>(details: &'a Value, key: &str) -> &'a str {
    details.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The audit row `e` of a declaration (`declaration.<action>`) as a step.
pub fn step(e: &Entry) -> Step {
    let d = &e.details;
    let action = e.action.strip_prefix("declaration.").unwrap_or(&e.action);
    let (step, details) = match action {
        "enter" => {
            let done = d.get("done").and_then(Value::as_bool).unwrap_or(false);
            let by_approver = text(d, "as") == "approbateur";
            let values: Vec<String> = d
                .get("values")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                        .collect()
                })
                .unwrap_or_default();
            (
                format!(
                    "{} form {}{}",
                    text(d, "form"),
                    if done { "completed" } else { "entered" },
                    if by_approver { " by the approver" } else { "" }
                ),
                values.join(" "),
            )
        }
        "approve" => (
            match d.get("round").and_then(Value::as_i64) {
                Some(r) => format!("approval started (pass {r})"),
                None => "approval started".to_string(),
            },
            String::new(),
        ),
        "review" => {
            let data = text(d, "data");
            let n = if data == "financial" { 2 } else { 1 };
            (format!("{data} data reviewed (step {n})"), String::new())
        }
        "return" => (
            format!("{} form returned to its providers", text(d, "form")),
            text(d, "reason").to_string(),
        ),
        "justify" => (
            format!("control {} justified (step 3)", text(d, "control")),
            text(d, "text").to_string(),
        ),
        "transmit" => ("transmitted to the Caf (step 4)".to_string(), mailed(d)),
        "send_back" => (
            "sent back by the Caf".to_string(),
            text(d, "reason").to_string(),
        ),
        other => (other.to_string(), d.to_string()),
    };
    Step {
        at: e.at.clone(),
        actor: e.actor.clone(),
        step,
        details,
    }
}

/// Who an e-mail of the step went to.
fn mailed(details: &Value) -> String {
    let logins: Vec<&str> = details
        .get("mailed")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if logins.is_empty() {
        String::new()
    } else {
        format!("receipt e-mailed to {}", logins.join(", "))
    }
}

/// The whole timeline: the opening, then every audit row of the declaration, oldest first.
pub fn history(call: &Call, entries: &[Entry]) -> Vec<Step> {
    std::iter::once(opened(call))
        .chain(entries.iter().map(step))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{CallStatus, DeclarationType, ServiceKind};
    use serde_json::json;

    fn entry(action: &str, details: Value) -> Entry {
        Entry {
            id: 1,
            at: "2025-03-01T10:00:00Z".into(),
            actor: "ROUX01".into(),
            action: format!("declaration.{action}"),
            target: "1".into(),
            partner: Some("P".into()),
            details,
        }
    }

    fn told(action: &str, details: Value) -> (String, String) {
        let s = step(&entry(action, details));
        (s.step, s.details)
    }

    #[test]
    fn each_audited_action_is_told_as_its_step() {
        assert_eq!(
            told(
                "enter",
                json!({"form": "activity/SC1", "values": {"jours_ouverture": "140"},
                       "done": true, "as": "provider"})
            ),
            (
                "activity/SC1 form completed".into(),
                "jours_ouverture=140".into()
            )
        );
        assert_eq!(
            told(
                "enter",
                json!({"form": "financial", "values": {}, "done": false, "as": "approbateur"})
            )
            .0,
            "financial form entered by the approver"
        );
        assert_eq!(
            told("approve", json!({"round": 2})).0,
            "approval started (pass 2)"
        );
        assert_eq!(
            told("review", json!({"data": "financial"})).0,
            "financial data reviewed (step 2)"
        );
        assert_eq!(
            told(
                "return",
                json!({"form": "activity/SC2", "reason": "heures"})
            ),
            (
                "activity/SC2 form returned to its providers".into(),
                "heures".into()
            )
        );
        assert_eq!(
            told(
                "justify",
                json!({"control": "DEFICIT", "text": "subvention"})
            ),
            (
                "control DEFICIT justified (step 3)".into(),
                "subvention".into()
            )
        );
        assert_eq!(
            told("transmit", json!({"round": 1, "mailed": ["A", "B"]})),
            (
                "transmitted to the Caf (step 4)".into(),
                "receipt e-mailed to A, B".into()
            )
        );
        assert_eq!(
            told("send_back", json!({"reason": "SC2"})),
            ("sent back by the Caf".into(), "SC2".into())
        );
        // a row afas did not write is told as it is, not refused
        assert_eq!(told("other", json!("x")).0, "other");
        assert_eq!(told("enter", json!(null)).0, " form entered");
    }

    #[test]
    fn the_timeline_starts_with_the_call_that_opened_it() {
        let call = Call {
            id: "reel-2025-alsh".into(),
            kind: ServiceKind::Alsh,
            decl_type: DeclarationType::Reel,
            year: 2025,
            deadline: "2026-12-15".into(),
            forms: vec![],
            status: CallStatus::Open,
            declarations: 1,
            transmitted: 0,
            opened_by: "MARTIN01".into(),
            opened_at: "2025-02-01T09:00:00Z".into(),
            closed_at: None,
            caf_code: None,
        };
        let h = history(&call, &[entry("approve", json!({"round": 1}))]);
        let steps: Vec<&str> = h.iter().map(|s| s.step.as_str()).collect();
        assert_eq!(
            steps,
            [
                "opened with call reel-2025-alsh",
                "approval started (pass 1)"
            ]
        );
        assert_eq!(h[0].actor, "MARTIN01");
    }
}
