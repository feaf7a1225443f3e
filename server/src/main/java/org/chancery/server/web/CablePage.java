package org.chancery.server.web;

import java.util.List;
import org.chancery.archive.room.CableView;
import org.chancery.server.view.DecodedHeader;
import org.chancery.server.view.TelegramText;

/**
 * What the cable page shows.
 *
 * @param view the cable as the reader may see it
 * @param header the decoded header
 * @param text the telegram line by line
 * @param references the REF line's entries, linked when they name a cable
 * @param citedBy permitted cables that cite this one
 * @param versions version numbers the reader may see, oldest first
 */
public record CablePage(
        CableView view,
        DecodedHeader header,
        TelegramText text,
        List<Reference> references,
        List<String> citedBy,
        List<Integer> versions) {

    /** One REF entry: its letter, the text, and the cited cable's id when it is one (else null). */
    public record Reference(String letter, String text, String id) {}
}
