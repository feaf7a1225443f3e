package org.chancery.telegram.json;

import static org.chancery.telegram.json.CableJsonFields.*;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/**
 * Writes one cable as one JSON object onto a streaming generator. Every field of the contract is always written, as
 * null or an empty list when the cable has no value, so that consumers never have to tell "absent" from "unknown
 * field".
 */
final class CableJsonWriter {
    private final boolean withText;

    /** @param withText whether to add the source {@code header} and {@code body} text */
    CableJsonWriter(boolean withText) {
        this.withText = withText;
    }

    void write(Cable cable, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField(REFERENCE_ID, cable.referenceId());
        g.writeStringField(ORIGIN, cable.origin());
        g.writeStringField(DATE, dateTime(cable.date()));
        g.writeStringField(
                CLASSIFICATION,
                cable.classification() == null ? null : cable.classification().label());
        strings(g, HANDLING, cable.handling());
        strings(g, CAPTIONS, cable.captions());
        g.writeStringField(SUBJECT, cable.subject());
        strings(g, TAGS, cable.tags());
        references(g, cable.references());
        declassify(g, cable.declassification());
        classifiedBy(g, cable.classifiedBy());
        strings(g, SIGNERS, cable.signers());
        g.writeStringField(SUMMARY, cable.summary());
        addressees(g, TO, cable.to());
        addressees(g, INFO, cable.info());
        paragraphs(g, cable.paragraphs());
        g.writeBooleanField(PARTIAL, cable.partial());
        transmission(g, cable.transmission());
        integer(g, SECTIONS, cable.sections());
        if (withText) {
            g.writeStringField(HEADER, cable.header());
            g.writeStringField(BODY, cable.body());
        }
        g.writeEndObject();
    }

    private static void references(JsonGenerator g, List<Reference> references) throws IOException {
        g.writeArrayFieldStart(REFERENCES);
        for (Reference r : references) {
            g.writeStartObject();
            g.writeStringField(ID, r.id());
            g.writeStringField(TEXT, r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void declassify(JsonGenerator g, Declassification d) throws IOException {
        g.writeFieldName(DECLASSIFY);
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField(ON, date(d.on()));
        g.writeStringField(TEXT, d.text());
        g.writeStringField(KIND, d.kind() == null ? null : d.kind().name());
        g.writeStringField(AUTHORITY, d.authority());
        g.writeEndObject();
    }

    private static void classifiedBy(JsonGenerator g, ClassifiedBy c) throws IOException {
        g.writeFieldName(CLASSIFIED_BY);
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField(TEXT, c.text());
        strings(g, NAMES, c.names());
        strings(g, REASONS, c.reasons());
        g.writeEndObject();
    }

    private static void addressees(JsonGenerator g, String field, List<Addressee> addressees) throws IOException {
        g.writeArrayFieldStart(field);
        for (Addressee a : addressees) {
            g.writeStartObject();
            g.writeStringField(ROUTE, a.route());
            g.writeStringField(NAME, a.name());
            g.writeStringField(PRECEDENCE, a.precedence());
            g.writeStringField(MCN, a.mcn());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void paragraphs(JsonGenerator g, List<Paragraph> paragraphs) throws IOException {
        g.writeArrayFieldStart(PARAGRAPHS);
        for (Paragraph p : paragraphs) {
            g.writeStartObject();
            integer(g, NUMBER, p.number());
            g.writeStringField(MARKING, p.marking());
            g.writeStringField(TEXT, p.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void transmission(JsonGenerator g, Transmission t) throws IOException {
        g.writeObjectFieldStart(TRANSMISSION);
        g.writeStringField(TRANSMISSION_ID, t.transmissionId());
        g.writeStringField(CHANNEL, t.channel());
        g.writeStringField(CHANNEL_SEQUENCE, t.channelSequence());
        g.writeStringField(PRECEDENCE_PROSIGNS, t.precedenceProsigns());
        strings(g, ROUTING_INDICATORS, t.routingIndicators());
        g.writeStringField(ORIGINATING_STATION, t.originatingStation());
        g.writeStringField(STATION_SERIAL, t.stationSerial());
        integer(g, SECTION, t.section());
        g.writeStringField(FILING_TIME, t.filingTime());
        g.writeStringField(SECURITY_WARNING, t.securityWarning());
        g.writeStringField(PRECEDENCE, t.precedence());
        g.writeStringField(DATE_TIME_GROUP, t.dateTimeGroup());
        g.writeStringField(DATE_TIME, dateTime(t.dateTime()));
        g.writeStringField(ORIGINATOR, t.originator());
        g.writeStringField(ORIGINATOR_ROUTE, t.originatorRoute());
        strings(g, RELAY_ROUTES, t.relayRoutes());
        strings(g, ACTION_OFFICES, t.actionOffices());
        strings(g, INFO_OFFICES, t.infoOffices());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static String dateTime(OffsetDateTime t) {
        // ISO_OFFSET_DATE_TIME always prints seconds, unlike toString(): one shape for every consumer.
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
