package org.chancery.archive.audit;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param records how many records were checked
 * @param firstBadSequence the first record whose hash, link or position is wrong, or 0 when the chain is intact
 * @param problem what is wrong there, in words, or null when intact
 */
public record AuditVerification(long records, long firstBadSequence, String problem) {

    public boolean intact() {
        return problem == null;
    }
}
