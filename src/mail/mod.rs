//! Delivery over SMTP (SPEC §6). The outbox decides what to send and records the outcome;
//! this module only talks to the relay: one connection for a whole `outbox send` (opened
//! again after a failure cuts it), TLS through rustls, and a login when the URL names a user.
//!
//! It speaks SMTP one command at a time (lettre's `SmtpConnection`) rather than through
//! `SmtpTransport::send`, because what afas does next depends on *which* command failed:
//! a relay that refuses TLS, the login or the sender stops the run (every message would
//! fail alike, and none of them is at fault), while a permanent refusal of the recipient or
//! of the data is the message's own (`Outcome::Rejected`), counted towards giving it up.

pub mod message;
pub mod url;

use std::time::Duration;

use anyhow::{Context, Result};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{
    Certificate, CertificateStore, SmtpConnection, TlsParameters,
};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::Message;

use crate::error::{forbidden, usage};
use url::{Security, SmtpUrl};

/// Each SMTP exchange's limit: a relay that answers nothing in this time is down.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Where and how to deliver: the parsed URL, its credentials and TLS settings.
pub struct Relay {
    url: SmtpUrl,
    credentials: Option<Credentials>,
    tls: Option<TlsParameters>,
    hello: ClientId,
}

/// What became of one message.
pub enum Outcome {
    Sent,
    /// Worth trying again later (the relay down, a 4xx, a cut connection).
    Retry(String),
    /// A permanent (5xx) refusal of this message's recipient or data.
    Rejected(String),
}

/// Why no connection: a relay that cannot be reached (each message records it and is tried
/// again later), or a setting that would fail every message alike (the run stops).
pub enum ConnectError {
    Unreachable(String),
    Fatal(anyhow::Error),
}

impl Relay {
    /// Reads the URL, `AFAS_SMTP_PASSWORD` (when the URL names a user) and `AFAS_SMTP_CA`.
    /// Nothing is contacted yet.
    pub fn new(url: &str) -> Result<Relay> {
        let url = SmtpUrl::parse(url)?;
        let credentials = match &url.user {
            None => None,
            Some(user) => {
                let password = std::env::var("AFAS_SMTP_PASSWORD")
                    .ok()
                    .filter(|p| !p.is_empty())
                    .ok_or_else(|| {
                        usage(format!(
                            "--smtp names the user {user:?}: set its password in AFAS_SMTP_PASSWORD"
                        ))
                    })?;
                Some(Credentials::new(user.clone(), password))
            }
        };
        let tls = match url.security {
            Security::Plain => None,
            Security::StartTls | Security::Implicit => Some(tls_parameters(&url.host)?),
        };
        Ok(Relay {
            url,
            credentials,
            tls,
            hello: ClientId::default(),
        })
    }

    /// `host:port`, for messages.
    pub fn server(&self) -> String {
        self.url.server()
    }

    /// Connects, protects the connection as the URL asks, and logs in.
    pub fn connect(&self) -> std::result::Result<Session, ConnectError> {
        let server = self.server();
        let wrapper = match self.url.security {
            Security::Implicit => self.tls.as_ref(),
            _ => None,
        };
        let mut conn = SmtpConnection::connect(
            (self.url.host.as_str(), self.url.port),
            Some(TIMEOUT),
            &self.hello,
            wrapper,
            None,
        )
        .map_err(|e| match tls_cause(&e) {
            Some(why) => fatal_tls(&server, &why),
            None => ConnectError::Unreachable(format!(
                "cannot reach the SMTP server {server}: {}",
                one_line(&e)
            )),
        })?;
        if let (Security::StartTls, Some(tls)) = (self.url.security, &self.tls) {
            if !conn.server_info().supports_feature(Extension::StartTls) {
                conn.abort();
                return Err(ConnectError::Fatal(anyhow::anyhow!(
                    "the SMTP server {server} does not offer STARTTLS, which ?tls=required \
                     requires: nothing was sent; check the relay's port, or its TLS set-up"
                )));
            }
            conn.starttls(tls, &self.hello)
                .map_err(|e| match tls_cause(&e) {
                    Some(why) => fatal_tls(&server, &why),
                    None => ConnectError::Fatal(anyhow::anyhow!(
                        "STARTTLS with the SMTP server {server} failed: {}",
                        one_line(&e)
                    )),
                })?;
        }
        if let Some(credentials) = &self.credentials {
            let user = self.url.user.as_deref().unwrap_or_default();
            if let Err(e) = conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials) {
                conn.abort();
                // The reply may quote what was sent: never show it, it may hold the password.
                return Err(ConnectError::Fatal(if e.is_permanent() {
                    forbidden(format!(
                        "the SMTP server {server} refused the login of {user:?}: check \
                         AFAS_SMTP_PASSWORD; nothing was sent"
                    ))
                } else {
                    anyhow::anyhow!(
                        "the SMTP server {server} could not log {user:?} in (it offers no \
                         PLAIN or LOGIN, or failed): nothing was sent"
                    )
                }));
            }
        }
        Ok(Session { conn })
    }
}

