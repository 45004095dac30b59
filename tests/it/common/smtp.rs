//! A small, real SMTP server for the tests: a `TcpListener` on 127.0.0.1, a thread per
//! connection, and just enough of RFC 5321 for `lettre` (EHLO/HELO, MAIL, RCPT, DATA, RSET,
//! NOOP, QUIT). It records every message it accepts, and can be told to misbehave:
//! refuse a recipient at RCPT (550), or drop the connection in the middle of DATA (keeping
//! the headers it got, to compare with the retry's). These faults are why it stays beside
//! the real relay of relay.rs (aiosmtpd), which cannot be made to cut a transfer.
//! `down_url()` gives an address where nothing listens. The messages it accepted are
//! decoded (headers, MIME, transfer encodings) by the `mail-parser` crate.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use mail_parser::{Message, MessageParser};

/// One message the server accepted (answered 250 after the final dot).
#[derive(Clone, Debug)]
pub struct Received {
    /// MAIL FROM, without the angle brackets.
    pub from: String,
    /// RCPT TO addresses accepted for this message.
    pub recipients: Vec<String>,
    /// The DATA as received, dot-unstuffed, without the final `.` line.
    pub data: String,
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// Recipients answered 550 at RCPT (lower case).
    reject: Vec<String>,
    /// How many more DATA transfers to cut off before replying.
    drop_data: usize,
    /// How many DATA transfers were cut off.
    dropped: usize,
    /// What each cut-off transfer had sent: its headers.
    cut: Vec<Received>,
    connections: usize,
    /// A pause before answering the final dot of DATA: a slow server.
    delay: Duration,
}

pub struct SmtpServer {
    port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl SmtpServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the test SMTP server");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let accept = {
            let (state, stop) = (state.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    state.lock().unwrap().connections += 1;
                    let state = state.clone();
                    thread::spawn(move || {
                        let _ = serve(stream, &state);
                    });
                }
            })
        };
        SmtpServer {
            port,
            state,
            stop,
            accept: Some(accept),
        }
    }

    /// `smtp://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Answer 550 when this address is given at RCPT TO.
    pub fn reject(&self, address: &str) {
        self.state
            .lock()
            .unwrap()
            .reject
            .push(address.to_ascii_lowercase());
    }

    /// Close the connection in the middle of the next `n` DATA transfers, without replying.
    pub fn drop_during_data(&self, n: usize) {
        self.state.lock().unwrap().drop_data = n;
    }

    /// Wait this long before accepting each message (a slow server).
    pub fn slow(&self, delay: Duration) {
        self.state.lock().unwrap().delay = delay;
    }

    /// DATA transfers cut off so far.
    pub fn dropped(&self) -> usize {
        self.state.lock().unwrap().dropped
    }

    /// The headers of each DATA transfer cut off so far.
    pub fn cut_off(&self) -> Vec<Received> {
        self.state.lock().unwrap().cut.clone()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.lock().unwrap().connections
    }

    /// Every message accepted so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    /// The messages accepted for this address.
    pub fn to(&self, address: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|m| m.recipients.iter().any(|r| r.eq_ignore_ascii_case(address)))
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(h) = self.accept.take() {
            let _ = h.join();
        }
    }
}

/// `smtp://127.0.0.1:PORT` of a port where nothing listens (bound, then released).
pub fn down_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("smtp://127.0.0.1:{port}")
}

fn reply(w: &mut TcpStream, line: &str) -> io::Result<()> {
    w.write_all(line.as_bytes())?;
    w.write_all(b"\r\n")?;
    w.flush()
}

/// The address inside `<…>` of a MAIL FROM or RCPT TO argument.
fn address(arg: &str) -> String {
    match (arg.find('<'), arg.find('>')) {
        (Some(a), Some(b)) if a < b => arg[a + 1..b].to_string(),
        _ => arg
            .split_once(':')
            .map_or(arg, |(_, r)| r)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string(),
    }
}

