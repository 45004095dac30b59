//! profiles.csv: login,profile,service,site

use super::rows::{Cells, Outcome, RowResult};
use super::Importer;
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::ids;
use crate::domain::profiles::{
    decide_grant, GrantFacts, GrantRequest, Granted, ProfileKind, Receiver,
};
use crate::store::profiles;

impl Importer<'_, '_> {
    pub(super) fn profile(&mut self, c: &[&str]) -> RowResult {
        let mut v = Cells::default();
        let login = v.check(c[0], ids::login(c[0]).at("login"));
        let kind = v.check(c[1], ProfileKind::parse(c[1]).at("profile"));
        let (Some(login), Some(kind)) = (login, kind) else {
            return Err(v.refused());
        };
        let request = GrantRequest {
            login: &login,
            kind,
            service: c[2],
            site: (!c[3].is_empty()).then_some(c[3]),
            replace: false,
        };
        let tx = self.tx;
        let partner = self.known.service(tx, c[2])?.partner.clone();
        let holder = match &partner {
            Some(p) => self.known.holder(tx, p, &login)?,
            None => None,
        };
        let scope = (kind, request.site.map(str::to_string));
        let service = self.known.service(tx, c[2])?;
        let facts = GrantFacts {
            service_partner: partner.as_deref(),
            sites: &service.sites,
            receiver: holder.as_ref().map(|h| Receiver {
                login: &login,
                partner: h.partner.as_deref(),
                active: h.active,
                in_declarer: h.in_declarer,
            }),
            holders: service
                .holders
                .get(&scope)
                .map_or(&[], |h| h.logins.as_slice()),
        };
        let (grant, partner) = match decide_grant(&tx.actor, Intent::Ensure, &request, &facts)? {
            Decision::Write(g) => (g.grant, g.partner.to_string()),
            Decision::Unchanged => return Ok(Outcome::Unchanged),
        };
        // The decision borrowed the facts; the grant changes them (its holders and seats).
        let granted = Granted {
            grant,
            partner: &partner,
        };
        let holders = self
            .known
            .service(tx, c[2])?
            .holders
            .entry(scope)
            .or_default();
        profiles::grant(tx, &request, &granted, holders, &mut self.audit)?;
        Ok(Outcome::Created)
    }
}
