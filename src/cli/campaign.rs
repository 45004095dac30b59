//! The campaign nouns: calls for declaration and the declarations themselves.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::complete;
use crate::domain::{DeclarationType, FormKind, ServiceKind};

#[derive(Debug, Subcommand)]
pub enum CallCmd {
    /// Open a call: one declaration per service of the kind, e-mails to the profile holders
    Open {
        #[arg(long, value_enum)]
        kind: ServiceKind,
        #[arg(long = "type", value_enum, value_name = "TYPE")]
        decl_type: DeclarationType,
        #[arg(long)]
        year: i64,
        /// YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        deadline: String,
        /// The forms asked for (default: both)
        #[arg(long, value_enum, value_delimiter = ',', num_args = 1..)]
        forms: Vec<FormKind>,
        /// Only these partners (default: every open partner)
        #[arg(long = "partner", value_name = "CODE", num_args = 1.., add = ArgValueCandidates::new(complete::partners))]
        partners: Vec<String>,
    },
    /// List calls
    List,
    /// The campaign dashboard: declarations by state, late ones, controls fired
    Show {
        #[arg(add = ArgValueCandidates::new(complete::calls))]
        id: String,
    },
    /// E-mail the profile holders of the services not yet transmitted
    Remind {
        #[arg(add = ArgValueCandidates::new(complete::calls))]
        id: String,
    },
    /// Close a call: no more entry
    Close {
        #[arg(add = ArgValueCandidates::new(complete::calls))]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeclarationCmd {
    /// List declarations
    List {
        #[arg(long, value_name = "ID", add = ArgValueCandidates::new(complete::calls))]
        call: Option<String>,
        #[arg(long, value_name = "STATE")]
        state: Option<String>,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
    },
    /// Show a declaration: forms, values, totals, steps, controls
    Show {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
    },
    /// Every step of a declaration, who and when, from the audit trail: opened, each form
    /// entered or returned, approval, reviews, justifications, transmitted, sent back
    History {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
    },
    /// Enter values in a form
    Enter {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
        #[arg(value_enum)]
        form: FormKind,
        /// The site of an activity form
        #[arg(long, value_name = "SITE", add = ArgValueCandidates::new(complete::sites))]
        site: Option<String>,
        /// FIELD=VALUE (decimal comma accepted: 12,5)
        #[arg(long = "set", value_name = "FIELD=VALUE", num_args = 1.., add = ArgValueCandidates::new(complete::fields))]
        set: Vec<String>,
        /// The form is finished (complet)
        #[arg(long)]
        done: bool,
    },
    /// The approver takes the declaration over ("Contrôler et transmettre")
    Approve {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
    },
    /// Steps 1 and 2: the approver reviewed the activity or financial data
    Review {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
        #[arg(value_enum)]
        form: FormKind,
    },
    /// The approver returns one form to its providers (no e-mail)
    Return {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
        #[arg(value_enum)]
        form: FormKind,
        #[arg(long, value_name = "SITE", add = ArgValueCandidates::new(complete::sites))]
        site: Option<String>,
        #[arg(long)]
        reason: String,
    },
    /// Step 3: justify a coherence control that fires
    Justify {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
        /// ACTIVITE_NULLE, VARIATION_N1, COUT_HORAIRE or DEFICIT
        #[arg(add = ArgValueCandidates::new(complete::controls))]
        control: String,
        #[arg(long)]
        text: String,
    },
    /// Step 4: see the synthesis and transmit to the Caf
    Transmit {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
    },
    /// The Caf sends a transmitted declaration back for correction (e-mail to the approver)
    SendBack {
        #[arg(add = ArgValueCandidates::new(complete::declarations))]
        id: i64,
        #[arg(long)]
        reason: String,
    },
}
