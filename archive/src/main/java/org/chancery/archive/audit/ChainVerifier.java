package org.chancery.archive.audit;

/**
 * Walks the audit log in sequence order and stops at the first record whose position, link or contents are wrong;
 * then compares the end of the walk with the head row.
 */
final class ChainVerifier {

    private long expected = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private AuditVerification failure;

    /** Checks the next record; false once a problem was found (the rest need not be read). */
    boolean accept(AuditRecord record) {
        if (failure != null) {
            return false;
        }
        checked++;
        long seq = record.sequence();
        if (seq != expected) {
            return fail(
                    expected,
                    (seq - expected == 1
                                    ? "record " + expected + " is"
                                    : "records " + expected + ".." + (seq - 1) + " are")
                            + " missing (deleted, or a gap in the log): the record after " + (expected - 1)
                            + " is " + seq);
        }
        if (!record.previousHash().equals(previousHash)) {
            return fail(
                    seq,
                    "broken link: record " + seq + " does not follow "
                            + (seq == 1 ? "the start of the log" : "record " + (seq - 1))
                            + " (its previous hash is " + shortHash(record.previousHash()) + ", expected "
                            + shortHash(previousHash) + "; records reordered, or the one before replaced)");
        }
        String recomputed = AuditChain.hash(record.previousHash(), seq, record.entry());
        if (!recomputed.equals(record.hash())) {
            return fail(seq, "record " + seq + " was edited: its contents do not match its hash");
        }
        previousHash = record.hash();
        expected++;
        return true;
    }

    /**
     * The verdict, once every record was given.
     *
     * @param headSequence the head row's last sequence, or -1 when the head row is missing
     * @param headHash the head row's last hash
     */
    AuditVerification finish(long headSequence, String headHash) {
        if (failure != null) {
            return failure;
        }
        long last = expected - 1;
        if (headSequence < 0) {
            fail(last + 1, "head mismatch: the head row is missing");
        } else if (headSequence > last) {
            fail(
                    last + 1,
                    "the newest records were deleted: the head says the log ends at record " + headSequence
                            + ", the log ends at " + (last == 0 ? "nothing" : "record " + last));
        } else if (headSequence < last) {
            fail(
                    headSequence + 1,
                    "head mismatch: the head says the log ends at record " + headSequence + " but records go on to "
                            + last + " (records added outside the log, or the head rewound)");
        } else if (!headHash.equals(previousHash)) {
            fail(last, "head mismatch: the head's hash differs from record " + last + "'s (the head was rewritten)");
        }
        return failure == null ? new AuditVerification(checked, 0, null) : failure;
    }

    private boolean fail(long sequence, String problem) {
        failure = new AuditVerification(checked, sequence, problem);
        return false;
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
