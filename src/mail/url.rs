//! The relay's URL (SPEC §6): `smtp://host[:port]` (plain), `smtp://host:587?tls=required`
//! (STARTTLS, or no delivery at all), `smtps://host[:port]` (TLS from the first byte), each
//! with an optional user (`smtps://afas16@relay.caf.fr`) whose password comes from
//! `AFAS_SMTP_PASSWORD`. A password in the URL is refused: it would show in `ps` and in the
//! shell's history. Every refusal is a usage error (exit 2) that never repeats the URL's
//! user part, in case a password was typed there anyway.

use anyhow::Result;
use percent_encoding::percent_decode_str;
use url::{Host, Url};

use crate::error::usage;

/// How the connection is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// No TLS: a relay on the same host or a trusted network.
    Plain,
    /// STARTTLS, required: a server that does not offer it gets nothing.
    StartTls,
    /// TLS from the start (`smtps://`, port 465).
    Implicit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpUrl {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The login, percent-decoded; its password is never part of the URL.
    pub user: Option<String>,
}

const FORMS: &str =
    "smtp://host[:port], smtp://host:587?tls=required or smtps://[user@]host[:port]";

impl SmtpUrl {
    pub fn parse(input: &str) -> Result<SmtpUrl> {
        let bad = |why: &str| usage(format!("--smtp: {why}; expected {FORMS}"));
        let url = Url::parse(input.trim()).map_err(|_| bad("not a URL"))?;
        if url.password().is_some() {
            return Err(usage(
                "--smtp: a password in the URL is refused (it would show in `ps` and the shell \
                 history); give it in AFAS_SMTP_PASSWORD",
            ));
        }
        let mut security = match url.scheme() {
            "smtp" => Security::Plain,
            "smtps" => Security::Implicit,
            _ => return Err(bad("the scheme must be smtp or smtps")),
        };
        for (key, value) in url.query_pairs() {
            match (key.as_ref(), value.as_ref()) {
                ("tls", "required") if security == Security::Plain => security = Security::StartTls,
                ("tls", "required") => {} // smtps is TLS already
                _ => return Err(bad("the only option is ?tls=required")),
            }
        }
        if !matches!(url.path(), "" | "/") || url.fragment().is_some() {
            return Err(bad("a relay URL has no path"));
        }
        let host = match url.host() {
            Some(Host::Domain(d)) if !d.is_empty() => d.to_string(),
            Some(Host::Ipv4(a)) => a.to_string(),
            Some(Host::Ipv6(a)) => a.to_string(),
            _ => return Err(bad("no host")),
        };
        let user = match url.username() {
            "" => None,
            u => Some(
                percent_decode_str(u)
                    .decode_utf8()
                    .map_err(|_| bad("the user is not UTF-8"))?
                    .into_owned(),
            ),
        };
        if user.is_some() && security == Security::Plain {
            return Err(usage(
                "--smtp: a login over plain SMTP would send the password in clear; use \
                 smtps://user@host or smtp://user@host:587?tls=required",
            ));
        }
        let port = url.port().unwrap_or(match security {
            Security::Plain => 25,
            Security::StartTls => 587,
            Security::Implicit => 465,
        });
        Ok(SmtpUrl {
            host,
            port,
            security,
            user,
        })
    }

    /// `host:port`, for messages: never the user.
    pub fn server(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> SmtpUrl {
        SmtpUrl::parse(s).unwrap()
    }

    #[test]
    fn each_form() {
        let u = ok("smtp://127.0.0.1:2525");
        assert_eq!(
            (u.host.as_str(), u.port, u.security),
            ("127.0.0.1", 2525, Security::Plain)
        );
        assert_eq!(ok("smtp://relay").port, 25);
        let u = ok("smtp://afas16@relay.caf.fr:587?tls=required");
        assert_eq!(u.security, Security::StartTls);
        assert_eq!(u.user.as_deref(), Some("afas16"));
        let u = ok("smtps://afas%40caf16.caf.fr@relay.caf.fr");
        assert_eq!((u.port, u.security), (465, Security::Implicit));
        assert_eq!(u.user.as_deref(), Some("afas@caf16.caf.fr"));
        assert_eq!(ok("smtp://[::1]:25").server(), "[::1]:25");
    }

    #[test]
    fn refusals_never_echo_a_password() {
        for s in [
            "smtps://afas16:s3cret@relay.caf.fr",
            "smtp://u:s3cret@h:587?tls=required",
        ] {
            let e = SmtpUrl::parse(s).unwrap_err().to_string();
            assert!(
                e.contains("password in the URL") && !e.contains("s3cret"),
                "{e}"
            );
        }
        for s in [
            "http://h:25",
            "smtp://h:notaport",
            "smtp://h:25?tls=maybe",
            "smtp://h:25/path",
            "smtp://",
            "smtp://user@h:25",
            "relay.caf.fr",
        ] {
            assert!(SmtpUrl::parse(s).is_err(), "{s}");
        }
    }
}
