package org.chancery.telegram.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.chancery.telegram.model.Cable;

/**
 * The JSON form of a cable, the contract that the command line's {@code parse}, the API and other tools share.
 *
 * <p>Field names are snake_case: {@code reference_id, origin, date, classification, handling, captions, subject,
 * tags, references, declassify, classified_by, signers, summary, to, info, paragraphs, partial, transmission,
 * sections}, and with {@link #withText()} also {@code header} and {@code body}. Every field is always present; an
 * absent value is {@code null} or an empty list, never made up. Dates are ISO-8601 ({@code 2008-11-28T16:32:00Z},
 * {@code 2018-11-28}); the classification is its label ({@code TOP SECRET}, with a space).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CableJson {
    // JSON of one cable is at most a few times the 20 MB a cable may have; more is hostile or not a cable.
    private static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNestingDepth(64)
                    .build())
            .build();

    private static final CableJson COMPACT = new CableJson(false, false);

    private final boolean pretty;
    private final boolean withText;
    private final CableJsonWriter writer;

    private CableJson(boolean pretty, boolean withText) {
        this.pretty = pretty;
        this.withText = withText;
        this.writer = new CableJsonWriter(withText);
    }

    /** Compact output on one line (JSON Lines), without the source text. */
    public static CableJson compact() {
        return COMPACT;
    }

    /** The same form, indented over several lines. */
    public CableJson pretty() {
        return new CableJson(true, withText);
    }

    /** The same form with the source {@code header} and {@code body} text added. */
    public CableJson withText() {
        return new CableJson(pretty, true);
    }

    /** The cable as one JSON object (on one line unless {@link #pretty()}), without a trailing newline. */
    public String write(Cable cable) {
        StringWriter out = new StringWriter(4096);
        write(cable, out);
        return out.toString();
    }

    /** Writes the cable as one JSON object to {@code out}, without a trailing newline; does not close {@code out}. */
    public void write(Cable cable, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writer.write(cable, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a cable from its JSON form (as written by any {@code CableJson}, compact or pretty, with or without
     * text). A missing {@code header} or {@code body} reads as empty text.
     *
     * @throws CableJsonException when the input is not JSON or not a cable in the contract's shape
     */
    public static Cable read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            Object tree = JsonTree.read(p);
            if (p.nextToken() != null) {
                throw new CableJsonException("trailing content after the cable's JSON object at "
                        + p.currentLocation().offsetDescription());
            }
            return CableJsonReader.cable(JsonObject.root(tree));
        } catch (JsonProcessingException e) {
            throw new CableJsonException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
