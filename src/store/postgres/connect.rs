//! Reaching a PostgreSQL store: the URL (SPEC §4), the password, TLS through rustls, and
//! what goes wrong on the way as one line naming the server.

use std::fmt;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use postgres::config::SslMode;
use rustls::ClientConfig;
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::domain::refusal::Refusal;

/// How long a connection may take before afas says the server cannot be reached.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// `sslmode`, as libpq names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// No TLS.
    Disable,
    /// TLS when the server offers it, its certificate unchecked (libpq's default).
    Prefer,
    /// TLS always, the certificate unchecked.
    Require,
    /// TLS always, the certificate checked against the roots, not the host name.
    VerifyCa,
    /// TLS always, the certificate checked against the roots and the host name.
    VerifyFull,
}

/// A `postgresql://` URL, parsed; never holds a password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    pub user: Option<String>,
    pub host: String,
    pub port: u16,
    pub dbname: String,
    pub tls: TlsMode,
    pub root_cert: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

impl fmt::Display for Url {
    /// The server and database, for messages: never the password (there is none).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}/{}", self.host, self.port, self.dbname)
    }
}

/// Whether `--db` names a PostgreSQL store rather than a SQLite file.
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgresql://") || db.starts_with("postgres://")
}

fn usage(msg: String) -> anyhow::Error {
    Refusal::Usage(msg).into()
}

/// `%XX` escapes of a URL part.
fn decode(part: &str) -> Result<String> {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = part
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| usage(format!("--db: a bad %-escape in {part:?}")))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| usage(format!("--db: {part:?} is not UTF-8")))
}

impl Url {
    /// `postgresql://[user@]host[:port]/dbname[?sslmode=…&sslrootcert=…&sslcert=…&sslkey=…]`.
    pub fn parse(text: &str) -> Result<Url> {
        let rest = text
            .strip_prefix("postgresql://")
            .or_else(|| text.strip_prefix("postgres://"))
            .ok_or_else(|| usage("--db: a PostgreSQL store is a postgresql:// URL".into()))?;
        let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, path) = main.split_once('/').unwrap_or((main, ""));
        let (user, hostport) = match authority.rsplit_once('@') {
            Some((userinfo, hostport)) => {
                if userinfo.contains(':') {
                    return Err(usage(
                        "--db: a password in the URL is refused (it would show in `ps` and the \
                         shell history); give it in AFAS_PASSWORD or at the prompt"
                            .into(),
                    ));
                }
                (Some(decode(userinfo)?), hostport)
            }
            None => (None, authority),
        };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, after) = v6
                .split_once(']')
                .ok_or_else(|| usage("--db: an unclosed [ in the host".into()))?;
            (h.to_string(), after.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(p)),
                None => (hostport.to_string(), None),
            }
        };
        let host = decode(&host)?;
        if host.is_empty() {
            return Err(usage("--db: the URL names no host".into()));
        }
        let port = match port {
            None | Some("") => 5432,
            Some(p) => p
                .parse()
                .map_err(|_| usage(format!("--db: port {p:?} is not a number")))?,
        };
        let dbname = decode(path)?;
        if dbname.is_empty() {
            return Err(usage(
                "--db: the URL names no database (postgresql://host/DBNAME)".into(),
            ));
        }
        let mut url = Url {
            user,
            host,
            port,
            dbname,
            tls: TlsMode::Prefer,
            root_cert: None,
            cert: None,
            key: None,
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value)?;
            match key {
                "sslmode" => {
                    url.tls = match value.as_str() {
                        "disable" => TlsMode::Disable,
                        "prefer" | "allow" => TlsMode::Prefer,
                        "require" => TlsMode::Require,
                        "verify-ca" => TlsMode::VerifyCa,
                        "verify-full" => TlsMode::VerifyFull,
                        other => {
                            return Err(usage(format!(
                                "--db: sslmode {other:?}: disable, prefer, require, verify-ca or verify-full"
                            )))
                        }
                    }
                }
                "sslrootcert" => url.root_cert = Some(value.into()),
                "sslcert" => url.cert = Some(value.into()),
                "sslkey" => url.key = Some(value.into()),
                "password" => {
                    return Err(usage(
                        "--db: a password in the URL is refused; give it in AFAS_PASSWORD or at \
                         the prompt"
                            .into(),
                    ))
                }
                other => {
                    return Err(usage(format!(
                        "--db: unknown URL option {other:?} (sslmode, sslrootcert, sslcert, sslkey)"
                    )))
                }
            }
        }
        if url.cert.is_some() != url.key.is_some() {
            return Err(usage(
                "--db: a client certificate needs both sslcert and sslkey".into(),
            ));
        }
        Ok(url)
    }

    /// The URL again, with `user` as its user (None: none): what the demo gives each step
    /// of its story, acting as each person of it.
    pub fn with_user(&self, user: Option<&str>) -> String {
        let escape = |text: &str| -> String {
            text.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect()
        };
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            escape(&self.host)
        };
        let mut url = format!(
            "postgresql://{}{host}:{}/{}?sslmode={}",
            user.map(|u| format!("{}@", escape(u))).unwrap_or_default(),
            self.port,
            escape(&self.dbname),
            match self.tls {
                TlsMode::Disable => "disable",
                TlsMode::Prefer => "prefer",
                TlsMode::Require => "require",
                TlsMode::VerifyCa => "verify-ca",
                TlsMode::VerifyFull => "verify-full",
            }
        );
        for (key, path) in [
            ("sslrootcert", &self.root_cert),
            ("sslcert", &self.cert),
            ("sslkey", &self.key),
        ] {
            if let Some(path) = path {
                url.push_str(&format!("&{key}={}", escape(&path.to_string_lossy())));
            }
        }
        url
    }

    /// The role to log in as: the URL's user, else `PGUSER`, else the system user.
    pub fn login_role(&self) -> String {
        self.user
            .clone()
            .or_else(|| std::env::var("PGUSER").ok())
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_else(|| "postgres".into())
    }
}

