//! The things afas keeps, as plain data: what the store returns and the views print. No SQL
//! and no printing here: the store fills them (store/), the views lay them out (views.rs).

use serde::Serialize;

use super::kinds::{CallStatus, DeclarationState, DeclarationType, FormKind, ServiceKind};

#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub login: String,
    /// None for a Caf agent.
    pub partner: Option<String>,
    /// A Caf agent's Caf, when it belongs to one (SPEC §4); None for a national agent and
    /// for a partner's people, whose Caf is their partner's.
    pub caf_code: Option<String>,
    /// `caf-agent`, `administrator` or `user`.
    pub role: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub admin: bool,
    /// `active` or `suspended`.
    pub status: String,
    /// Groups of its partner it belongs to.
    pub groups: Vec<String>,
    /// Groups of its partner it manages.
    pub manages: Vec<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub partner: Option<String>,
    /// A JSON object with what changed.
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct Call {
    pub id: String,
    pub kind: ServiceKind,
    #[serde(rename = "type")]
    pub decl_type: DeclarationType,
    pub year: i64,
    pub deadline: String,
    /// The forms it asks for.
    pub forms: Vec<FormKind>,
    pub status: CallStatus,
    pub declarations: i64,
    pub transmitted: i64,
    pub opened_by: String,
    pub opened_at: String,
    pub closed_at: Option<String>,
    /// The Caf whose campaign it is (its id starts with its code); None for a national call.
    pub caf_code: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub id: i64,
    pub call: String,
    pub service: String,
    pub partner: String,
    pub state: DeclarationState,
    /// Requested forms complete, e.g. `2/3`.
    pub forms_complete: String,
    pub deadline: String,
    pub transmitted_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub partner: String,
    pub group: String,
    pub manager: String,
    /// Logins of the members, the manager included.
    pub members: Vec<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    pub code: String,
    pub name: String,
    pub siret: String,
    pub caf_code: String,
    /// `pending` until the three documents are received, then `open`.
    pub status: String,
    pub convention: Option<String>,
    pub contrat: Option<String>,
    pub bulletin: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Holding {
    pub login: String,
    pub first_name: String,
    pub last_name: String,
    /// The holder's account status: `active` or `suspended`.
    pub status: String,
    pub profile: String,
    pub partner: String,
    pub service: String,
    /// None: service level.
    pub site: Option<String>,
    pub granted_by: String,
    pub granted_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub service: String,
    pub code: String,
    pub name: String,
    pub address: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Service {
    pub code: String,
    pub partner: String,
    /// `alsh` or `ram`.
    pub kind: String,
    pub name: String,
    pub sites: Vec<Site>,
    pub created_at: String,
}

#[derive(Debug, Serialize)]
pub struct SettingRow {
    pub key: String,
    pub value: String,
    pub default: String,
    pub meaning: String,
}

/// An e-mail of the outbox.
#[derive(Debug, Clone, Serialize)]
pub struct Message {
    pub id: i64,
    pub created_at: String,
    pub recipient: String,
    pub recipient_login: Option<String>,
    pub subject: String,
    pub body: String,
    pub cause: String,
    /// `pending`, `sent`, or `failed` (given up: its recipient refused for good).
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

/// A workshop (training session): `workshop list`, and the head of `workshop show`.
#[derive(Debug, Clone, Serialize)]
pub struct Workshop {
    pub id: i64,
    /// YYYY-MM-DD
    pub date: String,
    pub place: String,
    pub capacity: i64,
    /// Places taken, by anyone: a partner's people learn how many, not who.
    pub registered: i64,
    pub free: i64,
    pub created_by: String,
    pub created_at: String,
}

/// One person registered for a workshop (`workshop show`: who comes).
#[derive(Debug, Clone, Serialize)]
pub struct Registration {
    pub login: String,
    pub first_name: String,
    pub last_name: String,
    pub partner: String,
    pub registered_by: String,
    pub registered_at: String,
}

/// Which partner each record belongs to, for `Actor::only_seen`.
mod of_partner {
    use super::*;
    use crate::domain::access::OfPartner;

    impl OfPartner for Account {
        fn partner(&self) -> Option<&str> {
            self.partner.as_deref()
        }
    }
    impl OfPartner for Partner {
        fn partner(&self) -> Option<&str> {
            Some(&self.code)
        }
    }
    macro_rules! of_partner {
        ($($record:ty),*) => {$(
            impl OfPartner for $record {
                fn partner(&self) -> Option<&str> {
                    Some(&self.partner)
                }
            }
        )*};
    }
    of_partner!(Summary, Group, Holding, Service, Registration);
}
