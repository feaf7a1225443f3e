package org.chancery.telegram.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;

/**
 * Drives the readers the way an import does (open, next until null, parse each record) and checks the one promise
 * they make about bad input: the only failure is a {@link CableParseException} with a clear one-line message. Any
 * other exception escapes and fails the calling test.
 *
 * @param cables the cables read
 * @param rejections the messages of the records refused
 */
record ReadAll(List<Cable> cables, List<String> rejections) {
    private static final int GZIP_MAGIC_1 = 0x1f;

    private static final int GZIP_MAGIC_2 = 0x8b;

    static ReadAll of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    static ReadAll of(byte[] input) {
        List<Cable> cables = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        CableParser parser = new CableParser();
        CableSource source;
        try {
            source = CableSources.open(new ByteArrayInputStream(input), "fuzz");
        } catch (CableParseException e) {
            rejections.add(checked(e));
            return new ReadAll(cables, rejections);
        } catch (IOException e) {
            return inputFailure(input, e);
        }
        try (source) {
            // Each call consumes input or ends it, so more calls than bytes means a reader that stopped advancing.
            long budget = input.length + 2L;
            for (long calls = 0; ; calls++) {
                if (calls > budget) {
                    fail("reader does not advance: " + calls + " records from " + input.length + " bytes");
                }
                RawCable raw;
                try {
                    raw = source.next();
                } catch (CableParseException e) {
                    rejections.add(checked(e));
                    continue;
                }
                if (raw == null) {
                    break;
                }
                try {
                    cables.add(parser.parse(raw));
                } catch (CableParseException e) {
                    rejections.add(checked(e));
                }
            }
        } catch (IOException e) {
            return inputFailure(input, e);
        }
        return new ReadAll(cables, rejections);
    }

    /** Parses text as a fragment through {@link CableParser#parseText}, which must never refuse text. */
    static Cable fragment(String text, String referenceId) {
        return new CableParser().parseText(text, referenceId);
    }

    private static String checked(CableParseException e) {
        assertThat(e.getMessage()).as("rejection message").isNotBlank();
        assertThat(e.problem()).as("rejection problem").isNotBlank();
        assertThat(e.getMessage().lines().count())
                .as("one-line message: " + e.getMessage())
                .isEqualTo(1);
        return e.getMessage();
    }

    /** An in-memory stream only fails when it is a corrupt gzip: the input itself failing, as the contract allows. */
    private static ReadAll inputFailure(byte[] input, IOException e) {
        boolean gzip = input.length >= 2 && (input[0] & 0xff) == GZIP_MAGIC_1 && (input[1] & 0xff) == GZIP_MAGIC_2;
        if (!gzip) {
            throw new AssertionError("IOException from in-memory input that is not gzip", e);
        }
        return new ReadAll(List.of(), List.of("gzip: " + e.getMessage()));
    }
}
