//! sites.csv: service,code,name,address

use super::rows::{Cells, Outcome, RowResult};
use super::Importer;
use crate::domain::decision::{At, Decision, Intent};
use crate::domain::ids;
use crate::domain::records::Site;
use crate::domain::services::decide_site;
use crate::store::services;

impl Importer<'_, '_> {
    pub(super) fn site(&mut self, c: &[&str]) -> RowResult {
        let mut v = Cells::default();
        let code = v.check(c[1], ids::code("site", c[1]).at("code"));
        let name = v.check(c[2], ids::text("site name", c[2]).at("name"));
        let address = match c[3] {
            "" => Some(None),
            a => v.check(a, ids::text("address", a).at("address")).map(Some),
        };
        let (Some(code), Some(name), Some(address)) = (code, name, address) else {
            return Err(v.refused());
        };
        let site = Site {
            service: c[0].to_string(),
            code,
            name,
            address,
        };
        let tx = self.tx;
        let service = self.known.service(tx, &site.service)?;
        let decided = decide_site(
            &tx.actor,
            Intent::Ensure,
            &site,
            service.partner.as_deref(),
            service.site_rows.get(&site.code),
        )?;
        match decided {
            Decision::Write(partner) => {
                let partner = partner.to_string();
                services::add_site(tx, &site, &partner, &mut self.audit)?;
                let service = self.known.service(tx, &site.service)?;
                service.sites.push(site.code.clone());
                service.sites.sort();
                service.site_rows.insert(site.code.clone(), site);
                Ok(Outcome::Created)
            }
            Decision::Unchanged => Ok(Outcome::Unchanged),
        }
    }
}
