//! Delivery of one e-mail over SMTP (`lettre`). The outbox decides what to send and
//! records the outcome; this module only talks to the server.

use std::time::Duration;

use anyhow::{Context, Result};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{Message, SmtpTransport, Transport};

use crate::error::usage;

pub struct Smtp {
    transport: SmtpTransport,
    from: Mailbox,
}

impl Smtp {
    /// `smtp://host[:port]`: plain SMTP to the relay (port 25 by default). TLS is the
    /// relay's business: afas is built without a TLS stack to stay small and portable.
    pub fn connect(url: &str, from: &str) -> Result<Smtp> {
        let (host, port) = parse_url(url)?;
        let transport = SmtpTransport::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .with_context(|| format!("mail.from {from:?} is not an e-mail address"))?;
        Ok(Smtp { transport, from })
    }

    /// Sends one message; the error is one line, kept on the message for `outbox list`.
    pub fn send(&self, to: &str, subject: &str, body: &str) -> std::result::Result<(), String> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| format!("recipient {to:?} is not an address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| format!("cannot build the message: {e}"))?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| one_line(&e))
    }
}

fn parse_url(url: &str) -> Result<(&str, u16)> {
    let bad = || {
        usage(format!(
            "--smtp {url:?}: expected smtp://host[:port], e.g. smtp://localhost:25"
        ))
    };
    let rest = url.trim().strip_prefix("smtp://").ok_or_else(bad)?;
    let rest = rest.trim_end_matches('/');
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad())?),
        None => (rest, 25),
    };
    if host.is_empty() || host.contains(['/', '@', ' ']) {
        return Err(bad());
    }
    Ok((host, port))
}

fn one_line(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s.replace(['\r', '\n'], " ")
}
