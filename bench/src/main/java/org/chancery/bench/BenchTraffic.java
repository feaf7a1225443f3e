package org.chancery.bench;

import java.util.List;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.telegram.model.Classification;

/** The London cable and the London accounts the messaging benchmarks release it with. */
final class BenchTraffic {

    private BenchTraffic() {}

    /** A two-paragraph CONFIDENTIAL cable from London, action the Department at {@code precedence}. */
    static DraftContent draft(String subject, String precedence, List<DraftAddressee> info) {
        return new DraftContent(
                "CONFIDENTIAL",
                List.of("SIPDIS"),
                List.of(),
                "12/06/2036",
                "Bench Drafter, Political Officer, reasons 1.4 (b) and (d)",
                List.of("PREL", "UK"),
                subject,
                List.of(),
                List.of(
                        new DraftParagraph(
                                "C",
                                "A paragraph of benchmark traffic, long enough to be a real one, with"
                                        + " a sentence or two of text that the telegram writer wraps at its line width."),
                        new DraftParagraph("U", "A second, unclassified paragraph.")),
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", precedence)),
                info,
                "BENCH");
    }

    /** A SECRET-cleared London account with {@code role} besides reading. */
    static Principal londoner(String name, String role) {
        return new Principal(
                name, Classification.SECRET, true, Set.of(), Set.of("LONDON"), Set.of(role, "reader"), Set.of());
    }
}
