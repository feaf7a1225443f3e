package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Test;

/** Layout and compression detection, and the two refusals, through the public entry point. */
class CableSourcesTest {
    static final String RECORD = """
            07ELDORIA42
            HARBOUR TALKS RESUME
            Sat Mar 03 00:00:00 +0100 2007
            SECRET//NOFORN
            Embassy Eldoria
            P 031200Z MAR 07
            FM AMEMBASSY ELDORIA
            TO SECSTATE WASHDC PRIORITY 0042Saturday, 03 March 2007, 12:00
            S E C R E T ELDORIA 000042
            SUBJECT: HARBOUR TALKS RESUME
            """;

    static final String HTML = """
            <?xml version='1.0' encoding='utf-8' ?>
            <html><body><table class='cable'>
            <tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
            <tr><td><a href='x'>07ELDORIA42</a></td><td><a href='d'>2007-03-03 12:05</a></td>
            <td>2010-12-01 10:00</td><td><a title='wrong'>SECRET//NOFORN</a></td><td>Embassy Eldoria</td></tr>
            </table>
            <code><pre>P 031200Z MAR 07&#x000A;FM AMEMBASSY ELDORIA</pre></code>
            <code><pre>Saturday, 03 March 2007, 12:00&#x000A;S E C R E T ELDORIA 000042 &#x000A;TAGS: \
            <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/EL_0.html'>EL</a>&#x000A;<br>&#x000A;\
            <a id='par1' href='#par1'>¶</a>1. (S) TALKS &amp; MORE &quot;TALKS&quot;.</pre></code>
            </body></html>
            """;

    static final String CSV = "\"1\",\"03/03/2007 12:05\",\"07ELDORIA42\",\"Embassy Eldoria\",\"SECRET\",\"\","
            + "\"FM AMEMBASSY ELDORIA\",\"S E C R E T ELDORIA 000042\"\n";

    static final String TELEGRAMS = "\nVZCZCXYZ0001\nFM AMEMBASSY ELDORIA\nUNCLAS ELDORIA 000001\nONE\nNNNN\n\n"
            + "UNCLAS ELDORIA 000002\nTWO\nNNNN\n\n";

    private static CableSource open(String content) throws IOException {
        return open(content.getBytes(StandardCharsets.UTF_8));
    }

    private static CableSource open(byte[] content) throws IOException {
        return CableSources.open(new ByteArrayInputStream(content), "input");
    }

    @Test
    void detectsEachLayoutFromItsContent() throws IOException {
        assertThat(layoutOf(RECORD)).isEqualTo(Layout.RECORD);
        assertThat(layoutOf(HTML)).isEqualTo(Layout.WIKILEAKS_HTML);
        assertThat(layoutOf("<!DOCTYPE html><html></html>")).isEqualTo(Layout.WIKILEAKS_HTML);
        assertThat(layoutOf(CSV)).isEqualTo(Layout.CABLEGATE_CSV);
        assertThat(layoutOf(TELEGRAMS)).isEqualTo(Layout.TELEGRAM);
        assertThat(layoutOf("C O N F I D E N T I A L ELDORIA 000042\n")).isEqualTo(Layout.TELEGRAM);
        assertThat(layoutOf("\uFEFF" + CSV)).isEqualTo(Layout.CABLEGATE_CSV);
    }

    private static Layout layoutOf(String content) throws IOException {
        try (CableSource source = open(content)) {
            return source.layout();
        }
    }

