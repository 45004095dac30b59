//! `afas audit`: the audit trail, filtered.

use anyhow::Result;

use super::{scope, Ctx};
use crate::cli::AuditArgs;
use crate::domain::ids;
use crate::store::audit::{self, Filter};

pub fn run(ctx: &mut Ctx, args: AuditArgs) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(|d| ids::date("--since", d))
        .transpose()?;
    let actor_filter = args.actor.as_deref().map(ids::login).transpose()?;
    let entries = ctx.read(|tx, actor| {
        // A partner account reads its own partner's trail only.
        let partner = scope(tx, actor, args.partner.as_deref())?;
        audit::list(
            tx,
            &Filter {
                actor: actor_filter.as_deref(),
                partner: partner.as_deref(),
                since: since.as_deref(),
                limit: args.limit,
            },
        )
    })?;
    ctx.out.list(&entries)
}
