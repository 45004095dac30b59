//! `call show` on a terminal draws the progress by state as bars (SPEC §8, issue #17); a
//! pipe and `-o json` still get the records as before, for scripts.

use crate::common::campaign::FINANCIAL_BALANCED;
use crate::common::{TestStore, AGENT};

const CALL: &str = "reel-2019-alsh";

/// Two declarations of the call: A's transmitted, B's waiting for entry.
fn half_transmitted() -> TestStore {
    let s = TestStore::new();
    let a = s.alsh_team("2016-00123", "ALSH-0001", "");
    s.alsh_team("2016-00456", "ALSH-0002", "B");
    s.open_call("reel", 2019, "alsh", "2099-12-31", &[]);
    let id = s.decl_id(CALL, "ALSH-0001");
    s.fill(&a, id, FINANCIAL_BALANCED);
    s.approve_and_transmit(&a, id);
    s
}

/// The line of `shown` that starts with `state` followed by spaces.
fn line<'a>(shown: &'a str, state: &str) -> &'a str {
    shown
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| {
            l.strip_prefix(state)
                .is_some_and(|rest| rest.starts_with("  "))
        })
        .unwrap_or_else(|| panic!("no bar for {state} in:\n{shown}"))
}

store_test! {
    fn on_a_terminal_call_show_draws_a_bar_per_state() {
        let s = half_transmitted();
        let (code, shown) = s.terminal(AGENT, &["call", "show", CALL]).finish();
        assert_eq!(code, 0, "{shown}");
        assert!(shown.contains("progress by state (2 declarations):"), "{shown}");
        let transmitted = line(&shown, "transmise-caf");
        let waiting = line(&shown, "a-saisir");
        for bar in [transmitted, waiting] {
            assert!(bar.ends_with(" 1   50 %"), "{bar}");
        }
        // half of the bar each, the same length
        let cells = transmitted.matches('█').count();
        assert!(cells >= 5, "{transmitted}");
        assert_eq!(waiting.matches('█').count(), cells, "{waiting}");
        for empty in ["saisie-en-cours", "en-cours-approbation", "a-revoir"] {
            let bar = line(&shown, empty);
            assert!(!bar.contains('█') && bar.ends_with(" 0    0 %"), "{bar}");
        }
        // in the workflow's order, and not twice: the table leaves the states to the bars
        let at = |state: &str| shown.find(line(&shown, state)).unwrap();
        assert!(at("a-saisir") < at("saisie-en-cours") && at("saisie-en-cours") < at("a-revoir"));
        assert!(!shown.contains("a-saisir: 1"), "{shown}");
        assert!(shown.contains("controls fired"), "the rest of the table stays: {shown}");
    }
}

store_test! {
    fn a_pipe_and_json_get_the_table_and_the_records_as_before() {
        let s = half_transmitted();
        let piped = s.ok(AGENT, &["call", "show", CALL]);
        assert!(!piped.contains('█'), "{piped}");
        assert!(!piped.contains("progress by state"), "{piped}");
        assert!(piped.contains("by state"), "{piped}");
        assert!(piped.contains("a-saisir: 1") && piped.contains("transmise-caf: 1"), "{piped}");
        let json = s.json(AGENT, &["call", "show", CALL]);
        assert_eq!(json["by_state"]["a-saisir"], 1);
        assert_eq!(json["by_state"]["transmise-caf"], 1);
        // -o json on a terminal too: scripts get the same records
        let (code, shown) = s.terminal(AGENT, &["-o", "json", "call", "show", CALL]).finish();
        assert_eq!(code, 0, "{shown}");
        assert!(!shown.contains('█') && shown.contains("\"by_state\""), "{shown}");
    }
}
