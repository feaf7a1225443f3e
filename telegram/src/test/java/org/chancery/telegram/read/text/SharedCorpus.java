package org.chancery.telegram.read.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The read-only shared folder (seed and corpus) for tests, and the text part of its record-layout files. */
final class SharedCorpus {
    private static final Pattern SPELLED_BANNER =
            Pattern.compile("(?i)(?:T O P )?(?:C O N F I D E N T I A L|S E C R E T|U N C L A S)");
    private static final Pattern WORD_BANNER = Pattern.compile(
            "(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET)(?://[A-Z/ ]+)?(?: SECTION \\d{2} OF \\d{2})? [A-Z ]{3,30} \\d{4,6}\\b");
    private static final Pattern FIRST_FIELD = Pattern.compile("E\\.O\\. ?1|EO 1");

    private SharedCorpus() {}

    static Optional<Path> folder() {
        String prop = System.getProperty("chancery.shared");
        for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("../../shared"), Path.of("../shared")}) {
            if (p != null && Files.isDirectory(p.resolve("corpus"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static List<Path> records(Path shared) throws IOException {
        try (Stream<Path> s = Files.list(shared.resolve("corpus/records"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The record's reference id (its first line). */
    static String referenceId(String record) {
        int nl = record.indexOf('\n');
        return (nl < 0 ? record : record.substring(0, nl)).strip();
    }

    /**
     * The text part of a record: after the five metadata lines and the header, which ends glued to the banner. The
     * banner is found spelled out first (the last one before the first field), then as words with a post and
     * serial, else the text starts at the first field.
     */
    static String text(String record) {
        int body = 0;
        for (int k = 0; k < 5 && body >= 0; k++) {
            body = record.indexOf('\n', body) + 1;
            if (body == 0) {
                return "";
            }
        }
        String rest = record.substring(body);
        // some records repeat the banner above an internal routing block: the text starts at the last banner
        // before the first field
        Matcher field = FIRST_FIELD.matcher(rest);
        int fieldAt = field.find() ? field.start() : rest.length();
        Matcher m = SPELLED_BANNER.matcher(rest);
        int start = -1;
        while (m.find() && m.start() < fieldAt) {
            start = m.start();
        }
        if (start >= 0) {
            return rest.substring(start);
        }
        m = WORD_BANNER.matcher(rest);
        if (m.find()) {
            return rest.substring(m.start());
        }
        m = FIRST_FIELD.matcher(rest);
        return m.find() ? rest.substring(m.start()) : rest;
    }
}
