package org.chancery.archive.monitor;

import java.util.List;

/**
 * What the monitor needs to know about one cable a reader received: enough to judge breadth, nothing of its text.
 *
 * @param referenceId the cable
 * @param origin the originating post
 * @param tags its TAGS
 */
public record CableFootprint(String referenceId, String origin, List<String> tags) {
    public CableFootprint {
        tags = List.copyOf(tags);
    }
}
