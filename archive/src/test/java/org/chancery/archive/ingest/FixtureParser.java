package org.chancery.archive.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.RawCable;

/**
 * A stand-in for the real parser that understands just the fixtures' own cables: metadata from the layout, TAGS and
 * the subject from their one-line fields. Keeps ingest tests about ingest, whatever the parser's state.
 */
final class FixtureParser {
    private FixtureParser() {}

    static Cable parse(RawCable raw) {
        String text = raw.text();
        if (text.contains("UNPARSEABLE")) {
            throw new CableParseException(raw.position(), "fixture marked unparseable");
        }
        var m = raw.metadata();
        List<String> tags = new ArrayList<>();
        String subject = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("TAGS: ")) {
                tags.addAll(Arrays.asList(line.substring(6).trim().split(" ")));
            } else if (line.startsWith("SUBJECT: ")) {
                subject = line.substring(9).trim();
            }
        }
        return new Cable(
                m.referenceId(),
                m.origin(),
                m.date(),
                Classification.fromText(m.classification()).orElse(null),
                List.of(),
                List.of("SIPDIS"),
                subject,
                tags,
                m.references().stream().map(r -> new Reference(r, r)).toList(),
                null,
                null,
                List.of("MARROW"),
                null,
                List.of(),
                List.of(),
                List.of(new Paragraph(1, "C", text.substring(text.indexOf("1. (C)") + 7))),
                false,
                null,
                null,
                raw.header(),
                text);
    }
}
