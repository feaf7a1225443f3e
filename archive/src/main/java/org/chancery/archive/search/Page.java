package org.chancery.archive.search;

import java.util.List;

/** Part of a longer list: the items asked for and how many there are in all. */
public record Page<T>(long total, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
