//! services.csv: code,partner,kind,name

use super::rows::{Cells, Outcome, RowResult};
use super::Importer;
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::ids;
use crate::domain::services::{decide_create, kind, NewService};
use crate::store::services;

impl Importer<'_, '_> {
    pub(super) fn service(&mut self, c: &[&str]) -> RowResult {
        let mut v = Cells::default();
        let code = v.check(c[0], ids::code("service", c[0]).at("code"));
        let service_kind = v.check(c[2], kind(c[2]).at("kind"));
        let name = v.check(c[3], ids::text("name", c[3]).at("name"));
        let (Some(code), Some(kind), Some(name)) = (code, service_kind, name) else {
            return Err(v.refused());
        };
        let new = NewService {
            code,
            partner: c[1].to_string(),
            kind,
            name,
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
