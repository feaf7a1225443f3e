package org.chancery.archive.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;

/**
 * Every combination the access rules distinguish, as invented cables: level (with SBU) × handling (none, NOFORN,
 * REL TO) × captions (SIPDIS, none, NODIS, EXDIS) × declassification (future date, past date, exemption, OADR),
 * plus cables whose paragraphs are marked above their banner. Each cable's id spells its combination, so a failing
 * matrix row says which one it is. The "today" the tests use is {@link #TODAY}.
 */
public final class AccessCorpus {
    private AccessCorpus() {}

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** A word each cable's body carries once, in its first paragraph, for search tests. */
    public static final String COMMON_WORD = "aquifer";

    /** A word that appears only in paragraphs marked above their banner. */
    public static final String HIDDEN_WORD = "zirconium";

    public enum Level {
        U(Classification.UNCLASSIFIED, List.of(), null),
        SBU(Classification.UNCLASSIFIED, List.of("SBU"), "SBU"),
        C(Classification.CONFIDENTIAL, List.of(), "C"),
        S(Classification.SECRET, List.of(), "S"),
        TS(Classification.TOP_SECRET, List.of(), "TS");

        final Classification classification;
        final List<String> handling;
        final String marking;

        Level(Classification classification, List<String> handling, String marking) {
            this.classification = classification;
            this.handling = handling;
            this.marking = marking;
        }
    }

    public enum Handling {
        NONE(List.of(), ""),
        NOFORN(List.of("NOFORN"), "/NF"),
        RELGBR(List.of("REL TO USA, GBR"), "//REL TO USA, GBR");

        final List<String> caveats;
        final String markingSuffix;

        Handling(List<String> caveats, String markingSuffix) {
            this.caveats = caveats;
            this.markingSuffix = markingSuffix;
        }
    }

    public enum Caption {
        SIPDIS(List.of("SIPDIS")),
        NONE(List.of()),
        NODIS(List.of("SIPDIS", "NODIS")),
        EXDIS(List.of("SIPDIS", "EXDIS"));

        final List<String> captions;

        Caption(List<String> captions) {
            this.captions = captions;
        }
    }

    public enum Decl {
        FUTURE,
        PAST,
        EXEMPT,
        OADR
    }

    /** The combination a cable was built from. */
    public record Combination(Level level, Handling handling, Caption caption, Decl decl, boolean mismarked) {
        public String id() {
            // reference ids are two digits, a post, a serial: the post spells the combination
            return "08" + level + handling + caption + decl + (mismarked ? "MIS" : "") + "1";
        }
    }

