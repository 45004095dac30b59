-- The floor of the national import on PostgreSQL (bench/pg.sh): the six files loaded by
-- `psql \copy` into tables of their own columns, then written into the afas schema's
-- tables set-based, seats numbered by SQL, no rule checked and no audit written. What a
-- database engineer would do by hand, in one transaction like afas's one command.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE in_partners (code text, name text, siret text, caf_code text,
    convention text, contrat text, bulletin text);
CREATE TEMP TABLE in_accounts (login text, partner text, first_name text, last_name text,
    email text, admin text);
CREATE TEMP TABLE in_groups (partner text, grp text, login text, manager text);
CREATE TEMP TABLE in_services (code text, partner text, kind text, name text);
CREATE TEMP TABLE in_sites (service text, code text, name text, address text);
CREATE TEMP TABLE in_profiles (login text, profile text, service text, site text);
\copy in_partners FROM 'DIR/partners.csv' WITH (FORMAT csv, HEADER true)
\copy in_accounts FROM 'DIR/accounts.csv' WITH (FORMAT csv, HEADER true)
\copy in_groups FROM 'DIR/groups.csv' WITH (FORMAT csv, HEADER true)
\copy in_services FROM 'DIR/services.csv' WITH (FORMAT csv, HEADER true)
\copy in_sites FROM 'DIR/sites.csv' WITH (FORMAT csv, HEADER true)
\copy in_profiles FROM 'DIR/profiles.csv' WITH (FORMAT csv, HEADER true)
\echo copied
INSERT INTO partner (code, name, siret, caf_code, convention, contrat, bulletin, created_at)
    SELECT code, name, siret, caf_code, nullif(convention, ''), nullif(contrat, ''),
           nullif(bulletin, ''), '2026-01-01T00:00:00Z' FROM in_partners;
INSERT INTO account (login, partner, first_name, last_name, email, is_admin, created_at, admin_seat)
    SELECT login, partner, first_name, last_name, email, (admin = 'yes')::int,
           '2026-01-01T00:00:00Z',
           CASE WHEN admin = 'yes'
                THEN row_number() OVER (PARTITION BY partner, admin = 'yes' ORDER BY login) END
    FROM in_accounts;
INSERT INTO grp (partner, kind, manager, created_at)
    SELECT partner, grp, login, '2026-01-01T00:00:00Z' FROM in_groups WHERE manager = 'yes';
INSERT INTO membership (partner, kind, login, added_at)
    SELECT partner, grp, login, '2026-01-01T00:00:00Z' FROM in_groups;
INSERT INTO service (code, partner, kind, name, created_at)
    SELECT code, partner, kind, name, '2026-01-01T00:00:00Z' FROM in_services;
INSERT INTO site (service, code, name, address, created_at)
    SELECT service, code, name, nullif(address, ''), '2026-01-01T00:00:00Z' FROM in_sites;
INSERT INTO profile (login, kind, service, site, granted_by, granted_at, seat)
    SELECT login, profile, service, nullif(site, ''), 'AGENT01', '2026-01-01T00:00:00Z',
           CASE WHEN profile <> 'approbateur' THEN row_number() OVER
                (PARTITION BY service, profile, coalesce(site, '') ORDER BY login) END
    FROM in_profiles;
COMMIT;
