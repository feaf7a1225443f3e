package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.util.List;
import org.chancery.messaging.draft.DraftFinding;

/** A check's findings as lines: {@code error CHN-B001 [paragraphs] ...}, then the count. */
final class Findings {

    private Findings() {}

    static long errors(List<DraftFinding> findings) {
        return findings.stream().filter(DraftFinding::error).count();
    }

    /** Prints the findings and a summary line naming {@code what}; returns whether there is any error. */
    static boolean print(PrintWriter out, String what, List<DraftFinding> findings) {
        findings.forEach(f -> out.println("  " + f));
        long errors = errors(findings);
        long warnings = findings.size() - errors;
        out.println(what + ": " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (errors == 0 ? " (releasable)" : " (not releasable until fixed)"));
        return errors > 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
