//! The PostgreSQL half of the harness: a throwaway cluster started once per test process
//! from the machine's PostgreSQL, and a database per test that the real `afas init` made a
//! store.
//!
//! - The cluster: `initdb` (C locale, UTF-8, SCRAM passwords) into a temporary folder, run
//!   by the `postgres` system user when the tests run as root (PostgreSQL refuses root),
//!   listening on 127.0.0.1 on a free port and on a socket in that folder, with the
//!   test-only speed settings (no fsync). Started on first use (`cluster()`), by whichever
//!   test needs it first.
//! - Its end: libtest has no global teardown, so a small detached shell watches the test
//!   process and, once it is gone, stops the server (SIGQUIT: `pg_ctl stop -m immediate`)
//!   and removes the folder. It ignores the terminal's signals (its own process group), so
//!   Ctrl-C on `cargo test` cleans up too.
//! - The roles: the superuser `postgres` (the harness's own SQL, through the socket with
//!   `peer` authentication, since a SCRAM exchange costs ~100 ms in a debug build; over
//!   TCP it needs its password like anyone) and `afas_owner` (LOGIN CREATEROLE), who owns
//!   every test database and runs `afas init` and `afas migrate` there, with its password.
//!   Every account is a login role of the server (SPEC §4): a test acts as an account by
//!   connecting as its role, without a password, or over TLS with one (`access_rules`).
//! - Each `fresh_database()` is `CREATE DATABASE t_<n> OWNER afas_owner` made a store by
//!   the real `afas init --role-prefix t_<n>_` (what `TestStore::new` runs on SQLite), and
//!   dropped again when the test's store is dropped. (Not a clone of one template: roles
//!   belong to the whole server, and each store needs its own.)
//! - Without PostgreSQL on the machine, every test that needs it fails with one line saying
//!   how to install it (and, under `CI=true`, that CI cannot do without it): never a skip.
//!   `AFAS_TEST_PG_BINDIR` picks the PostgreSQL programs (or, pointing nowhere, shows that).

use std::fmt::Write as _;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use postgres::{Client, NoTls};

/// The role that owns the test databases and that afas connects as (LOGIN CREATEROLE).
pub const OWNER: &str = "afas_owner";
/// Its password, given to afas through `AFAS_PASSWORD`.
pub const OWNER_PASSWORD: &str = "afas-owner-test-password";
/// The cluster's superuser, for the harness's own SQL.
pub const SUPERUSER: &str = "postgres";
/// Its password, asked over TCP only: the harness connects through the socket (peer).
pub const SUPERUSER_PASSWORD: &str = "afas-superuser-test-password";

/// Enough for the tests that run 8 afas processes at once, while libtest runs tests in
/// parallel (one thread per core), with room for the harness's own connections.
const MAX_CONNECTIONS: u32 = 300;

/// The settings appended to the cluster's `postgresql.conf` (the port goes on `pg_ctl`'s
/// command line, so that a start can be retried on another one).
fn settings(socket_dir: &Path) -> String {
    format!(
        "\n# afas test harness (tests/it/common/postgres.rs): a throwaway cluster\n\
         listen_addresses = '127.0.0.1'\n\
         unix_socket_directories = '{}'\n\
         max_connections = {MAX_CONNECTIONS}\n\
         fsync = off\n\
         synchronous_commit = off\n\
         full_page_writes = off\n\
         # TLS with the certificate the harness made for localhost (tests/it/shared_store.rs)\n\
         ssl = on\n\
         # the authority of the client certificates the tests make (client_certificate)\n\
         ssl_ca_file = 'client-ca.pem'\n\
         # the tests break rules on purpose: no statement in the log for each refusal\n\
         log_min_error_statement = panic\n",
        socket_dir.display()
    )
}

/// The group whose members log in with a client certificate (`access_rules`).
pub const CERT_GROUP: &str = "afas_cert_login";

