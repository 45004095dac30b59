//! Drawing a prompt on the terminal (stderr) and reading its keys, for `commands::ask` and
//! the shared store's password. Drawn here on console's keys rather than by dialoguer: Esc
//! and Ctrl-C cancel (exit 5) and the terminal is given back as it was on every way out
//! (dialoguer raised SIGINT with the cursor hidden, or the echo off, and ignored Esc).

use anyhow::Result;
use console::{Key, Term};

use crate::error::{printable_line, refused};

/// What Esc or Ctrl-C at a prompt answers (exit 5).
pub fn cancelled() -> anyhow::Error {
    refused("cancelled at the prompt: nothing changed")
}

/// A secret typed after `prompt` on the terminal, not shown; Esc or Ctrl-C cancels.
pub fn secret(prompt: &str) -> Result<String> {
    let term = Term::stderr();
    let prompt = format!("{}: ", printable_line(prompt));
    read(&term, &prompt, false)?.ok_or_else(cancelled)
}

/// The terminal while a prompt is drawn: no signal from Ctrl-C (it is read as a key even
/// between two keys, where console has given the cooked mode back) and no echo of what is
/// typed ahead. However the prompt ends (an answer, Esc, Ctrl-C, an error), the terminal is
/// given back as it was and the cursor shown.
struct Prompting<'a> {
    term: &'a Term,
    before: Option<libc::termios>,
}

impl<'a> Prompting<'a> {
    fn new(term: &'a Term) -> Prompting<'a> {
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills `t` when it returns 0, and `t` is read only then; fd 0 is
        // the terminal (every caller checked it).
        let before = unsafe { (libc::tcgetattr(0, t.as_mut_ptr()) == 0).then(|| t.assume_init()) };
        if let Some(before) = before {
            let mut quiet = before;
            quiet.c_lflag &= !(libc::ISIG | libc::ICANON | libc::ECHO | libc::IEXTEN);
            // SAFETY: sets the attributes of fd 0 from a termios read from it.
            unsafe { libc::tcsetattr(0, libc::TCSADRAIN, &quiet) };
        }
        Prompting { term, before }
    }
}

impl Drop for Prompting<'_> {
    fn drop(&mut self) {
        if let Some(before) = &self.before {
            // SAFETY: gives fd 0 back the attributes it had.
            unsafe { libc::tcsetattr(0, libc::TCSADRAIN, before) };
        }
        let _ = self.term.show_cursor();
        let _ = self.term.flush();
    }
}

/// A key, with Ctrl-C as a key (not a signal, which would leave the cursor hidden) and the
/// end of input as Ctrl-D.
fn key(term: &Term) -> Result<Key> {
    match term.read_key_raw() {
        Ok(k) => Ok(k),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(Key::Char('\u{4}')),
        Err(e) => Err(e.into()),
    }
}

/// A line typed after `prompt`; None when Esc, Ctrl-C or Ctrl-D cancels it.
pub fn read_line(term: &Term, prompt: &str) -> Result<Option<String>> {
    read(term, prompt, true)
}

/// A line typed after `prompt`, shown as typed or (`shown` false) not at all.
fn read(term: &Term, prompt: &str, shown: bool) -> Result<Option<String>> {
    let _prompting = Prompting::new(term);
    term.write_str(prompt)?;
    term.flush()?;
    let mut typed: Vec<char> = Vec::new();
    loop {
        match key(term)? {
            Key::Enter => {
                term.write_line("")?;
                return Ok(Some(typed.into_iter().collect()));
            }
            Key::Escape | Key::CtrlC | Key::Char('\u{4}') => {
                term.write_line("")?;
                return Ok(None);
            }
            Key::Backspace if typed.pop().is_some() && shown => term.clear_chars(1)?,
            Key::Char(c) if !c.is_control() => {
                typed.push(c);
                if shown {
                    term.write_str(c.encode_utf8(&mut [0; 4]))?;
                }
            }
            _ => {}
        }
        term.flush()?;
    }
}

/// How many options a menu shows at once; the arrows scroll through the others.
const PAGE: usize = 15;

/// The index of the option chosen with the arrows and Enter; None on Esc, Ctrl-C or Ctrl-D.
pub fn choose(term: &Term, prompt: &str, labels: &[String]) -> Result<Option<usize>> {
    let _prompting = Prompting::new(term);
    term.hide_cursor()?;
    term.write_line(&format!("{prompt} (arrows, Enter; Esc cancels):"))?;
    let mut at = 0usize;
    let mut drawn = 0usize;
    loop {
        term.clear_last_lines(drawn)?;
        let first = at.saturating_sub(PAGE - 1);
        let shown = &labels[first..labels.len().min(first + PAGE)];
        for (i, label) in shown.iter().enumerate() {
            let mark = if first + i == at { ">" } else { " " };
            term.write_line(&format!("{mark} {label}"))?;
        }
        drawn = shown.len();
        term.flush()?;
        match key(term)? {
            Key::ArrowUp | Key::Char('k') => at = at.checked_sub(1).unwrap_or(labels.len() - 1),
            Key::ArrowDown | Key::Char('j') | Key::Tab => at = (at + 1) % labels.len(),
            Key::Enter => {
                term.clear_last_lines(drawn)?;
                term.write_line(&format!("  {}", labels[at]))?;
                return Ok(Some(at));
            }
            Key::Escape | Key::CtrlC | Key::Char('\u{4}') | Key::Char('q') => {
                term.clear_last_lines(drawn)?;
                return Ok(None);
            }
            _ => {}
        }
    }
}
