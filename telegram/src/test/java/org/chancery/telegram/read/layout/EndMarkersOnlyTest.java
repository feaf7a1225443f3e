package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Test;

/** Text made only of end-of-message lines is still text: it gives one (empty) cable, never nothing. */
class EndMarkersOnlyTest {

    private static List<RawCable> read(String text) throws IOException {
        List<RawCable> out = new ArrayList<>();
        try (CableSource source =
                CableSources.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "markers")) {
            for (RawCable raw = source.next(); raw != null; raw = source.next()) {
                out.add(raw);
            }
        }
        return out;
    }

    @Test
    void aLoneEndOfMessageLineGivesOneCable() throws IOException {
        List<RawCable> cables = read("NNNN");
        assertThat(cables).hasSize(1);
        assertThat(cables.getFirst().text()).contains("NNNN");
    }

    @Test
    void repeatedEndOfMessageLinesGiveOneCable() throws IOException {
        assertThat(read("NNNN\n\nNNNN\n")).hasSize(1);
    }

    @Test
    void aTelegramFollowedByAnEndLineIsStillOneCable() throws IOException {
        List<RawCable> cables = read("UNCLAS VALDORIA 000017\n\nSUBJECT: HARBOUR DUES\n\n1. Text.\n\nNNNN\n");
        assertThat(cables).hasSize(1);
        assertThat(cables.getFirst().text()).contains("HARBOUR DUES").doesNotContain("NNNN");
    }
}
