//! services.csv: code,partner,kind,name

use super::rows::{Outcome, RowResult};
use super::Importer;
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::ids;
use crate::domain::services::{decide_create, kind, NewService};
use crate::store::services;

impl Importer<'_, '_> {
    pub(super) fn service(&mut self, c: &[&str]) -> RowResult {
        let new = NewService {
            code: ids::code("service", c[0]).at("code")?,
            partner: c[1].to_string(),
            kind: kind(c[2]).at("kind")?,
            name: ids::text("name", c[3]).at("name")?,
        };
        let tx = self.tx;
        let open = self.known.partner_open(tx, &new.partner)?;
        let existing = self.known.service_row(tx, &new.code)?;
        match decide_create(&tx.actor, Intent::Ensure, &new, open, existing.as_ref())? {
            Decision::Write(()) => {
                services::create(tx, &new, &mut self.audit)?;
                self.known.service_written(new);
                Ok(Outcome::Created)
            }
            Decision::Unchanged => Ok(Outcome::Unchanged),
        }
    }
}
