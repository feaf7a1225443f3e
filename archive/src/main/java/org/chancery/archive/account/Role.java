package org.chancery.archive.account;

import java.util.Locale;

/** What a reader may do besides reading. Stored and shown by {@link #key()}. */
public enum Role {
    READER,
    DRAFTER,
    RELEASING_OFFICER,
    DUTY_OFFICER,
    RECORDS_OFFICER,
    ADMINISTRATOR;

    /** The form used in {@code Principal.roles()}, the database and the command line: {@code records-officer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
