-- Messaging beside the archive, in the same database: the routing directory, drafts with their versions and
-- clearances, the number counters of releases, the outbox and the posts' inboxes. Portable SQL as in the archive's
-- migrations: times as fixed-width ISO-8601 UTC text, no auto-increment (ids come from messaging_counter).

-- Posts and collectives by routing indicator. kind: POST or COLLECTIVE; source: BUILT_IN, LEARNED or ADMIN.
CREATE TABLE routing_entry (
    route      TEXT    PRIMARY KEY,
    address    TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    seen       BIGINT  NOT NULL
);
CREATE INDEX routing_entry_address ON routing_entry (address);

CREATE TABLE collective_member (
    collective_route TEXT NOT NULL REFERENCES routing_entry (route),
    member_route     TEXT NOT NULL,
    PRIMARY KEY (collective_route, member_route)
);

-- Gapless numbers: a counter row is updated inside the transaction that uses the number, so a rollback gives the
-- number back and concurrent releases (several server processes on PostgreSQL) take turns on the row lock.
CREATE TABLE messaging_counter (
    name  TEXT   PRIMARY KEY,
    value BIGINT NOT NULL
);

-- state: DRAFT, IN_CLEARANCE, RELEASED. kind: ORIGINAL, CORRECTION, CANCELLATION (linked by corrects).
CREATE TABLE draft (
    id              BIGINT  PRIMARY KEY,
    post            TEXT    NOT NULL,
    drafter         TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    corrects        TEXT,
    latest_version  INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    released_id     TEXT
);
CREATE INDEX draft_post ON draft (post, id);

CREATE TABLE draft_version (
    draft_id  BIGINT  NOT NULL REFERENCES draft (id),
    version   INTEGER NOT NULL,
    saved_by  TEXT    NOT NULL,
    saved_at  TEXT    NOT NULL,
    content   TEXT    NOT NULL,
    PRIMARY KEY (draft_id, version)
);

-- One row per request; state: REQUESTED, CLEARED, RETURNED. The comment is kept with the decision.
CREATE TABLE clearance (
    draft_id      BIGINT  NOT NULL REFERENCES draft (id),
    step          INTEGER NOT NULL,
    clearer       TEXT    NOT NULL,
    requested_by  TEXT    NOT NULL,
    requested_at  TEXT    NOT NULL,
    draft_version INTEGER NOT NULL,
    state         TEXT    NOT NULL,
    comment       TEXT,
    decided_at    TEXT,
    PRIMARY KEY (draft_id, step)
);

-- One delivery per addressee post of a released cable, written in the release's transaction.
-- The cable travels with its delivery (cable_json), so the dispatcher never reads the archive.
-- state: QUEUED or SENT. The dispatcher serves rank (0 = FLASH ... 4 = ROUTINE), then id.
CREATE TABLE outbox (
    id              BIGINT  PRIMARY KEY,
    reference_id    TEXT    NOT NULL,
    addressee_route TEXT    NOT NULL,
    addressee_name  TEXT    NOT NULL,
    mcn             TEXT    NOT NULL,
    precedence_rank INTEGER NOT NULL,
    released_at     TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    sent_at         TEXT,
    cable_json      TEXT    NOT NULL,
    UNIQUE (reference_id, addressee_route, mcn)
);
CREATE INDEX outbox_queue ON outbox (state, precedence_rank, id);

-- A post's received cables, once each (the key makes a repeated delivery change nothing).
CREATE TABLE inbox (
    reference_id    TEXT    NOT NULL,
    addressee_route TEXT    NOT NULL,
    mcn             TEXT    NOT NULL,
    precedence_rank INTEGER NOT NULL,
    released_at     TEXT    NOT NULL,
    received_at     TEXT    NOT NULL,
    must_acknowledge BOOLEAN NOT NULL,
    acknowledged_by TEXT,
    acknowledged_at TEXT,
    escalated_at    TEXT,
    PRIMARY KEY (reference_id, addressee_route, mcn)
);
CREATE INDEX inbox_post ON inbox (addressee_route, received_at);
CREATE INDEX inbox_unacknowledged ON inbox (must_acknowledge, acknowledged_at, escalated_at);

-- Alerts of unacknowledged FLASH/NIACT traffic to the post's roster.
CREATE TABLE escalation (
    reference_id    TEXT NOT NULL,
    addressee_route TEXT NOT NULL,
    raised_at       TEXT NOT NULL,
    message         TEXT NOT NULL,
    PRIMARY KEY (reference_id, addressee_route)
);

-- TAGS profiles: a reader's ("send me everything tagged PTER or PK") and an office's inside its post.
CREATE TABLE tag_profile (
    holder_kind TEXT NOT NULL,
    holder      TEXT NOT NULL,
    post_route  TEXT NOT NULL,
    tag         TEXT NOT NULL,
    PRIMARY KEY (holder_kind, holder, post_route, tag)
);
