//! The one e-mail address check (SPEC §6): account creation, import, `mail.from` and the
//! outbox's delivery all go through `parse`, so an address afas accepted is never refused
//! later for its form.
//!
//! It accepts what the sender (lettre) can put both in the envelope and in the `To` header,
//! and nothing else. lettre's `Address` alone takes forms its message builder then cannot
//! address (`a@[127.0.0.1]`, `"weird local"@e.fr`: the header's parser refuses them) and
//! non-ASCII addresses, which a relay without SMTPUTF8 refuses: both are refused here. Two
//! rules of afas's own on top: a domain with a dot (`claire@localhost` is no partner's
//! address) and at most 254 bytes (RFC 5321's limit on a path).

use lettre::message::Mailbox;
use lettre::Address;

use super::refusal::{Decided, Refusal};

/// An address as the sender will use it, or the refusal naming it.
pub fn parse(input: &str) -> Decided<Address> {
    let e = input.trim();
    let bad = || {
        Refusal::Invalid(format!(
            "e-mail {e:?} is not valid: expected name@domain.tld"
        ))
    };
    if e.is_empty() || e.len() > 254 || !e.is_ascii() || e.bytes().any(|b| b.is_ascii_control()) {
        return Err(bad());
    }
    let address: Address = e.parse().map_err(|_| bad())?;
    // The header's parser must read the same address back, with no display name.
    let header: Mailbox = e.parse().map_err(|_| bad())?;
    if header.name.is_some() || header.email != address || !address.domain().contains('.') {
        return Err(bad());
    }
    Ok(address)
}

/// The address as stored: the input, trimmed.
pub fn email(input: &str) -> Decided<String> {
    parse(input).map(|a| a.to_string())
}

/// `mail.from`: an address, or a display name and an address
/// (`Caf de la Charente <afas@caf16.caf.fr>`); the address goes through `parse`.
pub fn sender(input: &str) -> Decided<Mailbox> {
    let s = input.trim();
    let bad = |why: &str| {
        Refusal::Invalid(format!(
            "mail.from {s:?} is not valid: {why}; expected afas@caf16.caf.fr or \
             'Caf de la Charente <afas@caf16.caf.fr>'"
        ))
    };
    if s.chars().any(char::is_control) {
        return Err(bad("it holds a control character"));
    }
    let mailbox: Mailbox = s.parse().map_err(|_| bad("not a sender"))?;
    let address = parse(mailbox.email.as_ref()).map_err(|_| bad("its address is not valid"))?;
    Ok(Mailbox::new(
        mailbox.name.filter(|n| !n.trim().is_empty()),
        address,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_sender_cannot_address_is_refused() {
        assert!(email("claire.durand@angouleme.fr").is_ok());
        assert_eq!(email("  c.d@e.fr ").unwrap(), "c.d@e.fr");
        for bad in [
            "a@[127.0.0.1]",
            "\"weird local\"@e.fr",
            "\"a\\\"b\"@e.fr",
            "é@e.fr",
            "a@é.fr",
            "claire@localhost",
            "<a@e.fr>",
            "Claire <a@e.fr>",
            "a@e.fr\r\nBcc: x@y.fr",
            "a..b@e.fr",
            "",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        let long = format!("{}@e.fr", "a".repeat(250));
        assert!(email(&long).is_err());
    }

    #[test]
    fn a_sender_may_have_a_display_name() {
        let m = sender("Caf de la Charente <afas@caf16.caf.fr>").unwrap();
        assert_eq!(m.name.as_deref(), Some("Caf de la Charente"));
        assert_eq!(m.email.to_string(), "afas@caf16.caf.fr");
        assert_eq!(sender("afas@caf16.caf.fr").unwrap().name, None);
        assert!(sender("Caf d'Angoulême <afas@caf16.caf.fr>").is_ok());
        for bad in [
            "Caf <a@[127.0.0.1]>",
            "Caf <afas@localhost>",
            "Caf\r\nBcc: x@y.fr <a@b.fr>",
            "Caf de la Charente",
            "",
        ] {
            assert!(sender(bad).is_err(), "{bad}");
        }
    }
}
