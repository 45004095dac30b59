-- The same as SQLite's 007: a message refused for good by the relay is given up after a
-- few tries (status 'failed'); `rejections` counts those permanent refusals.
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('pending', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN rejections BIGINT NOT NULL DEFAULT 0;
