package org.chancery.synthetic.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chancery.synthetic.CableGenerator;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.write.CablegateCsvWriter;
import org.chancery.telegram.write.LineWrapper;
import org.chancery.telegram.write.TelegramWriter;

/** Generator → Cablegate CSV → the project's readers gives back the same cables, in order. */
class CsvRoundTripTest {

    @Property(tries = 60)
    void generatedCablesSurviveTheCablegateLayout(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int count, @ForAll boolean smallSections)
            throws IOException {
        TelegramWriter telegrams =
                smallSections ? new TelegramWriter(2_000, LineWrapper.DEFAULT_WIDTH) : new TelegramWriter();
        List<Cable> originals = new ArrayList<>();
        new CableGenerator(seed, count).forEachRemaining(originals::add);
        StringWriter out = new StringWriter();
        CablegateCsvWriter csv = new CablegateCsvWriter(out, telegrams);
        for (Cable c : originals) {
            csv.write(c);
        }

        List<Cable> read = new ArrayList<>();
        CableParser parser = new CableParser();
        try (CableSource source = CableSources.open(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "generated.csv")) {
            assertThat(source.layout()).isEqualTo(Layout.CABLEGATE_CSV);
            RawCable raw;
            while ((raw = source.next()) != null) {
                read.add(parser.parse(raw));
            }
        }

        assertThat(read).hasSameSizeAs(originals);
        for (int i = 0; i < originals.size(); i++) {
            Cable original = originals.get(i);
            assertThat(RoundTripNormalisation.actual(read.get(i).withoutSourceText()))
                    .as("row %d, %s", i + 1, original.referenceId())
                    .usingRecursiveComparison()
                    .isEqualTo(
                            RoundTripNormalisation.expected(original.withoutSourceText(), telegrams.layout(original)));
        }
    }
}
