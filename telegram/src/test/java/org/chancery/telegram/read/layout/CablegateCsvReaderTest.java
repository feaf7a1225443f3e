package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Test;

class CablegateCsvReaderTest {
    private static final String HEADER = "P 031200Z MAR 07\nFM AMEMBASSY ELDORIA\nTO SECSTATE WASHDC PRIORITY 0042";

    private static String row(int n, String id, String text) {
        return "\"" + n + "\",\"03/03/2007 12:05\",\"" + id + "\",\"Embassy Eldoria\",\"SECRET//NOFORN\",\"\",\""
                + HEADER + "\",\"" + text + "\"\n";
    }

    private static CablegateCsvReader reader(String csv) {
        return new CablegateCsvReader(new StringReader(csv), "test.csv");
    }

    @Test
    void readsColumnsIntoMetadataHeaderAndText() throws IOException {
        String csv = "\"7\",\"03/03/2007 12:05\",\"07ELDORIA42\",\"Embassy Eldoria\",\"SECRET//NOFORN\","
                + "\"07ELDORIA40|07STATE1234\",\"" + HEADER + "\",\"S E C R E T ELDORIA 000042\n\nSIPDIS\n\"\n";
        try (CablegateCsvReader reader = reader(csv)) {
            RawCable raw = reader.next();
            assertThat(raw.layout()).isEqualTo(Layout.CABLEGATE_CSV);
            assertThat(raw.position()).isEqualTo("test.csv row 1 (line 1)");
            assertThat(raw.metadata().referenceId()).isEqualTo("07ELDORIA42");
            assertThat(raw.metadata().date()).isEqualTo(OffsetDateTime.of(2007, 3, 3, 12, 5, 0, 0, ZoneOffset.UTC));
            assertThat(raw.metadata().origin()).isEqualTo("Embassy Eldoria");
            assertThat(raw.metadata().classification()).isEqualTo("SECRET//NOFORN");
            assertThat(raw.metadata().references()).containsExactly("07ELDORIA40", "07STATE1234");
            assertThat(raw.header()).isEqualTo(HEADER);
            assertThat(raw.text()).isEqualTo("S E C R E T ELDORIA 000042\n\nSIPDIS\n");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void backslashMakesTheNextCharacterLiteralAndNeverMeansNewline() throws IOException {
        String text = "HE SAID \\\"NO\\\" TWICE; PATH C:\\\\TEMP; \\n IS NOT A NEWLINE";
        try (CablegateCsvReader reader = reader(row(1, "07ELDORIA1", text))) {
            assertThat(reader.next().text()).isEqualTo("HE SAID \"NO\" TWICE; PATH C:\\TEMP; n IS NOT A NEWLINE");
        }
    }

    @Test
    void dropsTheWikiLeaksDateStampOnlyAtTheStartOfTheText() throws IOException {
        String text = "Monday, 05 March 2007, 12:05\nS E C R E T ELDORIA 000042\nTuesday, 06 March 2007, 10:00\n";
        try (CablegateCsvReader reader = reader(row(1, "07ELDORIA42", text))) {
            assertThat(reader.next().text()).isEqualTo("S E C R E T ELDORIA 000042\nTuesday, 06 March 2007, 10:00\n");
        }
    }

    @Test
    void acceptsWindowsLineEndsBetweenRows() throws IOException {
        String csv = row(1, "07ELDORIA1", "ONE").replace("\"\n", "\"\r\n") + row(2, "07ELDORIA2", "TWO");
        try (CablegateCsvReader reader = reader(csv)) {
            assertThat(reader.next().metadata().referenceId()).isEqualTo("07ELDORIA1");
            RawCable second = reader.next();
            assertThat(second.metadata().referenceId()).isEqualTo("07ELDORIA2");
            assertThat(second.position()).isEqualTo("test.csv row 2 (line 4)");
        }
    }

    @Test
    void rejectsARowWithTooFewColumnsAndReadsTheNext() throws IOException {
        String broken = "\"2\",\"03/03/2007 12:05\",\"07ELDORIA2\",\"Embassy Eldoria\"\n";
        String csv = row(1, "07ELDORIA1", "ONE") + broken + row(3, "07ELDORIA3", "THREE");
        List<String> outcomes = readAll(csv);
        assertThat(outcomes)
                .containsExactly(
                        "07ELDORIA1",
                        "test.csv row 2 (line 4): expected 8 columns, found 4",
                        "07ELDORIA3 at test.csv row 3 (line 5)");
    }

    @Test
    void rejectsAnUnterminatedQuoteAndResumesAtTheNextRow() throws IOException {
        String broken = "\"2\",\"03/03/2007 12:05\",\"07ELDORIA2\",\"Embassy Eldoria\",\"SECRET\",\"\",\"" + HEADER
                + "\",\"TEXT WHOSE QUOTE NEVER CLOSES\n";
        String csv = row(1, "07ELDORIA1", "ONE") + broken + row(3, "07ELDORIA3", "THREE\nLINES");
        List<String> outcomes = readAll(csv);
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(1))
                .startsWith("test.csv row 2 (line 4): unterminated quote in column 8")
                .contains("line 7");
        assertThat(outcomes.get(2)).isEqualTo("07ELDORIA3 at test.csv row 3 (line 7)");
    }

    @Test
    void rejectsAnUnterminatedQuoteAtTheEndOfTheInput() throws IOException {
        String csv = row(1, "07ELDORIA1", "ONE") + "\"2\",\"03/03/2007 12:05\",\"07ELDORIA2\",\"NEVER CLOSED\n";
        assertThat(readAll(csv))
                .containsExactly("07ELDORIA1", "test.csv row 2 (line 4): unterminated quote in column 4");
    }

    @Test
    void rejectsStrayCharactersAfterAClosingQuoteAndSkipsToTheNextRowStart() throws IOException {
        String broken = "\"2\",\"03/03/2007 12:05\"x,\"07ELDORIA2\"\nJUNK LINE\n\"NOT A ROW START\n";
        String csv = row(1, "07ELDORIA1", "ONE") + broken + row(3, "07ELDORIA3", "THREE");
        List<String> outcomes = readAll(csv);
        assertThat(outcomes)
                .containsExactly(
                        "07ELDORIA1",
                        "test.csv row 2 (line 4): unexpected 'x' after the closing quote of column 2 (line 4)",
                        "07ELDORIA3 at test.csv row 3 (line 7)");
    }

    @Test
    void rejectsAnUnquotedField() throws IOException {
        String csv = "2,\"03/03/2007 12:05\"\n" + row(3, "07ELDORIA3", "THREE");
        assertThat(readAll(csv))
                .containsExactly(
                        "test.csv row 1 (line 1): expected a quoted field in column 1, found '2'",
                        "07ELDORIA3 at test.csv row 2 (line 2)");
    }

    @Test
    void rejectsABadDateWithItsPosition() {
        String csv = row(1, "07ELDORIA1", "ONE").replace("03/03/2007 12:05", "yesterday");
        assertThatThrownBy(() -> reader(csv).next())
                .isInstanceOf(CableParseException.class)
                .hasMessage("test.csv row 1 (line 1): bad date 'yesterday' in column 2");
    }

    @Test
    void refusesACableOverTwentyMegabytesAndGoesOn() throws IOException {
        String huge = "A".repeat(CableSizeLimit.MAX_CHARS + 1);
        String csv = row(1, "07ELDORIA1", huge) + row(2, "07ELDORIA2", "TWO");
        assertThat(readAll(csv))
                .containsExactly(
                        "test.csv row 1 (line 1): cable exceeds 20 MB", "07ELDORIA2 at test.csv row 2 (line 4)");
    }

    @Test
    void readsRowsLongerThanItsBuffer() throws IOException {
        String text = "PARAGRAPH LINE\n".repeat(20_000);
        try (CablegateCsvReader reader = reader(row(1, "07ELDORIA1", text) + row(2, "07ELDORIA2", "TWO"))) {
            assertThat(reader.next().text()).isEqualTo(text);
            assertThat(reader.next().position()).isEqualTo("test.csv row 2 (line 20004)");
        }
    }

    /** Each record as its id (plus position after the first), each rejection as its message. */
    private static List<String> readAll(String csv) throws IOException {
        List<String> outcomes = new ArrayList<>();
        try (CablegateCsvReader reader = reader(csv)) {
            while (true) {
                try {
                    RawCable raw = reader.next();
                    if (raw == null) {
                        return outcomes;
                    }
                    outcomes.add(
                            outcomes.isEmpty()
                                    ? raw.metadata().referenceId()
                                    : raw.metadata().referenceId() + " at " + raw.position());
                } catch (CableParseException e) {
                    outcomes.add(e.getMessage());
                }
            }
        }
    }
}