/// The lines put before initdb's own in `pg_hba.conf` (the first line that matches wins):
/// - the harness's own connections as the superuser, through the socket, as the user
///   running the tests (peer);
/// - the superuser and the owner of the test databases with their passwords (SCRAM);
/// - over TLS, the members of `CERT_GROUP` with a client certificate, everyone else with
///   their password (SCRAM), as a real server asks: the tests of credentials connect so;
/// - without TLS, the accounts' login roles without a password: a test acts as an account
///   by connecting as its role (`TestStore::process`), and the server knows who it is just
///   the same, without a password per account and a SCRAM exchange per command.
fn access_rules() -> String {
    format!(
        "local all {SUPERUSER} peer map=harness\n\
         host all {SUPERUSER} 127.0.0.1/32 scram-sha-256\n\
         host all {OWNER} 127.0.0.1/32 scram-sha-256\n\
         hostssl all +{CERT_GROUP} 127.0.0.1/32 cert\n\
         hostssl all all 127.0.0.1/32 scram-sha-256\n\
         hostnossl all all 127.0.0.1/32 trust\n"
    )
}

/// The running throwaway cluster.
pub struct Cluster {
    /// The folder holding the data directory, the log and the socket; removed at the end.
    pub dir: PathBuf,
    /// Where `initdb`, `pg_ctl` and `psql` come from.
    pub bin: PathBuf,
    /// The loopback port the server listens on.
    pub port: u16,
    /// `server_version_num`: 150004 for 15.4.
    pub version: u32,
    /// The authority of client certificates the server trusts: its parameters and key.
    client_ca: (rcgen::CertificateParams, rcgen::KeyPair),
}

impl Cluster {
    /// A connection string for the harness's own connections (`postgres` crate).
    fn conninfo(&self, user: &str, password: &str, dbname: &str) -> String {
        format!(
            "host=127.0.0.1 port={} user={user} password={password} dbname={dbname} \
             connect_timeout=10 application_name=afas-test-harness",
            self.port
        )
    }

    /// A connection as the superuser to `dbname`, through the socket with `peer`
    /// authentication: no SCRAM exchange, which costs ~100 ms in a debug build.
    pub fn superuser(&self, dbname: &str) -> Client {
        self.admin(dbname).unwrap_or_else(|e| {
            panic!("connecting to the test PostgreSQL server as {SUPERUSER} to {dbname}: {e}")
        })
    }

    fn admin(&self, dbname: &str) -> Result<Client, postgres::Error> {
        let info = format!(
            "host={} port={} user={SUPERUSER} dbname={dbname} application_name=afas-test-harness",
            self.dir.display(),
            self.port
        );
        Client::connect(&info, NoTls)
    }

    /// A connection as `user` with `password` to `dbname`, whatever its outcome.
    pub fn connect_as(
        &self,
        user: &str,
        password: &str,
        dbname: &str,
    ) -> Result<Client, postgres::Error> {
        Client::connect(&self.conninfo(user, password, dbname), NoTls)
    }

    /// The URL afas is given for `dbname`: `postgresql://afas_owner@127.0.0.1:PORT/DB?sslmode=disable`.
    pub fn url(&self, dbname: &str) -> String {
        format!(
            "postgresql://{OWNER}@127.0.0.1:{}/{dbname}?sslmode=disable",
            self.port
        )
    }

    /// The server's log, for the messages of a failure.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default()
    }
}

/// The cluster of this test process, started on first use; panics with one line when it
/// cannot be had (PostgreSQL missing, or failing to start).
pub fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
    match CLUSTER.get_or_init(start) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

/// What to say when there is no PostgreSQL on the machine.
fn missing(looked: &str) -> String {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if ci {
        format!(
            "CI=true and PostgreSQL is missing ({looked}): the PostgreSQL half of the tests \
             cannot be skipped in CI; .ci/run installs it (apt-get install -y postgresql)"
        )
    } else {
        format!(
            "PostgreSQL is not installed ({looked}): the PostgreSQL half of the tests needs \
             its server programs: apt-get install postgresql"
        )
    }
}

