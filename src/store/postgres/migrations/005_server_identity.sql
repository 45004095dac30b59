-- The server knows who is acting, and holds the access rules itself (SPEC §4, issue #13).
--
-- afas's migration runner (postgres/roles.rs) runs this as the store's owner role, a role
-- nobody logs in as, after making the roles it names: {{owner}} (owns every table and
-- function here), {{people}} (every account is a member) and {{caf}} (every Caf agent is
-- a member too). Each account is a login role named {{prefix}} followed by its login.
--
-- How the policies read: each table has one policy for its owner (the functions below run
-- as the owner, and see everything) and policies for {{people}} that ask the questions of
-- src/domain/access.rs through one helper function each. A helper is wrapped in a
-- sub-select, `(SELECT afas_x())`, so that the server computes it once per statement (an
-- init plan), not once per row. The identity is `session_user`, which SET ROLE does not
-- change; a role that is no account of this store is nobody, and sees nothing.

------------------------------------------------------------------------------------------
-- Who is asking
------------------------------------------------------------------------------------------

-- The prefix of the store's role names ('' unless `init --role-prefix` gave one).
CREATE FUNCTION afas_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT {{prefix}}::text $$;

-- The account the server authenticated, whatever its state; NULL for anyone else.
CREATE FUNCTION afas_login() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT a.login FROM account a
    WHERE starts_with(session_user::text, afas_role_prefix())
      AND a.login = substr(session_user::text, length(afas_role_prefix()) + 1)
$$;

-- The acting account: active, and a Caf agent or of an open partner; NULL otherwise.
CREATE FUNCTION afas_me() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT a.login FROM account a LEFT JOIN partner p ON p.code = a.partner
    WHERE a.login = afas_login() AND a.status = 'active'
      AND (a.partner IS NULL OR p.status = 'open')
$$;

-- The partner of the authenticated account, even before it opens (its people learn why
-- they may do nothing yet).
CREATE FUNCTION afas_own_partner() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT partner FROM account WHERE login = afas_login()
$$;

-- Is the caller a Caf agent?
CREATE FUNCTION afas_is_agent() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM account WHERE login = afas_me() AND partner IS NULL)
$$;

-- Is the caller a national Caf agent (one of no Caf in particular), who may everything?
CREATE FUNCTION afas_is_national() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM account
                   WHERE login = afas_me() AND partner IS NULL AND caf_code IS NULL)
$$;

-- The Caf of a Caf agent of one Caf; NULL for anyone else.
CREATE FUNCTION afas_agent_caf() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT caf_code FROM account WHERE login = afas_me() AND partner IS NULL
$$;

-- The partners whose data the caller reads: its own, or its Caf's (a national agent reads
-- everything, which the policies ask first).
CREATE FUNCTION afas_reads() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN afas_is_agent()
                THEN ARRAY(SELECT code FROM partner WHERE caf_code = afas_agent_caf())
                ELSE ARRAY(SELECT partner FROM account WHERE login = afas_me()) END
$$;

-- The services of the partners whose data the caller reads (for the tables keyed by
-- service: a list rather than a sub-query, so that the planner keeps its index-only scans).
CREATE FUNCTION afas_reads_services() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT ARRAY(SELECT code FROM service WHERE partner = ANY(afas_reads()))
$$;

-- The partners the caller administers: its Caf's, or its own as an administrator.
CREATE FUNCTION afas_administers() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN afas_is_agent() THEN afas_reads()
                ELSE ARRAY(SELECT partner FROM account
                           WHERE login = afas_me() AND is_admin = 1) END
$$;

-- The partners whose accounts the caller creates: administrators and group managers.
CREATE FUNCTION afas_creates_accounts() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN afas_is_agent() THEN afas_reads()
                ELSE ARRAY(SELECT a.partner FROM account a
                           WHERE a.login = afas_me()
                             AND (a.is_admin = 1 OR EXISTS (
                                  SELECT 1 FROM grp g
                                  WHERE g.partner = a.partner AND g.manager = a.login))) END
$$;

