package org.chancery.archive.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.chancery.archive.jdbc.SortableTime;

/**
 * How a record's hash is computed: SHA-256 over a fixed label, the previous hash, the sequence and every field of the
 * entry, each field preceded by its length in bytes. The lengths make the encoding unambiguous: moving text from
 * one field to the next (actor {@code "ab"}, target {@code "c"} against {@code "a"}, {@code "bc"}) changes the hash.
 */
final class AuditChain {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    /** Names the encoding, so that a future change of fields cannot be confused with this one. */
    private static final String LABEL = "chancery-audit-v1";

    private AuditChain() {}

    public static String hash(String previousHash, long sequence, AuditEntry entry) {
        Encoder e = new Encoder();
        e.field(LABEL);
        e.field(previousHash);
        e.field(Long.toString(sequence));
        e.field(SortableTime.format(entry.at()));
        e.field(entry.actor());
        e.field(entry.action().name());
        e.field(entry.target());
        e.field(Boolean.toString(entry.permitted()));
        e.field(entry.detail());
        return e.sha256();
    }

    private static final class Encoder {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void field(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(
                    ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            bytes.writeBytes(utf8);
        }

        String sha256() {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