/// The folder of `initdb`, `pg_ctl` and `postgres`: `AFAS_TEST_PG_BINDIR` when set (another
/// version, or none to see what happens without), else `pg_config --bindir`, else the
/// highest `/usr/lib/postgresql/*/bin`, else `initdb` on the PATH.
fn find_bindir() -> Result<PathBuf, String> {
    let has_initdb = |d: &Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("AFAS_TEST_PG_BINDIR") {
        let dir = PathBuf::from(dir);
        if has_initdb(&dir) {
            return Ok(dir);
        }
        let looked = format!("AFAS_TEST_PG_BINDIR={} has no initdb", dir.display());
        return Err(missing(&looked));
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_initdb(&dir) {
            return Ok(dir);
        }
    }
    let mut versions: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let version: Option<Vec<u32>> = name.split('.').map(|p| p.parse().ok()).collect();
            Some((version?, e.path().join("bin")))
        })
        .filter(|(_, bin)| has_initdb(bin))
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Ok(bin);
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .find(|d| has_initdb(d));
    on_path.ok_or_else(|| {
        missing("no initdb in `pg_config --bindir`, /usr/lib/postgresql/*/bin nor the PATH")
    })
}

/// The system user the server runs as: `postgres` when the tests run as root (PostgreSQL
/// refuses to), else nobody (the current user).
fn server_user() -> Result<Option<(u32, u32)>, String> {
    // SAFETY: geteuid cannot fail and touches no memory.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    let name = std::ffi::CString::new("postgres").unwrap();
    // SAFETY: getpwnam reads the NUL-terminated name and returns null or a pointer to a
    // static record, read at once (the cluster is started once, under a OnceLock).
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        return Err(missing(
            "running as root, and there is no `postgres` system user to run the server as",
        ));
    }
    // SAFETY: pw is not null (checked above).
    let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
    Ok(Some((uid, gid)))
}

/// The name of the user running the tests.
fn os_user() -> Result<String, String> {
    // SAFETY: getpwuid returns null or a pointer to a static record, read at once (the
    // cluster is started once, under a OnceLock); pw_name is NUL-terminated.
    unsafe {
        let pw = libc::getpwuid(libc::geteuid());
        if pw.is_null() {
            return Err("the user running the tests has no name (getpwuid)".to_string());
        }
        Ok(std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned())
    }
}

/// `program` from the PostgreSQL bin folder, run as the server's user, in `dir`, with no
/// PG* variables from the environment.
fn server_command(bin: &Path, program: &str, user: Option<(u32, u32)>, dir: &Path) -> Command {
    let mut c = Command::new(bin.join(program));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PG") {
            c.env_remove(key);
        }
    }
    c.current_dir(dir).stdin(Stdio::null());
    if let Some((uid, gid)) = user {
        // std drops root's supplementary groups before setuid
        c.uid(uid).gid(gid);
    }
    c
}

/// Runs `c`; its stderr (and stdout) as the error when it fails.
fn run(what: &str, c: &mut Command) -> Result<(), String> {
    let out = c.output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{what} failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr).trim(),
        String::from_utf8_lossy(&out.stdout).trim()
    ))
}

/// The watcher: once the test process (`$1`) is gone, stops the postmaster of the data
/// directory `$2` the way `pg_ctl stop -m immediate` does (SIGQUIT), waits for it, and
/// removes the folder `$3`. It ignores the terminal's signals, so an interrupted `cargo
/// test` is cleaned up too.
const WATCHER: &str = r#"
trap '' HUP INT TERM QUIT
while kill -0 "$1" 2>/dev/null; do sleep 0.5; done
pid=
for try in 1 2 3 4 5; do
  pid=$(head -n 1 "$2/postmaster.pid" 2>/dev/null)
  [ -n "$pid" ] && break
  sleep 0.2  # a pg_ctl start still under way writes it soon
