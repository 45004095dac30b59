//! The committed completion scripts and man pages are what the code generates, and the
//! bash completion works in a real bash.

use std::path::Path;
use std::process::Command;

fn afas() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("afas").unwrap()
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn committed_completions_and_man_pages_match_the_code() {
    let tmp = tempfile::tempdir().unwrap();
    afas()
        .args(["generate-assets"])
        .arg(tmp.path())
        .assert()
        .success();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let fresh = files(&tmp.path().join(sub));
        let committed = files(&repo.join(sub));
        let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&fresh),
            names(&committed),
            "{sub}/ differs from the code: run `cargo run -- generate-assets .` and commit"
        );
        for ((name, a), (_, b)) in fresh.iter().zip(&committed) {
            assert!(
                a == b,
                "{sub}/{name} differs from the code: run `cargo run -- generate-assets .` and commit"
            );
        }
    }
    let root = std::fs::read_to_string(repo.join("man/afas.1")).unwrap();
    for needle in [
        "EXIT STATUS",
        "AFAS_DB",
        "AFAS_AS",
        "AFAS_SMTP_URL",
        "forbidden",
    ] {
        assert!(root.contains(needle), "man/afas.1 lacks {needle}");
    }
    assert!(repo.join("man/afas-account.1").exists());
}

#[test]
fn completions_subcommand_prints_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = afas().args(["completions", shell]).output().unwrap();
        assert!(out.status.success() && !out.stdout.is_empty(), "{shell}");
    }
    afas().args(["completions", "tcsh"]).assert().code(2);
}

/// Completes `line` (the last word being completed) with the committed bash script.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = repo.join("completions/afas.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE='{}'\nCOMP_POINT=${{#COMP_LINE}}\n_afas afas '{}' '{}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words.join(" "),
        words[words.len() - 1],
        if words.len() > 1 { words[words.len() - 2] } else { "" },
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &program])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_subcommands_in_a_real_bash() {
    assert_eq!(bash_complete(&["afas", "acc"]), vec!["account"]);
    let verbs = bash_complete(&["afas", "account", ""]);
    for verb in [
        "create",
        "update",
        "suspend",
        "reactivate",
        "admin",
        "list",
        "show",
    ] {
        assert!(
            verbs.contains(&verb.to_string()),
            "{verb} missing from {verbs:?}"
        );
    }
    let kinds = bash_complete(&["afas", "profile", "grant", "X", ""]);
    assert!(kinds.contains(&"approbateur".to_string()), "{kinds:?}");
}

#[test]
fn dynamic_completion_offers_values_from_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("demo.db");
    afas().arg("--db").arg(&db).arg("demo").assert().success();
    let bin = assert_cmd::cargo::cargo_bin("afas");
    let dir = bin.parent().unwrap();
    let program = format!(
        "export PATH='{}':$PATH\nsource <(COMPLETE=bash afas)\n\
         COMP_WORDS=(afas --db '{db}' --as MARTIN01 account show DU)\nCOMP_CWORD=7\n\
         COMP_LINE='afas --db {db} --as MARTIN01 account show DU'\nCOMP_POINT=${{#COMP_LINE}}\n\
         _clap_complete_afas afas DU show\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        dir.display(),
        db = db.display()
    );
    let out = Command::new("bash")
        .args(["--norc", "-c", &program])
        .env_remove("AFAS_DB")
        .output()
        .unwrap();
    let got = String::from_utf8_lossy(&out.stdout);
    let mut got: Vec<&str> = got.split_whitespace().collect();
    got.sort();
    assert_eq!(
        got,
        vec!["DUBOIS01", "DURAND01"],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