-- The groups ('PARTNER/kind') whose members the caller changes: an administrator's two,
-- a manager's own.
CREATE FUNCTION afas_changes_members() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT ARRAY(
        SELECT p.code || '/' || k.kind
        FROM partner p CROSS JOIN (VALUES ('declarer'), ('habiliter')) AS k(kind)
        WHERE p.code = ANY(afas_administers())
        UNION
        SELECT g.partner || '/' || g.kind FROM grp g
        JOIN account a ON a.login = g.manager AND a.partner = g.partner
        WHERE g.manager = afas_me())
$$;

-- The partners on whose services the caller gives profiles: members of habiliter.
CREATE FUNCTION afas_gives_profiles() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN afas_is_agent() THEN afas_reads()
                ELSE ARRAY(SELECT m.partner FROM membership m JOIN account a
                           ON a.login = m.login AND a.partner = m.partner
                           WHERE m.login = afas_me() AND m.kind = 'habiliter') END
$$;

-- The profiles the caller holds, as 'SERVICE/kind/site' ('' for the service level).
CREATE FUNCTION afas_holds() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT ARRAY(SELECT service || '/' || kind || '/' || coalesce(site, '')
                 FROM profile WHERE login = afas_me())
$$;

-- The services on which the caller holds a profile.
CREATE FUNCTION afas_holds_services() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT ARRAY(SELECT DISTINCT service FROM profile WHERE login = afas_me())
$$;

-- Whether the caller may write form F now: a Caf agent of its partner; else, before the
-- declaration is transmitted, the providers it covers (an FDA of the service or of the
-- form's site for an activity form, an FDF for the financial one) and the approver while
-- approving. afas checks the finer states itself (src/domain/workflow.rs).
CREATE FUNCTION afas_writes_form(f_id bigint) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM form f JOIN declaration d ON d.id = f.declaration
        WHERE f.id = f_id AND (
            afas_is_national()
            OR (afas_is_agent() AND d.partner = ANY(afas_reads()))
            OR (d.state <> 'transmise-caf' AND (
                   (d.state = 'en-cours-approbation'
                    AND d.service || '/approbateur/' = ANY(afas_holds()))
                OR (f.kind = 'financial' AND d.service || '/fdf/' = ANY(afas_holds()))
                OR (f.kind = 'activity'
                    AND (d.service || '/fda/' = ANY(afas_holds())
                         OR d.service || '/fda/' || coalesce(f.site, '') = ANY(afas_holds())))))))
$$;

-- The head of the audit chain, which every writer links its rows to, whatever it may read.
CREATE FUNCTION afas_audit_head() RETURNS TABLE (id bigint, hash text) LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id, a.hash::text FROM audit a ORDER BY a.id DESC LIMIT 1
$$;

-- The statistics of the declarations just opened (see store/calls/mod.rs), which only the
-- owner may gather; for a Caf agent only.
CREATE FUNCTION afas_analyze_declaration() RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF afas_is_agent() THEN
        ANALYZE declaration;
    END IF;
END $$;

------------------------------------------------------------------------------------------
-- Accounts are login roles
------------------------------------------------------------------------------------------

