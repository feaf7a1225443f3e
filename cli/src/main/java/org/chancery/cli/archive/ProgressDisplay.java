package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.chancery.archive.ingest.ImportProgress;

/**
 * Shows an import's progress: a bar redrawn in place on a terminal, a plain log line every few seconds otherwise (a
 * log file or a pipe gets no carriage returns).
 */
final class ProgressDisplay implements Consumer<ImportProgress> {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastShown = System.nanoTime();
    private boolean drawn;

    ProgressDisplay(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 10_000_000_000L;
    }

    @Override
    public void accept(ImportProgress p) {
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        if (terminal) {
            out.print("\r" + bar(p) + " " + line(p) + "   ");
            drawn = true;
        } else {
            out.println("import: " + line(p));
        }
        out.flush();
    }

    /** Ends the bar's line, so that the summary starts on a line of its own. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    static String line(ImportProgress p) {
        Duration eta = p.remaining();
        return String.format(
                "%,d cables, %,.0f/s, %d%%%s%s",
                p.read(),
                p.rate(),
                Math.round(p.fraction() * 100),
                p.rejected() > 0 ? String.format(", %,d rejected", p.rejected()) : "",
                eta == null ? "" : ", ETA " + format(eta));
    }

    private static String bar(ImportProgress p) {
        int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
