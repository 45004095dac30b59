//! `afas partner`: register partners and record their three signed documents.

use anyhow::Result;
use serde_json::json;

use super::{scope, Ctx};
use crate::cli::PartnerCmd;
use crate::domain::access::Action;
use crate::domain::ids;
use crate::domain::records::Partner;
use crate::error::refused;
use crate::store::partners;

pub fn run(ctx: &mut Ctx, cmd: PartnerCmd) -> Result<()> {
    match cmd {
        PartnerCmd::Create {
            code,
            name,
            siret,
            caf_code,
        } => {
            let code = ids::code("partner", &code)?;
            let name = ids::text("name", &name)?;
            let siret = ids::siret(&siret)?;
            let caf_code = ids::caf_code(&caf_code)?;
            let partner = ctx.write(|tx| {
                tx.actor.require(Action::CafOnly("register partners"))?;
                if partners::find(tx, &code)?.is_some() {
                    return Err(refused(format!("partner {code} already exists")));
                }
                let p = Partner {
                    code: code.clone(),
                    name,
                    siret,
                    caf_code,
                    status: "pending".into(),
                    convention: None,
                    contrat: None,
                    bulletin: None,
                    created_at: tx.now.to_string(),
                };
                partners::insert(tx, &p)?;
                tx.audit(
                    "partner.create",
                    &code,
                    Some(&code),
                    json!({"name": p.name, "siret": p.siret, "caf_code": p.caf_code}),
                )?;
                partners::get(tx, &code)
            })?;
            ctx.out.changed(
                &format!(
                    "registered partner {} ({}); it opens when its three documents are recorded",
                    partner.code, partner.name
                ),
                &partner,
            )
        }
        PartnerCmd::Document {
            code,
            document,
            received,
        } => {
            let date = match received {
                Some(d) => ids::date("receipt date", &d)?,
                None => crate::store::today(),
            };
            let partner = ctx.write(|tx| {
                tx.actor
                    .require(Action::CafOnly("record partner documents"))?;
                let before = partners::get(tx, &code)?;
                partners::set_document(tx, &before.code, document, &date)?;
                let after = partners::get(tx, &before.code)?;
                tx.audit(
                    "partner.document",
                    &after.code,
                    Some(&after.code),
                    json!({"document": document.as_str(), "received": date,
                           "status": after.status}),
                )?;
                Ok(after)
            })?;
            let opened = if partner.is_open() {
                "; its access is open"
            } else {
                ""
            };
            ctx.out.changed(
                &format!(
                    "recorded {} of partner {} received {date}{opened}",
                    document.as_str(),
                    partner.code
                ),
                &partner,
            )
        }
        PartnerCmd::List => {
            let list = ctx.read(|tx, actor| {
                let only = scope(tx, actor, None)?;
                partners::list(tx, only.as_deref())
            })?;
            ctx.out.list(&list)
        }
        PartnerCmd::Show { code } => {
            let p = ctx.read(|tx, actor| {
                // Access first: a partner account learns nothing of other partners, not even
                // whether they exist.
                actor.require(Action::Read { partner: &code })?;
                partners::get(tx, &code)
            })?;
            ctx.out.one(&p)
        }
    }
}
