package org.chancery.telegram.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from a streaming parser into plain Java values: {@link Map} for objects, {@link List} for
 * arrays, {@link String}, {@link Boolean}, {@link Number} and null. A cable is small, so a tree is simpler to map
 * than a hand-written token state machine, and telegram keeps its single jackson-core dependency.
 */
final class JsonTree {
    /** Deeper nesting than a cable ever has is hostile input; refuse it instead of recursing without bound. */
    private static final int MAX_DEPTH = 32;

    private JsonTree() {}

    /** Reads the value at the parser's current token (advancing to the first token if there is none yet). */
    static Object read(JsonParser p) throws IOException {
        if (p.currentToken() == null && p.nextToken() == null) {
            throw new CableJsonException("no JSON value in the input");
        }
        return value(p, 0);
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new CableJsonException("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> object(p, depth);
            case START_ARRAY -> array(p, depth);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new CableJsonException("unexpected JSON token " + t);
        };
    }

    private static Map<String, Object> object(JsonParser p, int depth) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, value(p, depth + 1));
        }
        return map;
    }

    private static List<Object> array(JsonParser p, int depth) throws IOException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p, depth + 1));
        }
        return list;
    }
}
