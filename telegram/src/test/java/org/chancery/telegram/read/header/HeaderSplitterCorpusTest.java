package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.read.HeaderSplitter;
import org.chancery.telegram.read.SplitTelegram;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The CSV layout keeps header and text apart: the record layout's glued telegram must split the same way. */
class HeaderSplitterCorpusTest {

    @Test
    void everyRecordSplitsWhereTheCsvSplitsIt() throws Exception {
        Path shared = CorpusCsv.sharedFolder().orElse(null);
        Assumptions.assumeTrue(shared != null, "no shared corpus folder");
        List<CorpusCsv.Row> rows = CorpusCsv.rows(shared);
        assertThat(rows).hasSize(1097);
        List<String> wrong = new ArrayList<>();
        for (CorpusCsv.Row row : rows) {
            String telegram = CorpusCsv.recordTelegram(shared, row.id());
            SplitTelegram split = HeaderSplitter.split(telegram);
            if (!split.header().strip().equals(row.header().strip())
                    || !split.text().strip().equals(row.text().strip())) {
                wrong.add(row.id() + ": header ends «" + tail(split.header()) + "», text starts «" + head(split.text())
                        + "»; expected «" + tail(row.header()) + "» «" + head(row.text()) + "»");
            }
        }
        System.out.printf(
                "header split: %d of %d records agree with the CSV%n", rows.size() - wrong.size(), rows.size());
        assertThat(wrong).isEmpty();
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.substring(Math.max(0, t.length() - 40)).replace("\n", "⏎");
    }

    private static String head(String s) {
        String t = s.strip();
        return t.substring(0, Math.min(t.length(), 40)).replace("\n", "⏎");
    }
}
