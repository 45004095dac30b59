//! Asking for what the command line left out, and confirming destructive or final actions,
//! on a terminal only. Without a terminal nothing is ever asked: a missing value is a usage
//! error naming its flag, so scripts fail loudly instead of hanging.
//!
//! Which streams must be terminals: the answer is read from stdin (console reads the
//! terminal there) and the question is drawn on stderr, so that stdout stays the command's
//! output. A missing value is asked when both are terminals. A confirmation is asked
//! whenever stdin is a terminal (someone is there to answer): if stderr is then redirected,
//! the question could not be seen, so afas refuses (exit 2) rather than act unasked.
//!
//! The prompts are drawn here, on console's keys, rather than by dialoguer: Esc and Ctrl-C
//! cancel (exit 5) and the cursor is shown again on every way out (dialoguer raised SIGINT
//! with the cursor hidden, and ignored Esc), and a confirmation takes the words French
//! users type (o, oui, non) as well as y, yes, n, no.

use std::io::IsTerminal;

use anyhow::Result;
use console::{Key, Term};

use crate::domain::refusal::Decided;
use crate::error::{printable_line, refused, usage};

/// Whether afas may ask for a missing value: stdin and stderr are a terminal.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Whether a confirmation is asked: someone is at the terminal (stdin), and `--yes` was
/// not given.
pub fn asks(yes: bool) -> bool {
    !yes && std::io::stdin().is_terminal()
}

fn missing(flag: &str) -> anyhow::Error {
    usage(format!("missing {flag}"))
}

fn cancelled() -> anyhow::Error {
    refused("cancelled at the prompt: nothing changed")
}

/// Asks `question` before a destructive or final action (see `asks`); Ok to go on.
pub fn confirm(yes: bool, question: &str) -> Result<()> {
    if !asks(yes) {
        return Ok(());
    }
    if !std::io::stderr().is_terminal() {
        return Err(usage(
            "this asks for confirmation on the terminal, and stderr is not one: give --yes to \
             confirm, or run it with stderr on the terminal",
        ));
    }
    let term = Term::stderr();
    let prompt = format!("{} [y/N] ", printable_line(question));
    loop {
        let Some(answer) = read_line(&term, &prompt)? else {
            return Err(cancelled());
        };
        match answer.trim().to_lowercase().as_str() {
            "y" | "yes" | "o" | "oui" => return Ok(()),
            "" | "n" | "no" | "non" => return Err(cancelled()),
            _ => term.write_line("answer y, yes, o or oui to go on; n, no or non to stop")?,
        }
    }
}

/// A value given on the command line, or typed at a prompt checked by `check` (the same
/// rule the command applies), asked again until it passes.
pub fn text(
    given: Option<String>,
    flag: &str,
    prompt: &str,
    check: fn(&str) -> Decided<String>,
) -> Result<String> {
    if let Some(v) = given {
        return Ok(check(&v)?);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    let term = Term::stderr();
    loop {
        let Some(typed) = read_line(&term, &format!("{prompt}: "))? else {
            return Err(cancelled());
        };
        match check(&typed) {
            Ok(v) => return Ok(v),
            Err(e) => term.write_line(&printable_line(&e.to_string()))?,
        }
    }
}

/// A value given on the command line, or chosen among `options` (value, label) computed
/// only when needed: `options` checks access first, so that nothing is listed to whoever
/// may not read it.
pub fn select(
    given: Option<String>,
    flag: &str,
    prompt: &str,
    options: impl FnOnce() -> Result<Vec<(String, String)>>,
) -> Result<String> {
    if let Some(v) = given {
        return Ok(v);
    }
    if !interactive() {
        return Err(missing(flag));
    }
    let options = options()?;
    if options.is_empty() {
        return Err(refused(format!("nothing to choose for {flag}")));
    }
    let labels: Vec<String> = options.iter().map(|(_, l)| printable_line(l)).collect();
    match choose(&Term::stderr(), prompt, &labels)? {
        Some(i) => Ok(options[i].0.clone()),
        None => Err(cancelled()),
    }
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
        // the terminal (interactive() or asks() checked it).
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
fn read_line(term: &Term, prompt: &str) -> Result<Option<String>> {
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
            Key::Backspace if typed.pop().is_some() => term.clear_chars(1)?,
            Key::Char(c) if !c.is_control() => {
                typed.push(c);
                term.write_str(c.encode_utf8(&mut [0; 4]))?;
            }
            _ => {}
        }
        term.flush()?;
    }
}

/// How many options a menu shows at once; the arrows scroll through the others.
const PAGE: usize = 15;

/// The index of the option chosen with the arrows and Enter; None on Esc, Ctrl-C or Ctrl-D.
fn choose(term: &Term, prompt: &str, labels: &[String]) -> Result<Option<usize>> {
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
