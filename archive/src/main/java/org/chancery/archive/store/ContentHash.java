package org.chancery.archive.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.chancery.telegram.model.Cable;

/**
 * The content hash that decides whether an import brings a new version: the id and the telegram text as received
 * (header and body). Nothing derived enters it, so a better parser does not turn a re-import into new versions; nor
 * does the layout's metadata, which differs between layouts of the same cable (the CSV dates a cable to the minute in
 * UTC, the record layout to the day in local time), so importing one cable from two layouts gives one version.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(Cable cable) {
        MessageDigest digest = sha256();
        put(digest, cable.referenceId());
        put(digest, cable.header());
        put(digest, cable.body());
        return HexFormat.of().formatHex(digest.digest());
    }

    // Length-prefixed, with null distinct from "", so that no two different field lists hash alike.
    private static void put(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
