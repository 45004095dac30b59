//! `afas partner`: register partners and record their three signed documents.

use anyhow::Result;

use super::{scope, Ctx};
use crate::cli::PartnerCmd;
use crate::domain::access::Action;
use crate::domain::decision::Intent;
use crate::domain::ids;
use crate::domain::partners::{decide_create, decide_document};
use crate::domain::records::Partner;
use crate::store::audit::Audit;
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
                let existing = partners::find(tx, &code)?;
                decide_create(&tx.actor, Intent::Create, &p, existing.as_ref())?.to_write()?;
                partners::create(tx, &p, &Audit::Command)?;
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
                Some(d) => ids::received("receipt date", &d, &crate::store::today())?,
                None => crate::store::today(),
            };
            let partner = ctx.write(|tx| {
                let before = partners::find(tx, &code)?;
                decide_document(
                    &tx.actor,
                    Intent::Create,
                    &code,
                    before.as_ref(),
                    document,
                    &date,
                )?
                .to_write()?;
                partners::record_document(tx, &code, document, &date, &Audit::Command)?;
                partners::get(tx, &code)
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
                Ok(actor.only_seen(partners::list(tx, only.as_deref())?))
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
