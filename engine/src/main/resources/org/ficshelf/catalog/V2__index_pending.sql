-- Schema 2: works written to the catalog whose search document may not be durable yet.
-- An import adds a row in the same transaction as the work and removes it once the index has
-- committed that work; opening the archive re-indexes whatever is left (a crash in between),
-- even when the index holds an older document of that id (a multi-part work re-assembled).

CREATE TABLE index_pending (
    work_id BIGINT NOT NULL PRIMARY KEY
);
