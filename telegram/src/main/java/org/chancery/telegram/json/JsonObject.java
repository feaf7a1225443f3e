package org.chancery.telegram.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed, forgiving-on-absence and strict-on-type access to one JSON object of a {@link JsonTree}. A missing field
 * reads as null or an empty list (the contract's "absent"); a field of the wrong type is an error that names its
 * path, e.g. {@code $.transmission.section}.
 */
record JsonObject(Map<String, Object> fields, String path) {

    static JsonObject root(Object value) {
        return of(value, "$");
    }

    @SuppressWarnings("unchecked")
    private static JsonObject of(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map, path);
        }
        throw new CableJsonException(path + ": expected an object, found " + describe(value));
    }

    String string(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string", v);
    }

    Integer integer(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw wrongType(name, "a whole number of at most 32 bits", v);
    }

    boolean bool(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "true or false", v);
    }

    OffsetDateTime dateTime(String name) {
        String s = string(name);
        try {
            return s == null ? null : OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new CableJsonException(
                    path(name) + ": expected an ISO-8601 date-time with offset, found \"" + s + "\"");
        }
    }

    LocalDate date(String name) {
        String s = string(name);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CableJsonException(path(name) + ": expected an ISO-8601 date, found \"" + s + "\"");
        }
    }

    /** The named object, or null when absent or null. */
    JsonObject object(String name) {
        Object v = fields.get(name);
        return v == null ? null : of(v, path(name));
    }

    List<String> strings(String name) {
        return list(name, (value, itemPath) -> {
            if (value instanceof String s) {
                return s;
            }
            throw new CableJsonException(itemPath + ": expected a string, found " + describe(value));
        });
    }

    <T> List<T> objects(String name, Function<JsonObject, T> mapper) {
        return list(name, (value, itemPath) -> mapper.apply(of(value, itemPath)));
    }

    private interface ItemReader<T> {
        T read(Object value, String itemPath);
    }

    private <T> List<T> list(String name, ItemReader<T> reader) {
        Object v = fields.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw wrongType(name, "a list", v);
        }
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(reader.read(items.get(i), path(name) + "[" + i + "]"));
        }
        return out;
    }

    String path(String name) {
        return path + "." + name;
    }

    private CableJsonException wrongType(String name, String expected, Object found) {
        return new CableJsonException(path(name) + ": expected " + expected + ", found " + describe(found));
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            case List<?> l -> "a list";
            case Map<?, ?> m -> "an object";
            default -> value.getClass().getSimpleName();
        };
    }
}