done
if [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null; then
  n=0
  while kill -0 "$pid" 2>/dev/null && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
  kill -KILL "$pid" 2>/dev/null
fi
rm -rf "$3"
"#;

/// Starts the cluster: initdb, the watcher, pg_ctl start (on another free port if the one
/// picked was taken in between), then the role `afas_owner`.
/// The server's certificate, self-signed for `localhost` only: a client that checks it
/// (`sslmode=verify-full&sslrootcert=…`) accepts `localhost` and refuses `127.0.0.1`.
/// Written into the data directory as the server wants it, and beside it as `ca.pem`.
fn server_certificate(dir: &Path, data: &Path, user: Option<(u32, u32)>) -> Result<(), String> {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()])
        .map_err(|e| format!("the test server's certificate: {e}"))?;
    let pem = cert.cert.pem();
    let key = data.join("server.key");
    let crt = data.join("server.crt");
    std::fs::write(&crt, &pem).map_err(|e| e.to_string())?;
    std::fs::write(&key, cert.signing_key.serialize_pem()).map_err(|e| e.to_string())?;
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| e.to_string())?;
    if let Some((uid, gid)) = user {
        for p in [&key, &crt] {
            std::os::unix::fs::chown(p, Some(uid), Some(gid)).map_err(|e| e.to_string())?;
        }
    }
    std::fs::write(dir.join("ca.pem"), pem).map_err(|e| e.to_string())
}

/// The authority the server trusts for client certificates (`ssl_ca_file`), written into
/// the data directory; kept in memory to sign the tests' certificates.
fn client_authority(
    data: &Path,
    user: Option<(u32, u32)>,
) -> Result<(rcgen::CertificateParams, rcgen::KeyPair), String> {
    let err = |e: rcgen::Error| format!("the test clients' authority: {e}");
    let mut params = rcgen::CertificateParams::new(Vec::new()).map_err(err)?;
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "afas test clients");
    let key = rcgen::KeyPair::generate().map_err(err)?;
    let cert = params.self_signed(&key).map_err(err)?;
    let path = data.join("client-ca.pem");
    std::fs::write(&path, cert.pem()).map_err(|e| e.to_string())?;
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(&path, Some(uid), Some(gid)).map_err(|e| e.to_string())?;
    }
    Ok((params, key))
}

fn clone_key(key: &rcgen::KeyPair) -> Result<rcgen::KeyPair, String> {
    rcgen::KeyPair::from_pem(&key.serialize_pem()).map_err(|e| e.to_string())
}

/// A client certificate for `common_name` signed by the server's client authority, and its
/// key, as PEM files in `dir`: (certificate, key).
pub fn client_certificate(dir: &Path, common_name: &str) -> (PathBuf, PathBuf) {
    let c = cluster();
    let mut params = rcgen::CertificateParams::new(Vec::new()).expect("params");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, common_name);
    let key = rcgen::KeyPair::generate().expect("a key");
    let issuer = rcgen::Issuer::from_params(&c.client_ca.0, &c.client_ca.1);
    let cert = params.signed_by(&key, &issuer).expect("signed");
    let (crt, pem) = (
        dir.join(format!("{common_name}.crt")),
        dir.join(format!("{common_name}.key")),
    );
    std::fs::write(&crt, cert.pem()).expect("write the certificate");
    std::fs::write(&pem, key.serialize_pem()).expect("write the key");
    std::fs::set_permissions(&pem, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    (crt, pem)
}

/// The PEM file of the test server's certificate, to give as `sslrootcert`.
pub fn server_ca() -> PathBuf {
    cluster().dir.join("ca.pem")
}

