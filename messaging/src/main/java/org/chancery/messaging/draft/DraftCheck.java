package org.chancery.messaging.draft;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.directory.UnknownAddresseeException;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.validate.CableValidator;
import org.chancery.telegram.validate.Finding;
import org.chancery.telegram.validate.Severity;

/**
 * Checks a draft on every save: the format's own rules (banner against portions, caveat carry-over, DECL, TAGS,
 * addressing) on the cable the draft would become, plus what only messaging knows: every addressee is in the
 * routing directory with a precedence, and every REF is a cable of the archive the drafter may open (read through
 * the reading room, so the check is audited and never confirms a cable the drafter may not see).
 */
public final class DraftCheck {

    /** The result: the findings, and the addressee lines and REF entries resolved on the way. */
    public record Result(
            List<DraftFinding> findings, List<DraftCable.Line> to, List<DraftCable.Line> info, List<Reference> refs) {
        public boolean releasable() {
            return findings.stream().noneMatch(DraftFinding::error);
        }
    }

    private final RoutingDirectory directory;
    private final ReadingRoom room;
    private final CableValidator validator = new CableValidator();
    private final Clock clock;

    public DraftCheck(RoutingDirectory directory, ReadingRoom room, Clock clock) {
        this.directory = directory;
        this.room = room;
        this.clock = clock;
    }

    public Result check(DraftContent d, RoutingEntry post, Principal drafter) {
        List<DraftFinding> findings = new ArrayList<>();
        if (d.classification() == null
                || Classification.fromText(d.classification()).isEmpty()) {
            findings.add(new DraftFinding(
                    "classification",
                    "MSG-F001",
                    true,
                    d.classification() == null
                            ? "the classification is missing"
                            : "unknown classification " + d.classification()));
        }
        if (d.subject() == null) {
            findings.add(new DraftFinding("subject", "MSG-F002", true, "the subject is missing"));
        }
        if (d.paragraphs().isEmpty()) {
            findings.add(new DraftFinding("paragraphs", "MSG-F003", true, "the cable has no paragraphs"));
        }
        List<DraftCable.Line> to = lines("to", d.to(), findings);
        List<DraftCable.Line> info = lines("info", d.info(), findings);
        List<Reference> refs = references(d.references(), drafter, findings);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String provisionalId = String.format("%02d%s%d", now.getYear() % 100, post.postId(), 1);
        Cable cable = DraftCable.build(d, post, new DraftCable.Numbers(provisionalId, 1, now, "0001"), to, info, refs);
        for (Finding f : validator.validate(cable)) {
            findings.add(new DraftFinding(field(f.code()), f.code(), f.severity() == Severity.ERROR, f.message()));
        }
        return new Result(List.copyOf(findings), to, info, refs);
    }

    private List<DraftCable.Line> lines(String field, List<DraftAddressee> addressees, List<DraftFinding> findings) {
        List<DraftCable.Line> lines = new ArrayList<>();
        for (DraftAddressee a : addressees) {
            Optional<Precedence> precedence = Precedence.fromLabel(a.precedence());
            if (precedence.isEmpty()) {
                findings.add(new DraftFinding(
                        field,
                        "CHN-P001",
                        true,
                        "addressee " + a.addressee() + ": "
                                + (a.precedence().isEmpty() ? "no precedence" : "unknown precedence " + a.precedence())
                                + " (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY or ROUTINE)"));
            }
            try {
                RoutingEntry entry = directory.resolve(a.addressee());
                lines.add(new DraftCable.Line(entry, precedence.orElse(Precedence.ROUTINE), null));
            } catch (UnknownAddresseeException unknown) {
                findings.add(new DraftFinding(field, "MSG-A001", true, unknown.getMessage()));
            }
        }
        return lines;
    }

    private List<Reference> references(List<String> ids, Principal drafter, List<DraftFinding> findings) {
        List<Reference> refs = new ArrayList<>();
        for (String typed : ids) {
            Optional<CableView> cited = room.open(drafter, typed);
            if (cited.isEmpty()) {
                findings.add(new DraftFinding(
                        "references",
                        "MSG-R001",
                        true,
                        "REF " + typed + " is not a cable in the archive you may open"));
            } else {
                refs.add(DraftCable.reference(cited.get().referenceId()));
            }
        }
        return refs;
    }

    /** The draft field a format rule is about, by the rule code's letter. */
    private static String field(String code) {
        String rule = code.startsWith("CHN-") ? code.substring(4) : code;
        return switch (rule.isEmpty() ? ' ' : rule.charAt(0)) {
            case 'B' -> "paragraphs";
            case 'D' ->
                rule.equals("D002") || rule.equals("D003") || rule.equals("D004") ? "classifiedBy" : "declassify";
            case 'T' -> "tags";
            case 'P', 'A' -> "to";
            case 'R' -> "references";
            default -> "header";
        };
    }
}
