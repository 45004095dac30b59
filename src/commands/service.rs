//! `afas service`: services (ALSH, RAM) of open partners, and their sites.

use anyhow::Result;
use serde_json::json;

use super::{scope, Ctx};
use crate::cli::ServiceCmd;
use crate::domain::access::Action;
use crate::domain::records::Site;
use crate::domain::{habilitation, ids};
use crate::error::refused;
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
            let code = ids::code("service", &code)?;
            let name = ids::text("name", &name)?;
            let service = ctx.write(|tx| {
                tx.actor.require(Action::Administer { partner: &partner })?;
                let p = partners::get(tx, &partner)?;
                habilitation::must_be_open(&p.code, p.is_open())?;
                if let Some(other) = services::find(tx, &code)? {
                    return Err(refused(format!(
                        "service {code} already exists (partner {})",
                        other.partner
                    )));
                }
                services::insert(tx, &code, &partner, kind.as_str(), &name)?;
                tx.audit(
                    "service.create",
                    &code,
                    Some(&partner),
                    json!({"kind": kind.as_str(), "name": name}),
                )?;
                services::get(tx, &code)
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
                let s = services::get(tx, &site.service)?;
                tx.actor.require(Action::Administer {
                    partner: &s.partner,
                })?;
                if s.sites.iter().any(|x| x.code == site.code) {
                    return Err(refused(format!(
                        "service {} already has a site {}",
                        s.code, site.code
                    )));
                }
                services::insert_site(tx, &site)?;
                tx.audit(
                    "service.add_site",
                    &format!("{}/{}", s.code, site.code),
                    Some(&s.partner),
                    json!({"name": site.name, "address": site.address}),
                )?;
                services::get(tx, &s.code)
            })?;
            ctx.out.changed(
                &format!("added site {} to service {}", site.code, s.code),
                &s,
            )
        }
        ServiceCmd::List { partner } => {
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, partner.as_deref())?;
                services::list(tx, only.as_deref())
            })?;
            ctx.out.list(&list)
        }
        ServiceCmd::Show { code } => {
            let s = ctx.read(|tx, actor| {
                let s = services::get(tx, &code)?;
                actor.require(Action::Read {
                    partner: &s.partner,
                })?;
                Ok(s)
            })?;
            ctx.out.one(&s)
        }
    }
}
