-- The audit trail as a hash chain (src/store/chain.rs has the canonical encoding).
--
-- Each row holds the hash of the row before it and its own, so that a row changed, inserted
-- or removed by whoever can write this file shows to `afas audit verify`. The columns may be
-- NULL: afas always writes them, and a NOT NULL constraint would make every insert keep a
-- statement journal again (see 006). A row without a hash is named by `audit verify`.
ALTER TABLE audit ADD COLUMN prev_hash TEXT;
ALTER TABLE audit ADD COLUMN hash TEXT;

-- SQLite cannot compute SHA-256, so afas chains the rows already here right after this
-- SQL, in the same transaction (the migration's hook, src/store/sqlite.rs). For that one
-- update the trigger lets a row that has no hash yet receive one, and nothing else: its
-- content stays as it was, and a row that has a hash is never updated.
DROP TRIGGER audit_no_update;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NOT (OLD.hash IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
          AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
          AND NEW.target IS OLD.target AND NEW.partner IS OLD.partner
          AND NEW.details IS OLD.details)
BEGIN SELECT RAISE(ABORT, 'afas: the audit trail is append-only'); END;
