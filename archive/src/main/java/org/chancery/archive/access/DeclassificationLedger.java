package org.chancery.archive.access;

import java.util.Map;

/** The records officers' declassification decisions, which the access decision reads. */
public interface DeclassificationLedger {

    /** Every decision in force, by canonical reference id (the latest decision per cable). */
    Map<String, DeclassDecision> decisions();

    /** A ledger with no decisions: every cable follows its own DECL line. */
    DeclassificationLedger NONE = Map::of;
}
