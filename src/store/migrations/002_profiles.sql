-- Services, their sites, and the Afas profiles given on them.

CREATE TABLE service (
    code        TEXT PRIMARY KEY,
    partner     TEXT NOT NULL REFERENCES partner(code),
    kind        TEXT NOT NULL CHECK (kind IN ('alsh', 'ram')),
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX service_by_partner ON service(partner);

CREATE TABLE site (
    service     TEXT NOT NULL REFERENCES service(code),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    address     TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (service, code)
) WITHOUT ROWID;

CREATE TABLE profile (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL REFERENCES account(login),
    kind        TEXT NOT NULL CHECK (kind IN ('fda', 'fdf', 'approbateur')),
    service     TEXT NOT NULL REFERENCES service(code),
    site        TEXT,                    -- NULL: service level; only an fda may have a site
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    CHECK (site IS NULL OR kind = 'fda'),
    FOREIGN KEY (service, site) REFERENCES site(service, code)
);
CREATE UNIQUE INDEX profile_unique ON profile(login, kind, service, coalesce(site, ''));
CREATE INDEX profile_by_scope ON profile(service, kind, site);
CREATE INDEX profile_by_login ON profile(login);

-- The limits, backed by the store itself so that two processes racing cannot go over them:
-- one approver per service (a unique partial index), two of each other profile per scope.
CREATE UNIQUE INDEX profile_one_approver ON profile(service) WHERE kind = 'approbateur';
CREATE TRIGGER profile_two_per_scope BEFORE INSERT ON profile
WHEN NEW.kind IN ('fda', 'fdf') AND
     (SELECT count(*) FROM profile
       WHERE service = NEW.service AND kind = NEW.kind AND site IS NEW.site) >= 2
BEGIN SELECT RAISE(ABORT, 'afas: at most 2 holders of this profile in this scope'); END;
CREATE TRIGGER profile_no_update BEFORE UPDATE OF kind, service, site ON profile
BEGIN SELECT RAISE(ABORT, 'afas: a profile is revoked and granted again, never moved'); END;
