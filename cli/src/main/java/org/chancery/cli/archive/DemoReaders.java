package org.chancery.cli.archive;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.Role;
import org.chancery.telegram.model.Classification;

/**
 * The demo's readers: one US reader per clearance level, one reader from a partner country, a records officer and an
 * administrator; and the people of messaging at two posts: at London a drafter, a political officer who clears and a
 * releasing officer, at the Department a duty officer. Each has a generated password that is shown once, when the
 * account is made.
 */
final class DemoReaders {

    /** A created reader and the password to show. */
    record Created(Principal principal, String password) {}

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    private DemoReaders() {}

    /** The demo accounts, in the order the demo lists them. */
    static List<Principal> all() {
        Set<String> reader = Set.of(Role.READER.key());
        return List.of(
                us("demo-unclassified", Classification.UNCLASSIFIED, reader, Set.of()),
                us("demo-confidential", Classification.CONFIDENTIAL, reader, Set.of()),
                us("demo-secret", Classification.SECRET, reader, Set.of()),
                us("demo-topsecret", Classification.TOP_SECRET, reader, Set.of("NODIS", "EXDIS", "LIMDIS")),
                new Principal(
                        "demo-partner-gbr", Classification.SECRET, false, Set.of("GBR"), Set.of(), reader, Set.of()),
                us(
                        "demo-records",
                        Classification.SECRET,
                        Set.of(Role.READER.key(), Role.RECORDS_OFFICER.key()),
                        Set.of()),
                us(
                        "demo-admin",
                        Classification.TOP_SECRET,
                        Set.of(Role.READER.key(), Role.ADMINISTRATOR.key()),
                        Set.of("NODIS", "EXDIS", "LIMDIS")),
                DRAFTER,
                CLEARER,
                RELEASER,
                DUTY_OFFICER);
    }

    static final Principal DRAFTER = atPost("demo-drafter", "LONDON", Role.DRAFTER);
    static final Principal CLEARER = atPost("demo-pol", "LONDON");
    static final Principal RELEASER = atPost("demo-releaser", "LONDON", Role.RELEASING_OFFICER);
    static final Principal DUTY_OFFICER = atPost("demo-duty", "SECSTATE", Role.DUTY_OFFICER);

    /** A SECRET-cleared reader of a post with the roles given besides reading. */
    private static Principal atPost(String name, String post, Role... roles) {
        Set<String> keys = new java.util.TreeSet<>(Set.of(Role.READER.key()));
        for (Role r : roles) {
            keys.add(r.key());
        }
        return new Principal(name, Classification.SECRET, true, Set.of(), Set.of(post), keys, Set.of());
    }

    /** Creates the demo accounts that do not exist yet; returns those created, with their passwords. */
    static List<Created> createMissing(Accounts accounts) {
        DemoReaders passwords = new DemoReaders();
        List<Created> created = new ArrayList<>();
        for (Principal p : all()) {
            if (accounts.find(p.name()).isEmpty()) {
                String password = passwords.next();
                accounts.create(p, password.toCharArray());
                created.add(new Created(p, password));
            }
        }
        return created;
    }

    /** Four groups of four letters and digits (no look-alikes such as 0/o or 1/l): about 95 bits. */
    private String next() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static Principal us(String name, Classification level, Set<String> roles, Set<String> channels) {
        return new Principal(name, level, true, Set.of(), Set.of(), roles, channels);
    }
}
