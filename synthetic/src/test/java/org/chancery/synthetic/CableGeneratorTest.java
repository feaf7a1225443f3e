package org.chancery.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.validate.CableValidator;
import org.chancery.telegram.validate.Finding;
import org.chancery.telegram.write.CablegateCsvWriter;
import org.chancery.telegram.write.TelegramWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CableGeneratorTest {

    @Test
    void sameSeedSameCablesOtherSeedOtherCables() {
        assertThat(take(new CableGenerator(7, 50), 50)).isEqualTo(take(new CableGenerator(7, 50), 50));
        assertThat(take(new CableGenerator(8, 50), 50)).isNotEqualTo(take(new CableGenerator(7, 50), 50));
    }

    @Test
    void yieldsExactlyTheRequestedNumber() {
        CableGenerator g = new CableGenerator(1, 3);
        take(g, 3);

        assertThat(g.hasNext()).isFalse();
        assertThatThrownBy(g::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void generatedCablesBreakNoRule() {
        CableValidator validator = new CableValidator();
        CableGenerator g = new CableGenerator(3, 5_000);
        List<Finding> findings = new ArrayList<>();
        while (g.hasNext()) {
            findings.addAll(validator.validate(g.next()));
        }

        assertThat(findings).isEmpty();
    }

    @Test
    void datesRunForwardFrom1966To2010MostlyAfter2005() {
        CableGenerator g = new CableGenerator(4, 10_000);
        OffsetDateTime previous = OffsetDateTime.MIN;
        int late = 0;
        while (g.hasNext()) {
            OffsetDateTime date = g.next().date();
            assertThat(date).isAfterOrEqualTo(previous);
            assertThat(date.getYear()).isBetween(1966, 2010);
            if (date.getYear() >= 2005) {
                late++;
            }
            previous = date;
        }
        assertThat(previous).isBefore(OffsetDateTime.parse("2010-03-01T00:00Z"));
        assertThat(late).isBetween(9_200, 9_700);
    }

    @Test
    void classificationsAreSpreadLikeRealTraffic() {
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        int noforn = 0;
        int sbu = 0;
        CableGenerator g = new CableGenerator(5, 20_000);
        while (g.hasNext()) {
            Cable c = g.next();
            counts.merge(c.classification(), 1, Integer::sum);
            noforn += c.handling().contains("NOFORN") ? 1 : 0;
            sbu += c.handling().contains("SBU") ? 1 : 0;
        }
        assertThat(counts.get(Classification.UNCLASSIFIED)).isBetween(7_400, 8_600);
        assertThat(counts.get(Classification.CONFIDENTIAL)).isBetween(8_400, 9_600);
        assertThat(counts.get(Classification.SECRET)).isBetween(2_400, 3_300);
        assertThat(counts.get(Classification.TOP_SECRET)).isBetween(50, 300);
        assertThat(noforn).isBetween(1_500, 3_500);
        assertThat(sbu).isBetween(2_200, 3_200);
    }

    @Test
    void referencesPointToEarlierCablesOfTheSameRun() {
        Set<String> seen = new HashSet<>();
        int citing = 0;
        CableGenerator g = new CableGenerator(6, 5_000);
        while (g.hasNext()) {
            Cable c = g.next();
            for (Reference r : c.references()) {
                assertThat(seen).contains(r.id());
                assertThat(r.text()).endsWith(" " + r.id().replaceAll("^\\d+\\D+", ""));
            }
            citing += c.references().isEmpty() ? 0 : 1;
            assertThat(seen.add(c.referenceId()))
                    .as("unique id %s", c.referenceId())
                    .isTrue();
        }
        assertThat(citing).isBetween(1_500, 2_500);
    }

    @Test
    void textSizesAreMostlyOneToFourKilobytesWithALongTail() {
        TelegramWriter writer = new TelegramWriter();
        int small = 0;
        int typical = 0;
        int huge = 0;
        int n = 10_000;
        CableGenerator g = new CableGenerator(9, n);
        while (g.hasNext()) {
            int size = writer.layout(g.next()).continuousText().length();
            if (size < 1_000) {
                small++;
            } else if (size <= 4_000) {
                typical++;
            } else if (size >= 30_000) {
                huge++;
            }
        }
        assertThat(typical).isGreaterThan(n / 2);
        assertThat(small).isLessThan(n / 5);
        assertThat(huge).isPositive();
    }

    @Test
    void subjectsAndTextsAreWrittenFromTheGrammarAndAddresseesFromTheCatalogue() {
        Cable c = new CableGenerator(10, 1).next();

        assertThat(c.subject()).matches("[A-Z ]+: [A-Z -]+");
        assertThat(c.to()).allMatch(a -> a.route().matches("R[A-Z]{3,6}"));
        assertThat(c.origin()).matches("(Embassy|Consulate|Mission) .+|Secretary of State");
        assertThat(c.paragraphs()).isNotEmpty().allMatch(p -> p.text().lines().allMatch(l -> l.length() <= 66));
    }

    @Test
    @Timeout(120)
    void measuresThroughput() throws Exception {
        int n = 30_000;
        long start = System.nanoTime();
        CableGenerator g = new CableGenerator(11, n);
        while (g.hasNext()) {
            g.next();
        }
        double models = n / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        CablegateCsvWriter csv = new CablegateCsvWriter(Writer.nullWriter());
        long rows = csv.writeAll(new CableGenerator(12, n));
        double written = rows / ((System.nanoTime() - start) / 1e9);
        System.out.printf("generator: %.0f cables/s (models), %.0f cables/s (models + CSV)%n", models, written);
        assertThat(rows).isEqualTo(n);
    }

    private static List<Cable> take(CableGenerator g, int n) {
        List<Cable> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }
}
