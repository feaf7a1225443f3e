package org.chancery.telegram.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading an input twice as large must cost about twice as much, for the shapes hostile input takes. The work is
 * counted in allocated bytes (see {@link WorkMeter}), not in time; CPU time is printed as a figure only.
 */
class LinearityTest {
    /** 2x for linear work, with room for buffers that grow by doubling; quadratic work gives 4x. */
    private static final double MAX_RATIO = 2.5;

    private static final int N = 20_000;

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("paragraph markers", n -> "¶1. (S//NF) ".repeat(n)),
                shape("REF entries", n -> "REF: " + "A. ".repeat(n)),
                shape("TAGS markers", n -> "TAGS:".repeat(n)),
                shape("TAGS lines", n -> "TAGS: PREL PGOV\n".repeat(n)),
                shape("long line", n -> "THE MINISTER SAID ".repeat(n)),
                shape(
                        "unbroken text",
                        n -> "E.O. 12958: DECL: 06/10/2018 SUBJECT: X " + "1. (C) A. 2. (C) B. ".repeat(n / 4)),
                shape("unbroken summaries", n -> "TAGS: PREL " + "SUMMARY: A. END SUMMARY. ".repeat(n / 4)),
                shape("many lines", n -> "THE MINISTER SAID\n".repeat(n)),
                shape("banners", n -> "C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002968\n".repeat(n / 4)),
                shape(
                        "addressees",
                        n -> "FM AMEMBASSY VALDORIA\nTO " + "RUEHC/SECSTATE WASHDC IMMEDIATE 0520\n".repeat(n / 4)),
                shape("page breaks", n -> "LONDON 00002968  002 OF 002 ".repeat(n / 2)),
                shape("open parentheses", n -> "¶1. " + "(".repeat(n)),
                shape("csv rows", n -> csvRow().repeat(n / 20)),
                shape(
                        "csv quotes",
                        n -> "\"1\",\"02/14/2009 12:30\",\"09VALDORIA7\",\"E\",\"SECRET\",\"\",\"\",\""
                                + "\\\"".repeat(n) + "\"\n"),
                shape("html tags", n -> "<html><body><pre>" + "<div>".repeat(n) + "</pre></body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void doublingTheInputAtMostDoublesTheWork(String name, IntFunction<String> input) {
        assertLinear(name, input);
    }

    /**
     * After the first "A." every repeated "REF: A." is text of one growing entry, with a marker token in each repeat;
     * the reader once copied that entry at every marker, which made this shape quadratic.
     */
    @Test
    void repeatedReferenceLinesAreLinear() {
        assertLinear("REF lines", n -> "REF: A. ".repeat(n));
    }

    private static void assertLinear(String name, IntFunction<String> input) {
        assumeTrue(WorkMeter.available(), "thread allocation counting not available");
        String small = input.apply(N);
        String large = input.apply(2 * N);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            WorkMeter.measure(() -> ReadAll.of(small), 2); // warm up, so the JIT treats both sizes alike
            WorkMeter.Work one = WorkMeter.measure(() -> ReadAll.of(small), 3);
            WorkMeter.Work two = WorkMeter.measure(() -> ReadAll.of(large), 3);
            double ratio = (double) two.allocatedBytes() / one.allocatedBytes();
            System.out.printf(
                    "linearity %-18s %8d chars: %10d B %7.1f ms | %8d chars: %10d B %7.1f ms | alloc x%.2f cpu x%.2f%n",
                    name,
                    small.length(),
                    one.allocatedBytes(),
                    one.cpuNanos() / 1e6,
                    large.length(),
                    two.allocatedBytes(),
                    two.cpuNanos() / 1e6,
                    ratio,
                    (double) two.cpuNanos() / Math.max(1, one.cpuNanos()));
            assertThat(ratio)
                    .as(name + ": allocation ratio for twice the input")
                    .isLessThanOrEqualTo(MAX_RATIO);
        });
    }

    private static Arguments shape(String name, IntFunction<String> input) {
        return Arguments.of(name, input);
    }

    private static String csvRow() {
        return "\"1\",\"02/14/2009 12:30\",\"09VALDORIA7\",\"Embassy Valdoria\",\"UNCLASSIFIED\",\"\","
                + "\"FM AMEMBASSY VALDORIA\",\"UNCLAS VALDORIA 000007\n\nTAGS: PREL\nSUBJECT: TREATY\n\n1. TEXT.\"\n";
    }
}