/// A prompt for the password, on a terminal only (None elsewhere: the server's refusal
/// then says to set AFAS_PASSWORD).
fn prompt(url: &Url, role: &str) -> Result<Option<String>> {
    if url.cert.is_some() || !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(None);
    }
    // Esc or Ctrl-C cancels, and gives the terminal back with its echo (crate::prompt).
    let typed = crate::prompt::secret(&format!(
        "Password for {} on {url}",
        crate::error::printable(role)
    ))?;
    Ok(Some(typed))
}

/// The passwords this process set (`afas_set_password`), by role: the demo acts as each
/// person of its story in one process, with the temporary password it gave them. Empty in
/// any other command, which ends before it would connect again.
static REMEMBERED: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());

/// Keeps the password just set for `role`, for this process's next connections as it.
pub fn remember(role: &str, password: &str) {
    if let Ok(mut known) = REMEMBERED.lock() {
        known.retain(|(r, _)| r != role);
        known.push((role.to_string(), password.to_string()));
    }
}

fn remembered(role: &str) -> Option<String> {
    let known = REMEMBERED.lock().ok()?;
    known
        .iter()
        .find(|(r, _)| r == role)
        .map(|(_, p)| p.clone())
}

/// Opens a connection to the store `url`, with the password of `AFAS_PASSWORD` (or one
/// this process set for the role); without it, first with none (the server may take a certificate, or trust the connection), then,
/// when the server asks for one and afas runs on a terminal, with the one typed there.
pub fn connect(url: &Url) -> Result<postgres::Client> {
    let role = url.login_role();
    let tls = match url.tls {
        TlsMode::Disable => None,
        _ => Some(super::tls::tls_config(url)?),
    };
    let given = remembered(&role).or_else(|| std::env::var("AFAS_PASSWORD").ok());
    let first = attempt(url, &role, tls.clone(), given.as_deref());
    match first {
        Err(e) if given.is_none() && password_missing(&e) => match prompt(url, &role)? {
            Some(typed) => {
                attempt(url, &role, tls, Some(&typed)).map_err(|e| connect_failure(e, url, &role))
            }
            None => Err(connect_failure(e, url, &role)),
        },
        other => other.map_err(|e| connect_failure(e, url, &role)),
    }
}