fn start() -> Result<Cluster, String> {
    let bin = find_bindir()?;
    let user = server_user()?;
    let dir = tempfile::Builder::new()
        .prefix("afas-pg-")
        .tempdir()
        .map_err(|e| format!("a temporary folder for the test PostgreSQL cluster: {e}"))?
        .keep();
    let data = dir.join("data");
    // The watcher first: whatever happens next, the folder goes when the tests end.
    Command::new("sh")
        .args(["-c", WATCHER, "afas-pg-watcher"])
        .arg(std::process::id().to_string())
        .arg(&data)
        .arg(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("starting the watcher of the test PostgreSQL cluster: {e}"))?;

    let pwfile = dir.join("pwfile");
    std::fs::write(&pwfile, SUPERUSER_PASSWORD).map_err(|e| e.to_string())?;
    std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| e.to_string())?;
    if let Some((uid, gid)) = user {
        for p in [&dir, &pwfile] {
            std::os::unix::fs::chown(p, Some(uid), Some(gid))
                .map_err(|e| format!("giving {} to the postgres user: {e}", p.display()))?;
        }
    }

    let cmd = |program: &str| server_command(&bin, program, user, &dir);
    run(
        &format!("initdb ({})", bin.display()),
        cmd("initdb")
            .arg("-D")
            .arg(&data)
            .args(["-U", SUPERUSER, "--auth=scram-sha-256"])
            .args(["--locale=C", "-E", "UTF8"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .args(["--no-sync", "--no-instructions"]),
    )?;
    server_certificate(&dir, &data, user)?;
    let client_ca = client_authority(&data, user)?;
    let conf = data.join("postgresql.conf");
    let mut text = std::fs::read_to_string(&conf).map_err(|e| e.to_string())?;
    text.push_str(&settings(&dir));
    // written in place: the file stays the server user's
    std::fs::write(&conf, text).map_err(|e| e.to_string())?;
    // The harness's own connections: the superuser through the socket, as the user running
    // the tests (peer); everything else, afas first, is SCRAM as initdb set it up.
    let hba = data.join("pg_hba.conf");
    let text = std::fs::read_to_string(&hba).map_err(|e| e.to_string())?;
    std::fs::write(&hba, access_rules() + &text).map_err(|e| e.to_string())?;
    let ident = data.join("pg_ident.conf");
    let mut text = std::fs::read_to_string(&ident).map_err(|e| e.to_string())?;
    text.push_str(&format!("harness {} {SUPERUSER}\n", os_user()?));
    std::fs::write(&ident, text).map_err(|e| e.to_string())?;

    let log = dir.join("server.log");
    let mut last_error = String::new();
    for _ in 0..5 {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("a free loopback port: {e}"))?
            .port();
        let started = run(
            "pg_ctl start",
            cmd("pg_ctl")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(&log)
                .args(["-w", "-t", "60", "-o"])
                .arg(format!("-p {port}"))
                .arg("start")
                // its own process group: Ctrl-C stops the tests, the watcher stops the server
                .process_group(0),
        );
        let mut cluster = Cluster {
            dir: dir.clone(),
            bin: bin.clone(),
            port,
            version: 0,
            client_ca: (client_ca.0.clone(), clone_key(&client_ca.1)?),
        };
        match started {
            Ok(()) => {
                let mut su = cluster
                    .admin("postgres")
                    .map_err(|e| format!("connecting to the test PostgreSQL cluster: {e}"))?;
                su.batch_execute(&format!(
                    "CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}';
                     CREATE ROLE {CERT_GROUP} NOLOGIN"
                ))
                .map_err(|e| format!("creating the role {OWNER}: {e}"))?;
                let version = su.query_one("SHOW server_version_num", &[]);
                let version: String = version.map_err(|e| e.to_string())?.get(0);
                cluster.version = version.parse().map_err(|_| version)?;
                return Ok(cluster);
            }
            Err(e) => {
                let tail: Vec<String> = cluster
                    .log()
                    .lines()
                    .rev()
                    .take(5)
                    .map(str::to_string)
                    .collect();
                last_error = format!("{e}; server log: {}", tail.join(" / "));
            }
        }
    }
    Err(format!(
        "the test PostgreSQL cluster in {} did not start: {last_error}",
        dir.display()
    ))
}

/// A test's database, dropped with it.
pub struct Database {
    pub name: String,
}

impl Database {
    /// The URL afas is given: `postgresql://afas_owner@127.0.0.1:PORT/t_N?sslmode=disable`.
    pub fn url(&self) -> String {
        cluster().url(&self.name)
    }

    /// The prefix of this store's role names: `t_N_`.
    pub fn prefix(&self) -> String {
        format!("{}_", self.name)
    }

    /// The login role of the account `login`.
    pub fn role(&self, login: &str) -> String {
        format!("{}{}", self.prefix(), login.trim().to_ascii_uppercase())
    }

