package org.chancery.messaging.draft;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.write.TelegramWriter;

/**
 * The difference between two versions of a draft, as lines of the telegram each would become: what a clearer reads
 * is what changes. Both are written with the same provisional numbers, so only the drafter's changes show.
 */
public final class DraftDiff {

    private static final DraftCable.Numbers PROVISIONAL =
            new DraftCable.Numbers("00DRAFT0", 0, Instant.EPOCH.atOffset(ZoneOffset.UTC), "0000");

    private DraftDiff() {}

    /** A unified diff of the two versions' text (without the header), empty when they read the same. */
    public static List<String> between(
            DraftVersion from,
            DraftVersion to,
            DraftCheck check,
            RoutingEntry post,
            org.chancery.archive.access.Principal reader) {
        List<String> a = lines(from.content(), check, post, reader);
        List<String> b = lines(to.content(), check, post, reader);
        var patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(
                "version " + from.version(), "version " + to.version(), a, patch, 2);
    }

    private static List<String> lines(
            DraftContent content, DraftCheck check, RoutingEntry post, org.chancery.archive.access.Principal reader) {
        DraftCheck.Result r = check.check(content, post, reader);
        var cable = DraftCable.build(content, post, PROVISIONAL, r.to(), r.info(), r.refs());
        return List.of(new TelegramWriter().layout(cable).continuousText().split("\n", -1));
    }
}
