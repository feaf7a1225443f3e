package org.chancery.messaging.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A draft's content as JSON: how versions are stored and how a draft file is read (`chancery draft new --file`). */
public final class DraftJson {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DraftJson() {}

    public static String write(DraftContent content) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a draft as JSON", e);
        }
    }

    /**
     * Reads a draft.
     *
     * @throws IllegalArgumentException naming the line, column and field when the JSON is not a draft
     */
    public static DraftContent read(String json) {
        try {
            return JSON.readValue(json, DraftContent.class);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new IllegalArgumentException("not a draft"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        }
    }
}
