package org.chancery.telegram.write;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/** Hand-written, invented cables for the writer and validator tests (people and events are made up). */
public final class SampleCables {
    private SampleCables() {}

    public static final OffsetDateTime DATE = OffsetDateTime.of(2008, 11, 28, 16, 32, 0, 0, ZoneOffset.UTC);

    /** A confidential, NOFORN cable from Embassy Oslo with two REFs and three paragraphs. */
    public static Cable oslo() {
        return oslo(List.of(
                new Paragraph(
                        1,
                        "C",
                        "Summary: The Storting finance committee will delay\nthe fjord toll bill. End summary."),
                new Paragraph(2, "C/NF", "Committee chair Wenna Dorlund told PolOff the\ndelay was agreed privately."),
                new Paragraph(3, "U", "Embassy will report further.")));
    }

    public static Cable oslo(List<Paragraph> paragraphs) {
        Transmission t = new Transmission(
                "VZCZCXRO1234",
                "XRO",
                "1234",
                "OO",
                List.of("RUEHSM"),
                "RUEHNY",
                "0777",
                null,
                "3331632",
                "ZNY CCCCC ZZH",
                "O",
                "281632Z NOV 08",
                DATE,
                "AMEMBASSY OSLO",
                null,
                List.of(),
                List.of(),
                List.of());
        return new Cable(
                "08OSLO777",
                "Embassy Oslo",
                DATE,
                Classification.CONFIDENTIAL,
                List.of("NOFORN"),
                List.of("SIPDIS"),
                "NORWAY: FINANCE COMMITTEE DELAYS FJORD TOLL BILL",
                List.of("PGOV", "ECON", "NO"),
                List.of(new Reference("08OSLO700", "OSLO 700"), new Reference("07STATE12345", "07 STATE 12345")),
                new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2018, 11, 28), "11/28/2018"),
                new ClassifiedBy(
                        "PolCouns Ansel Hartwick, reasons 1.4 (b/d).",
                        List.of("Ansel Hartwick"),
                        List.of("1.4(b)", "1.4(d)")),
                List.of("FENWICK"),
                "The Storting finance committee will delay the fjord toll bill.",
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "0520")),
                List.of(
                        new Addressee("RUEHSM", "AMEMBASSY STOCKHOLM", "IMMEDIATE", "0112"),
                        new Addressee("RUEKJCS", "SECDEF WASHDC", "PRIORITY", null)),
                paragraphs,
                false,
                t,
                null,
                "",
                "");
    }

    /** The Oslo cable with {@code count} numbered paragraphs of filler, to force sections. */
    public static Cable longOslo(int count) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(1, "C/NF", "Opening paragraph."));
        for (int i = 2; i <= count; i++) {
            paragraphs.add(new Paragraph(
                    i,
                    "C",
                    "The committee discussed item " + i
                            + " at some length and\nreached no conclusion on the matter before it."));
        }
        return oslo(paragraphs);
    }
}
