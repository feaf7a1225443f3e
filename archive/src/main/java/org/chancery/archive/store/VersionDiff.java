package org.chancery.archive.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;

/**
 * The difference between two versions of a cable as a unified line diff. Both sides are a few lines of what the
 * archive read about the cable (origin, date, classification, subject), then its header and text as received: the
 * text is what makes a version, the lines before it show what the change meant.
 */
public final class VersionDiff {
    private VersionDiff() {}

    /** Unified diff lines ({@code ---}, {@code +++}, {@code @@} hunks) with {@code context} lines around changes. */
    public static List<String> unified(StoredCable from, StoredCable to, int context) {
        List<String> original = lines(from.cable());
        List<String> revised = lines(to.cable());
        Patch<String> patch = DiffUtils.diff(original, revised);
        return UnifiedDiffUtils.generateUnifiedDiff(label(from), label(to), original, patch, context);
    }

    /** The lines compared for a version. */
    static List<String> lines(Cable c) {
        List<String> lines = new ArrayList<>();
        lines.add("Origin: " + nullToEmpty(c.origin()));
        lines.add("Date: " + (c.date() == null ? "" : c.date()));
        lines.add("Classification: "
                + (c.classification() == null ? "" : c.classification().label()));
        lines.add("Handling: " + String.join(", ", c.handling()));
        lines.add("Subject: " + nullToEmpty(c.subject()));
        lines.add("");
        if (!c.header().isEmpty()) {
            lines.addAll(List.of(c.header().split("\n", -1)));
        }
        lines.addAll(List.of(c.body().split("\n", -1)));
        return lines;
    }

    private static String label(StoredCable s) {
        return s.referenceId() + " version " + s.version() + " (" + s.importedAt() + ")";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
