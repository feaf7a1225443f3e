package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.read.HeaderParser;
import org.chancery.telegram.read.ParsedHeader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every header of the shared corpus, read by {@link HeaderParser}, checked against what its lines say. */
class HeaderParserCorpusTest {

    private static final Pattern FL5 =
            Pattern.compile("(?m)^(?:[A-Z]{1,2}(?: [A-Z]{1,2})? )?[0-9]{6}Z [A-Za-z]{3} [0-9]{2}\\b");
    private static final Pattern FM_LINE = Pattern.compile("(?m)^FM \\S");
    private static final Pattern TO_LINE = Pattern.compile("(?m)^TO \\S");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    @Test
    void headersYieldOriginatorsDatesAndAddressees() throws Exception {
        Path shared = CorpusCsv.sharedFolder().orElse(null);
        Assumptions.assumeTrue(shared != null, "no shared corpus folder");
        List<String> problems = new ArrayList<>();
        int[] counts = new int[10];
        List<CorpusCsv.Row> rows = CorpusCsv.rows(shared);
        for (CorpusCsv.Row row : rows) {
            String header = row.header();
            ParsedHeader parsed = HeaderParser.parse(header);
            Transmission t = parsed.transmission();
            if (FM_LINE.matcher(header).find() && t.originator() == null) {
                problems.add(row.id() + ": FM line but no originator");
            }
            if (FL5.matcher(header).find()) {
                LocalDate csvDay = LocalDate.parse(row.date(), CSV_DATE);
                if (t.dateTime() == null) {
                    problems.add(row.id() + ": FL5 line but no DTG");
                } else if (!t.dateTime().toLocalDate().equals(csvDay)) {
                    problems.add(row.id() + ": DTG " + t.dateTimeGroup() + " but CSV date " + row.date());
                }
            }
            if (TO_LINE.matcher(header).find() && parsed.to().isEmpty()) {
                problems.add(row.id() + ": TO line but no action addressee");
            }
            count(counts, t, parsed);
        }
        System.out.printf(
                "headers %d: FL1 %d, FL2 %d, FL3 %d, FL4 %d, FL5 DTG %d, FM %d, TO>=1 %d, INFO>=1 %d, office block %d,"
                        + " empty %d%n",
                rows.size(),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                counts[5],
                counts[6],
                counts[7],
                counts[8],
                counts[9]);
        assertThat(problems).isEmpty();
        assertThat(counts[5]).isGreaterThan(1000);
    }

    private static void count(int[] counts, Transmission t, ParsedHeader parsed) {
        counts[0] += t.transmissionId() != null ? 1 : 0;
        counts[1] += t.precedenceProsigns() != null ? 1 : 0;
        counts[2] += t.originatingStation() != null ? 1 : 0;
        counts[3] += t.securityWarning() != null ? 1 : 0;
        counts[4] += t.dateTime() != null ? 1 : 0;
        counts[5] += t.originator() != null ? 1 : 0;
        counts[6] += parsed.to().isEmpty() ? 0 : 1;
        counts[7] += parsed.info().isEmpty() ? 0 : 1;
        counts[8] += t.actionOffices().isEmpty() && t.infoOffices().isEmpty() ? 0 : 1;
        counts[9] += t.isEmpty() && parsed.to().isEmpty() ? 1 : 0;
    }
}
