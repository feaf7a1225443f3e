package org.chancery.telegram.read.layout;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The date formats the layouts write their record dates in. */
public final class RecordDates {
    private static final DateTimeFormatter RECORD = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEE MMM d HH:mm:ss xx yyyy")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter CSV = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter HTML = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private RecordDates() {}

    /** The record layout's third line, {@code Fri Nov 28 00:00:00 +0100 2008}, keeping its offset. */
    public static Optional<OffsetDateTime> record(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.trim(), RECORD));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The CSV's second column, {@code 01/11/2008 11:11}; the dump gives no zone and means UTC. */
    public static Optional<OffsetDateTime> csv(String text) {
        return local(text, CSV);
    }

    /** The HTML table's "Created" cell, {@code 2008-01-11 11:11}, in UTC. */
    public static Optional<OffsetDateTime> html(String text) {
        return local(text, HTML);
    }

    private static Optional<OffsetDateTime> local(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), format).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
