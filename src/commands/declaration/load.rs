//! The facts a declaration command gathers before it asks the rules: the declaration, its
//! forms, the profiles the actor holds on its service, and what the controls find.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::domain::access::{Action, Actor};
use crate::domain::controls::{self, Fired};
use crate::domain::declaration::{self, Declaration, Form};
use crate::domain::profiles::ProfileKind;
use crate::domain::workflow::{self, Steps};
use crate::store::declarations as decls;
use crate::store::{profiles, settings, Tx};

/// A declaration with its forms and the profiles the actor holds on its service.
pub struct Loaded {
    pub d: Declaration,
    pub forms: Vec<Form>,
    pub held: Vec<(ProfileKind, Option<String>)>,
}

/// The declaration `id`, if `actor` may read it.
pub fn load(tx: &Tx, actor: &Actor, id: i64) -> Result<Loaded> {
    let d = decls::seen(tx, id)?;
    actor.require(Action::Read {
        partner: &d.partner,
    })?;
    let forms = decls::forms(tx, id)?;
    let held = profiles::list(
        tx,
        &profiles::Filter {
            partner: None,
            service: Some(&d.service),
            login: Some(&actor.login),
        },
    )?
    .into_iter()
    .filter_map(|h| ProfileKind::parse(&h.profile).ok().map(|k| (k, h.site)))
    .collect();
    Ok(Loaded { d, forms, held })
}

/// The declaration `id` for one of the approver's steps: refused unless the acting
/// account is its approver and it is being approved, with its call open.
pub fn approval(tx: &Tx, id: i64) -> Result<Loaded> {
    let l = load(tx, &tx.actor, id)?;
    workflow::in_approval(&tx.actor.login, &l.d, &l.held)?;
    Ok(l)
}

/// The coherence controls that fire on the data as entered.
pub fn fired(tx: &Tx, l: &Loaded) -> Result<Vec<Fired>> {
    let previous = match decls::previous_transmitted(tx, &l.d)? {
        Some(id) => declaration::activity_total(l.d.service_kind, &decls::forms(tx, id)?)?,
        None => None,
    };
    let data = declaration::control_data(&l.d, &l.forms, previous);
    Ok(controls::evaluate(&data, &settings::thresholds(tx)?)?)
}

/// What the approver's steps look at: the controls that fire, and this pass's
/// justifications (by control).
pub struct Checks {
    pub fired: Vec<Fired>,
    pub justified: BTreeMap<String, String>,
}

impl Checks {
    pub fn steps(&self, l: &Loaded) -> Steps {
        declaration::steps(&l.d, &l.forms, &self.fired, &self.justified)
    }
}

pub fn checks(tx: &Tx, l: &Loaded) -> Result<Checks> {
    Ok(Checks {
        fired: fired(tx, l)?,
        justified: decls::justifications(tx, l.d.id, l.d.round)?,
    })
}