    public static List<Combination> combinations() {
        List<Combination> all = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Handling handling : Handling.values()) {
                for (Caption caption : Caption.values()) {
                    for (Decl decl : Decl.values()) {
                        all.add(new Combination(level, handling, caption, decl, false));
                    }
                }
            }
        }
        // paragraphs marked above the banner: a SECRET paragraph under a CONFIDENTIAL banner, a NOFORN paragraph
        // under a REL TO banner
        all.add(new Combination(Level.C, Handling.NONE, Caption.SIPDIS, Decl.FUTURE, true));
        all.add(new Combination(Level.C, Handling.RELGBR, Caption.SIPDIS, Decl.FUTURE, true));
        all.add(new Combination(Level.C, Handling.NONE, Caption.SIPDIS, Decl.PAST, true));
        return all;
    }

    public static List<StoredCable> cables() {
        List<StoredCable> stored = new ArrayList<>();
        long sequence = 1;
        for (Combination c : combinations()) {
            stored.add(new StoredCable(c.id(), 1, sequence++, Instant.parse("2026-01-01T00:00:00Z"), cable(c)));
        }
        return stored;
    }

    public static Cable cable(Combination c) {
        String marking = c.level().marking == null ? null : c.level().marking + c.handling().markingSuffix;
        if (c.level() == Level.U && c.handling() != Handling.NONE) {
            marking = "U" + c.handling().markingSuffix;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(1, marking, "The ministry reported on the " + COMMON_WORD + " survey."));
        if (c.mismarked()) {
            String over = c.handling() == Handling.RELGBR ? "C/NF" : "S";
            paragraphs.add(new Paragraph(2, over, "Sources named the " + HIDDEN_WORD + " buyer."));
        }
        paragraphs.add(new Paragraph(paragraphs.size() + 1, marking, "Embassy will follow up next week."));
        StringBuilder body = new StringBuilder();
        for (Paragraph p : paragraphs) {
            body.append(p.number())
                    .append(". ")
                    .append(p.marking() == null ? "" : "(" + p.marking() + ") ")
                    .append(p.text())
                    .append("\n\n");
        }
        List<String> handling = new ArrayList<>(c.level().handling);
        handling.addAll(c.handling().caveats);
        return Cable.builder()
                .referenceId(c.id())
                .origin("Embassy London")
                .date(OffsetDateTime.of(2008, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                .classification(c.level().classification)
                .handling(handling)
                .captions(c.caption().captions)
                .subject("SURVEY REPORT " + c.id())
                .tags(List.of("PREL", "UK"))
                .references(List.of(new Reference("08LONDON1", "A. LONDON 1")))
                .declassification(declassification(c))
                .signers(List.of("TUTTLE"))
                .summary(c.mismarked() ? "Sources named the " + HIDDEN_WORD + " buyer." : null)
                .to(List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "PRIORITY", null)))
                .info(List.of(new Addressee("RUEHFR", "AMEMBASSY PARIS", null, null)))
                .paragraphs(paragraphs)
                .header("")
                .body(body.toString())
                .build();
    }

    private static Declassification declassification(Combination c) {
        if (c.level().classification == Classification.UNCLASSIFIED) {
            return null;
        }
        return switch (c.decl()) {
            case FUTURE -> new Declassification("E.O. 12958", Declassification.Kind.DATE, TODAY.plusYears(5), "");
            case PAST -> new Declassification("E.O. 12958", Declassification.Kind.DATE, TODAY.minusYears(1), "");
            case EXEMPT -> new Declassification("E.O. 12958", Declassification.Kind.EXEMPTION, null, "25X1");
            case OADR -> new Declassification("E.O. 12958", Declassification.Kind.OADR, null, "OADR");
        };
    }

    /** The readers of the matrix: every clearance, foreign readers, channel and post members, officers. */
    public static List<Principal> readers() {
        return List.of(
                reader("reader-u", Classification.UNCLASSIFIED, true, Set.of(), Set.of("SECSTATE"), Set.of()),
                reader("reader-c", Classification.CONFIDENTIAL, true, Set.of(), Set.of("SECSTATE"), Set.of()),
                reader("reader-s", Classification.SECRET, true, Set.of(), Set.of("BERLIN"), Set.of()),
                reader("reader-ts", Classification.TOP_SECRET, true, Set.of(), Set.of("BERLIN"), Set.of()),
                reader("london-s", Classification.SECRET, true, Set.of(), Set.of("LONDON"), Set.of()),
                reader("nodis-ts", Classification.TOP_SECRET, true, Set.of(), Set.of("BERLIN"), Set.of("NODIS")),
                reader("foreign-gbr", Classification.SECRET, false, Set.of("GBR"), Set.of(), Set.of()),
                reader("foreign-aus", Classification.TOP_SECRET, false, Set.of("AUS"), Set.of(), Set.of()),
                new Principal(
                        "records",
                        Classification.TOP_SECRET,
                        true,
                        Set.of(),
                        Set.of(),
                        Set.of("reader", "records-officer"),
                        Set.of()),
                new Principal(
                        "admin",
                        Classification.UNCLASSIFIED,
                        true,
                        Set.of(),
                        Set.of(),
                        Set.of("administrator"),
                        Set.of()),
                Principal.OPERATOR);
    }

    private static Principal reader(
            String name,
            Classification clearance,
            boolean us,
            Set<String> rel,
            Set<String> posts,
            Set<String> channels) {
        return new Principal(name, clearance, us, rel, posts, Set.of("reader"), channels);
    }
}
