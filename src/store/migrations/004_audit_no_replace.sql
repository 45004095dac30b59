-- REPLACE (and INSERT OR REPLACE) removes the row it collides with without firing delete
-- triggers (SQLite fires them only under recursive_triggers), so audit_no_delete alone let
-- `REPLACE INTO audit (id, …) VALUES (2, …)` rewrite history from any sqlite3 session.
-- An insert that names an existing id is refused before it can replace anything.
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'afas: the audit trail is append-only'); END;
