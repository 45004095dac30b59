//! A small, real SMTP server for the tests: a `TcpListener` on 127.0.0.1, a thread per
//! connection, and just enough of RFC 5321 for `lettre` (EHLO/HELO, MAIL, RCPT, DATA, RSET,
//! NOOP, QUIT). It records every message it accepts, and can be told to misbehave:
//! refuse a recipient at RCPT (550), or drop the connection in the middle of DATA.
//! `down_url()` gives an address where nothing listens.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

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
                    loop {
                        let mut l = Vec::new();
                        if reader.read_until(b'\n', &mut l)? == 0 || l == b"\r\n" || l == b".\r\n" {
                            break;
                        }
                    }
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
    /// The header part and the (still encoded) body, split at the first empty line.
    fn parts(&self) -> (&str, &str) {
        let d = self.data.as_str();
        if let Some(i) = d.find("\r\n\r\n") {
            (&d[..i], &d[i + 4..])
        } else if let Some(i) = d.find("\n\n") {
            (&d[..i], &d[i + 2..])
        } else {
            (d, "")
        }
    }

    /// A header's raw value, unfolded (continuation lines joined), if present.
    pub fn header(&self, name: &str) -> Option<String> {
        let (head, _) = self.parts();
        let mut fields: Vec<String> = Vec::new();
        for line in head.split('\n') {
            let line = line.trim_end_matches('\r');
            if line.starts_with([' ', '\t']) {
                if let Some(last) = fields.last_mut() {
                    last.push_str(line);
                }
            } else {
                fields.push(line.to_string());
            }
        }
        fields.iter().find_map(|f| {
            let (n, v) = f.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }

    /// The Subject, with RFC 2047 encoded words decoded.
    pub fn subject(&self) -> String {
        decode_words(&self.header("Subject").unwrap_or_default())
    }

    /// The body, decoded from its Content-Transfer-Encoding (7bit, quoted-printable,
    /// base64), with LF line ends.
    pub fn body(&self) -> String {
        let (_, body) = self.parts();
        let cte = self
            .header("Content-Transfer-Encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let bytes = match cte.as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64(body).unwrap_or_else(|| body.as_bytes().to_vec()),
            _ => body.as_bytes().to_vec(),
        };
        String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Quoted-printable (RFC 2045): `=XX` bytes and `=` soft line breaks.
fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            if let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            ) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Base64 (standard alphabet), ignoring white space and padding.
fn base64(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// One RFC 2047 encoded word at the start of `s` (`=?charset?B|Q?text?=`): its bytes and
/// its length.
fn encoded_word(s: &str) -> Option<(Vec<u8>, usize)> {
    let inner = s.strip_prefix("=?")?;
    let (_charset, rest) = inner.split_once('?')?;
    let (enc, rest) = rest.split_once('?')?;
    let end = rest.find("?=")?;
    let text = &rest[..end];
    if text.contains(' ') {
        return None;
    }
    let bytes = match enc {
        "B" | "b" => base64(text)?,
        "Q" | "q" => quoted_printable(&text.replace('_', " ")),
        _ => return None,
    };
    let len = s.len() - (rest.len() - end) + 2;
    Some((bytes, len))
}

/// A header value with its encoded words decoded; white space between two adjacent encoded
/// words is dropped, as RFC 2047 says.
pub fn decode_words(v: &str) -> String {
    let mut out: Vec<u8> = Vec::new();
    let mut rest = v;
    let mut after_word = false;
    while !rest.is_empty() {
        match rest.find("=?") {
            None => {
                out.extend_from_slice(rest.as_bytes());
                break;
            }
            Some(i) => {
                let (before, at) = rest.split_at(i);
                match encoded_word(at) {
                    Some((bytes, len)) => {
                        if !(after_word && before.trim().is_empty()) {
                            out.extend_from_slice(before.as_bytes());
                        }
                        out.extend_from_slice(&bytes);
                        rest = &at[len..];
                        after_word = true;
                    }
                    None => {
                        out.extend_from_slice(before.as_bytes());
                        out.extend_from_slice(b"=?");
                        rest = &at[2..];
                        after_word = false;
                    }
                }
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
