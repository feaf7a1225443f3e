package org.chancery.telegram.json;

import static org.chancery.telegram.json.CableJsonFields.*;

import java.util.Arrays;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/**
 * Maps the JSON form back to a {@link Cable}. Unknown fields are ignored (a newer writer may add some); absent fields
 * read as null or empty; values of the wrong type or shape are refused with their path.
 */
final class CableJsonReader {
    private CableJsonReader() {}

    static Cable cable(JsonObject o) {
        return new Cable(
                o.string(REFERENCE_ID),
                o.string(ORIGIN),
                o.dateTime(DATE),
                classification(o),
                o.strings(HANDLING),
                o.strings(CAPTIONS),
                o.string(SUBJECT),
                o.strings(TAGS),
                o.objects(REFERENCES, r -> new Reference(r.string(ID), r.string(TEXT))),
                declassification(o.object(DECLASSIFY)),
                classifiedBy(o.object(CLASSIFIED_BY)),
                o.strings(SIGNERS),
                o.string(SUMMARY),
                o.objects(TO, CableJsonReader::addressee),
                o.objects(INFO, CableJsonReader::addressee),
                o.objects(PARAGRAPHS, p -> new Paragraph(p.integer(NUMBER), p.string(MARKING), p.string(TEXT))),
                o.bool(PARTIAL),
                transmission(o.object(TRANSMISSION)),
                o.integer(SECTIONS),
                o.string(HEADER),
                o.string(BODY));
    }

    private static Classification classification(JsonObject o) {
        String label = o.string(CLASSIFICATION);
        if (label == null) {
            return null;
        }
        // Only the contract's labels: accepting "C" or "SBU" here would let a producer drift from the contract.
        return Arrays.stream(Classification.values())
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new CableJsonException(o.path(CLASSIFICATION)
                        + ": expected UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET, found \"" + label + "\""));
    }

    private static Declassification declassification(JsonObject d) {
        if (d == null) {
            return null;
        }
        String kind = d.string(KIND);
        Declassification.Kind k = null;
        if (kind != null) {
            k = Arrays.stream(Declassification.Kind.values())
                    .filter(v -> v.name().equals(kind))
                    .findFirst()
                    .orElseThrow(() -> new CableJsonException(d.path(KIND) + ": unknown kind \"" + kind
                            + "\", expected one of " + Arrays.toString(Declassification.Kind.values())));
        }
        return new Declassification(d.string(AUTHORITY), k, d.date(ON), d.string(TEXT));
    }

    private static ClassifiedBy classifiedBy(JsonObject c) {
        return c == null ? null : new ClassifiedBy(c.string(TEXT), c.strings(NAMES), c.strings(REASONS));
    }

    private static Addressee addressee(JsonObject a) {
        return new Addressee(a.string(ROUTE), a.string(NAME), a.string(PRECEDENCE), a.string(MCN));
    }

    private static Transmission transmission(JsonObject t) {
        if (t == null) {
            return Transmission.EMPTY;
        }
        return new Transmission(
                t.string(TRANSMISSION_ID),
                t.string(CHANNEL),
                t.string(CHANNEL_SEQUENCE),
                t.string(PRECEDENCE_PROSIGNS),
                t.strings(ROUTING_INDICATORS),
                t.string(ORIGINATING_STATION),
                t.string(STATION_SERIAL),
                t.integer(SECTION),
                t.string(FILING_TIME),
                t.string(SECURITY_WARNING),
                t.string(PRECEDENCE),
                t.string(DATE_TIME_GROUP),
                t.dateTime(DATE_TIME),
                t.string(ORIGINATOR),
                t.string(ORIGINATOR_ROUTE),
                t.strings(RELAY_ROUTES),
                t.strings(ACTION_OFFICES),
                t.strings(INFO_OFFICES));
    }
}