-- Makes the login role of an account: no password yet (`afas account password` sets a
-- temporary one), a member of {{people}}, and of {{caf}} for an agent. A role of that
-- name that is not this store's is refused, never taken over. Only the owner calls it.
CREATE FUNCTION afas_make_role(login text, agent boolean, active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    role text := afas_role_prefix() || login;
BEGIN
    -- A role of that name already there makes CREATE ROLE fail (duplicate_object), which
    -- afas says as such. (No look-up first: plpgsql would keep the plan it made when the
    -- server had few roles, and read them all for each new account of a large import.)
    EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', role, {{people_text}});
    IF agent THEN
        EXECUTE format('GRANT %I TO %I', {{caf_text}}, role);
    END IF;
    IF NOT active THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', role);
    END IF;
END $$;
REVOKE ALL ON FUNCTION afas_make_role(text, boolean, boolean) FROM PUBLIC;

CREATE FUNCTION afas_account_role() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM afas_make_role(NEW.login, NEW.partner IS NULL, NEW.status = 'active');
    RETURN NULL;
END $$;
CREATE TRIGGER account_role AFTER INSERT ON account
    FOR EACH ROW EXECUTE FUNCTION afas_account_role();

-- Suspending takes the login away and ends the person's open sessions; reactivating gives
-- the login back.
CREATE FUNCTION afas_account_status() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    role text := afas_role_prefix() || NEW.login;
BEGIN
    IF NEW.status = 'active' THEN
        EXECUTE format('ALTER ROLE %I LOGIN', role);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', role);
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE usename = role AND pid <> pg_backend_pid();
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER account_status AFTER UPDATE OF status ON account
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION afas_account_status();

-- A login is never renamed: its role keeps its name.
CREATE FUNCTION afas_account_login_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'afas: a login never changes';
END $$;
CREATE TRIGGER account_login_kept BEFORE UPDATE OF login ON account
    FOR EACH ROW WHEN (OLD.login IS DISTINCT FROM NEW.login)
    EXECUTE FUNCTION afas_account_login_kept();

-- Sets the password of LOGIN's role, given as a SCRAM-SHA-256 verifier (afas never sends a
-- password in clear), valid until UNTIL ('infinity' for a permanent one). The person
-- themself, an administrator of its partner, or a Caf agent of its partner may.
CREATE FUNCTION afas_set_password(target text, verifier text, until timestamptz)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    acc account;
BEGIN
    SELECT * INTO acc FROM account WHERE login = target;
    IF NOT FOUND OR NOT (
        -- the database's owner during `init` (the first agent's password) and `migrate`
        pg_has_role(session_user, {{owner_text}}, 'MEMBER')
        OR target = afas_me()
        OR afas_is_national()
        OR (acc.partner IS NOT NULL AND acc.partner = ANY(afas_administers()))
        OR (acc.partner IS NULL AND afas_is_agent() AND acc.caf_code = afas_agent_caf()))
    THEN
        RAISE EXCEPTION 'afas: no account % that you may set a password for', target
            USING ERRCODE = '42501';
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'afas: a password is kept as a SCRAM-SHA-256 verifier only';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L',
                   afas_role_prefix() || target, verifier, until);
END $$;

-- When the caller's password stops working ('infinity': never; NULL: no password).
CREATE FUNCTION afas_password_until() RETURNS timestamptz LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN rolvaliduntil IS NULL THEN 'infinity'::timestamptz ELSE rolvaliduntil END
    FROM pg_roles WHERE rolname = session_user
$$;

------------------------------------------------------------------------------------------
-- What each may read and write
------------------------------------------------------------------------------------------

-- Owner: the functions above, and the migrations. Everyone else: the policies below.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'afas_schema'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)',
                       t, {{owner_text}});
    END LOOP;
END $$;

-- The schema version: read by anyone who connects, written by its owner only.
GRANT SELECT ON afas_schema TO PUBLIC;

GRANT SELECT ON partner, account, grp, membership, service, site, profile, call, declaration,
    form, form_value, justification, audit, outbox, setting TO {{people}};
GRANT INSERT, UPDATE ON partner, account, grp, service, site, call, declaration, form,
    form_value, justification, outbox, setting TO {{people}};
GRANT INSERT, DELETE ON membership TO {{people}};
GRANT INSERT, UPDATE, DELETE ON profile TO {{people}};
GRANT INSERT ON audit TO {{people}};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {{people}};
REVOKE ALL ON FUNCTION afas_set_password(text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION afas_set_password(text, text, timestamptz) TO {{people}};

-- Partners: registered and their documents recorded by Caf agents (of their Caf);
-- administrators change their own partner.
CREATE POLICY read ON partner FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR code = ANY ((SELECT afas_reads())::text[])
           OR code = (SELECT afas_own_partner()));
CREATE POLICY register ON partner FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
                OR ((SELECT afas_is_agent()) AND caf_code = (SELECT afas_agent_caf())));
CREATE POLICY change ON partner FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR code = ANY ((SELECT afas_administers())::text[]))
    WITH CHECK ((SELECT afas_is_national()) OR code = ANY ((SELECT afas_administers())::text[]));

