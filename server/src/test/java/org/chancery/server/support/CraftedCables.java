package org.chancery.server.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;

/**
 * Hand-made variants of one generated cable, one per row of the access matrix: each classification, NOFORN, REL TO,
 * a NODIS channel, a cable without SIPDIS, and a CONFIDENTIAL cable with one paragraph marked SECRET (a marking error the archive
 * answers by withholding that paragraph from readers cleared for the banner only). All are
 * classified until 2045, so that the date cannot declassify them under the tests' feet.
 */
public final class CraftedCables {

    /** A distinctive word every crafted cable carries in its text, so one search finds them all. */
    public static final String MARKER = "QUARTERMASTERING";

    public static final String U = "09TESTPOST9001";
    public static final String C = "09TESTPOST9002";
    public static final String S = "09TESTPOST9003";
    public static final String TS = "09TESTPOST9004";
    public static final String S_NOFORN = "09TESTPOST9005";
    public static final String S_REL_GBR = "09TESTPOST9006";
    public static final String S_NODIS = "09TESTPOST9007";
    public static final String C_NO_SIPDIS = "09TESTPOST9008";
    public static final String C_SECRET_PARAGRAPH = "09TESTPOST9009";

    private CraftedCables() {}

    /** The crafted cables by id, built from a generated cable that has at least two paragraphs. */
    public static Map<String, Cable> from(Cable base) {
        Map<String, Cable> cables = new LinkedHashMap<>();
        put(cables, variant(base, U, Classification.UNCLASSIFIED, List.of(), List.of("SIPDIS"), null));
        put(cables, variant(base, C, Classification.CONFIDENTIAL, List.of(), List.of("SIPDIS"), null));
        put(cables, variant(base, S, Classification.SECRET, List.of(), List.of("SIPDIS"), null));
        put(cables, variant(base, TS, Classification.TOP_SECRET, List.of(), List.of("SIPDIS"), null));
        put(cables, variant(base, S_NOFORN, Classification.SECRET, List.of("NOFORN"), List.of("SIPDIS"), null));
        put(
                cables,
                variant(base, S_REL_GBR, Classification.SECRET, List.of("REL TO USA, GBR"), List.of("SIPDIS"), null));
        put(cables, variant(base, S_NODIS, Classification.SECRET, List.of(), List.of("NODIS", "SIPDIS"), null));
        put(cables, variant(base, C_NO_SIPDIS, Classification.CONFIDENTIAL, List.of(), List.of(), null));
        put(cables, variant(base, C_SECRET_PARAGRAPH, Classification.CONFIDENTIAL, List.of(), List.of("SIPDIS"), "S"));
        return cables;
    }

    private static void put(Map<String, Cable> cables, Cable cable) {
        cables.put(cable.referenceId(), cable);
    }

    /**
     * The base cable under another id and banner; every paragraph marked at the banner's level, the second one
     * marked {@code secondMarking} instead when given. Header and body are left empty, so that the CSV writer
     * writes the telegram from these fields.
     */
    private static Cable variant(
            Cable base,
            String id,
            Classification level,
            List<String> handling,
            List<String> captions,
            String secondMarking) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < base.paragraphs().size(); i++) {
            Paragraph p = base.paragraphs().get(i);
            String marking = i == 1 && secondMarking != null ? secondMarking : level.abbreviation();
            String text = i == 0 ? p.text() + " " + MARKER + " " + id + "." : p.text();
            paragraphs.add(new Paragraph(p.number(), marking, text));
        }
        return base.toBuilder()
                .referenceId(id)
                .origin("Embassy Testpost")
                .classification(level)
                .handling(handling)
                .captions(captions)
                .subject("MATRIX CASE " + id)
                .references(List.of())
                .summary(null)
                .declassification(new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2045, 1, 1), "01/01/2045"))
                .paragraphs(paragraphs)
                .header("")
                .body("")
                .build();
    }
}
