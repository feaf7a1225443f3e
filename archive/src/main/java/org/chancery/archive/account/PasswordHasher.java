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

    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /**
     * A hash of a random password, checked against when there is no real hash so that the work is the same. In a
     * holder so that it is computed on first need: most command-line runs never sign in.
     */
    private static final class Dummy {
        static final String HASH = ENCODER.encode(randomText());

        private static String randomText() {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return HexFormat.of().formatHex(random);
        }
    }

    String hash(char[] password) {
        return ENCODER.encode(CharBuffer.wrap(password));
    }

    /** Whether the password matches the hash; with a null hash, does the same work and answers false. */
    boolean matches(char[] password, String hash) {
        boolean matched = ENCODER.matches(CharBuffer.wrap(password), hash == null ? Dummy.HASH : hash);
        return hash != null && matched;
    }
}
