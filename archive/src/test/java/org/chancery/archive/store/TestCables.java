package org.chancery.archive.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/** Invented cables (invented posts, people and events) with every field the model has filled in. */
public final class TestCables {
    private TestCables() {}

    /** A cable from the invented post of Port Amber, citing the given ids. */
    public static Cable full(String id, String bodyVariant, List<String> cites) {
        OffsetDateTime date = OffsetDateTime.of(2007, 3, 14, 9, 45, 0, 0, ZoneOffset.UTC);
        Transmission transmission = new Transmission(
                "VZCZCXYZ0042",
                "XYZ",
                "0042",
                "PP",
                List.of("RUEHAA", "RUEHBB"),
                "RUEHPA",
                "0117",
                1,
                "0730945",
                "ZNY CCCCC ZZH",
                "P",
                "140945Z MAR 07",
                date,
                "AMEMBASSY PORT AMBER",
                "RUEHPA",
                List.of("RUEHZZ"),
                List.of(),
                List.of());
        List<Reference> references = cites.stream()
                .map(c -> new Reference(
                        c, "PORTAMBER " + c.replaceAll("\\D+", " ").trim()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        references.add(new Reference(null, "E-MAIL FROM DESK OFFICER, 12 MARCH"));
        String body = "C O N F I D E N T I A L PORT AMBER 000117\n\nSIPDIS\nNOFORN\n\nE.O. 12958: DECL: 03/14/2017\n"
                + "TAGS: PREL PGOV XA\nSUBJECT: HARBOUR COUNCIL MEETS ON LIGHTHOUSE DUES\n\n"
                + "Classified By: Ambassador Ida Marrow, reasons 1.4 (b) and (d).\n\n"
                + "1. (C) The council met on the dues. " + bodyVariant + "\n\n"
                + "2. (U) Nothing else to report.\n\nMARROW\n";
        return new Cable(
                id,
                "Embassy Port Amber",
                date,
                Classification.CONFIDENTIAL,
                List.of("NOFORN"),
                List.of("SIPDIS"),
                "HARBOUR COUNCIL MEETS ON LIGHTHOUSE DUES",
                List.of("PREL", "PGOV", "XA", "OVIP (MARROW, IDA)"),
                references,
                new Declassification("E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2017, 3, 14), "03/14/2017"),
                new ClassifiedBy(
                        "Ambassador Ida Marrow, reasons 1.4 (b) and (d).",
                        List.of("Ida Marrow"),
                        List.of("1.4(b)", "1.4(d)")),
                List.of("MARROW"),
                "The council met on the dues.",
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "PRIORITY", "0311")),
                List.of(
                        new Addressee("RUEHAA", "AMEMBASSY NORTH CAPE", "PRIORITY", "0012"),
                        new Addressee(null, "AMCONSUL SALT BAY", null, null)),
                List.of(
                        new Paragraph(1, "C", "The council met on the dues. " + bodyVariant),
                        new Paragraph(2, "U", "Nothing else to report."),
                        new Paragraph(null, null, "MARROW")),
                false,
                transmission,
                2,
                "VZCZCXYZ0042\nPP RUEHAA RUEHBB\nDE RUEHPA #0117/01 0730945",
                body);
    }

    public static Cable full(String id) {
        return full(id, "Dues stay as they are.", List.of());
    }

    /** A cable with as little as the model allows: no header, no transmission, no optional parts. */
    public static Cable bare(String id, Classification level) {
        return new Cable(
                id,
                null,
                null,
                level,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                true,
                null,
                null,
                null,
                "fragment of " + id);
    }
}
