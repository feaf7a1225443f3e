package org.chancery.archive.audit;

/**
 * An entry as stored: its place in the chain and the chain's hashes.
 *
 * @param sequence position in the log, from 1, without gaps
 * @param entry the event
 * @param previousHash hash of the record before (hex; all zeros for the first)
 * @param hash SHA-256 (hex) over the previous hash and this record's fields
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {}
