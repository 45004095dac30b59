//! The habilitation nouns: partners, accounts, groups, services and sites, profiles.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::complete;
use crate::domain::{Document, GroupKind, ProfileKind, ServiceKind};

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
        /// The Caf agent's Caf, 3 digits (e.g. 161): it then acts on that Caf's partners
        /// only. Default: the creator's own Caf (none for a national agent, who makes
        /// national agents)
        #[arg(long, value_name = "CODE")]
        caf_code: Option<String>,
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
    /// Set a temporary password (shared PostgreSQL store): printed once, valid 7 days; the
    /// person themself, an administrator of its partner or a Caf agent may
    Password {
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
        #[arg(add = ArgValueCandidates::new(complete::declarers))]
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
