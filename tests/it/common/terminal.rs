//! Driving `afas` on a pseudo-terminal, where it asks questions: rexpect runs it on a real
//! pty, the test waits for what it shows and types the answers, as a person would.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

use super::TestStore;

/// The down-arrow key, to move in a selection.
pub const DOWN: &str = "\x1b[B";

/// How long to wait for afas to show something, or to exit.
const TIMEOUT_MS: u64 = 15_000;

/// The terminal's size: wide enough that tables are not wrapped.
const COLUMNS: u16 = 160;
const ROWS: u16 = 60;

/// `afas --db STORE --as ACTOR ARGS…` running on a pseudo-terminal.
pub struct Terminal {
    session: PtySession,
    /// Everything the terminal showed so far.
    shown: String,
}

/// rexpect turns each byte it reads into one `char` (Latin-1): the bytes back, as UTF-8.
fn utf8(latin1: &str) -> String {
    let bytes: Vec<u8> = latin1.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `text` as rexpect sees it on the terminal: one `char` for each UTF-8 byte.
fn latin1(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

impl Terminal {
    /// Starts `afas --db DB --as ACTOR ARGS…` on a new pseudo-terminal of 160 columns and
    /// 60 rows, with TERM=xterm and no AFAS_* variables from the environment.
    pub fn start(db: &Path, actor: &str, args: &[&str]) -> Terminal {
        let mut cmd = super::afas_process();
        cmd.arg("--db").arg(db).args(["--as", actor]).args(args);
        Terminal::spawn(cmd)
    }

    /// Starts `cmd` (`afas …`) on a new pseudo-terminal of 160 columns and 60 rows, with
    /// TERM=xterm.
    pub fn spawn(mut cmd: Command) -> Terminal {
        cmd.env("TERM", "xterm");
        // SAFETY: runs in the child between fork and exec, where rexpect has already made
        // the pty its standard input; it only calls ioctl, which is async-signal-safe.
        unsafe {
            cmd.pre_exec(|| {
                let size = libc::winsize {
                    ws_row: ROWS,
                    ws_col: COLUMNS,
                    ws_xpixel: 0,
                    ws_ypixel: 0,
                };
                if libc::ioctl(0, libc::TIOCSWINSZ, &size) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let session = spawn_command(cmd, Some(TIMEOUT_MS)).expect("start afas on a pty");
        Terminal {
            session,
            shown: String::new(),
        }
    }

    /// Waits until the terminal shows `text`.
    pub fn expect(&mut self, text: &str) {
        match self.session.exp_string(&latin1(text)) {
            Ok(before) => {
                self.shown.push_str(&utf8(&before));
                self.shown.push_str(text);
            }
            Err(e) => panic!(
                "waiting for {text:?} on the terminal: {}\nshown before: {}",
                utf8(&e.to_string()),
                self.shown
            ),
        }
    }

    /// Types `keys` (no Enter).
    pub fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("type on the terminal");
        self.session.flush().expect("type on the terminal");
    }

    /// Types `line` and Enter.
    pub fn send_line(&mut self, line: &str) {
        self.session
            .send_line(line)
            .expect("type a line on the terminal");
    }

    /// Waits for afas to exit: its exit code and everything the terminal showed.
    pub fn finish(mut self) -> (i32, String) {
        match self.session.exp_eof() {
            Ok(rest) => self.shown.push_str(&utf8(&rest)),
            Err(e) => panic!(
                "waiting for afas to exit: {}\nshown before: {}",
                utf8(&e.to_string()),
                self.shown
            ),
        }
        match self.session.process().wait().expect("wait for afas") {
            WaitStatus::Exited(_, code) => (code, self.shown),
            other => panic!("afas did not exit: {other:?}\nshown: {}", self.shown),
        }
    }
}

impl TestStore {
    /// Starts `afas --db STORE --as ACTOR ARGS…` on a pseudo-terminal.
    pub fn terminal(&self, actor: &str, args: &[&str]) -> Terminal {
        let mut cmd = self.process(Some(actor));
        cmd.args(args);
        Terminal::spawn(cmd)
    }

    /// Runs `afas --db STORE --as ACTOR ARGS…` on a pseudo-terminal through a dialogue:
    /// for each `(shown, keys)`, waits until the terminal shows `shown` then types `keys`.
    /// Returns the exit code and everything the terminal showed.
    pub fn on_terminal(
        &self,
        actor: &str,
        args: &[&str],
        dialogue: &[(&str, &str)],
    ) -> (i32, String) {
        let mut term = self.terminal(actor, args);
        for (shown, keys) in dialogue {
            term.expect(shown);
            term.send(keys);
        }
        term.finish()
    }
}
