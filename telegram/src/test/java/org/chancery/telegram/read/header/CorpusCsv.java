package org.chancery.telegram.read.header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-only reader of the shared corpus: {@code cables.csv} (8 quoted columns, backslash escapes, multi-line fields)
 * and the record layout. Deliberately independent of the production CSV reader, so the two check each other.
 */
final class CorpusCsv {

    /** One CSV row: the columns this package's tests use. */
    record Row(int line, String date, String id, String header, String text) {}

    private CorpusCsv() {}

    /** The shared folder, or empty when this checkout has none (then corpus tests are skipped). */
    static Optional<Path> sharedFolder() {
        String property = System.getProperty("chancery.shared");
        for (Path candidate :
                new Path[] {property == null ? null : Path.of(property), Path.of("../../shared"), Path.of("../shared")
                }) {
            if (candidate != null && Files.isDirectory(candidate.resolve("corpus"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Row> rows(Path shared) throws IOException {
        String csv = Files.readString(shared.resolve("corpus/cables.csv"), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < csv.length()) {
                    field.append(csv.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                if (c == '\n') {
                    line++;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, fields, rowLine);
                fields.clear();
                line++;
                rowLine = line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            addRow(rows, fields, rowLine);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, List<String> fields, int line) {
        if (fields.size() == 8) {
            rows.add(new Row(line, fields.get(1), fields.get(2), fields.get(6), fields.get(7)));
        } else if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            throw new IllegalStateException("CSV row at line " + line + " has " + fields.size() + " fields");
        }
    }

    /** The telegram (header and text) of a record file: everything after its five metadata lines. */
    static String recordTelegram(Path shared, String id) throws IOException {
        String record = Files.readString(shared.resolve("corpus/records/" + id + ".txt"), StandardCharsets.UTF_8);
        int at = 0;
        for (int n = 0; n < 5; n++) {
            at = record.indexOf('\n', at) + 1;
        }
        return record.substring(at);
    }
}
