//! The receipt of a transmitted declaration (SPEC §8): queued in the transmission's own
//! transaction, so that a declaration is never transmitted without it, nor a receipt sent
//! for a transmission that did not happen. `mail_each` queues every e-mail of a
//! declaration's change (the send-back's too).

use std::collections::BTreeSet;

use anyhow::Result;

use super::view::View;
use crate::domain::declaration::Declaration;
use crate::domain::records::Account;
use crate::notices::{self, Notice, Synthesis};
use crate::store::outbox::{self, Mail};
use crate::store::{accounts, profiles, Tx};

/// Queues the receipt of `d`, transmitted as `v` shows it, to each active holder of a
/// profile on its service (its approver among them), once per person; returns their logins.
pub fn queue(tx: &Tx, d: &Declaration, v: &View) -> Result<Vec<String>> {
    let holders: BTreeSet<String> = profiles::list(
        tx,
        &profiles::Filter {
            partner: None,
            service: Some(&d.service),
            login: None,
        },
    )?
    .into_iter()
    // A suspended account can do nothing, and is told nothing (as at a call's opening).
    .filter(|h| h.status == "active")
    .map(|h| h.login)
    .collect();
    let t = &v.totals;
    let synthesis = Synthesis {
        at: v.transmitted_at.as_deref().unwrap_or(&tx.now),
        by: v.transmitted_by.as_deref().unwrap_or(&tx.actor.login),
        activity_total: t.activity_total.as_deref(),
        financial: match (&t.total_charges, &t.total_produits, &t.resultat) {
            (Some(c), Some(p), Some(r)) => Some((c.as_str(), p.as_str(), r.as_str())),
            _ => None,
        },
        controls: v
            .controls
            .iter()
            .map(|c| {
                (
                    c.code.as_str(),
                    c.message.as_str(),
                    c.justification.as_deref(),
                )
            })
            .collect(),
    };
    mail_each(tx, holders, "declaration-receipt", |a| {
        notices::declaration_received(a, d, &synthesis)
    })
}

/// Queues the notice `write` makes for each of `logins`, at the account's address; returns
/// the logins, for the change's audit row.
pub fn mail_each(
    tx: &Tx,
    logins: impl IntoIterator<Item = String>,
    cause: &str,
    write: impl Fn(&Account) -> Notice,
) -> Result<Vec<String>> {
    let mut mailed = Vec::new();
    for login in logins {
        let a = accounts::get(tx, &login)?;
        let (subject, body) = write(&a);
        outbox::queue(
            tx,
            &Mail {
                recipient: &a.email,
                recipient_login: Some(&a.login),
                subject: &subject,
                body: &body,
                cause,
            },
        )?;
        mailed.push(login);
    }
    Ok(mailed)
}
