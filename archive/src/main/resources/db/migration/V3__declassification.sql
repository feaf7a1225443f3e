-- Records officers' declassification decisions. Every decision is kept; the one with the highest decision_no for
-- a cable is in force. Dates as ISO-8601 text, like the rest of the schema.
CREATE TABLE declass_decision (
    reference_id TEXT    NOT NULL,
    decision_no  INTEGER NOT NULL,
    action       TEXT    NOT NULL,
    effective_on TEXT,
    reason       TEXT    NOT NULL,
    officer      TEXT    NOT NULL,
    decided_at   TEXT    NOT NULL,
    CONSTRAINT declass_decision_pk PRIMARY KEY (reference_id, decision_no),
    CONSTRAINT declass_decision_action CHECK (action IN ('APPROVE', 'EXTEND', 'EXEMPT'))
);
