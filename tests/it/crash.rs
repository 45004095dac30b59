//! Issue #7, crashes: `kill -9` in the middle of a big import and of a national `call open`.
//! Each runs in one transaction; the store must come back exactly as it was before the
//! command (nothing of the half-done work), pass `PRAGMA integrity_check`, and the same
//! command must then succeed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::faults::{assert_rules_hold, assert_same_dump, integrity};
use crate::common::{TestStore, AGENT};
use rusqlite::{params, Connection};

const A: &str = "2016-00123";

fn spawn(s: &TestStore, args: &[&str]) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("afas"))
        .env_remove("AFAS_DB")
        .env_remove("AFAS_AS")
        .env_remove("AFAS_SMTP_URL")
        .arg("--db")
        .arg(s.path())
        .args(["--as", AGENT, "-q"])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn afas")
}

fn wal_of(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// Waits at least `delay` and until the command has written `bytes` to the WAL (so it is
/// well inside its work), then kills it with SIGKILL. Panics if it ended first: the kill
/// would not have landed in the middle.
fn kill_midway(child: &mut Child, db: &Path, bytes: u64, delay: Duration) -> Duration {
    let started = Instant::now();
    let wal = wal_of(db);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the command ended ({status}) before the kill: make it bigger");
        }
        let size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
        if size >= bytes && started.elapsed() >= delay {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the WAL never grew to {bytes} bytes"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL: {status:?}");
    started.elapsed()
}

fn count(db: &Connection, table: &str) -> i64 {
    db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn kill_9_in_the_middle_of_a_300_000_row_import_leaves_the_store_as_it_was() {
    const ROWS: usize = 300_000;
    let s = TestStore::new();
    s.open_partner(A, "Ville d'Angoulême");
    s.person("ROUX01", A, true);
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("accounts.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
        writeln!(f, "login;partner;first_name;last_name;email;admin").unwrap();
        for i in 0..ROWS {
            writeln!(
                f,
                "ACC{i:06};{A};Prénom {i};Nom {i};prenom.nom{i}@example.fr;non"
            )
            .unwrap();
        }
    }
    let before = s.dump();
    let csv_arg = csv.to_str().unwrap();

    let mut child = spawn(&s, &["import", csv_arg]);
    let after = kill_midway(&mut child, s.path(), 2 << 20, Duration::from_secs(3));
    eprintln!("killed the import after {after:?}");

    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    drop(db);
    assert_same_dump(&before, &s.dump(), "after the killed import");
    // the tool works on the recovered store, and the same import now succeeds, whole
    s.ok(AGENT, &["account", "show", "ROUX01"]);
    s.refused(AGENT, &["account", "show", "ACC000000"], 3);
    let started = Instant::now();
    s.ok(AGENT, &["import", csv_arg]);
    eprintln!("the full import took {:?}", started.elapsed());
    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    assert_eq!(count(&db, "account"), 2 + ROWS as i64);
    let imported: i64 = db
        .query_row(
            // an import audits the accounts of one partner together, listing their logins
            "SELECT sum(coalesce(json_array_length(details, '$.rows'), 1))
             FROM audit WHERE action = 'account.create'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        imported,
        1 + ROWS as i64,
        "every account created is in the audit trail"
    );
}

/// A national store, written straight into SQLite for speed: `partners` open partners with
/// `services` ALSH services each, every service with a site and its three profiles held.
fn national_store(s: &TestStore, partners: usize, services: usize) {
    let mut db = s.db();
    db.pragma_update(None, "foreign_keys", "ON").unwrap();
    let tx = db.transaction().unwrap();
    let now = "2020-01-20T00:00:00Z";
    {
        let mut partner = tx
            .prepare(
                "INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin,
                                      created_at)
                 VALUES (?1, ?2, '21160015000018', '161', '2020-01-02', '2020-01-02',
                         '2020-01-02', ?3)",
            )
            .unwrap();
        let mut account = tx
            .prepare(
                "INSERT INTO account (login, partner, first_name, last_name, email, created_at)
                 VALUES (?1, ?2, 'Prénom', ?1, lower(?1) || '@example.fr', ?3)",
            )
            .unwrap();
        let mut group = tx
            .prepare("INSERT INTO grp VALUES (?1, 'declarer', ?2, ?3)")
            .unwrap();
        let mut member = tx
            .prepare("INSERT INTO membership VALUES (?1, 'declarer', ?2, ?3)")
            .unwrap();
        let mut service = tx
            .prepare(
                "INSERT INTO service (code, partner, kind, name, created_at)
                 VALUES (?1, ?2, 'alsh', 'Accueil de loisirs', ?3)",
            )
            .unwrap();
        let mut site = tx
            .prepare("INSERT INTO site VALUES (?1, 'A', 'Site A', NULL, ?2)")
            .unwrap();
        let mut profile = tx
            .prepare(
                "INSERT INTO profile (login, kind, service, site, granted_by, granted_at, seat)
                 VALUES (?1, ?2, ?3, ?4, 'MARTIN01', ?5, iif(?2 = 'approbateur', NULL, 1))",
            )
            .unwrap();
        for p in 0..partners {
            let code = format!("2020-{p:05}");
            partner
                .execute(params![code, format!("Partenaire {p}"), now])
                .unwrap();
            let logins: Vec<String> = (0..3).map(|k| format!("U{p:05}X{k}")).collect();
            for l in &logins {
                account.execute(params![l, code, now]).unwrap();
            }
            group.execute(params![code, logins[0], now]).unwrap();
            for l in &logins {
                member.execute(params![code, l, now]).unwrap();
            }
            for k in 0..services {
                let svc = format!("ALSH-{p:05}-{k:03}");
                service.execute(params![svc, code, now]).unwrap();
                site.execute(params![svc, now]).unwrap();
                for (kind, login, site) in [
                    ("fda", &logins[0], None),
                    ("fda", &logins[0], Some("A")),
                    ("fdf", &logins[1], None),
                    ("approbateur", &logins[2], None),
                ] {
                    profile
                        .execute(params![login, kind, svc, site, now])
                        .unwrap();
                }
            }
        }
    }
    tx.commit().unwrap();
}

