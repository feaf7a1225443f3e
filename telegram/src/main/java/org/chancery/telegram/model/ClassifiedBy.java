package org.chancery.telegram.model;

import java.util.List;

/**
 * The "Classified By" line.
 *
 * @param text the line as written, after {@code Classified By:}
 * @param names the classifying officials' names without their titles, e.g. {@code Greg Berry}
 * @param reasons E.O. reasons, normalised as {@code 1.4(b)}
 */
public record ClassifiedBy(String text, List<String> names, List<String> reasons) {
    public ClassifiedBy {
        names = List.copyOf(names);
        reasons = List.copyOf(reasons);
    }
}
