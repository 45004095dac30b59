//! Driving `afas` on a pseudo-terminal, where it asks questions.

use super::TestStore;

/// One shell word.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

impl TestStore {
    /// Runs `afas --db STORE --as ACTOR ARGS…` on a pseudo-terminal (util-linux `script`),
    /// typing `keys`; returns the exit code and everything the terminal showed. None when
    /// `script` is not installed.
    pub fn on_terminal(&self, actor: &str, args: &[&str], keys: &str) -> Option<(i32, String)> {
        let script_ok = std::process::Command::new("script")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !script_ok {
            return None;
        }
        let bin = assert_cmd::cargo::cargo_bin("afas");
        let mut words = vec![
            bin.display().to_string(),
            "--db".into(),
            self.path.display().to_string(),
            "--as".into(),
            actor.to_string(),
        ];
        words.extend(args.iter().map(|a| a.to_string()));
        let line: Vec<String> = words.iter().map(|w| sh_quote(w)).collect();
        let inner = format!("stty cols 160 rows 60; exec {}", line.join(" "));
        let outer = format!(
            "printf %s {} | script -qec {} /dev/null",
            sh_quote(keys),
            sh_quote(&inner)
        );
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(outer)
            .env_remove("AFAS_DB")
            .env_remove("AFAS_AS")
            .env_remove("AFAS_SMTP_URL")
            .output()
            .expect("run script");
        let shown = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        Some((out.status.code().unwrap_or(-1), shown))
    }
}