-- Accounts: a partner's by its administrators and managers; Caf agents by Caf agents.
CREATE POLICY read ON account FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_reads())::text[])
           OR login = (SELECT afas_login())
           OR (partner IS NULL AND (SELECT afas_is_agent())));
CREATE POLICY create_account ON account FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
        OR (partner IS NULL AND (SELECT afas_is_agent())
            AND caf_code = (SELECT afas_agent_caf()))
        OR (partner = ANY ((SELECT afas_creates_accounts())::text[])
            AND (is_admin = 0 OR partner = ANY ((SELECT afas_administers())::text[]))));
CREATE POLICY administer ON account FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[])
           OR (partner IS NULL AND (SELECT afas_is_agent())
               AND caf_code = (SELECT afas_agent_caf())))
    WITH CHECK ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[])
           OR (partner IS NULL AND (SELECT afas_is_agent())
               AND caf_code = (SELECT afas_agent_caf())));

-- Groups and their managers by administrators; members by the group's manager too.
CREATE POLICY read ON grp FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_reads())::text[]));
CREATE POLICY create_group ON grp FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]));
CREATE POLICY name_manager ON grp FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]))
    WITH CHECK ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]));

CREATE POLICY read ON membership FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_reads())::text[]));
CREATE POLICY add_member ON membership FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
                OR partner || '/' || kind = ANY ((SELECT afas_changes_members())::text[]));
CREATE POLICY remove_member ON membership FOR DELETE TO {{people}}
    USING ((SELECT afas_is_national())
           OR partner || '/' || kind = ANY ((SELECT afas_changes_members())::text[]));

-- Services and their sites: read by the partner, made by its administrators.
CREATE POLICY read ON service FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_reads())::text[]));
CREATE POLICY create_service ON service FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]));
CREATE POLICY change_service ON service FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]))
    WITH CHECK ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_administers())::text[]));

CREATE POLICY read ON site FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national())
           OR service = ANY ((SELECT afas_reads_services())::text[]));
CREATE POLICY create_site ON site FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()) OR service IN (
        SELECT code FROM service WHERE partner = ANY ((SELECT afas_administers())::text[])));
CREATE POLICY change_site ON site FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR service IN (
        SELECT code FROM service WHERE partner = ANY ((SELECT afas_administers())::text[])));

-- Profiles: given and taken back by the members of the partner's habiliter group.
CREATE POLICY read ON profile FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national())
           OR service = ANY ((SELECT afas_reads_services())::text[]));
CREATE POLICY grant_profile ON profile FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()) OR service IN (
        SELECT code FROM service WHERE partner = ANY ((SELECT afas_gives_profiles())::text[])));
CREATE POLICY change_profile ON profile FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR service IN (
        SELECT code FROM service WHERE partner = ANY ((SELECT afas_gives_profiles())::text[])));
-- (Who removes a holder from declarer takes its profiles back with it: `group remove
-- --revoke-profiles`.)
CREATE POLICY revoke_profile ON profile FOR DELETE TO {{people}}
    USING ((SELECT afas_is_national()) OR service IN (
        SELECT code FROM service WHERE partner = ANY ((SELECT afas_gives_profiles())::text[])
           OR partner || '/declarer' = ANY ((SELECT afas_changes_members())::text[])));

-- Calls: read by everyone who may act, opened and closed by Caf agents (of one Caf: that
-- Caf's own calls).
CREATE POLICY read ON call FOR SELECT TO {{people}}
    USING ((SELECT afas_me()) IS NOT NULL);
CREATE POLICY open_call ON call FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
                OR ((SELECT afas_is_agent()) AND caf_code = (SELECT afas_agent_caf())));
CREATE POLICY close_call ON call FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national())
           OR ((SELECT afas_is_agent()) AND caf_code = (SELECT afas_agent_caf())));

-- Declarations: opened by Caf agents, worked on by the service's profiles until they are
-- transmitted, sent back by Caf agents. Only the approver may transmit.
CREATE POLICY read ON declaration FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR partner = ANY ((SELECT afas_reads())::text[]));
CREATE POLICY open_declaration ON declaration FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
                OR ((SELECT afas_is_agent()) AND partner = ANY ((SELECT afas_reads())::text[])));
