-- Foundation: partners, accounts, groups, the append-only audit trail and the outbox.
-- Codes and logins are the primary keys: they are what people type and what the CSV carries.

CREATE TABLE partner (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    siret       TEXT NOT NULL CHECK (length(siret) = 14),
    caf_code    TEXT NOT NULL CHECK (length(caf_code) = 3),
    -- receipt dates (YYYY-MM-DD) of the three signed documents; NULL = not received
    convention  TEXT,
    contrat     TEXT,
    bulletin    TEXT,
    created_at  TEXT NOT NULL,
    -- derived, never written: a partner opens when its three documents are received
    status      TEXT GENERATED ALWAYS AS (
        CASE WHEN convention IS NOT NULL AND contrat IS NOT NULL AND bulletin IS NOT NULL
             THEN 'open' ELSE 'pending' END) VIRTUAL
);

CREATE TABLE account (
    login       TEXT PRIMARY KEY COLLATE NOCASE,
    partner     TEXT REFERENCES partner(code),          -- NULL: a Caf agent
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL,
    is_admin    INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  TEXT NOT NULL,
    CHECK (partner IS NOT NULL OR is_admin = 0)
);
CREATE INDEX account_by_partner ON account(partner);

-- The store backs the two-administrators rule itself, so a second process cannot break it.
CREATE TRIGGER account_admin_limit_insert BEFORE INSERT ON account
WHEN NEW.is_admin = 1 AND
     (SELECT count(*) FROM account WHERE partner = NEW.partner AND is_admin = 1) >= 2
BEGIN SELECT RAISE(ABORT, 'afas: at most 2 administrators per partner'); END;
CREATE TRIGGER account_admin_limit_update BEFORE UPDATE OF is_admin ON account
WHEN NEW.is_admin = 1 AND OLD.is_admin = 0 AND
     (SELECT count(*) FROM account WHERE partner = NEW.partner AND is_admin = 1) >= 2
BEGIN SELECT RAISE(ABORT, 'afas: at most 2 administrators per partner'); END;

CREATE TABLE grp (
    partner     TEXT NOT NULL REFERENCES partner(code),
    kind        TEXT NOT NULL CHECK (kind IN ('declarer', 'habiliter')),
    manager     TEXT NOT NULL REFERENCES account(login),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (partner, kind)
) WITHOUT ROWID;

CREATE TABLE membership (
    partner     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    login       TEXT NOT NULL REFERENCES account(login),
    added_at    TEXT NOT NULL,
    PRIMARY KEY (partner, kind, login),
    FOREIGN KEY (partner, kind) REFERENCES grp(partner, kind)
) WITHOUT ROWID;
CREATE INDEX membership_by_login ON membership(login);

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    partner     TEXT,              -- the partner concerned, for filtering and access
    details     TEXT NOT NULL      -- a JSON object
);
CREATE INDEX audit_by_partner ON audit(partner);
CREATE INDEX audit_by_actor ON audit(actor);
-- History cannot be rewritten, not even from a direct sqlite3 session.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'afas: the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'afas: the audit trail is append-only'); END;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    recipient       TEXT NOT NULL,       -- e-mail address
    recipient_login TEXT,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    cause           TEXT NOT NULL,       -- e.g. group-notify, call-open
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TEXT
);
CREATE INDEX outbox_pending ON outbox(status);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
