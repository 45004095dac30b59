-- A message whose recipient the relay refuses for good (a permanent 5xx) is given up after
-- a few tries (status 'failed', with its reason) instead of failing every `outbox send`
-- forever. `rejections` counts those permanent refusals, apart from `attempts`, which also
-- counts a relay down or a cut connection: neither is the message's fault.
-- SQLite cannot change a CHECK in place: the table is rebuilt, its rows and ids kept.
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    recipient       TEXT NOT NULL,       -- e-mail address
    recipient_login TEXT,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    cause           TEXT NOT NULL,       -- e.g. group-notify, call-open
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TEXT,
    claimed_until   TEXT,
    rejections      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_new (id, created_at, recipient, recipient_login, subject, body, cause,
                        status, attempts, last_error, sent_at, claimed_until)
    SELECT id, created_at, recipient, recipient_login, subject, body, cause,
           status, attempts, last_error, sent_at, claimed_until
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(status);
