package org.chancery.archive.monitor;

/**
 * Limits on one reader's access within a sliding hour; crossing any suspends the reader and raises an alert.
 *
 * @param cablesPerHour distinct cables opened or exported
 * @param newOriginsPerHour distinct originating posts outside the reader's own posts and usual reading
 * @param newTagsPerHour distinct TAGS outside the reader's usual reading
 */
public record AccessThresholds(int cablesPerHour, int newOriginsPerHour, int newTagsPerHour) {

    public static final AccessThresholds DEFAULT = new AccessThresholds(500, 40, 60);
}
