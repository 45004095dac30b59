-- The audit trail as a hash chain (src/store/chain.rs has the canonical encoding), as
-- SQLite's migration 007: each row holds the hash of the row before it and its own, so that
-- a row changed, inserted or removed outside afas shows to `afas audit verify`.
ALTER TABLE audit ADD COLUMN prev_hash TEXT COLLATE "C";
ALTER TABLE audit ADD COLUMN hash TEXT COLLATE "C";

-- afas chains the rows already here right after this SQL, in the same transaction
-- (`Postgres::migrate`): one implementation of the encoding, in Rust, for both stores. For
-- that one update a row that has no hash yet may receive one, and nothing else: its content
-- stays as it was, and a row that has a hash is never updated. Delete and truncate are
-- refused as before.
CREATE FUNCTION afas_audit_update_only_to_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.hash IS NULL AND NEW.id IS NOT DISTINCT FROM OLD.id
       AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.actor IS NOT DISTINCT FROM OLD.actor
       AND NEW.action IS NOT DISTINCT FROM OLD.action
       AND NEW.target IS NOT DISTINCT FROM OLD.target
       AND NEW.partner IS NOT DISTINCT FROM OLD.partner
       AND NEW.details IS NOT DISTINCT FROM OLD.details THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'afas: the audit trail is append-only';
END $$;
DROP TRIGGER audit_no_update ON audit;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION afas_audit_update_only_to_chain();
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION afas_audit_append_only();
