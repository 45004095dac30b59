-- The append-only audit trail without a statement journal on every insert.
--
-- A table with an INSERT trigger makes SQLite keep a statement journal for each insert into
-- it (a copy of every page the statement touches) when the statement "may abort": when the
-- trigger can RAISE(ABORT), or a NOT NULL constraint can abort. The audit table has no
-- foreign key, so with the trigger raising FAIL and afas inserting with INSERT OR FAIL,
-- nothing can abort and no journal is kept: a national import spent about a tenth of its
-- time journaling audit pages. For a one-row insert the two are the same: the trigger and
-- the constraints run before anything is written, and afas rolls the whole command back.
-- The guarantee of migration 004 is unchanged: an insert that names an existing id is
-- refused, from afas or from any sqlite3 session.
DROP TRIGGER audit_no_replace;
CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
BEGIN SELECT RAISE(FAIL, 'afas: the audit trail is append-only'); END;
