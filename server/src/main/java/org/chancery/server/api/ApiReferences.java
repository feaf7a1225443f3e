package org.chancery.server.api;

import java.util.List;
import org.chancery.archive.search.CableThread;

/**
 * A cable's references and citations.
 *
 * @param id the cable
 * @param references its REF line's entries: the text, and the cited cable's id when the entry is a cable
 * @param citedBy permitted cables that cite it
 * @param thread the reference graph around it to the requested depth, over permitted cables
 */
public record ApiReferences(String id, List<Entry> references, List<String> citedBy, CableThread thread) {

    /** One REF entry. */
    public record Entry(String text, String id) {}
}
