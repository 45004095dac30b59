//! Every clap type of the command line, and no logic: the program, the completions and the
//! man pages are all generated from these definitions. The subcommands of each noun live
//! beside this file: habilitation (partners, accounts, groups, services, profiles),
//! campaign (calls, declarations); `values.rs` lets clap name the domain's enums.

mod campaign;
mod habilitation;
mod values;
mod workshop;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::complete;

use crate::domain::CsvKind;
use crate::output::Format;

pub use campaign::{CallCmd, DeclarationCmd};
pub use habilitation::{AccountCmd, GroupCmd, PartnerCmd, ProfileCmd, ServiceCmd};
pub use workshop::WorkshopCmd;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  done
  1  unexpected failure (I/O, store)
  2  usage (a missing or malformed argument)
  3  not found (a partner, account, group… that does not exist)
  4  forbidden for this actor (--as)
  5  refused by a rule (a limit, a state, an invalid import row, check found problems)";

pub const ENVIRONMENT: &str = "\
Environment:
  AFAS_DB        the store (default: afas.db in the user's data directory)
  AFAS_AS        the acting account's login
  AFAS_SMTP_URL  the SMTP relay for `outbox send` (smtp://, smtp://…?tls=required, smtps://)
  AFAS_SMTP_PASSWORD  the password of the relay's user named in the URL
  AFAS_SMTP_CA   a PEM file of roots for the relay's certificate (else the system's)";

#[derive(Debug, Parser)]
#[command(
    name = "afas",
    version,
    about = "Habilitations and declarations of the Caf partner portal, service Afas, on a local store",
    after_help = format!("{EXIT_CODES}\n\n{ENVIRONMENT}"),
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct Global {
    /// The store (created with mode 0600 by `init`)
    #[arg(long, global = true, env = "AFAS_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The acting account: required by every command but init, completions and demo
    #[arg(
        long = "as",
        id = "as_login",
        global = true,
        env = "AFAS_AS",
        value_name = "LOGIN",
        add = ArgValueCandidates::new(complete::logins)
    )]
    pub as_login: Option<String>,
    /// Output format
    #[arg(short, long, global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,
    /// Do not ask for confirmation of destructive or final actions
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print nothing but what was asked for (no confirmation lines)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the store and its first Caf agent
    Init(InitArgs),
    /// Partners and their three signed documents
    #[command(subcommand)]
    Partner(PartnerCmd),
    /// Accounts: Caf agents and partner people
    #[command(subcommand)]
    Account(AccountCmd),
    /// The Afas groups declarer and habiliter, their managers and members
    #[command(subcommand)]
    Group(GroupCmd),
    /// Services (ALSH, RAM) and their sites
    #[command(subcommand)]
    Service(ServiceCmd),
    /// Afas profiles (FDA, FDF, approver) and the readiness check
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Calls for declaration (campaigns)
    #[command(subcommand)]
    Call(CallCmd),
    /// Declarations: entry by the providers, the approver's four steps, the Caf's send-back
    #[command(subcommand)]
    Declaration(DeclarationCmd),
    /// The Caf's training sessions: plan them, register people, see who comes
    #[command(subcommand)]
    Workshop(WorkshopCmd),
    /// What waits for you, most urgent first (the nearest deadline, then the oldest), each
    /// with the command that does it: forms to fill or returned (FDA, FDF); declarations to
    /// approve, being approved or sent back (approver); services not ready and groups
    /// without a manager (administrators, managers); declarations transmitted, calls near
    /// their deadline and e-mails failing (Caf agents). Nothing waiting: an empty list, exit 0
    Todo {
        /// Caf agents: list the declarations transmitted on or after this date (YYYY-MM-DD;
        /// default: the last 7 days)
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// The store's settings: control thresholds, the e-mail sender
    #[command(subcommand)]
    Config(ConfigCmd),
    /// E-mails waiting to be delivered, and their delivery over SMTP
    #[command(subcommand)]
    Outbox(OutboxCmd),
    /// Import partners, accounts, groups, services, sites, profiles from CSV or a workbook
    /// (all or nothing)
    Import {
        /// A CSV file; a folder holding any of partners.csv, accounts.csv, groups.csv,
        /// services.csv, sites.csv, profiles.csv; or an .xlsx or .ods workbook whose sheets
        /// are named after those kinds (or of one sheet)
        path: PathBuf,
        /// Check every row, write nothing
        #[arg(long)]
        dry_run: bool,
        /// The kind of a single file or one-sheet workbook whose name does not say it
        #[arg(long, value_enum)]
        kind: Option<CsvKind>,
    },
    /// Export in the import formats: one kind as CSV to stdout, or all six as a workbook
    Export {
        /// The kind to write as CSV
        #[arg(value_enum, required_unless_present = "workbook")]
        kind: Option<CsvKind>,
        /// Only this partner's rows
        #[arg(long, value_name = "CODE")]
        partner: Option<String>,
        /// CSV as French Excel opens it with a double click: `;`, UTF-8 with BOM, CRLF
        #[arg(long, conflicts_with = "workbook")]
        excel: bool,
        /// Write the six kinds as the sheets of this .xlsx workbook instead
        #[arg(long, value_name = "FILE.xlsx", conflicts_with = "kind")]
        workbook: Option<PathBuf>,
    },
    /// The audit trail: every change, who, when
    Audit(AuditArgs),
    /// Print a shell completion script
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Upgrade a shared store's schema (PostgreSQL, run by the database's owner); a SQLite
    /// store upgrades itself when opened
    Migrate {
        /// PostgreSQL, when the upgrade makes the store's roles: start their names with
        /// PREFIX, so that several stores can share one server
        #[arg(long, value_name = "PREFIX", default_value = "")]
        role_prefix: String,
    },
    /// Print the acting account: on PostgreSQL the one the server authenticated
    Whoami,
    /// Change your own password on a shared store (PostgreSQL), making it permanent: asked
    /// twice on a terminal, else one line on stdin
    Password,
    /// The seed's story end to end, in a fresh store
    Demo,
    /// Write the completion scripts and man pages into DIR (for packagers and the tests)
    #[command(hide = true)]
    GenerateAssets { dir: PathBuf },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Login of the first Caf agent
    #[arg(long, value_name = "LOGIN")]
    pub agent: String,
    #[arg(long)]
    pub first_name: String,
    #[arg(long)]
    pub last_name: String,
    #[arg(long)]
    pub email: String,
    /// Make the first agent an agent of this Caf only (3 digits, e.g. 161): it sees and
    /// administers that Caf's partners only. Without it the agent is national
    #[arg(long, value_name = "CODE")]
    pub caf_code: Option<String>,
    /// PostgreSQL: start the store's role names with PREFIX (letters, digits, _), so that
    /// several stores can share one server
    #[arg(long, value_name = "PREFIX", default_value = "")]
    pub role_prefix: String,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// List the settings with their values and defaults
    List,
    /// Change a setting (Caf agent), e.g. controls.variation_n1 25
    Set { key: String, value: String },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// List e-mails
    List {
        /// Only those not delivered yet
        #[arg(long)]
        pending: bool,
    },
    /// Deliver the pending e-mails over SMTP; a failed one stays pending for the next send,
    /// one refused for good three times is given up (failed)
    Send {
        /// smtp://host[:port] (plain, port 25), smtp://host:587?tls=required (STARTTLS) or
        /// smtps://host[:465] (TLS); a user (smtps://user@host) logs in with
        /// AFAS_SMTP_PASSWORD; certificates checked against the system's roots or
        /// AFAS_SMTP_CA
        #[arg(long, env = "AFAS_SMTP_URL", value_name = "URL")]
        smtp: Option<String>,
    },
}

/// `audit [filters]` lists; `audit verify` and `audit head` prove (the filters do not apply).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub proof: Option<AuditProof>,
    /// Only changes made by this login
    #[arg(long, value_name = "LOGIN")]
    pub actor: Option<String>,
    /// Only changes concerning this partner
    #[arg(long, value_name = "CODE")]
    pub partner: Option<String>,
    /// Only changes on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// At most this many rows, the most recent
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum AuditProof {
    /// Prove that nobody rewrote the audit trail: recompute its hash chain and name the first
    /// row changed, inserted or removed (exit 5), or print its size and head
    Verify {
        /// A head printed earlier by `audit head` and kept elsewhere: also prove that no row
        /// was cut from the end since
        #[arg(long, value_name = "HASH")]
        head: Option<String>,
    },
    /// Print the head of the audit trail's hash chain, to keep elsewhere and give later to
    /// `audit verify --head`
    Head,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
