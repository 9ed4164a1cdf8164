-- Schema 1: works and everything read from their originals.
-- Times are ISO-8601 UTC instants as text (sortable, and the same on every database).
-- Ids are assigned by the catalog's single writer, not by the database, so that a rebuild
-- gives the same ids on SQLite and PostgreSQL alike.

CREATE TABLE import_runs (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    started VARCHAR(40) NOT NULL,
    finished VARCHAR(40),
    inputs TEXT NOT NULL,
    imported INTEGER NOT NULL DEFAULT 0,
    already_present INTEGER NOT NULL DEFAULT 0,
    assembled INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE works (
    id BIGINT NOT NULL PRIMARY KEY,
    sha256 CHAR(64) NOT NULL UNIQUE,
    source_name TEXT NOT NULL,
    format VARCHAR(16) NOT NULL,
    encoding VARCHAR(40) NOT NULL,
    title TEXT,
    summary TEXT,
    rating VARCHAR(40),
    content_rating VARCHAR(40),
    language VARCHAR(16),
    words INTEGER NOT NULL,
    complete BOOLEAN,
    pov VARCHAR(16),
    parts INTEGER NOT NULL,
    part_key TEXT UNIQUE,
    record TEXT NOT NULL,
    added VARCHAR(40) NOT NULL,
    run_id BIGINT NOT NULL REFERENCES import_runs (id)
);

CREATE TABLE originals (
    sha256 CHAR(64) NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    work_id BIGINT REFERENCES works (id),
    part INTEGER,
    part_of INTEGER,
    part_record TEXT,
    added VARCHAR(40) NOT NULL,
    run_id BIGINT NOT NULL REFERENCES import_runs (id)
);

CREATE INDEX originals_work ON originals (work_id);

CREATE TABLE authors (
    id BIGINT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE work_authors (
    work_id BIGINT NOT NULL REFERENCES works (id),
    position INTEGER NOT NULL,
    author_id BIGINT NOT NULL REFERENCES authors (id),
    PRIMARY KEY (work_id, position)
);

CREATE TABLE chapters (
    work_id BIGINT NOT NULL REFERENCES works (id),
    position INTEGER NOT NULL,
    title TEXT,
    words INTEGER NOT NULL,
    part INTEGER,
    PRIMARY KEY (work_id, position)
);

CREATE TABLE tags (
    id BIGINT NOT NULL PRIMARY KEY,
    type VARCHAR(16) NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (type, name)
);

CREATE TABLE work_tags (
    work_id BIGINT NOT NULL REFERENCES works (id),
    tag_id BIGINT NOT NULL REFERENCES tags (id),
    PRIMARY KEY (work_id, tag_id)
);

CREATE INDEX work_tags_tag ON work_tags (tag_id);

-- Where each value of a work came from; the evidence itself stays in works.record (the JSON
-- contract), this table makes provenance and confidence queryable (review queues).
CREATE TABLE work_fields (
    work_id BIGINT NOT NULL REFERENCES works (id),
    field VARCHAR(40) NOT NULL,
    provenance VARCHAR(16) NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (work_id, field)
);

CREATE TABLE rejects (
    id BIGINT NOT NULL PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL,
    sha256 CHAR(64),
    rejected VARCHAR(40) NOT NULL,
    run_id BIGINT NOT NULL REFERENCES import_runs (id)
);
