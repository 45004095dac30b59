-- Several Cafs on one store (SPEC §4), as SQLite's migration 009: a Caf agent may belong
-- to one Caf, and a call may be one Caf's own. NULL is national, as every agent and call
-- made before this was. Only an agent has a Caf code: a partner's people have their
-- partner's.
ALTER TABLE account ADD COLUMN caf_code TEXT COLLATE "C"
    CHECK (caf_code IS NULL OR length(caf_code) = 3);
ALTER TABLE account ADD CHECK (caf_code IS NULL OR partner IS NULL);
ALTER TABLE call ADD COLUMN caf_code TEXT COLLATE "C"
    CHECK (caf_code IS NULL OR length(caf_code) = 3);
