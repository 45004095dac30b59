//! `afas outbox`: the e-mails written by the commands, and their delivery.
//!
//! Delivery is at most once per message as far as afas can know: each message is claimed
//! (a short lease) before it is sent and recorded as sent right after the server accepts
//! it, each in its own transaction, so no lock is held while talking to the server. A
//! failed message stays pending with its error. The one window left: a crash between the
//! server's acceptance and the recording (see RELIABILITY.md).

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::OutboxCmd;
use crate::domain::access::Action;
use crate::error::usage;
use crate::mail::Smtp;
use crate::store::outbox;
use crate::store::settings;

/// How long a sender's claim on a message lasts (an SMTP exchange takes seconds).
const CLAIM_SECONDS: i64 = 300;

pub fn run(ctx: &mut Ctx, cmd: OutboxCmd) -> Result<()> {
    match cmd {
        OutboxCmd::List { pending } => {
            let list = ctx.read(|tx, actor| {
                actor.require(Action::CafOnly("read the outbox"))?;
                outbox::list(tx, pending)
            })?;
            ctx.out.list(&list)
        }
        OutboxCmd::Send { smtp } => {
            let Some(url) = smtp else {
                return Err(usage(
                    "where to send? give --smtp smtp://host:port (or set AFAS_SMTP_URL)",
                ));
            };
            let (pending, from) = ctx.read(|tx, actor| {
                actor.require(Action::CafOnly("send the outbox"))?;
                Ok((outbox::list(tx, true)?, settings::get(tx, "mail.from")?))
            })?;
            let smtp = Smtp::connect(&url, &from)?;
            let (mut sent, mut failed, mut skipped) = (0, 0, 0);
            for m in &pending {
                let claimed = ctx.write(|tx| {
                    let until = later(&tx.now, CLAIM_SECONDS);
                    outbox::claim(tx, m.id, &until)
                })?;
                if !claimed {
                    skipped += 1; // sent meanwhile, or being sent by another `outbox send`
                    continue;
                }
                match smtp.send(&m.recipient, &m.subject, &m.body) {
                    Ok(()) => {
                        ctx.write(|tx| {
                            outbox::mark_sent(tx, m.id)?;
                            tx.audit(
                                "outbox.sent",
                                &m.id.to_string(),
                                None,
                                json!({"to": m.recipient, "subject": m.subject}),
                            )
                        })?;
                        sent += 1;
                    }
                    Err(e) => {
                        ctx.write(|tx| {
                            outbox::mark_failed(tx, m.id, &e)?;
                            tx.audit(
                                "outbox.failed",
                                &m.id.to_string(),
                                None,
                                json!({"to": m.recipient, "error": e}),
                            )
                        })?;
                        failed += 1;
                    }
                }
            }
            let mut line = format!("sent {sent}, failed {failed}");
            if skipped > 0 {
                line.push_str(&format!(", skipped {skipped} (handled by another sender)"));
            }
            if failed > 0 {
                anyhow::bail!("{line}: the failed ones stay pending with their error (afas outbox list --pending); run `afas outbox send` again");
            }
            ctx.out.say(&line)
        }
    }
}

/// `now` plus `seconds`, in the store's time format.
fn later(now: &str, seconds: i64) -> String {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(now, &Rfc3339)
        .map(|t| t + time::Duration::seconds(seconds))
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| now.to_string())
}
