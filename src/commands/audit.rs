//! `afas audit`: the audit trail, filtered; `audit verify` and `audit head`, its hash chain.

use anyhow::Result;

use super::{scope, Ctx};
use crate::cli::{AuditArgs, AuditProof};
use crate::domain::access::Action;
use crate::domain::ids;
use crate::domain::refusal::Refusal;
use crate::store::audit::{self, Filter};
use crate::store::chain::Intact;

pub fn run(ctx: &mut Ctx, args: AuditArgs) -> Result<()> {
    match args.proof {
        Some(AuditProof::Verify { head }) => return verify(ctx, head.as_deref()),
        Some(AuditProof::Head) => return head(ctx),
        None => {}
    }
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

/// The chain covers every partner's rows: proving it is reading the whole trail, which only
/// a national Caf agent may do (an agent of one Caf reads its Caf's rows only, and a chain
/// with holes proves nothing).
const WHOLE_TRAIL: Action = Action::National("verify the whole audit trail");

fn head(ctx: &mut Ctx) -> Result<()> {
    let head = ctx.read(|tx, actor| {
        actor.require(WHOLE_TRAIL)?;
        audit::head(tx)
    })?;
    // The head is the answer, printed whatever the format: scripts keep it.
    println!("{}", head.shown());
    Ok(())
}

fn verify(ctx: &mut Ctx, expected: Option<&str>) -> Result<()> {
    let expected = expected.map(hash_arg).transpose()?;
    let (intact, found) = ctx.read(|tx, actor| {
        actor.require(WHOLE_TRAIL)?;
        let intact = audit::verify(tx)?.map_err(|b| Refusal::Rejected(b.line()))?;
        let found = match &expected {
            Some(h) if intact.head.hash.as_deref() != Some(h.as_str()) => audit::find(tx, h)?,
            _ => None,
        };
        Ok((intact, found))
    })?;
    let Intact { rows, head } = &intact;
    let line = match &expected {
        None => format!(
            "the audit trail is intact: {rows} rows, head {}",
            head.shown()
        ),
        Some(h) if head.hash.as_deref() == Some(h.as_str()) => {
            format!("the audit trail is intact: {rows} rows, and its head is the one given ({h})")
        }
        Some(h) => match found {
            Some(id) => format!(
                "the audit trail is intact: {rows} rows; the head given ({h}) is row {id}, and \
                 {} rows came after it; head now {}",
                head.id - id,
                head.shown()
            ),
            None => {
                return Err(Refusal::Rejected(format!(
                    "the audit trail was tampered with: the head given ({h}) is not in it; its \
                     head is now row {} ({}): rows were removed from its end, or it was \
                     rewritten from some row on",
                    head.id,
                    head.shown()
                ))
                .into())
            }
        },
    };
    println!("{line}");
    Ok(())
}

/// `--head HASH`: 64 hexadecimal digits, as `audit head` prints them.
fn hash_arg(text: &str) -> Result<String> {
    let hash = text.trim().to_ascii_lowercase();
    if hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(hash)
    } else {
        Err(crate::error::usage(
            "--head takes the 64 hexadecimal digits that `afas audit head` prints",
        ))
    }
}