fn serve(stream: TcpStream, state: &Mutex<State>) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut w = stream;
    reply(&mut w, "220 127.0.0.1 afas-test ESMTP ready")?;
    let mut from: Option<String> = None;
    let mut recipients: Vec<String> = Vec::new();
    loop {
        let mut raw = Vec::new();
        if reader.read_until(b'\n', &mut raw)? == 0 {
            return Ok(());
        }
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\r', '\n']);
        let upper = line.to_ascii_uppercase();
        let verb = upper.split_whitespace().next().unwrap_or("");
        match verb {
            "EHLO" => {
                w.write_all(b"250-127.0.0.1 afas-test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")?;
                w.flush()?;
            }
            "HELO" => reply(&mut w, "250 127.0.0.1 afas-test")?,
            "MAIL" => {
                from = Some(address(&line[4..]));
                recipients.clear();
                reply(&mut w, "250 2.1.0 Ok")?;
            }
            "RCPT" => {
                let to = address(&line[4..]);
                if from.is_none() {
                    reply(&mut w, "503 5.5.1 MAIL first")?;
                } else if state
                    .lock()
                    .unwrap()
                    .reject
                    .contains(&to.to_ascii_lowercase())
                {
                    reply(
                        &mut w,
                        &format!("550 5.1.1 <{to}>: Recipient address rejected"),
                    )?;
                } else {
                    recipients.push(to);
                    reply(&mut w, "250 2.1.5 Ok")?;
                }
            }
            "DATA" => {
                if from.is_none() || recipients.is_empty() {
                    reply(&mut w, "503 5.5.1 RCPT first")?;
                    continue;
                }
                reply(&mut w, "354 End data with <CR><LF>.<CR><LF>")?;
                let cut = {
                    let mut s = state.lock().unwrap();
                    if s.drop_data > 0 {
                        s.drop_data -= 1;
                        s.dropped += 1;
                        true
                    } else {
                        false
                    }
                };
                if cut {
                    // Take some of the message (up to the end of its headers), then hang up
                    // without a word.
                    let mut head = Vec::new();
                    loop {
                        let mut l = Vec::new();
                        if reader.read_until(b'\n', &mut l)? == 0 || l == b"\r\n" || l == b".\r\n" {
                            break;
                        }
                        head.extend_from_slice(&l);
                    }
                    state.lock().unwrap().cut.push(Received {
                        from: from.take().unwrap_or_default(),
                        recipients: std::mem::take(&mut recipients),
                        data: String::from_utf8_lossy(&head).into_owned() + "\r\n",
                    });
                    let _ = w.shutdown(std::net::Shutdown::Both);
                    return Ok(());
                }
                let mut data = Vec::new();
                loop {
                    let mut l = Vec::new();
                    if reader.read_until(b'\n', &mut l)? == 0 {
                        return Ok(()); // the client went away: nothing accepted
                    }
                    if l == b".\r\n" || l == b".\n" {
                        break;
                    }
                    if l.starts_with(b"..") {
                        l.remove(0);
                    }
                    data.extend_from_slice(&l);
                }
                let delay = state.lock().unwrap().delay;
                thread::sleep(delay);
                let id = {
                    let mut s = state.lock().unwrap();
                    s.received.push(Received {
                        from: from.take().unwrap_or_default(),
                        recipients: std::mem::take(&mut recipients),
                        data: String::from_utf8_lossy(&data).into_owned(),
                    });
                    s.received.len()
                };
                reply(&mut w, &format!("250 2.0.0 Ok: queued as {id}"))?;
            }
            "RSET" => {
                from = None;
                recipients.clear();
                reply(&mut w, "250 2.0.0 Ok")?;
            }
            "NOOP" => reply(&mut w, "250 2.0.0 Ok")?,
            "QUIT" => {
                reply(&mut w, "221 2.0.0 Bye")?;
                return Ok(());
            }
            _ => reply(&mut w, "502 5.5.2 Command not recognized")?,
        }
    }
}

impl Received {
    /// The message as `mail-parser` reads it.
    fn parsed(&self) -> Message<'_> {
        MessageParser::default()
            .parse(self.data.as_bytes())
            .unwrap_or_else(|| panic!("not a message: {:?}", self.data))
    }

    /// The addresses of the To header, decoded.
    pub fn to_addresses(&self) -> Vec<String> {
        self.parsed()
            .to()
            .map(|to| {
                to.iter()
                    .filter_map(|a| a.address())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The Message-ID, without its angle brackets.
    pub fn message_id(&self) -> Option<String> {
        self.parsed().message_id().map(str::to_string)
    }

    /// An unfolded header's raw value, by name (any case), from the header section.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default();
        head.split("\r\n").find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    /// The From header, decoded: its display name and address.
    pub fn sender_header(&self) -> (Option<String>, Option<String>) {
        let parsed = self.parsed();
        let first = parsed.from().and_then(|f| f.first());
        (
            first.and_then(|a| a.name()).map(str::to_string),
            first.and_then(|a| a.address()).map(str::to_string),
        )
    }

    /// The Subject, decoded (RFC 2047 encoded words).
    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_string()
    }

    /// The text body, decoded from its Content-Transfer-Encoding and charset, with LF line
    /// ends.
    pub fn body(&self) -> String {
        self.parsed()
            .body_text(0)
            .map(|b| b.replace("\r\n", "\n"))
            .unwrap_or_default()
    }
}