/// The roots: `AFAS_SMTP_CA` (a PEM file: a Caf's own authority) alone, else the system's.
fn tls_parameters(host: &str) -> Result<TlsParameters> {
    let mut builder = TlsParameters::builder(host.to_string());
    if let Some(path) = std::env::var_os("AFAS_SMTP_CA").filter(|p| !p.is_empty()) {
        let shown = std::path::Path::new(&path).display().to_string();
        let pem = std::fs::read(&path)
            .with_context(|| format!("AFAS_SMTP_CA {shown:?} cannot be read"))?;
        let cert = Certificate::from_pem(&pem)
            .ok()
            .filter(|_| pem.windows(11).any(|w| w == b"-----BEGIN "))
            .ok_or_else(|| usage(format!("AFAS_SMTP_CA {shown:?} is not a PEM certificate")))?;
        builder = builder
            .certificate_store(CertificateStore::None)
            .add_root_certificate(cert);
    }
    builder
        .build_rustls()
        .map_err(|e| anyhow::anyhow!("TLS for the SMTP server: {}", one_line(&e)))
}

/// The live connection of one `outbox send`.
pub struct Session {
    conn: SmtpConnection,
}

impl Session {
    /// A cut connection, or a timeout: open another for the next message.
    pub fn is_broken(&self) -> bool {
        self.conn.has_broken()
    }

    /// MAIL, RCPT, DATA. A refused sender stops the run (`Err`): the relay would refuse
    /// every message alike, and the message is not at fault.
    pub fn send(&mut self, message: &Message) -> Result<Outcome> {
        let envelope = message.envelope();
        let bytes = message.formatted();
        let mut params = Vec::new();
        if !bytes.is_ascii() {
            if !self
                .conn
                .server_info()
                .supports_feature(Extension::EightBitMime)
            {
                return Ok(Outcome::Retry(
                    "the SMTP server does not take 8-bit messages (8BITMIME)".to_string(),
                ));
            }
            params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        if let Err(e) = self
            .conn
            .command(Mail::new(envelope.from().cloned(), params))
        {
            if e.is_permanent() {
                self.conn.abort();
                anyhow::bail!(
                    "the SMTP server refused the sender ({}): nothing more was sent; check \
                     mail.from (afas config list) and the relay's login",
                    one_line(&e)
                );
            }
            return Ok(self.failed(&e));
        }
        for to in envelope.to() {
            if let Err(e) = self.conn.command(Rcpt::new(to.clone(), vec![])) {
                return Ok(self.failed(&e));
            }
        }
        if let Err(e) = self.conn.command(Data) {
            return Ok(self.failed(&e));
        }
        match self.conn.message(&bytes) {
            Ok(_) => Ok(Outcome::Sent),
            Err(e) => Ok(self.failed(&e)),
        }
    }

    /// A failure mid-transaction. A reply (4xx, 5xx): reset the transaction so that the
    /// connection serves the next message. Anything else (a cut, a timeout): the connection
    /// is done, and the next message opens another.
    fn failed(&mut self, e: &lettre::transport::smtp::Error) -> Outcome {
        let why = one_line(e);
        let replied = e.is_transient() || e.is_permanent();
        if !replied || self.conn.has_broken() || self.conn.command(Rset).is_err() {
            self.conn.abort();
        }
        if e.is_permanent() {
            Outcome::Rejected(why)
        } else {
            Outcome::Retry(why)
        }
    }

    pub fn quit(mut self) {
        let _ = self.conn.quit();
    }
}

/// The TLS failure in an error's causes (a certificate for another name, unknown roots, a
/// server that does not speak TLS), as one line.
fn tls_cause(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(cause) = source {
        let tls = cause.downcast_ref::<rustls::Error>().or_else(|| {
            let io = cause.downcast_ref::<std::io::Error>()?;
            io.get_ref()?.downcast_ref::<rustls::Error>()
        });
        if let Some(t) = tls {
            return Some(plain_tls(t));
        }
        source = cause.source();
    }
    None
}

/// The certificate failures a person can act on, in words; the rest as rustls says them.
fn plain_tls(e: &rustls::Error) -> String {
    use rustls::CertificateError as C;
    match e {
        rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        ) => "its certificate is for another name (not valid for name)".to_string(),
        rustls::Error::InvalidCertificate(C::UnknownIssuer) => {
            "its certificate is signed by an authority afas does not know".to_string()
        }
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
            "its certificate has expired".to_string()
        }
        other => other.to_string(),
    }
}

fn fatal_tls(server: &str, why: &str) -> ConnectError {
    ConnectError::Fatal(anyhow::anyhow!(
        "TLS with the SMTP server {server} failed: {}; nothing was sent (check the host name \
         in --smtp, or AFAS_SMTP_CA for a Caf's own authority)",
        why.replace(['\r', '\n'], " ")
    ))
}

/// An error and its causes, on one line (kept on the message for `outbox list`).
fn one_line(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let c = cause.to_string();
        if !s.contains(&c) {
            s.push_str(": ");
            s.push_str(&c);
        }
        source = cause.source();
    }
    s.replace(['\r', '\n'], " ")
}