/// Whether the server asked for a password that afas did not give.
fn password_missing(e: &postgres::Error) -> bool {
    std::error::Error::source(e).is_some_and(|c| c.to_string().contains("password missing"))
        || e.to_string().contains("password missing")
}

fn attempt(
    url: &Url,
    role: &str,
    tls: Option<ClientConfig>,
    password: Option<&str>,
) -> Result<postgres::Client, postgres::Error> {
    let mut config = postgres::Config::new();
    config
        .host(&url.host)
        .port(url.port)
        .dbname(&url.dbname)
        .user(role)
        .application_name("afas")
        .connect_timeout(CONNECT_TIMEOUT)
        .ssl_mode(match url.tls {
            TlsMode::Disable => SslMode::Disable,
            TlsMode::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
    if let Some(p) = password {
        config.password(p);
    }
    match tls {
        None => config.connect(postgres::NoTls),
        Some(tls) => config.connect(MakeRustlsConnect::new(tls)),
    }
}

/// What a failed connection tells the user: the server's own words when it answered
/// (a wrong password is exit 4), else that it could not be reached (exit 1).
fn connect_failure(e: postgres::Error, url: &Url, role: &str) -> anyhow::Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        // 28P01 wrong or expired password, 28000 no such role, a role that may not log
        // in (a suspended account) or not allowed by pg_hba.conf.
        let role = crate::error::printable(role);
        if code == "28000" && db.message().contains("not permitted to log in") {
            return Refusal::Forbidden(format!(
                "{role} is suspended and can do nothing: the store {url} refused its login (a \
                 Caf agent or an administrator may reactivate it)"
            ))
            .into();
        }
        if code == "28000" && db.message().contains("does not exist") {
            return Refusal::Forbidden(format!(
                "the store {url} has no login {role}: no such account"
            ))
            .into();
        }
        if code == "28P01" {
            return Refusal::Forbidden(format!(
                "the store {url} refused {role}: wrong or expired password (`afas account \
                 password` gives a new temporary one)"
            ))
            .into();
        }
        if code.starts_with("28") {
            return Refusal::Forbidden(format!("the store {url} refused {role}: {}", db.message()))
                .into();
        }
        if code == "3D000" {
            return anyhow::anyhow!("the store {url} does not exist: {}", db.message());
        }
        return anyhow::anyhow!("the store {url} refused the connection: {}", db.message());
    }
    let cause = std::error::Error::source(&e)
        .map(ToString::to_string)
        .unwrap_or_else(|| e.to_string());
    if cause.contains("password missing") {
        return Refusal::Forbidden(format!(
            "the store {url} asks {role} for a password: set AFAS_PASSWORD, or run afas on a \
             terminal to be asked for it"
        ))
        .into();
    }
    anyhow::anyhow!("cannot reach the store {url}: {cause}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_parses_into_its_parts() -> Result<()> {
        let u = Url::parse(
            "postgresql://afas16@db.caf.fr:5433/afas?sslmode=verify-full&sslrootcert=/etc/ca.pem",
        )?;
        assert_eq!(u.user.as_deref(), Some("afas16"));
        assert_eq!(
            (u.host.as_str(), u.port, u.dbname.as_str()),
            ("db.caf.fr", 5433, "afas")
        );
        assert_eq!(u.tls, TlsMode::VerifyFull);
        assert_eq!(u.root_cert, Some(PathBuf::from("/etc/ca.pem")));
        assert_eq!(Url::parse("postgres://h/d")?.port, 5432);
        assert_eq!(Url::parse("postgres://[::1]:7/d")?.host, "::1");
        // written again with another user, it parses back to the same, but the user
        let again = Url::parse(&u.with_user(Some("t_1_ROUX01")))?;
        assert_eq!(again.user.as_deref(), Some("t_1_ROUX01"));
        assert_eq!(
            Url {
                user: u.user.clone(),
                ..again
            },
            u
        );
        Ok(())
    }

    #[test]
    fn a_password_in_the_url_is_refused() {
        for bad in [
            "postgresql://u:secret@h/d",
            "postgresql://u@h/d?password=secret",
        ] {
            let e = Url::parse(bad)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(e.contains("password in the URL is refused"), "{e}");
            assert!(!e.contains("secret"), "{e}");
        }
    }
}
