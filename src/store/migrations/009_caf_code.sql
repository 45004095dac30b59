-- Several Cafs on one store (SPEC §4): a Caf agent may belong to one Caf, and a call may
-- be one Caf's own. NULL is national, as every agent and call made before this was.
ALTER TABLE account ADD COLUMN caf_code TEXT CHECK (caf_code IS NULL OR length(caf_code) = 3);
ALTER TABLE call ADD COLUMN caf_code TEXT CHECK (caf_code IS NULL OR length(caf_code) = 3);
