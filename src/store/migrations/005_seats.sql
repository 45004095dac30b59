-- The limits of two (administrators per partner; holders of an FDA or FDF per scope) held by
-- seats in a unique index instead of by triggers that count.
--
-- Why: a table with an INSERT trigger makes SQLite keep a statement journal for every
-- insert into it inside the command's transaction (a copy of each page the statement
-- touches, so that the trigger's RAISE could undo that one statement). It was 15 % of a
-- million-row accounts import and 10 % of a profiles import, for rows that never came near
-- a limit. A seat, 1 or 2, unique per partner or per scope, says the same in an index: a
-- third administrator or holder finds no free seat. The CHECKs tie the seat to what it
-- seats, so no row can dodge the index. The rules themselves (and their messages) are still
-- decided in src/domain/; the store backs them, as before, against a racing process.
--
-- Both tables are rebuilt (SQLite cannot add a table CHECK to an existing table). The store
-- runs migrations with foreign keys off and checks them all afterwards (src/store/mod.rs).
-- profile_by_login goes: profile_unique starts with login and serves the same lookups, and
-- each index costs every insert a write at a random place.

CREATE TABLE account_new (
    login       TEXT PRIMARY KEY COLLATE NOCASE,
    partner     TEXT REFERENCES partner(code),          -- NULL: a Caf agent
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL,
    is_admin    INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  TEXT NOT NULL,
    -- an administrator's seat, 1 or 2, unique per partner (account_admin_seat)
    admin_seat  INTEGER CHECK (admin_seat IN (1, 2)),
    CHECK (partner IS NOT NULL OR is_admin = 0),
    CHECK ((is_admin = 1) = (admin_seat IS NOT NULL))
);
INSERT INTO account_new
    (rowid, login, partner, first_name, last_name, email, is_admin, status, created_at, admin_seat)
SELECT rowid, login, partner, first_name, last_name, email, is_admin, status, created_at,
       CASE WHEN is_admin = 1
            THEN row_number() OVER (PARTITION BY partner, is_admin ORDER BY rowid) END
FROM account ORDER BY rowid;
DROP TABLE account;
ALTER TABLE account_new RENAME TO account;
CREATE INDEX account_by_partner ON account(partner);
CREATE UNIQUE INDEX account_admin_seat ON account(partner, admin_seat) WHERE admin_seat IS NOT NULL;

CREATE TABLE profile_new (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL REFERENCES account(login),
    -- Written with OR, not IN: SQLite codes an IN list of three or more values as a
    -- temporary index that it builds again for every inserted row (10 % of the
    -- instructions of a national import, under callgrind).
    kind        TEXT NOT NULL CHECK (kind = 'fda' OR kind = 'fdf' OR kind = 'approbateur'),
    service     TEXT NOT NULL REFERENCES service(code),
    site        TEXT,                    -- NULL: service level; only an fda may have a site
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    -- an FDA's or FDF's seat in its scope, 1 or 2 (profile_seat); the approver has none
    -- (one per service: profile_one_approver)
    seat        INTEGER CHECK (seat IN (1, 2)),
    CHECK (site IS NULL OR kind = 'fda'),
    CHECK ((kind = 'approbateur') = (seat IS NULL)),
    FOREIGN KEY (service, site) REFERENCES site(service, code)
);
INSERT INTO profile_new (id, login, kind, service, site, granted_by, granted_at, seat)
SELECT id, login, kind, service, site, granted_by, granted_at,
       CASE WHEN kind <> 'approbateur'
            THEN row_number() OVER (PARTITION BY service, kind, coalesce(site, '') ORDER BY id) END
FROM profile ORDER BY id;
DROP TABLE profile;
ALTER TABLE profile_new RENAME TO profile;
CREATE UNIQUE INDEX profile_unique ON profile(login, kind, service, coalesce(site, ''));
CREATE INDEX profile_by_scope ON profile(service, kind, site);
CREATE UNIQUE INDEX profile_one_approver ON profile(service) WHERE kind = 'approbateur';
CREATE UNIQUE INDEX profile_seat ON profile(service, kind, coalesce(site, ''), seat)
    WHERE seat IS NOT NULL;
CREATE TRIGGER profile_no_update BEFORE UPDATE OF kind, service, site, seat ON profile
BEGIN SELECT RAISE(ABORT, 'afas: a profile is revoked and granted again, never moved'); END;
