-- Workshops (SPEC §8): the Caf's training sessions and who comes to each.
--
-- The capacity is held by the store, not only by afas's count: each registration holds a
-- seat, unique per session (registration_seat), and its CHECK keeps the seat between 1
-- and the session's capacity. The capacity is copied into the registration so that a
-- plain CHECK can read it, and the foreign key to workshop(id, capacity) keeps the copy
-- true. No trigger counts: a seat says it in an index, whatever program writes.
-- The upper bound of a capacity is afas's (src/domain/workshops.rs), not the store's:
-- changing it needs no migration.

CREATE TABLE workshop (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL CHECK (length(date) = 10),   -- YYYY-MM-DD
    place       TEXT NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity >= 1),
    created_by  TEXT NOT NULL REFERENCES account(login),
    created_at  TEXT NOT NULL,
    UNIQUE (id, capacity)
);

CREATE TABLE registration (
    workshop       INTEGER NOT NULL,
    login          TEXT NOT NULL REFERENCES account(login),
    capacity       INTEGER NOT NULL,
    seat           INTEGER NOT NULL CHECK (seat BETWEEN 1 AND capacity),
    registered_by  TEXT NOT NULL REFERENCES account(login),
    registered_at  TEXT NOT NULL,
    PRIMARY KEY (workshop, login),
    FOREIGN KEY (workshop, capacity) REFERENCES workshop(id, capacity)
);
CREATE UNIQUE INDEX registration_seat ON registration(workshop, seat);
CREATE INDEX registration_by_login ON registration(login);
