package org.chancery.telegram.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.chancery.telegram.validate.Finding;

/**
 * The JSON form of a validator finding, one object on one line: {@code {"code":"CHN-B001","severity":"ERROR",
 * "reference_id":"08LONDON2968","message":"..."}} ({@code reference_id} null when the cable has none).
 */
public final class FindingJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FindingJson() {}

    public static String write(Finding finding) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("code", finding.code());
            g.writeStringField(
                    "severity",
                    finding.severity() == null ? null : finding.severity().name());
            g.writeStringField("reference_id", finding.referenceId());
            g.writeStringField("message", finding.message());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
