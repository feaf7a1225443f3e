package org.chancery.synthetic.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.chancery.synthetic.CableGenerator;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.write.LineWrapper;
import org.chancery.telegram.write.TelegramWriter;
import org.chancery.telegram.write.WrittenTelegram;

/**
 * Arbitrary valid cables (the generator driven by an arbitrary seed) written as telegrams and read back with the
 * project's readers must come back equal on every semantic field, after {@link RoundTripNormalisation}.
 */
class TelegramRoundTripTest {
    /** Small sections, so that a good share of the cables is cut. */
    private static final TelegramWriter SMALL_SECTIONS = new TelegramWriter(2_000, LineWrapper.DEFAULT_WIDTH);

    @Property(tries = 300)
    void singleSectionTelegramsReadBackEqual(@ForAll long seed) throws IOException {
        Cable original = cable(seed);
        WrittenTelegram written = new TelegramWriter().layout(original);
        Assume.that(written.sectionCount() == 1);

        assertReadsBackAs(written, original);
    }

    @Property(tries = 200)
    void sectionedTelegramsAreJoinedAndReadBackEqual(@ForAll long seed) throws IOException {
        Cable original = cable(seed);
        WrittenTelegram written = SMALL_SECTIONS.layout(original);
        Assume.that(written.sectionCount() > 1);

        assertReadsBackAs(written, original);
    }

    private static void assertReadsBackAs(WrittenTelegram written, Cable original) throws IOException {
        List<Cable> read = read(written.joined());

        assertThat(read).as("cables read back from\n%s", written.joined()).hasSize(1);
        assertThat(RoundTripNormalisation.actual(read.get(0).withoutSourceText()))
                .usingRecursiveComparison()
                .isEqualTo(RoundTripNormalisation.expected(original.withoutSourceText(), written));
    }

    /** The last of a short run, so that it can cite the cables before it. */
    static Cable cable(long seed) {
        CableGenerator g = new CableGenerator(seed, 12);
        Cable last = null;
        while (g.hasNext()) {
            last = g.next();
        }
        return last;
    }

    private static List<Cable> read(String telegram) throws IOException {
        List<Cable> cables = new ArrayList<>();
        CableParser parser = new CableParser();
        try (CableSource source =
                CableSources.open(new ByteArrayInputStream(telegram.getBytes(StandardCharsets.UTF_8)), "written")) {
            RawCable raw;
            while ((raw = source.next()) != null) {
                cables.add(parser.parse(raw));
            }
        }
        return cables;
    }
}
