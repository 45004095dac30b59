//! What the call commands print: the report of `call open` and the campaign dashboard of
//! `call show` (`call list` prints the calls themselves, views.rs).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::records::Call;
use crate::domain::DeclarationState;
use crate::output::Record;
use crate::views::{call_cells, call_headers};

/// A service of the call whose profiles do not meet the minimums.
#[derive(Debug, Serialize)]
pub struct NotReady {
    pub partner: String,
    pub service: String,
    pub problems: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct OpenReport {
    pub id: String,
    pub declarations: usize,
    pub emails: usize,
    /// Services of the call whose profiles do not meet the minimums.
    pub not_ready: Vec<NotReady>,
}

impl Record for OpenReport {
    const HEADERS: &'static [&'static str] = &["id", "declarations", "emails", "not_ready"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.declarations.to_string(),
            self.emails.to_string(),
            summary(&self.not_ready),
        ]
    }
}

/// The first ten services not ready, and how many more.
pub fn summary(not_ready: &[NotReady]) -> String {
    let shown: Vec<String> = not_ready
        .iter()
        .take(10)
        .map(|n| format!("{} ({})", n.service, n.problems.join(", ")))
        .collect();
    let more = not_ready.len().saturating_sub(shown.len());
    if more > 0 {
        format!(
            "{} … and {more} more (afas profile check)",
            shown.join(", ")
        )
    } else {
        shown.join(", ")
    }
}

#[derive(Debug, Serialize)]
pub struct Late {
    pub id: i64,
    pub service: String,
    pub partner: String,
    pub state: DeclarationState,
}

#[derive(Debug, Serialize)]
pub struct Dashboard {
    #[serde(flatten)]
    pub call: Call,
    /// Declarations by state, every state present, in the order of their names.
    pub by_state: BTreeMap<&'static str, i64>,
    /// Not transmitted and past the deadline.
    pub late: Vec<Late>,
    /// How many declarations each coherence control fires on.
    pub controls_fired: BTreeMap<&'static str, i64>,
}

impl Dashboard {
    /// The progress by state, for `Out::bars`: each state and its count, in the order a
    /// declaration goes through them (`by_state` is in the order of their names).
    pub fn progress(&self) -> Vec<(&'static str, i64)> {
        DeclarationState::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    self.by_state.get(s.as_str()).copied().unwrap_or(0),
                )
            })
            .collect()
    }

    /// The cells after the call's own: the late ones and the controls fired.
    fn follow_up(&self) -> [String; 2] {
        let late: Vec<String> = self
            .late
            .iter()
            .take(20)
            .map(|l| format!("{} {} ({})", l.id, l.service, l.state))
            .collect();
        let more = self.late.len().saturating_sub(late.len());
        let mut late = late.join("\n");
        if more > 0 {
            late.push_str(&format!("\n… and {more} more"));
        }
        let controls: Vec<String> = self
            .controls_fired
            .iter()
            .map(|(c, n)| format!("{c}: {n}"))
            .collect();
        [late, controls.join("\n")]
    }
}

impl Record for Dashboard {
    const HEADERS: &'static [&'static str] = call_headers!("by_state", "late", "controls_fired");
    fn cells(&self) -> Vec<String> {
        let by_state: Vec<String> = self
            .by_state
            .iter()
            .map(|(s, n)| format!("{s}: {n}"))
            .collect();
        let mut cells = call_cells(&self.call);
        cells.push(by_state.join("\n"));
        cells.extend(self.follow_up());
        cells
    }
}

/// The dashboard as drawn on a terminal: the table without the states, which `Out::bars`
/// draws below it.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Drawn<'a>(pub &'a Dashboard);

impl Record for Drawn<'_> {
    const HEADERS: &'static [&'static str] = call_headers!("late", "controls_fired");
    fn cells(&self) -> Vec<String> {
        let mut cells = call_cells(&self.0.call);
        cells.extend(self.0.follow_up());
        cells
    }
}