    /// The URL that acts as the account `login`: its login role, without a password
    /// (`access_rules`).
    pub fn url_as(&self, login: &str) -> String {
        let role: String = self
            .role(login)
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b == b'_' {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        format!(
            "postgresql://{role}@127.0.0.1:{}/{}?sslmode=disable",
            cluster().port,
            self.name
        )
    }

    /// The URL of the account `login` where the server asks for its password: over TLS
    /// (`access_rules`).
    pub fn url_with_password_as(&self, login: &str) -> String {
        self.url_as(login)
            .replace("sslmode=disable", "sslmode=require")
    }

    /// A direct connection as the account `login`, with no afas in between (the server's
    /// own rules), or the server's refusal.
    pub fn connect_as(&self, login: &str) -> Result<Client, postgres::Error> {
        Client::connect(
            &format!(
                "host=127.0.0.1 port={} user={} dbname={} application_name=afas-test",
                cluster().port,
                self.role(login),
                self.name
            ),
            NoTls,
        )
    }

    /// A connection as the superuser, to look at (or tamper with) what afas hides.
    pub fn superuser(&self) -> Client {
        cluster().superuser(&self.name)
    }

    /// Every row of every table, in a stable order (see `dump`).
    pub fn dump(&self) -> String {
        dump(&mut self.superuser())
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // FORCE: an afas process killed by a test may have left its session behind.
        if let Ok(mut su) = cluster().admin("postgres") {
            let _ = su.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A fresh afas store: an empty database owned by `afas_owner`, made a store by the real
/// `afas init` with its own role prefix (`t_N_`). Roles belong to the whole server, so no
/// two test stores may share one: a clone of one template would.
pub fn fresh_database() -> Database {
    let db = database_from("template0");
    let out = super::afas_process()
        .arg("--db")
        .arg(db.url())
        .env("AFAS_PASSWORD", OWNER_PASSWORD)
        .args(super::INIT)
        .args(["--role-prefix", &db.prefix()])
        .current_dir(&cluster().dir)
        .output()
        .expect("run afas init");
    assert!(
        out.status.success(),
        "afas --db {} init … exited {:?}: {}",
        db.url(),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

/// A fresh database cloned from `template` (which nobody may be connected to), owned by
/// `afas_owner`, named `t_<n>`.
pub fn database_from(template: &str) -> Database {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let name = format!("t_{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let c = cluster();
    // Copying the template's files beats writing them all to the WAL (15's default), more
    // so on a busy machine (measured: 125 ms against 320 ms); before 15 it is the only way.
    let strategy = if c.version >= 150000 {
        " STRATEGY FILE_COPY"
    } else {
        ""
    };
    c.superuser("postgres")
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE {template} OWNER {OWNER}{strategy}"
        ))
        .unwrap_or_else(|e| panic!("CREATE DATABASE {name} TEMPLATE {template}: {e}"));
    Database { name }
}

/// `"name"`, quoted as an SQL identifier.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Every row of every table of the database (every schema but the system's), as
/// `## table` (`## schema.table` outside `public`) then its rows as PostgreSQL's text of a
/// row, sorted: equal dumps mean an unchanged store. Sequences are left out, as SQLite's
/// `sqlite_sequence` is (a refused insert may use up a number); so are roles, which the
/// cluster's databases share with every other test running at the same time.
pub fn dump(db: &mut Client) -> String {
    let tables = db
        .query(
            "SELECT n.nspname, c.relname FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r'
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_toast%'
               AND n.nspname NOT LIKE 'pg\\_temp\\_%'
             ORDER BY 1, 2",
            &[],
        )
        .expect("list the tables");
    let mut out = String::new();
    for t in tables {
        let (schema, table): (String, String) = (t.get(0), t.get(1));
        let sql = format!("SELECT t::text FROM {}.{} t", ident(&schema), ident(&table));
        let mut rows: Vec<String> = db
            .query(&sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .iter()
            .map(|r| r.get(0))
            .collect();
        rows.sort();
        let name = if schema == "public" {
            table
        } else {
            format!("{schema}.{table}")
        };
        let _ = write!(out, "## {name}\n{}\n", rows.join("\n"));
    }
    out
}
