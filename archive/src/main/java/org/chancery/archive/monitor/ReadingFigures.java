package org.chancery.archive.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * One reader's figures over the last hour, as the three rules measure them.
 *
 * @param cables distinct cables received
 * @param newOrigins distinct origins outside the reader's posts and the 30 days before the hour
 * @param newTags distinct TAGS outside the 30 days before the hour
 */
record ReadingFigures(long cables, long newOrigins, long newTags) {

    static final String CABLES_RULE = "cables-per-hour";
    static final String ORIGINS_RULE = "new-origins-per-hour";
    static final String TAGS_RULE = "new-tags-per-hour";

    /** A rule whose figure went over its limit. */
    record Crossing(String rule, long observed, long limit) {}

    /** The rules these figures cross: a figure above its limit (reaching it exactly is still within). */
    List<Crossing> crossings(AccessThresholds limits) {
        List<Crossing> crossed = new ArrayList<>();
        check(crossed, CABLES_RULE, cables, limits.cablesPerHour());
        check(crossed, ORIGINS_RULE, newOrigins, limits.newOriginsPerHour());
        check(crossed, TAGS_RULE, newTags, limits.newTagsPerHour());
        return crossed;
    }

    private static void check(List<Crossing> crossed, String rule, long observed, long limit) {
        if (observed > limit) {
            crossed.add(new Crossing(rule, observed, limit));
        }
    }
}
