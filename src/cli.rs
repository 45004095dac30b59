//! Every clap type of the command line, and no logic: the program, the completions and the
//! man pages are all generated from these definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::complete;

use crate::domain::{
    CsvKind, DeclarationType, Document, FormKind, GroupKind, ProfileKind, ServiceKind,
};
use crate::output::Format;

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
  AFAS_SMTP_URL  the SMTP server for `outbox send` (smtp://host:port)";

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
    /// The store's settings: control thresholds, the e-mail sender
    #[command(subcommand)]
    Config(ConfigCmd),
    /// E-mails waiting to be delivered, and their delivery over SMTP
    #[command(subcommand)]
    Outbox(OutboxCmd),
    /// Import partners, accounts, groups, services, sites, profiles from CSV (all or nothing)
    Import {
        /// A CSV file, or a folder holding any of partners.csv, accounts.csv, groups.csv,
        /// services.csv, sites.csv, profiles.csv
        path: PathBuf,
        /// Check every row, write nothing
        #[arg(long)]
        dry_run: bool,
        /// The kind of a single file whose name does not say it
        #[arg(long, value_enum)]
        kind: Option<CsvKind>,
    },
    /// Export in the import formats (to stdout)
    Export {
        #[arg(value_enum)]
        kind: CsvKind,
        #[arg(long, value_name = "CODE")]
        partner: Option<String>,
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
    Migrate,
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
}

#[derive(Debug, Subcommand)]
pub enum PartnerCmd {
    /// Register a partner (Caf agent)
    Create {
        /// The Caf file number, e.g. 2016-00123
        code: String,
        #[arg(long)]
        name: String,
        /// 14 digits, Luhn-valid
        #[arg(long)]
        siret: String,
        /// The partner's Caf, 3 digits (e.g. 161)
        #[arg(long)]
        caf_code: String,
    },
    /// Record the receipt of a signed document (Caf agent); the third opens the partner
    Document {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        code: String,
        #[arg(value_enum)]
        document: Document,
        /// Receipt date, YYYY-MM-DD (default: today)
        #[arg(long, value_name = "DATE")]
        received: Option<String>,
    },
    /// List partners
    List,
    /// Show one partner
    Show {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        code: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Create an account of a partner, or a Caf agent with --caf
    Create {
        /// Upper case, 4–20 letters or digits; generated when not given
        login: Option<String>,
        /// The partner the person belongs to (chosen from a list on a terminal)
        #[arg(
            long,
            value_name = "CODE",
            conflicts_with = "caf",
            add = ArgValueCandidates::new(complete::partners),
        )]
        partner: Option<String>,
        /// A Caf agent (belongs to no partner)
        #[arg(long)]
        caf: bool,
        /// Asked for on a terminal when not given
        #[arg(long)]
        first_name: Option<String>,
        /// Asked for on a terminal when not given
        #[arg(long)]
        last_name: Option<String>,
        /// Asked for on a terminal when not given
        #[arg(long)]
        email: Option<String>,
        /// Make the person an administrator of the partner (at most 2)
        #[arg(long, conflicts_with = "caf")]
        admin: bool,
    },
    /// Change a person's name or e-mail
    Update {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
        #[arg(long)]
        first_name: Option<String>,
        #[arg(long)]
        last_name: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
    /// Suspend an account: it can do nothing until reactivated
    Suspend {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
    /// Reactivate a suspended account
    Reactivate {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
    /// Make an account administrator of its partner, or revoke it
    Admin {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
        #[arg(long)]
        revoke: bool,
    },
    /// List accounts
    List {
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
        /// Only members of this group (with --partner, or the actor's partner)
        #[arg(long, value_enum)]
        group: Option<GroupKind>,
    },
    /// Show one account
    Show {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCmd {
    /// Create a group of an open partner, with its manager
    Create {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(value_enum)]
        group: GroupKind,
        #[arg(long, value_name = "LOGIN", add = ArgValueCandidates::new(complete::logins))]
        manager: String,
    },
    /// Name the manager of a group (who becomes a member)
    Manager {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(value_enum)]
        group: GroupKind,
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
    },
    /// Add members to a group
    Add {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(value_enum)]
        group: GroupKind,
        #[arg(required = true, add = ArgValueCandidates::new(complete::logins))]
        logins: Vec<String>,
    },
    /// Remove members from a group
    Remove {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(value_enum)]
        group: GroupKind,
        #[arg(required = true, add = ArgValueCandidates::new(complete::logins))]
        logins: Vec<String>,
        /// Also revoke the Afas profiles the members hold (declarer)
        #[arg(long)]
        revoke_profiles: bool,
    },
    /// Tell the habiliter manager that the declarer group is filled (e-mail)
    Notify {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
    },
    /// List groups
    List {
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
    },
    /// Show one group and its members
    Show {
        #[arg(add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(value_enum)]
        group: GroupKind,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServiceCmd {
    /// Create a service of an open partner
    Create {
        /// The Caf's equipment number, e.g. ALSH-0042
        code: String,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: String,
        #[arg(long, value_enum)]
        kind: ServiceKind,
        #[arg(long)]
        name: String,
    },
    /// Add a site (lieu d'implantation) to a service
    AddSite {
        #[arg(add = ArgValueCandidates::new(complete::services))]
        service: String,
        /// Unique within the service
        site: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        address: Option<String>,
    },
    /// List services
    List {
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
    },
    /// Show one service and its sites
    Show {
        #[arg(add = ArgValueCandidates::new(complete::services))]
        code: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Give an Afas profile to a member of declarer, on one service (or one site, fda only)
    ///
    /// On a terminal, a missing service, profile, login or site is chosen from a list.
    Grant {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: Option<String>,
        #[arg(value_enum)]
        profile: Option<ProfileKind>,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::services))]
        service: Option<String>,
        /// A site of the service (fda only)
        #[arg(long, value_name = "SITE", add = ArgValueCandidates::new(complete::sites))]
        site: Option<String>,
        /// Swap the service's approver for this one in one step
        #[arg(long)]
        replace: bool,
    },
    /// Take an Afas profile back
    Revoke {
        #[arg(add = ArgValueCandidates::new(complete::logins))]
        login: String,
        #[arg(value_enum)]
        profile: ProfileKind,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::services))]
        service: String,
        #[arg(long, value_name = "SITE", add = ArgValueCandidates::new(complete::sites))]
        site: Option<String>,
    },
    /// List profiles held
    List {
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::services))]
        service: Option<String>,
        #[arg(long, value_name = "LOGIN", add = ArgValueCandidates::new(complete::logins))]
        account: Option<String>,
    },
    /// Readiness: minimums not met, suspended holders, missing administrators, groups, managers
    Check {
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::partners))]
        partner: Option<String>,
        #[arg(long, value_name = "CODE", add = ArgValueCandidates::new(complete::services))]
        service: Option<String>,
    },
}

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
        #[arg(long = "set", value_name = "FIELD=VALUE", num_args = 1..)]
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
    /// Deliver the pending e-mails over SMTP; a failed one stays pending for the next send
    Send {
        /// smtp://host[:port]: plain SMTP to a relay (port 25 by default; no TLS)
        #[arg(long, env = "AFAS_SMTP_URL", value_name = "URL")]
        smtp: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AuditArgs {
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

/// The command line names a domain enum by its text (`domain::kinds`), with the help shown
/// in `--help`, the man page and completion. Clap's own derive would put clap in `domain/`.
macro_rules! value_enum {
    ($ty:ident { $($variant:ident $(=> $help:literal)?),+ $(,)? }) => {
        impl clap::ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$($ty::$variant),+]
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let value = clap::builder::PossibleValue::new(self.as_str());
                Some(match self {
                    $($ty::$variant => value $(.help($help))?,)+
                })
            }
        }
    };
}

value_enum!(GroupKind {
    Declarer => "Déclarer: the people who declare (FDA, FDF, approver)",
    Habiliter => "Habiliter: the people who give Afas profiles to members of `declarer`",
});
value_enum!(Document {
    Convention => "The access agreement",
    Contrat => "The Afas service contract",
    Bulletin => "The subscription form that designates the administrators",
});
value_enum!(ServiceKind {
    Alsh => "Accueil de loisirs sans hébergement",
    Ram => "Relais assistants maternels",
});
value_enum!(ProfileKind {
    Fda => "Fournisseur de données d'activité: at service level, or at one site (--site)",
    Fdf => "Fournisseur de données financières: service level only",
    Approbateur => "The approver, who checks and transmits: service level only, one per service",
});
value_enum!(DeclarationType {
    Previsionnel,
    Actualise,
    Reel
});
value_enum!(FormKind {
    Activity => "Activity data (one form per site, or one for the service)",
    Financial => "Financial data",
});
value_enum!(CsvKind {
    Partners,
    Accounts,
    Groups,
    Services,
    Sites,
    Profiles
});

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
