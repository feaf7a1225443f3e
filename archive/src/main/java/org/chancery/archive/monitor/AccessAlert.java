package org.chancery.archive.monitor;

import java.time.Instant;

/**
 * A threshold crossed by a reader.
 *
 * @param id alert number
 * @param at when it was raised
 * @param reader the account
 * @param rule which threshold ({@code cables-per-hour}, {@code new-origins-per-hour}, {@code new-tags-per-hour})
 * @param observed the value that crossed it
 * @param limit the threshold
 * @param acknowledgedBy the administrator who acknowledged it, or null while open
 */
public record AccessAlert(
        long id, Instant at, String reader, String rule, long observed, long limit, String acknowledgedBy) {

    public boolean open() {
        return acknowledgedBy == null;
    }
}