CREATE POLICY work_on ON declaration FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national())
           OR ((SELECT afas_is_agent()) AND partner = ANY ((SELECT afas_reads())::text[]))
           OR (state <> 'transmise-caf' AND service = ANY ((SELECT afas_holds_services())::text[])))
    WITH CHECK ((SELECT afas_is_national())
           OR ((SELECT afas_is_agent()) AND partner = ANY ((SELECT afas_reads())::text[]))
           OR (service = ANY ((SELECT afas_holds_services())::text[])
               AND (state <> 'transmise-caf'
                    OR service || '/approbateur/' = ANY ((SELECT afas_holds())::text[]))));

-- Forms, their values and the approver's justifications.
CREATE POLICY read ON form FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR declaration IN (SELECT id FROM declaration));
CREATE POLICY open_form ON form FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national())
                OR ((SELECT afas_is_agent()) AND declaration IN (SELECT id FROM declaration)));
CREATE POLICY enter ON form FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR afas_writes_form(id))
    WITH CHECK ((SELECT afas_is_national()) OR afas_writes_form(id));

CREATE POLICY read ON form_value FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR form IN (SELECT id FROM form));
CREATE POLICY enter ON form_value FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()) OR afas_writes_form(form));
CREATE POLICY change ON form_value FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR afas_writes_form(form))
    WITH CHECK ((SELECT afas_is_national()) OR afas_writes_form(form));

CREATE POLICY read ON justification FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR declaration IN (SELECT id FROM declaration));
CREATE POLICY justify ON justification FOR INSERT TO {{people}}
    WITH CHECK (by_login = (SELECT afas_me()) AND declaration IN (
        SELECT id FROM declaration WHERE state = 'en-cours-approbation'
        AND service || '/approbateur/' = ANY ((SELECT afas_holds())::text[])));
CREATE POLICY rejustify ON justification FOR UPDATE TO {{people}}
    USING (declaration IN (
        SELECT id FROM declaration WHERE state = 'en-cours-approbation'
        AND service || '/approbateur/' = ANY ((SELECT afas_holds())::text[])))
    WITH CHECK (by_login = (SELECT afas_me()));

-- The audit trail: rows in one's own name only; read by whoever reads their partner.
-- No update, delete or truncate is granted, and the triggers refuse them even to the owner.
CREATE POLICY read ON audit FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national())
           OR ((SELECT afas_is_agent()) AND partner = ANY ((SELECT afas_reads())::text[]))
           OR (partner = ANY ((SELECT afas_reads())::text[]) AND partner IS NOT NULL));
CREATE POLICY in_own_name ON audit FOR INSERT TO {{people}}
    WITH CHECK (actor = (SELECT afas_me()));

-- The outbox: anyone acting queues e-mails; Caf agents read and deliver them (an agent of
-- one Caf, those to its partners' people).
CREATE POLICY queue ON outbox FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_me()) IS NOT NULL);
CREATE POLICY read ON outbox FOR SELECT TO {{people}}
    USING ((SELECT afas_is_national()) OR ((SELECT afas_is_agent()) AND recipient_login IN (
        SELECT login FROM account WHERE partner = ANY ((SELECT afas_reads())::text[]))));
CREATE POLICY deliver ON outbox FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()) OR ((SELECT afas_is_agent()) AND recipient_login IN (
        SELECT login FROM account WHERE partner = ANY ((SELECT afas_reads())::text[]))));

-- Settings: read by everyone who may act, changed by national Caf agents.
CREATE POLICY read ON setting FOR SELECT TO {{people}}
    USING ((SELECT afas_me()) IS NOT NULL);
CREATE POLICY change ON setting FOR INSERT TO {{people}}
    WITH CHECK ((SELECT afas_is_national()));
CREATE POLICY change_again ON setting FOR UPDATE TO {{people}}
    USING ((SELECT afas_is_national()));

-- The accounts already there (a store from before this migration) get their roles.
SELECT afas_make_role(login, partner IS NULL, status = 'active') FROM account ORDER BY login;