    @Test
    void readsTheRecordLayoutDroppingTheGluedDateStamp() throws IOException {
        try (CableSource source = open(RECORD)) {
            RawCable raw = source.next();
            assertThat(raw.position()).isEqualTo("input");
            assertThat(raw.header()).isNull();
            assertThat(raw.metadata().referenceId()).isEqualTo("07ELDORIA42");
            assertThat(raw.metadata().subject()).isEqualTo("HARBOUR TALKS RESUME");
            assertThat(raw.metadata().date())
                    .isEqualTo(OffsetDateTime.of(2007, 3, 3, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
            assertThat(raw.metadata().classification()).isEqualTo("SECRET//NOFORN");
            assertThat(raw.metadata().origin()).isEqualTo("Embassy Eldoria");
            assertThat(raw.text())
                    .isEqualTo("P 031200Z MAR 07\nFM AMEMBASSY ELDORIA\nTO SECSTATE WASHDC PRIORITY 0042"
                            + "S E C R E T ELDORIA 000042\nSUBJECT: HARBOUR TALKS RESUME\n");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void refusesARecordWithoutItsFiveLines() {
        assertThatThrownBy(() -> RecordLayoutReader.parse("07ELDORIA42\nSUBJECT\n", "short.txt"))
                .isInstanceOf(CableParseException.class)
                .hasMessage("short.txt: record layout needs 5 metadata lines, found 2");
    }

    @Test
    void readsTheHtmlPageTextAsWritten() throws IOException {
        try (CableSource source = open(HTML)) {
            RawCable raw = source.next();
            assertThat(raw.metadata().referenceId()).isEqualTo("07ELDORIA42");
            assertThat(raw.metadata().date()).isEqualTo(OffsetDateTime.of(2007, 3, 3, 12, 5, 0, 0, ZoneOffset.UTC));
            assertThat(raw.metadata().classification()).isEqualTo("SECRET//NOFORN");
            assertThat(raw.metadata().origin()).isEqualTo("Embassy Eldoria");
            assertThat(raw.header()).isEqualTo("P 031200Z MAR 07\nFM AMEMBASSY ELDORIA");
            assertThat(raw.text())
                    .isEqualTo("S E C R E T ELDORIA 000042 \nTAGS: PREL EL\n\n¶1. (S) TALKS & MORE \"TALKS\".");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void splitsTelegramsAtEndOfMessageLines() throws IOException {
        List<RawCable> read = new ArrayList<>();
        try (CableSource source = open(TELEGRAMS)) {
            RawCable raw;
            while ((raw = source.next()) != null) {
                read.add(raw);
            }
        }
        assertThat(read)
                .extracting(RawCable::text)
                .containsExactly(
                        "\nVZCZCXYZ0001\nFM AMEMBASSY ELDORIA\nUNCLAS ELDORIA 000001\nONE\n",
                        "\nUNCLAS ELDORIA 000002\nTWO\n");
        assertThat(read)
                .extracting(RawCable::position)
                .containsExactly("input telegram 1 (line 1)", "input telegram 2 (line 7)");
        assertThat(read).allSatisfy(r -> assertThat(r.header()).isNull());
    }

    @Test
    void decompressesGzipWhateverTheName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((CSV + CSV.replace("\"1\"", "\"2\"").replace("ELDORIA42", "ELDORIA43"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (CableSource source = open(bytes.toByteArray())) {
            assertThat(source.layout()).isEqualTo(Layout.CABLEGATE_CSV);
            assertThat(source.next().metadata().referenceId()).isEqualTo("07ELDORIA42");
            assertThat(source.next().metadata().referenceId()).isEqualTo("07ELDORIA43");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void refusesBinaryInput() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> open(png))
                .isInstanceOf(CableParseException.class)
                .hasMessageStartingWith("input: not text:");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i]; // no NUL: refused for its invalid UTF-8 alone
        }
        assertThatThrownBy(() -> open(noise))
                .isInstanceOf(CableParseException.class)
                .extracting(e -> ((CableParseException) e).problem())
                .asString()
                .startsWith("not text:")
                .contains("invalid UTF-8");
    }

    @Test
    void acceptsTextWithAStrayInvalidByte() throws IOException {
        byte[] text = ("UNCLAS ELDORIA 000001\nCAFE?\n" + "LINE\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        text[26] = (byte) 0xe9; // one Latin-1 byte in otherwise clean UTF-8 text
        try (CableSource source = open(text)) {
            assertThat(source.next().text()).startsWith("UNCLAS ELDORIA 000001").contains("\uFFFD");
        }
    }

    @Test
    void refusesACableOverTwentyMegabytes() throws IOException {
        InputStream huge = new InputStream() {
            private long left = CableSizeLimit.MAX_CHARS + 10L;

            @Override
            public int read() {
                return left-- > 0 ? (left % 70 == 0 ? '\n' : 'X') : -1;
            }
        };
        try (CableSource source = CableSources.open(huge, "huge.txt")) {
            assertThatThrownBy(source::next)
                    .isInstanceOf(CableParseException.class)
                    .hasMessage("huge.txt telegram 1 (line 1): cable exceeds 20 MB");
            assertThat(source.next()).isNull();
        }
    }
}
