package org.chancery.archive.account;

import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security's encoder with its current recommended parameters: 16 MB of memory, two
 * passes). The hash string carries its own salt and parameters, so stronger parameters later still check old hashes.
 */
final class PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /** A hash of a random password, checked against when there is no real hash so that the work is the same. */
    private final String dummyHash;

    PasswordHasher() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        dummyHash = encoder.encode(HexFormat.of().formatHex(random));
    }

    String hash(char[] password) {
        return encoder.encode(CharBuffer.wrap(password));
    }

    /** Whether the password matches the hash; with a null hash, does the same work and answers false. */
    boolean matches(char[] password, String hash) {
        boolean matched = encoder.matches(CharBuffer.wrap(password), hash == null ? dummyHash : hash);
        return hash != null && matched;
    }
}
