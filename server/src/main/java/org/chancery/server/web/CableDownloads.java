package org.chancery.server.web;

import java.io.StringWriter;
import org.chancery.archive.room.CableView;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.write.CablegateCsvWriter;

/**
 * A cable, as one reader may see it, in the download formats: the telegram text, the JSON contract (with the text)
 * and a Cablegate CSV row. All three are made from the redacted view, never from the stored cable.
 */
public final class CableDownloads {

    private CableDownloads() {}

    /** The header and the text as sent, withheld paragraphs replaced. */
    public static String telegram(CableView view) {
        return view.telegram();
    }

    public static String json(CableView view) {
        return CableJson.compact().withText().write(view.cable());
    }

    public static String csv(CableView view) {
        StringWriter out = new StringWriter();
        new CablegateCsvWriter(out).writeUnchecked(view.cable());
        return out.toString();
    }
}
