//! `afas service`: services (ALSH, RAM) of open partners, and their sites.

use anyhow::Result;

use super::{scope, Ctx};
use crate::cli::ServiceCmd;
use crate::domain::access::Action;
use crate::domain::decision::Intent;
use crate::domain::ids;
use crate::domain::records::Site;
use crate::domain::services::{decide_create, decide_site, NewService};
use crate::store::audit::Audit;
use crate::store::partners;
use crate::store::services;

pub fn run(ctx: &mut Ctx, cmd: ServiceCmd) -> Result<()> {
    match cmd {
        ServiceCmd::Create {
            code,
            partner,
            kind,
            name,
        } => {
            let new = NewService {
                code: ids::code("service", &code)?,
                partner,
                kind,
                name: ids::text("name", &name)?,
            };
            let service = ctx.write(|tx| {
                let open = partners::is_open(tx, &new.partner)?;
                let existing = services::known(tx, &new.code)?;
                decide_create(&tx.actor, Intent::Create, &new, open, existing.as_ref())?
                    .to_write()?;
                services::create(tx, &new, &mut Audit::Command)?;
                services::get(tx, &new.code)
            })?;
            ctx.out.changed(
                &format!(
                    "created service {} ({}) of partner {}",
                    service.code, service.kind, service.partner
                ),
                &service,
            )
        }
        ServiceCmd::AddSite {
            service,
            site,
            name,
            address,
        } => {
            let site = Site {
                service: service.clone(),
                code: ids::code("site", &site)?,
                name: ids::text("site name", &name)?,
                address: address.map(|a| ids::text("address", &a)).transpose()?,
            };
            let s = ctx.write(|tx| {
                let service = services::find(tx, &site.service)?;
                let partner = service.as_ref().map(|s| s.partner.as_str());
                let existing = service
                    .as_ref()
                    .and_then(|s| s.sites.iter().find(|x| x.code == site.code));
                let partner =
                    decide_site(&tx.actor, Intent::Create, &site, partner, existing)?.to_write()?;
                services::add_site(tx, &site, partner, &mut Audit::Command)?;
                services::get(tx, &site.service)
            })?;
            ctx.out.changed(
                &format!("added site {} to service {}", site.code, s.code),
                &s,
            )
        }
        ServiceCmd::List { partner } => {
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                Ok(actor.only_seen(services::list(tx, only.as_deref())?))
            })?;
            ctx.out.list(&list)
        }
        ServiceCmd::Show { code } => {
            let s = ctx.read(|tx, actor| {
                let s = services::seen(tx, &code)?;
                actor.require(Action::Read {
                    partner: &s.partner,
                })?;
                Ok(s)
            })?;
            ctx.out.one(&s)
        }
    }
}
