package org.chancery.telegram.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.PortionMarking;

/** The banner against the paragraphs' portion markings (rules B001–B004). */
final class MarkingCheck implements Check {

    @Override
    public void check(Cable cable, Consumer<Finding> findings) {
        String id = cable.referenceId();
        Classification banner = cable.classification();
        List<String> unmarked = new ArrayList<>();
        for (Paragraph p : cable.paragraphs()) {
            String where = p.number() == null ? "an unnumbered paragraph" : "paragraph " + p.number();
            if (p.marking() == null) {
                if (p.number() != null) {
                    unmarked.add(p.number().toString());
                }
                continue;
            }
            Optional<PortionMarking> parsed = PortionMarking.parse(p.marking());
            if (parsed.isEmpty()) {
                findings.accept(Finding.of(Rule.B004, id, where + " has unreadable marking (" + p.marking() + ")"));
                continue;
            }
            PortionMarking m = parsed.get();
            if (banner != null && m.level().compareTo(banner) > 0) {
                findings.accept(Finding.of(
                        Rule.B001,
                        id,
                        where + " is marked (" + p.marking() + ") but the banner is only " + banner.label()));
            }
            for (String caveat : m.caveats()) {
                if (!carries(cable, caveat)) {
                    findings.accept(Finding.of(
                            Rule.B002, id, where + " is " + caveat + " but the banner does not carry " + caveat));
                }
            }
            if (m.sensitive()
                    && banner == Classification.UNCLASSIFIED
                    && !cable.handling().contains("SBU")
                    && !cable.handling().contains("FOUO")) {
                findings.accept(
                        Finding.of(Rule.B002, id, where + " is marked SBU but the cable is not marked SENSITIVE"));
            }
        }
        if (banner != null && banner != Classification.UNCLASSIFIED && !unmarked.isEmpty()) {
            findings.accept(Finding.of(
                    Rule.B003,
                    id,
                    "paragraph(s) " + String.join(", ", unmarked) + " of a " + banner.label()
                            + " cable carry no portion marking"));
        }
    }

    private static boolean carries(Cable cable, String caveat) {
        return cable.handling().stream().anyMatch(h -> h.equals(caveat) || h.startsWith(caveat));
    }
}
