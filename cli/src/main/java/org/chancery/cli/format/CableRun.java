package org.chancery.cli.format;

import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;

/**
 * The loop every format command shares: read each record of an input, parse it, hand the cable on. A record that
 * cannot be read or handled is reported as one line on stderr, naming it, and the loop goes on: a bad record never
 * stops the rest.
 */
public final class CableRun {
    private final CableParser parser = new CableParser();
    private final CommandReport report;
    private final String referenceIdContext;

    /**
     * @param report where rejections are reported
     * @param referenceIdContext the reference id to assume for records that carry none (a fragment), or null
     */
    public CableRun(CommandReport report, String referenceIdContext) {
        this.report = report;
        this.referenceIdContext = referenceIdContext;
    }

    public ReadTally each(CableInput input, CableConsumer action) throws UnreadableInputException {
        int cables = 0;
        int rejected = 0;
        while (true) {
            RawCable raw;
            try {
                raw = input.next();
            } catch (CableParseException e) {
                reject(e.getMessage());
                rejected++;
                continue;
            }
            if (raw == null) {
                return new ReadTally(cables, rejected);
            }
            if (handle(withContext(raw), action)) {
                cables++;
            } else {
                rejected++;
            }
        }
    }

    private boolean handle(RawCable raw, CableConsumer action) {
        Cable cable;
        try {
            cable = parser.parse(raw);
        } catch (CableParseException e) {
            reject(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // A parser bug on one record must not cost the others; the report still says it is a bug.
            reject(raw.position() + ": internal error while parsing: " + describe(e));
            return false;
        }
        try {
            action.accept(cable);
            return true;
        } catch (Exception e) {
            reject(raw.position() + ": " + describe(e));
            return false;
        }
    }

    private RawCable withContext(RawCable raw) {
        RecordMetadata m = raw.metadata() == null ? RecordMetadata.NONE : raw.metadata();
        if (referenceIdContext == null || m.referenceId() != null) {
            return raw;
        }
        RecordMetadata withId = new RecordMetadata(
                referenceIdContext, m.subject(), m.date(), m.classification(), m.origin(), m.references());
        return new RawCable(raw.position(), raw.layout(), withId, raw.header(), raw.text());
    }

    private void reject(String message) {
        report.rejected(message);
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
