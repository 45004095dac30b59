//! One outbox message as it goes on the wire: the headers every attempt shares, so that a
//! second copy (a resend after a crash, RELIABILITY.md) is recognisably the same message.

use lettre::message::header::{ContentType, MIME_VERSION_1_0};
use lettre::message::Mailbox;
use lettre::Message;

use crate::domain::address;

/// `<OUTBOX-ID.STORE-ID@afas>`: the same on every attempt of one outbox message, and unique
/// across stores (the store id is random, kept in the store's settings).
pub fn message_id(store_id: &str, outbox_id: i64) -> String {
    format!("<{outbox_id}.{store_id}@afas>")
}

/// A new store id: 128 bits from the standard library's randomly keyed hasher (seeded
/// from the OS), mixed with the time and the process, in hex. No crate needed for it.
pub fn fresh_store_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u8(salt);
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.finish()
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

/// The message, or why it can never be built (its recipient's address: the same check as
/// at the account's creation, so only an address written outside afas fails here).
pub fn build(
    from: &Mailbox,
    to: &str,
    subject: &str,
    body: &str,
    message_id: String,
) -> Result<Message, String> {
    let to = address::parse(to).map_err(|e| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(Mailbox::new(None, to))
        .subject(subject)
        .message_id(Some(message_id))
        .header(MIME_VERSION_1_0)
        .header(ContentType::TEXT_PLAIN)
        .body(body.to_string())
        .map_err(|e| format!("cannot build the message: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn from() -> Mailbox {
        address::sender("Caf de la Charente <afas@caf16.caf.fr>").unwrap()
    }

    #[test]
    fn store_ids_differ() {
        let (a, b) = (fresh_store_id(), fresh_store_id());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }

    #[test]
    fn headers_every_attempt_shares() {
        let m = build(
            &from(),
            "c.d@e.fr",
            "Sujet é",
            "Corps",
            message_id("ab12", 7),
        )
        .unwrap();
        let text = String::from_utf8(m.formatted()).unwrap();
        assert!(text.contains("Message-ID: <7.ab12@afas>\r\n"), "{text}");
        assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
        assert!(text.contains("\r\nDate: "), "{text}");
        assert!(
            text.contains("From: \"Caf de la Charente\" <afas@caf16.caf.fr>\r\n"),
            "{text}"
        );
    }

    /// What lettre itself, alone, can send to: an `Address`, read back by the header's
    /// parser, and a message built to it.
    fn lettre_sends_to(input: &str) -> Option<Vec<String>> {
        input.trim().parse::<lettre::Address>().ok()?;
        let to: Mailbox = input.trim().parse().ok()?;
        let m = Message::builder()
            .from(from())
            .to(to)
            .body(String::new())
            .ok()?;
        Some(m.envelope().to().iter().map(|a| a.to_string()).collect())
    }

    proptest! {
        /// The one check against lettre's own parsing: what the check accepts, lettre sends
        /// to (with the stored address as the envelope's recipient); what it refuses, lettre
        /// refuses too, or it breaks one of afas's three rules (ASCII, a dot in the domain,
        /// 254 bytes).
        #[test]
        fn the_check_accepts_what_the_sender_accepts_and_nothing_else(
            local in "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\" \\\\é<>()-]{0,12}",
            domain in "[a-zA-Z0-9.\\[\\]:_é-]{0,12}",
        ) {
            let input = format!("{local}@{domain}");
            let lettre = lettre_sends_to(&input);
            match address::email(&input) {
                Ok(stored) => prop_assert_eq!(lettre, Some(vec![stored]), "{}", input),
                Err(_) => {
                    let own_rule = !input.is_ascii() || !domain.contains('.');
                    prop_assert!(lettre.is_none() || own_rule, "{}", input);
                }
            }
            // Delivery builds exactly when the check accepts.
            let built = build(&from(), &input, "s", "b", message_id("x", 1));
            prop_assert_eq!(built.is_ok(), address::email(&input).is_ok());
        }
    }
}
