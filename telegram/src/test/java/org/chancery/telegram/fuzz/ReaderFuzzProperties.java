package org.chancery.telegram.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;

/**
 * The readers under malformed input: real cables cut anywhere or mangled, random bytes, and random text assembled
 * from the markers the parsers look for. Every input must end in cables or in a {@link
 * org.chancery.telegram.read.CableParseException} with a clear message (checked by {@link ReadAll}), without hanging.
 */
class ReaderFuzzProperties {
    private static final Duration HANG = Duration.ofSeconds(20);

    private static final List<String> MARKERS = List.of(
            "\n",
            "\n\n",
            " ",
            "  ",
            "\r\n",
            "\t",
            "¶",
            "1.",
            "¶2. ",
            "(C)",
            "(S//NF)",
            "(U)",
            "(SBU)",
            "(",
            ")",
            "REF:",
            "REF: A. STATE 12345 B. ",
            "TAGS:",
            "TAGS: PREL PGOV UK",
            "SUBJECT:",
            "E.O. 12958:",
            "DECL:",
            "11/28/2018",
            "25X1",
            "OADR",
            "Classified By:",
            "reasons 1.4 (b/d).",
            "SIPDIS",
            "NOFORN",
            "NODIS",
            "C O N F I D E N T I A L",
            "UNCLAS",
            "SECTION 01 OF 02",
            "LONDON 00002968  002 OF 002",
            "VZCZCXRO1840",
            "OO RUEHBI",
            "DE RUEHLO #2968/01 3331632",
            "ZNY CCCCC ZZH",
            "O 281632Z NOV 08",
            "FM AMEMBASSY LONDON",
            "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0520",
            "INFO",
            "ACTION",
            "PAGE 01",
            "NNNN",
            "\"",
            "\\",
            ",",
            "\",\"",
            "<pre>",
            "</pre>",
            "<table>",
            "<td>",
            "&amp;",
            "08LONDON2968",
            "Summary.",
            "End summary.",
            "TUTTLE",
            "\u0000",
            "\uFFFD",
            "\uD83D\uDE00",
            "é");

    @Property(tries = 200)
    @AddLifecycleHook(NeedsSharedCorpus.class)
    void realCablesCutAnywhere(@ForAll("sampleIndex") int sample, @ForAll("fraction") double cut) {
        List<byte[]> samples = SharedFiles.samples();
        byte[] whole = samples.get(sample % samples.size());
        byte[] truncated = Arrays.copyOf(whole, (int) (whole.length * cut));
        readsOrRefuses(truncated);
    }

    @Property(tries = 200)
    @AddLifecycleHook(NeedsSharedCorpus.class)
    void realCablesMangled(
            @ForAll("sampleIndex") int sample,
            @ForAll("fraction") double from,
            @ForAll("fraction") double length,
            @ForAll("mutation") int mutation) {
        List<byte[]> samples = SharedFiles.samples();
        String text = new String(samples.get(sample % samples.size()), StandardCharsets.UTF_8);
        int start = (int) (text.length() * from);
        int end = Math.min(text.length(), start + (int) (text.length() * length / 4));
        String mangled = switch (mutation) {
            case 0 -> text.substring(0, start) + text.substring(end); // a hole
            case 1 -> text.substring(0, end) + text.substring(start); // a stutter
            case 2 -> text.substring(start) + text.substring(0, start); // rotated
            case 3 -> text.replace("\n", "");
            default -> text.substring(0, start) + text.substring(start, end).toUpperCase() + text.substring(end);
        };
        readsOrRefuses(mangled.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 20_000) byte[] bytes) {
        readsOrRefuses(bytes);
    }

    @Property(tries = 500)
    void randomTextFromMarkers(@ForAll("markerText") String text) {
        ReadAll all = readsOrRefuses(text.getBytes(StandardCharsets.UTF_8));
        if (!text.isBlank()) {
            // Nothing vanishes: text gives a cable, however few its fields, or a reason why not.
            assertThat(all.cables().size() + all.rejections().size()).isPositive();
        }
    }

    @Property(tries = 300)
    void fragmentsAlwaysGiveACable(@ForAll("markerText") String text) {
        // NUL is the one documented refusal of text: it marks binary data, not a cable.
        Assume.that(text.indexOf('\0') < 0);
        Cable cable = assertTimeoutPreemptively(HANG, () -> ReadAll.fragment(text, "08LONDON2968"));
        assertThat(cable).isNotNull();
    }

    @Property(tries = 50)
    void fragmentsWithNulAreRefusedWithAReason(@ForAll("markerText") String text) {
        String withNul = text + "\0";
        assertThatThrownBy(() -> ReadAll.fragment(withNul, null))
                .isInstanceOf(CableParseException.class)
                .hasMessageContaining("NUL");
    }

    @Provide
    Arbitrary<Integer> sampleIndex() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Integer> mutation() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> markerText() {
        Arbitrary<String> marker = Arbitraries.of(MARKERS);
        Arbitrary<String> word =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(5);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, marker), net.jqwik.api.Tuple.of(3, word), net.jqwik.api.Tuple.of(1, noise));
        Arbitrary<String> head = Arbitraries.of(
                "",
                "08LONDON2968\nSUBJECT\nFri Nov 28 00:00:00 +0100 2008\nCONFIDENTIAL\nEmbassy London\n",
                "\"1\",\"11/28/2008 16:32\",\"08LONDON2968\",\"Embassy London\",\"CONFIDENTIAL\",\"\",\"",
                "<html><body><pre>");
        return Combinators.combine(head, piece.list().ofMaxSize(300)).as((h, pieces) -> h + String.join("", pieces));
    }

    private static ReadAll readsOrRefuses(byte[] input) {
        return assertTimeoutPreemptively(HANG, () -> ReadAll.of(input));
    }
}
