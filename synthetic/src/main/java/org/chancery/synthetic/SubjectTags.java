package org.chancery.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.chancery.telegram.validate.TagCatalogue;

/**
 * Draws the subject TAGS of a cable with the skew of real traffic: a handful of tags dominate (PREL on about a third of
 * cables, PGOV on about a quarter), the next ones fall steeply, and the rest of the catalogue forms a long tail.
 *
 * <p>The head tags are each drawn on their own with a fixed chance, so their shares are what the table says; the tail
 * is drawn by rank with weight {@code 1 / (rank + head size)}, which continues the head's fall instead of jumping
 * to a flat floor. Every cable gets at least one subject tag.
 */
final class SubjectTags {
    /** The head of the distribution: tag and the share of cables that carry it. Our own rounded shape. */
    private static final String[] HEAD = {
        "PREL", "PGOV", "PTER", "PINR", "ECON", "MARR", "PHUM", "MOPS", "PARM", "EFIN", "PINS", "KDEM", "ETRD", "ENRG"
    };

    private static final double[] HEAD_SHARE = {
        0.34, 0.26, 0.11, 0.09, 0.08, 0.06, 0.055, 0.045, 0.037, 0.032, 0.028, 0.026, 0.024, 0.022
    };

    /** The rest of the catalogue in its own order, which serves as the tail's rank. */
    private static final String[] TAIL = tail();

    private static final double[] TAIL_CUMULATIVE = tailCumulative();

    private SubjectTags() {}

    /** Adds one or more subject tags to {@code tags}, most frequent first. */
    static void draw(SplittableRandom r, Set<String> tags) {
        for (int i = 0; i < HEAD.length; i++) {
            if (r.nextDouble() < HEAD_SHARE[i]) {
                tags.add(HEAD[i]);
            }
        }
        // the tail: at least one draw when the head gave nothing, then a geometric number more
        int draws = tags.isEmpty() ? 1 : 0;
        while (r.nextInt(100) < 45) {
            draws++;
        }
        for (int i = 0; i < draws; i++) {
            tags.add(tailTag(r.nextDouble()));
        }
    }

    private static String tailTag(double u) {
        int lo = 0;
        int hi = TAIL.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (TAIL_CUMULATIVE[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return TAIL[lo];
    }

    private static String[] tail() {
        Set<String> head = Set.of(HEAD);
        List<String> rest = new ArrayList<>(new LinkedHashSet<>(TagCatalogue.SUBJECT_TAGS));
        // OVIP needs a person after it; the generator adds it with one
        rest.removeIf(t -> head.contains(t) || t.equals("OVIP"));
        return rest.toArray(String[]::new);
    }

    private static double[] tailCumulative() {
        double[] c = new double[TAIL.length];
        double total = 0;
        for (int i = 0; i < TAIL.length; i++) {
            total += 1.0 / (i + HEAD.length);
            c[i] = total;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= total;
        }
        c[c.length - 1] = 1;
        return c;
    }
}
