-- Documents as submitted: the bytes' checksum (one row per distinct document), what the submitter said of it, and
-- the text as read, which candidates' offsets index into.
CREATE TABLE document (
    id           TEXT PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    region_code  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    start_year   INT  NOT NULL,
    end_year     INT  NOT NULL,
    media_type   TEXT NOT NULL,
    charset      TEXT NOT NULL,
    size_bytes   INT  NOT NULL,
    plan_id      TEXT,
    text         TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    CHECK (end_year >= start_year)
);
CREATE INDEX document_region ON document (region_code, id);

-- A record read from a document, waiting for review or reviewed. The reading is the contract's message for its
-- kind (TargetCandidate, ObservationCandidate, …) as proto JSON, so an edit is a field-mask merge.
CREATE TABLE candidate (
    document_id      TEXT NOT NULL REFERENCES document (id),
    seq              INT  NOT NULL,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    rule             TEXT NOT NULL,
    section          TEXT NOT NULL,
    quote            TEXT NOT NULL,
    start_offset     INT  NOT NULL,
    end_offset       INT  NOT NULL,
    reading_json     TEXT NOT NULL,
    written_resource TEXT,
    last_error       TEXT,
    reviewed_by      TEXT,
    reviewed_at      TIMESTAMPTZ,
    version          BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, seq),
    CHECK (state IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CHECK (end_offset > start_offset)
);
CREATE INDEX candidate_state ON candidate (document_id, kind, state, seq);
