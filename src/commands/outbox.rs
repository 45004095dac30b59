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
use crate::domain::address;
use crate::domain::records::Message;
use crate::error::usage;
use crate::mail::{message, ConnectError, Outcome, Relay, Session};
use crate::store::outbox;
use crate::store::settings;
use lettre::message::Mailbox;

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
            let relay = Relay::new(&url)?;
            let (pending, from) = ctx.read(|tx, actor| {
                actor.require(Action::CafOnly("send the outbox"))?;
                Ok((outbox::list(tx, true)?, settings::get(tx, "mail.from")?))
            })?;
            let from = address::sender(&from)?;
            let store_id = if pending.is_empty() {
                String::new()
            } else {
                ctx.write(|tx| settings::store_id(tx, message::fresh_store_id))?
            };
            send(ctx, &relay, &pending, &from, &store_id)
        }
    }
}

#[derive(Default)]
struct Tally {
    sent: usize,
    failed: usize,
    given_up: usize,
    skipped: usize,
}

/// Delivers each pending message over one connection, opened again when one is cut.
fn send(
    ctx: &mut Ctx,
    relay: &Relay,
    pending: &[Message],
    from: &Mailbox,
    store_id: &str,
) -> Result<()> {
    let mut t = Tally::default();
    let mut session: Option<Session> = None;
    for m in pending {
        let claimed = ctx.write(|tx| {
            let until = later(&tx.now, CLAIM_SECONDS);
            outbox::claim(tx, m.id, &until)
        })?;
        if !claimed {
            t.skipped += 1; // sent meanwhile, or being sent by another `outbox send`
            continue;
        }
        let built = message::build(
            from,
            &m.recipient,
            &m.subject,
            &m.body,
            message::message_id(store_id, m.id),
        );
        let outcome = match built {
            // An address written outside afas (or by an older one): it can never be sent.
            Err(why) => Delivery::Rejected(why, 1),
            Ok(message) => {
                if session.as_ref().is_none_or(Session::is_broken) {
                    session = match relay.connect() {
                        Ok(s) => Some(s),
                        Err(ConnectError::Unreachable(why)) => {
                            record(ctx, m, &Delivery::Retry(why), &mut t)?;
                            continue;
                        }
                        Err(ConnectError::Fatal(e)) => {
                            // The claim lapses by itself; the message was not tried.
                            release(ctx, m)?;
                            return Err(e);
                        }
                    };
                }
                let Some(live) = session.as_mut() else {
                    continue;
                };
                match live.send(&message) {
                    Ok(Outcome::Sent) => Delivery::Sent,
                    Ok(Outcome::Retry(why)) => Delivery::Retry(why),
                    Ok(Outcome::Rejected(why)) => Delivery::Rejected(why, MAX_REJECTIONS),
                    Err(e) => {
                        release(ctx, m)?;
                        return Err(e);
                    }
                }
            }
        };
        record(ctx, m, &outcome, &mut t)?;
    }
    if let Some(s) = session {
        s.quit();
    }
    let mut line = format!("sent {}, failed {}", t.sent, t.failed);
    if t.given_up > 0 {
        line.push_str(&format!(
            ", given up {} (refused for good: afas outbox list)",
            t.given_up
        ));
    }
    if t.skipped > 0 {
        line.push_str(&format!(
            ", skipped {} (handled by another sender)",
            t.skipped
        ));
    }
    if t.failed > 0 {
        anyhow::bail!("{line}: the failed ones stay pending with their error (afas outbox list --pending); run `afas outbox send` again");
    }
    if t.given_up > 0 {
        anyhow::bail!("{line}");
    }
    ctx.out.say(&line)
}

/// A permanent refusal this many times (over as many `outbox send`) gives a message up: a
/// mailbox may be refused for a while (full, being moved), but not forever.
const MAX_REJECTIONS: i64 = 3;

enum Delivery {
    Sent,
    Retry(String),
    /// A permanent refusal, and after how many of them the message is given up.
    Rejected(String, i64),
}

/// Records what became of one message, with its audit row.
fn record(ctx: &mut Ctx, m: &Message, d: &Delivery, t: &mut Tally) -> Result<()> {
    let id = m.id.to_string();
    let gave_up = ctx.write(|tx| {
        let (action, details, gave_up) = match d {
            Delivery::Sent => {
                outbox::mark_sent(tx, m.id)?;
                let details = json!({"to": m.recipient, "subject": m.subject});
                ("outbox.sent", details, false)
            }
            Delivery::Retry(why) => {
                outbox::mark_failed(tx, m.id, why)?;
                (
                    "outbox.failed",
                    json!({"to": m.recipient, "error": why}),
                    false,
                )
            }
            Delivery::Rejected(why, limit) => {
                let reason = match limit {
                    1 => format!("given up: {why}"),
                    n => format!("given up after {n} permanent refusals: {why}"),
                };
                let gave_up = outbox::mark_rejected(tx, m.id, why, &reason, *limit)?;
                let action = if gave_up {
                    "outbox.given_up"
                } else {
                    "outbox.failed"
                };
                (action, json!({"to": m.recipient, "error": why}), gave_up)
            }
        };
        tx.audit(action, &id, None, details)?;
        Ok(gave_up)
    })?;
    match d {
        Delivery::Sent => t.sent += 1,
        _ if gave_up => t.given_up += 1,
        _ => t.failed += 1,
    }
    Ok(())
}

/// Lets another `outbox send` take a message this one did not try after all.
fn release(ctx: &mut Ctx, m: &Message) -> Result<()> {
    ctx.write(|tx| outbox::release(tx, m.id))
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
