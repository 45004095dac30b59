-- Calls for declaration, declarations, their forms and values, the approver's steps,
-- and the outbox's delivery claim.

CREATE TABLE call (
    id          TEXT PRIMARY KEY,            -- <type>-<year>-<kind>, e.g. reel-2019-alsh
    kind        TEXT NOT NULL CHECK (kind IN ('alsh', 'ram')),
    type        TEXT NOT NULL CHECK (type IN ('previsionnel', 'actualise', 'reel')),
    year        INTEGER NOT NULL,
    deadline    TEXT NOT NULL,
    activity    INTEGER NOT NULL CHECK (activity IN (0, 1)),   -- asks for activity data
    financial   INTEGER NOT NULL CHECK (financial IN (0, 1)),  -- asks for financial data
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    opened_by   TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    closed_at   TEXT
);

CREATE TABLE declaration (
    id                  INTEGER PRIMARY KEY,
    call                TEXT NOT NULL REFERENCES call(id),
    service             TEXT NOT NULL REFERENCES service(code),
    partner             TEXT NOT NULL REFERENCES partner(code),
    state               TEXT NOT NULL DEFAULT 'a-saisir' CHECK (state IN
                          ('a-saisir', 'saisie-en-cours', 'en-cours-approbation',
                           'transmise-caf', 'a-revoir')),
    round               INTEGER NOT NULL DEFAULT 0,   -- approval passes; steps belong to one
    activity_reviewed   TEXT,                         -- step 1, when
    financial_reviewed  TEXT,                         -- step 2, when
    transmitted_at      TEXT,
    transmitted_by      TEXT,
    sent_back_reason    TEXT,
    UNIQUE (call, service)
);
CREATE INDEX declaration_by_partner ON declaration(partner);
CREATE INDEX declaration_by_service ON declaration(service);

CREATE TABLE form (
    id              INTEGER PRIMARY KEY,
    declaration     INTEGER NOT NULL REFERENCES declaration(id),
    kind            TEXT NOT NULL CHECK (kind IN ('activity', 'financial')),
    site            TEXT,                    -- the site of an activity form; NULL: the service
    state           TEXT NOT NULL CHECK (state IN
                      ('a-saisir', 'en-cours', 'complet', 'renvoye', 'non-demande')),
    return_reason   TEXT,                    -- set while returned to its providers
    updated_at      TEXT,
    updated_by      TEXT
);
CREATE UNIQUE INDEX form_unique ON form(declaration, kind, coalesce(site, ''));

CREATE TABLE form_value (
    form    INTEGER NOT NULL REFERENCES form(id),
    field   TEXT NOT NULL,
    value   INTEGER NOT NULL,                -- cents, hundredths or a count: never a float
    PRIMARY KEY (form, field)
) WITHOUT ROWID;

CREATE TABLE justification (
    declaration INTEGER NOT NULL REFERENCES declaration(id),
    round       INTEGER NOT NULL,
    control     TEXT NOT NULL,
    text        TEXT NOT NULL,
    by_login    TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (declaration, round, control)
) WITHOUT ROWID;

-- A sender claims a message before delivering it, so two `outbox send` never both send it.
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
