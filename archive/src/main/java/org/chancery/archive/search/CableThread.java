package org.chancery.archive.search;

import java.util.List;
import java.util.Map;

/**
 * The cables around one cable in the reference graph, as far as a reader may see.
 *
 * @param root the cable the thread was asked for
 * @param depth per cable id, its distance (in references, either direction) from the root
 * @param edges every citation found, {@code from} citing {@code to}
 * @param missing ids that are cited by a visible cable but are not in the archive or not visible to the reader (the
 *     two are deliberately indistinguishable)
 * @param subjects per cable id in {@code depth}, its subject line, when it has one
 */
public record CableThread(
        String root,
        Map<String, Integer> depth,
        List<Citation> edges,
        List<String> missing,
        Map<String, String> subjects) {

    public CableThread {
        depth = Map.copyOf(depth);
        edges = List.copyOf(edges);
        missing = List.copyOf(missing);
        subjects = Map.copyOf(subjects);
    }

    /** One citation: {@code from} lists {@code to} in its REF line. */
    public record Citation(String from, String to) {}
}