#[test]
fn kill_9_in_the_middle_of_a_national_call_open_leaves_the_store_as_it_was() {
    const PARTNERS: usize = 500;
    const SERVICES: usize = 100;
    let s = TestStore::new();
    let started = Instant::now();
    national_store(&s, PARTNERS, SERVICES);
    eprintln!(
        "a store of {} services in {:?}",
        PARTNERS * SERVICES,
        started.elapsed()
    );
    let before = s.dump();
    let open = [
        "call",
        "open",
        "--kind",
        "alsh",
        "--type",
        "reel",
        "--year",
        "2019",
        "--deadline",
        "2030-06-30",
    ];

    let mut child = spawn(&s, &open);
    let after = kill_midway(&mut child, s.path(), 2 << 20, Duration::from_secs(1));
    eprintln!("killed the call open after {after:?}");

    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    drop(db);
    assert_eq!(
        before,
        s.dump(),
        "the killed call open left something behind"
    );
    let started = Instant::now();
    s.ok(AGENT, &open);
    eprintln!("the full call open took {:?}", started.elapsed());
    let db = s.db();
    assert_eq!(integrity(&db), "ok");
    let services = (PARTNERS * SERVICES) as i64;
    assert_eq!(count(&db, "declaration"), services);
    // one activity form (site A) and one financial form per declaration
    assert_eq!(count(&db, "form"), 2 * services);
    // one e-mail per profile holder (three per partner), and one audit row for the call
    assert_eq!(count(&db, "outbox"), 3 * PARTNERS as i64);
    let audited: i64 = db
        .query_row(
            "SELECT count(*) FROM audit WHERE action = 'call.open'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    assert_rules_hold(&db);
}

/// The same on the shared store. To kill afas surely in the middle of its transaction,
/// the harness holds a lock on `table`, which the command writes late: afas has done the
/// rest of its work and waits there (seen in `pg_stat_activity`) when it is killed. Then
/// the lock is let go, and the server must have rolled the dead client's work back.
fn kill_while_it_waits_for(s: &TestStore, args: &[&str], table: &str) {
    let mut holder = s.database().superuser();
    let mut lock = holder.transaction().expect("begin");
    lock.batch_execute(&format!("LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))
        .expect("lock");
    let mut child = s
        .process(Some(AGENT))
        .arg("-q")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn afas");
    let mut watch = s.database().superuser();
    let started = Instant::now();
    loop {
        let waiting: i64 = watch
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE application_name = 'afas' AND wait_event_type = 'Lock'",
                &[],
            )
            .expect("pg_stat_activity")
            .get(0);
        if waiting > 0 {
            break;
        }
        if let Some(status) = child.try_wait().expect("poll afas") {
            panic!("the command ended ({status}) without writing {table}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "afas never reached {table}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait afas");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL: {status:?}");
    lock.rollback().expect("let the lock go");
}

/// `rows` accounts of partner A, as an import file.
fn accounts_file(dir: &Path, rows: usize) -> PathBuf {
    let csv = dir.join("accounts.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
    writeln!(f, "login;partner;first_name;last_name;email;admin").unwrap();
    for i in 0..rows {
        writeln!(
            f,
            "ACC{i:06};{A};Prénom {i};Nom {i};prenom.nom{i}@example.fr;non"
        )
        .unwrap();
    }
    csv
}

#[test]
fn kill_9_in_the_middle_of_an_import_on_postgresql_leaves_the_store_as_it_was() {
    const ROWS: usize = 20_000;
    let s = crate::common::on_store(crate::common::Store::Postgres, TestStore::new);
    s.open_partner(A, "Ville d'Angoulême");
    s.person("ROUX01", A, true);
    let dir = tempfile::tempdir().unwrap();
    let csv = accounts_file(dir.path(), ROWS);
    let csv_arg = csv.to_str().unwrap();
    let before = s.dump();
    // a chunk's accounts are written, then their audit row waits for the lock: killed with
    // accounts written and more to come
    kill_while_it_waits_for(&s, &["import", csv_arg], "audit");
    s.ok(AGENT, &["account", "show", "ROUX01"]);
    assert_same_dump(&before, &s.dump(), "after the killed import");
    s.ok(AGENT, &["import", csv_arg]);
    let accounts = s.json(AGENT, &["account", "list", "--partner", A]);
    assert_eq!(accounts.as_array().map(Vec::len), Some(1 + ROWS));
}

#[test]
fn kill_9_in_the_middle_of_a_call_open_on_postgresql_leaves_the_store_as_it_was() {
    const SERVICES: usize = 2_000;
    let s = crate::common::on_store(crate::common::Store::Postgres, TestStore::new);
    let dir = tempfile::tempdir().unwrap();
    s.open_partner(A, "Ville d'Angoulême");
    let p = s.afas_partner("2016-00999", "COG", 2);
    let services = dir.path().join("services.csv");
    let sites = dir.path().join("sites.csv");
    {
        let mut f = std::fs::File::create(&services).unwrap();
        let mut g = std::fs::File::create(&sites).unwrap();
        writeln!(f, "code,partner,kind,name").unwrap();
        writeln!(g, "service,code,name,address").unwrap();
        for i in 0..SERVICES {
            writeln!(f, "ALSH-{i:05},{A},alsh,Centre {i}").unwrap();
            writeln!(g, "ALSH-{i:05},A,Site A,").unwrap();
        }
    }
    s.ok(AGENT, &["import", services.to_str().unwrap()]);
    s.ok(AGENT, &["import", sites.to_str().unwrap()]);
    // one holder, so that the call open has an e-mail to queue after its declarations
    s.service("ALSH-COGNAC", &p.code, &["A"]);
    s.grant(&p.giver, p.d(0), "fda", "ALSH-COGNAC", None);
    let before = s.dump();
    let open = [
        "call",
        "open",
        "--kind",
        "alsh",
        "--type",
        "reel",
        "--year",
        "2019",
        "--deadline",
        "2030-06-30",
    ];
    // the call, its declarations and forms are written, then the e-mails
    kill_while_it_waits_for(&s, &open, "outbox");
    assert_eq!(
        before,
        s.dump(),
        "the killed call open left something behind"
    );
    s.ok(AGENT, &open);
    let call = s.json(AGENT, &["call", "show", "reel-2019-alsh"]);
    assert_eq!(call["declarations"], SERVICES as u64 + 1, "{call}");
}
