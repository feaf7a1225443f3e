-- Accounts, the audit log and the access monitor. Portable SQL as in V1 (times as fixed-width ISO-8601 UTC text, see
-- SortableTime); the triggers that make the audit log append-only differ between the databases and come in the Java
-- migration AuditLogAppendOnly (version 3).

-- Local accounts. password_hash is an Argon2id encoding, null for an account that cannot sign in with a password
-- (the local operator of the command line).
CREATE TABLE account (
    name             TEXT    PRIMARY KEY,
    password_hash    TEXT,
    clearance        TEXT    NOT NULL,
    us_national      BOOLEAN NOT NULL,
    enabled          BOOLEAN NOT NULL,
    suspended_reason TEXT,
    failed_sign_ins  INTEGER NOT NULL,
    locked_until     TEXT,
    created_at       TEXT    NOT NULL
);

-- The reader's sets, one row per member, told apart by kind: REL_TO, POST, ROLE, CHANNEL.
CREATE TABLE account_attribute (
    account_name TEXT NOT NULL REFERENCES account (name),
    kind         TEXT NOT NULL,
    member       TEXT NOT NULL,
    PRIMARY KEY (account_name, kind, member)
);

-- The hash-chained audit log: sequence from 1 without gaps; hash = SHA-256 over the previous hash, the sequence and
-- every field (see AuditChain).
CREATE TABLE audit_record (
    sequence      BIGINT  PRIMARY KEY,
    at            TEXT    NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    target        TEXT    NOT NULL,
    permitted     BOOLEAN NOT NULL,
    detail        TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE INDEX audit_record_actor ON audit_record (actor, sequence);
CREATE INDEX audit_record_at ON audit_record (at);

-- The chain's head, updated in the same transaction as each append. Appends update it first, which serialises them
-- (a row lock on PostgreSQL, the write lock on SQLite); verification compares it with the last record, so deleting
-- the newest records is found too.
CREATE TABLE audit_head (
    id            INTEGER PRIMARY KEY,
    last_sequence BIGINT  NOT NULL,
    last_hash     TEXT    NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What each reader received, one row per cable and TAGS term (tag is '' for a cable without TAGS): enough for the
-- monitor to judge rate and breadth, nothing of the text.
CREATE TABLE access_footprint (
    reader       TEXT NOT NULL,
    read_at      TEXT NOT NULL,
    reference_id TEXT NOT NULL,
    origin       TEXT NOT NULL,
    tag          TEXT NOT NULL
);
CREATE INDEX access_footprint_reader_time ON access_footprint (reader, read_at);

-- The monitor's thresholds once an administrator set them (no row: the defaults in AccessThresholds).
CREATE TABLE access_thresholds (
    id                   INTEGER PRIMARY KEY,
    cables_per_hour      INTEGER NOT NULL,
    new_origins_per_hour INTEGER NOT NULL,
    new_tags_per_hour    INTEGER NOT NULL
);

-- Hands out alert numbers; updating it first serialises alert writers as audit_head does appends.
CREATE TABLE access_alert_counter (
    id      INTEGER PRIMARY KEY,
    last_id BIGINT  NOT NULL
);
INSERT INTO access_alert_counter (id, last_id) VALUES (1, 0);

CREATE TABLE access_alert (
    id              BIGINT  PRIMARY KEY,
    raised_at       TEXT    NOT NULL,
    reader          TEXT    NOT NULL,
    rule            TEXT    NOT NULL,
    observed        BIGINT  NOT NULL,
    threshold       BIGINT  NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at TEXT
);
CREATE INDEX access_alert_reader ON access_alert (reader, rule);
