#!/usr/bin/env python3
"""A real SMTP relay for afas's tests: aiosmtpd (PyPI), which no one here wrote.

Started by tests/it/common/relay.rs on 127.0.0.1; prints `ready PORT` once it listens and
serves until its stdin closes (the test dropped it) or it is killed. Each message it
accepts is written to the spool folder as N.eml (the data as received) and N.json (the
envelope). Options:

  --mode plain|starttls|smtps   no TLS; STARTTLS offered and required before MAIL;
                                TLS from the first byte
  --cert PEM --key PEM          the server's certificate (made by the test with rcgen)
  --user LOGIN                  AUTH required, PLAIN or LOGIN, with the password from
                                the RELAY_PASSWORD environment variable
  --reject ADDRESS              answer 550 at RCPT TO for this address (repeatable)
"""

import argparse
import json
import os
import socket
import ssl
import sys

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:
    print("aiosmtpd is missing: pip install aiosmtpd", file=sys.stderr)
    sys.exit(3)


class Spool:
    def __init__(self, folder, reject):
        self.folder = folder
        self.reject = {a.lower() for a in reject}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, f"{self.count:06}")
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json.tmp", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".json.tmp", base + ".json")  # the test reads complete files only
        return "250 2.0.0 OK: queued"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--spool", required=True)
    p.add_argument("--mode", choices=["plain", "starttls", "smtps"], default="plain")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--reject", action="append", default=[])
    a = p.parse_args()

    kwargs = {}
    tls = None
    if a.mode != "plain":
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(a.cert, a.key)
    if a.mode == "starttls":
        kwargs.update(tls_context=tls, require_starttls=True)
    if a.user:
        password = os.environ.get("RELAY_PASSWORD", "")

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login == a.user.encode()
                and auth_data.password == password.encode()
            )
            return AuthResult(success=ok, handled=False)

        kwargs.update(
            authenticator=authenticator,
            auth_required=True,
            # With STARTTLS, AUTH only once it is done. With smtps the whole connection is
            # TLS, which aiosmtpd does not see (it tracks STARTTLS only): AUTH right away.
            auth_require_tls=a.mode == "starttls",
        )

    port = free_port()
    controller = Controller(
        Spool(a.spool, a.reject),
        hostname="127.0.0.1",
        port=port,
        ssl_context=tls if a.mode == "smtps" else None,
        server_hostname="relay.test",
        **kwargs,
    )
    controller.start()
    print(f"ready {port}", flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or dies)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
