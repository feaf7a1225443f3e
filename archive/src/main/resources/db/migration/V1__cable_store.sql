-- The cable store. One schema for SQLite and PostgreSQL: only portable types (TEXT, INTEGER, BIGINT, BOOLEAN),
-- dates as ISO-8601 text so that both sort and compare them alike.

-- The one row that hands out store-wide sequence numbers. Updating it first in every write transaction serialises
-- writers, so sequences become visible in increasing order (the index catch-up relies on that).
CREATE TABLE store_state (
    id            INTEGER PRIMARY KEY,
    last_sequence BIGINT  NOT NULL
);
INSERT INTO store_state (id, last_sequence) VALUES (1, 0);

-- One row per version of a cable; the sequence is the version's identity.
CREATE TABLE cable_version (
    sequence       BIGINT  PRIMARY KEY,
    reference_id   TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    content_hash   TEXT    NOT NULL,
    imported_at    TEXT    NOT NULL,
    origin         TEXT,
    cable_date     TEXT,
    cable_year     INTEGER,
    classification TEXT,
    subject        TEXT,
    summary        TEXT,
    is_partial     BOOLEAN NOT NULL,
    sections       INTEGER,
    header         TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    CONSTRAINT cable_version_id_version UNIQUE (reference_id, version),
    CONSTRAINT cable_version_id_hash UNIQUE (reference_id, content_hash)
);

-- One row per cable, pointing at its latest version.
CREATE TABLE cable (
    reference_id    TEXT    PRIMARY KEY,
    latest_version  INTEGER NOT NULL,
    latest_sequence BIGINT  NOT NULL REFERENCES cable_version (sequence)
);
CREATE INDEX cable_latest_sequence ON cable (latest_sequence);

-- FL1-FL6 of the transmission header (absent when the cable has none).
CREATE TABLE version_transmission (
    sequence            BIGINT PRIMARY KEY REFERENCES cable_version (sequence),
    transmission_id     TEXT,
    channel             TEXT,
    channel_sequence    TEXT,
    precedence_prosigns TEXT,
    originating_station TEXT,
    station_serial      TEXT,
    section_number      INTEGER,
    filing_time         TEXT,
    security_warning    TEXT,
    precedence          TEXT,
    date_time_group     TEXT,
    date_time           TEXT,
    originator          TEXT,
    originator_route    TEXT
);

-- Every ordered list of words a cable carries, one row per word, told apart by kind:
-- TAG, HANDLING, CAPTION, SIGNER, ROUTING_INDICATOR, RELAY_ROUTE, ACTION_OFFICE, INFO_OFFICE,
-- CLASSIFIED_BY_NAME, CLASSIFIED_BY_REASON.
CREATE TABLE version_term (
    sequence BIGINT  NOT NULL REFERENCES cable_version (sequence),
    kind     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    term     TEXT    NOT NULL,
    PRIMARY KEY (sequence, kind, position)
);
CREATE INDEX version_term_kind_term ON version_term (kind, term);

-- Action (TO) and information (INFO) addressees.
CREATE TABLE version_addressee (
    sequence   BIGINT  NOT NULL REFERENCES cable_version (sequence),
    kind       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    route      TEXT,
    name       TEXT,
    precedence TEXT,
    mcn        TEXT,
    PRIMARY KEY (sequence, kind, position)
);

-- REF entries; cited_id is null when the reference is not a cable. Whether a cited cable is in the archive is a
-- join with cable, so it stays right as more cables arrive.
CREATE TABLE version_reference (
    sequence BIGINT  NOT NULL REFERENCES cable_version (sequence),
    position INTEGER NOT NULL,
    cited_id TEXT,
    ref_text TEXT    NOT NULL,
    PRIMARY KEY (sequence, position)
);
CREATE INDEX version_reference_cited ON version_reference (cited_id);

CREATE TABLE version_paragraph (
    sequence  BIGINT  NOT NULL REFERENCES cable_version (sequence),
    position  INTEGER NOT NULL,
    number    INTEGER,
    marking   TEXT,
    para_text TEXT    NOT NULL,
    PRIMARY KEY (sequence, position)
);

CREATE TABLE version_declassification (
    sequence  BIGINT PRIMARY KEY REFERENCES cable_version (sequence),
    authority TEXT,
    kind      TEXT,
    on_date   TEXT,
    decl_text TEXT
);

-- The "Classified By" line; its names and reasons are terms.
CREATE TABLE version_classified_by (
    sequence BIGINT PRIMARY KEY REFERENCES cable_version (sequence),
    line     TEXT
);
