package org.chancery.telegram.json;

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

/** Hand-made cables from an invented post, with every field of the model filled or deliberately empty. */
final class InventedCables {
    private InventedCables() {}

    /** A top secret cable from the invented Embassy Valdoria, every field set. */
    static Cable full() {
        Transmission t = new Transmission(
                "VZCZCXYZ0042",
                "XYZ",
                "0042",
                "PP",
                List.of("RUEHVD", "RUEHMQ"),
                "RUEHVD",
                "0123",
                2,
                "0451230",
                "ZNY TTTTT ZZH",
                "P",
                "141230Z FEB 09",
                OffsetDateTime.of(2009, 2, 14, 12, 30, 0, 0, ZoneOffset.UTC),
                "AMEMBASSY VALDORIA",
                "RUEHVD",
                List.of("RUEHZZ"),
                List.of("EUR-00"),
                List.of("INR-01", "SS-10"));
        return new Cable(
                "09VALDORIA123",
                "Embassy Valdoria",
                OffsetDateTime.of(2009, 2, 14, 12, 30, 0, 0, ZoneOffset.UTC),
                Classification.TOP_SECRET,
                List.of("NOFORN", "REL TO USA, GBR"),
                List.of("SIPDIS", "NODIS"),
                "VALDORIA: MINISTER \"OPTIMISTIC\" ON RIVER TREATY",
                List.of("PREL", "PGOV", "VD", "OVIP (KESTREL, ANNA)"),
                List.of(
                        new Reference("09VALDORIA98", "VALDORIA 98"),
                        new Reference(null, "E-MAIL OF FEB 2 FROM DESK OFFICER")),
                new Declassification("E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2019, 2, 14), "02/14/2019"),
                new ClassifiedBy(
                        "Ambassador Tomas Hale, reasons 1.4 (b) and (d).",
                        List.of("Tomas Hale"),
                        List.of("1.4(b)", "1.4(d)")),
                List.of("HALE"),
                "The minister expects the treaty by spring.",
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "PRIORITY", "0311")),
                List.of(
                        new Addressee("RUEHMQ", "AMEMBASSY MARQUETTA", "PRIORITY", "0017"),
                        new Addressee(null, "NSC WASHDC", null, null)),
                List.of(
                        new Paragraph(1, "TS//NF", "Summary. The minister expects the treaty by spring. End summary."),
                        new Paragraph(2, "C", "Line one ¶ with a pilcrow,\nline two with \"quotes\" and a \\ slash."),
                        new Paragraph(null, null, "HALE")),
                false,
                t,
                2,
                "VZCZCXYZ0042\nPP RUEHVD RUEHMQ\n",
                "T O P S E C R E T SECTION 01 OF 02 VALDORIA 000123\n\nSIPDIS\n");
    }

    /** A fragment: nothing but a little text, every other field absent. */
    static Cable empty() {
        return new Cable(
                null,
                null,
                null,
                null,
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
                List.of(new Paragraph(null, null, "A few words.")),
                true,
                null,
                null,
                null,
                null);
    }
}
