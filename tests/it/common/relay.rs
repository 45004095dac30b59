//! A real SMTP relay no one here wrote: aiosmtpd (PyPI), run by tests/tools/smtp_relay.py on
//! 127.0.0.1, with STARTTLS, TLS from the start and AUTH, under a certificate the test makes
//! with rcgen. What it accepted is read back from its spool folder. (The hand-written server
//! of smtp.rs stays for the faults a real one cannot be made to show: a connection cut in
//! the middle of DATA, a slow server.)
//!
//! Without python3 or aiosmtpd every test using it fails with one line saying how to
//! install it: never a skip, and under `CI=true` the line says CI cannot do without it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use super::smtp::Received;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Plain,
    StartTls,
    Smtps,
}

pub struct Options<'a> {
    pub mode: Mode,
    /// The name the server's certificate is for.
    pub cert_name: &'a str,
    /// AUTH required with this login and password.
    pub login: Option<(&'a str, &'a str)>,
    /// Answered 550 at RCPT TO.
    pub reject: &'a [&'a str],
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            mode: Mode::Plain,
            cert_name: "localhost",
            login: None,
            reject: &[],
        }
    }
}

pub struct Relay {
    child: Child,
    /// Held open: the relay stops when it closes (the test dropped it, or died).
    _stdin: Option<ChildStdin>,
    port: u16,
    mode: Mode,
    dir: tempfile::TempDir,
}

impl Relay {
    pub fn start(o: Options) -> Relay {
        let dir = tempfile::tempdir().expect("a folder for the relay");
        let spool = dir.path().join("spool");
        std::fs::create_dir(&spool).expect("the relay's spool");
        let cert = rcgen::generate_simple_self_signed(vec![o.cert_name.to_string()])
            .expect("the relay's certificate");
        std::fs::write(dir.path().join("cert.pem"), cert.cert.pem()).expect("write cert");
        std::fs::write(dir.path().join("key.pem"), cert.signing_key.serialize_pem())
            .expect("write key");

        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/smtp_relay.py");
        let mut cmd = Command::new("python3");
        cmd.arg(script).arg("--spool").arg(&spool);
        cmd.args(
            ["--cert", "--key"]
                .iter()
                .zip(["cert.pem", "key.pem"])
                .flat_map(|(flag, file)| [flag.into(), dir.path().join(file).into_os_string()]),
        );
        cmd.args([
            "--mode",
            match o.mode {
                Mode::Plain => "plain",
                Mode::StartTls => "starttls",
                Mode::Smtps => "smtps",
            },
        ]);
        if let Some((user, password)) = o.login {
            cmd.args(["--user", user]).env("RELAY_PASSWORD", password);
        }
        for r in o.reject {
            cmd.args(["--reject", r]);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| missing(&format!("python3 cannot be run ({e})")));
        let stdin = child.stdin.take();
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        let port = loop {
            line.clear();
            if out.read_line(&mut line).unwrap_or(0) == 0 || Instant::now() > deadline {
                let status = child.wait().ok().and_then(|s| s.code());
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut e, &mut err);
                }
                if status == Some(3) || err.contains("aiosmtpd") {
                    missing("aiosmtpd is not installed");
                }
                panic!("the test relay did not start: {err}");
            }
            if let Some(p) = line.trim().strip_prefix("ready ") {
                break p.parse().expect("the relay's port");
            }
        };
        Relay {
            child,
            _stdin: stdin,
            port,
            mode: o.mode,
            dir,
        }
    }

    /// The URL afas is given: `host` (`localhost`, the certificate's name, or another),
    /// with `user@` when given, and `?tls=required` for STARTTLS.
    pub fn url_as(&self, host: &str, user: Option<&str>) -> String {
        let user = user.map(|u| format!("{u}@")).unwrap_or_default();
        match self.mode {
            Mode::Plain => format!("smtp://{user}{host}:{}", self.port),
            Mode::StartTls => format!("smtp://{user}{host}:{}?tls=required", self.port),
            Mode::Smtps => format!("smtps://{user}{host}:{}", self.port),
        }
    }

    pub fn url(&self) -> String {
        self.url_as("localhost", None)
    }

    /// The PEM file of the relay's certificate (its own root): give it as `AFAS_SMTP_CA`.
    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("cert.pem")
    }

    /// Every message accepted so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let spool = self.dir.path().join("spool");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&spool)
            .expect("the spool")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|json| {
                let envelope: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(json).expect("envelope")).unwrap();
                let data = std::fs::read(json.with_extension("eml")).expect("message");
                Received {
                    from: envelope["from"].as_str().unwrap_or_default().to_string(),
                    recipients: envelope["to"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default(),
                    data: String::from_utf8_lossy(&data).into_owned(),
                }
            })
            .collect()
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn missing(what: &str) -> ! {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if ci {
        panic!(
            "CI=true and {what}: the real-relay tests cannot be skipped in CI; .ci/run installs \
             it (pip install aiosmtpd)"
        );
    }
    panic!("{what}: install it with `pip install aiosmtpd` (the real-relay tests need it)");
}
