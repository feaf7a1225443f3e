package org.chancery.telegram.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;
import org.chancery.telegram.model.Cable;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hurt a reader: enormous lines, markers repeated a hundred thousand times, quotes and tags that never
 * close. Each must end, quickly, either with cables or with a {@link
 * org.chancery.telegram.read.CableParseException}. The timeout is hang detection only, far above the time any of
 * these takes on a loaded machine; speed itself is measured by the benchmark.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    private static final String RECORD_HEAD =
            "09VALDORIA7\nRIVER TREATY\nSat Feb 14 00:00:00 +0100 2009\nSECRET//NOFORN\nEmbassy Valdoria\n";
    private static final String CSV_HEAD =
            "\"1\",\"02/14/2009 12:30\",\"09VALDORIA7\",\"Embassy Valdoria\",\"SECRET\",\"\",\"\",\"";

    @Test
    void fiveMegabyteLineWithoutNewlineInEveryLayout() {
        String line = "THE MINISTER SAID ".repeat(5 * 1024 * 1024 / 18);
        survives("telegram", () -> ReadAll.of(line));
        survives("record", () -> ReadAll.of(RECORD_HEAD + line));
        survives("csv", () -> ReadAll.of(CSV_HEAD + line + "\"\n"));
        survives("html", () -> ReadAll.of(html(line)));
        Cable cable = hangGuard(() -> ReadAll.fragment(line, "09VALDORIA7"));
        assertThat(cable.paragraphs()).isNotEmpty();
    }

    @Test
    void twoHundredThousandParagraphMarkers() {
        String text = "¶1. (S//NF) ".repeat(200_000);
        ReadAll all = survives("telegram", () -> ReadAll.of(text));
        assertThat(all.cables()).hasSize(1);
        survives("record", () -> ReadAll.of(RECORD_HEAD + text));
        survives("csv", () -> ReadAll.of(CSV_HEAD + text + "\"\n"));
    }

    @Test
    void hundredThousandReferenceEntries() {
        String text = "SUBJECT: REFS\n\nREF: " + "A. ".repeat(100_000) + "\n\n" + "REF: A. ".repeat(100_000);
        ReadAll all = survives("telegram", () -> ReadAll.of(text));
        assertThat(all.cables()).hasSize(1);
    }

    @Test
    void hundredThousandTagsMarkers() {
        ReadAll all = survives("telegram", () -> ReadAll.of("TAGS:".repeat(100_000)));
        assertThat(all.cables()).hasSize(1);
        survives("lines", () -> ReadAll.of("TAGS: PREL\n".repeat(100_000)));
    }

    @Test
    void repeatedHeaderAndSectionMarkers() {
        survives("banner", () -> ReadAll.of("C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002968\n".repeat(50_000)));
        survives("FL lines", () -> ReadAll.of("VZCZCXRO1840\nDE RUEHLO #2968/01 3331632\n".repeat(50_000)));
        survives(
                "INFO",
                () -> ReadAll.of(
                        "FM AMEMBASSY VALDORIA\nTO " + "RUEHC/SECSTATE WASHDC IMMEDIATE 0520\n".repeat(100_000)));
        survives("page breaks", () -> ReadAll.of("LONDON 00002968  002 OF 002 ".repeat(100_000)));
        survives("E.O.", () -> ReadAll.of("E.O. 12958: DECL: ".repeat(100_000)));
        survives("Classified By", () -> ReadAll.of("Classified By: ".repeat(100_000)));
        survives("parentheses", () -> ReadAll.of("¶1. " + "(".repeat(200_000)));
    }

    @Test
    void csvWithNestedAndEscapedQuotes() {
        String quotes = "\"\"".repeat(100_000) + "\\\"".repeat(100_000);
        survives("nested", () -> ReadAll.of(CSV_HEAD + quotes + "\"\n"));
        survives("backslashes", () -> ReadAll.of(CSV_HEAD + "\\".repeat(200_001) + "\"\n"));
        survives("quote storm", () -> ReadAll.of("\"".repeat(500_000)));
        survives("comma storm", () -> ReadAll.of("\"1\"," + "\"\",".repeat(200_000)));
    }

    @Test
    void csvWithAnUnterminatedQuoteAtTheEnd() {
        ReadAll all = survives("eof", () -> ReadAll.of(CSV_HEAD + "THE TEXT NEVER ENDS"));
        assertThat(all.rejections()).isNotEmpty();
        assertThat(all.rejections().getFirst()).containsIgnoringCase("quote");

        String good = CSV_HEAD + "A GOOD ROW.\"\n";
        ReadAll afterGood =
                survives("after a good row", () -> ReadAll.of(good + CSV_HEAD.replace("\"1\"", "\"2\"") + "CUT"));
        assertThat(afterGood.cables()).hasSize(1);
        assertThat(afterGood.rejections()).hasSize(1);
    }

    @Test
    void htmlWithHundredThousandNestedTags() {
        survives("div", () -> ReadAll.of(html("<div>".repeat(100_000) + "TEXT")));
        survives("pre", () -> ReadAll.of(html("<pre>".repeat(100_000))));
        survives("unclosed comment", () -> ReadAll.of(html("<!-- " + "x".repeat(100_000))));
        survives("entities", () -> ReadAll.of(html("&amp;".repeat(200_000))));
    }

    private static String html(String inner) {
        return "<!DOCTYPE html><html><head><title>Cable 09VALDORIA7</title></head><body>"
                + "<table class=\"cable\"><tr><td>09VALDORIA7</td></tr></table><pre>" + inner + "</pre></body></html>";
    }

    private static ReadAll survives(String label, Supplier<ReadAll> read) {
        ReadAll all = hangGuard(read::get);
        assertThat(all.cables().size() + all.rejections().size())
                .as(label + ": every input ends in cables or a reason")
                .isPositive();
        return all;
    }

    private static <T> T hangGuard(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG, work::get);
    }
}
