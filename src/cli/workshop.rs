//! The Caf's training sessions (the seed's *accompagnement personnalisé*).

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::complete;

#[derive(Debug, Subcommand)]
pub enum WorkshopCmd {
    /// Plan a session (Caf agent): a date today or later, a place, 5 places unless told
    Create {
        /// YYYY-MM-DD or DD/MM/YYYY
        #[arg(long, value_name = "DATE")]
        date: String,
        /// Where it takes place, e.g. "Caf, salle de formation (6e étage)"
        #[arg(long)]
        place: String,
        /// How many people may come: 1 to 50 (default 5)
        #[arg(long, value_name = "N")]
        capacity: Option<i64>,
    },
    /// List the sessions with their places taken and free
    List,
    /// A session and who comes (a partner's people see their own partner's registrations)
    Show {
        /// The session's number (`workshop list`)
        #[arg(add = ArgValueCandidates::new(complete::workshops))]
        id: i64,
    },
    /// Register a person (yourself, or as an administrator one of your partner's people);
    /// a confirmation e-mail is queued
    Register {
        /// The session's number (`workshop list`)
        #[arg(add = ArgValueCandidates::new(complete::workshops))]
        id: i64,
        /// The person's login: your own, or one of your partner's people as its administrator
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
    /// Give a person's place back (the same people may), before the session's date
    Unregister {
        /// The session's number (`workshop list`)
        #[arg(add = ArgValueCandidates::new(complete::workshops))]
        id: i64,
        /// The person's login: your own, or one of your partner's people as its administrator
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
}
