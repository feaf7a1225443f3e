package org.chancery.telegram.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Test;

/** The JSON form of real cables: the seed field by field, and the whole CSV corpus through the round trip. */
class CableJsonSeedTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void seedAsJson() throws IOException {
        Cable seed = readAll(shared().resolve("seed/08LONDON2968.txt")).getFirst();
        JsonNode json = MAPPER.readTree(CableJson.compact().write(seed));

        assertThat(json.get("reference_id").asText()).isEqualTo("08LONDON2968");
        assertThat(json.get("origin").asText()).isEqualTo("Embassy London");
        assertThat(json.get("date").asText()).isEqualTo("2008-11-28T16:32:00Z");
        assertThat(json.get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(texts(json.get("handling"))).containsExactly("NOFORN");
        assertThat(texts(json.get("captions"))).containsExactly("SIPDIS");
        assertThat(texts(json.get("tags"))).containsExactly("PREL", "PGOV", "PTER", "IN", "PK", "UK");
        assertThat(json.get("references").get(0).get("id").asText()).isEqualTo("08LONDON2961");
        assertThat(json.get("declassify").get("on").asText()).isEqualTo("2018-11-28");
        assertThat(json.get("declassify").get("kind").asText()).isEqualTo("DATE");
        assertThat(json.get("classified_by").get("names").get(0).asText()).isEqualTo("Greg Berry");
        assertThat(texts(json.get("signers"))).containsExactly("TUTTLE");
        assertThat(json.get("to")).hasSize(1);
        assertThat(json.get("info")).hasSize(11);
        assertThat(json.get("info").get(7).get("mcn").isNull()).isTrue();
        assertThat(json.get("paragraphs")).hasSize(6);
        assertThat(json.get("paragraphs").get(5).get("marking").asText()).isEqualTo("C/NF");
        assertThat(json.get("partial").asBoolean()).isFalse();
        assertThat(json.get("sections").asInt()).isEqualTo(2);
        JsonNode t = json.get("transmission");
        assertThat(t.get("transmission_id").asText()).isEqualTo("VZCZCXRO1840");
        assertThat(t.get("channel").asText()).isEqualTo("XRO");
        assertThat(t.get("originating_station").asText()).isEqualTo("RUEHLO");
        assertThat(t.get("section").asInt()).isEqualTo(1);
        assertThat(t.get("filing_time").asText()).isEqualTo("3331632");
        assertThat(t.get("date_time").asText()).isEqualTo("2008-11-28T16:32:00Z");
        assertThat(t.get("originator").asText()).isEqualTo("AMEMBASSY LONDON");
    }

    @Test
    void everyCorpusCableSurvivesTheRoundTrip() throws IOException {
        List<Cable> cables = readAll(shared().resolve("corpus/cables.csv"));
        assertThat(cables).hasSize(1097);
        CableJson form = CableJson.compact().withText();
        for (Cable cable : cables) {
            String json = form.write(cable);
            Cable back = CableJson.read(json);
            assertThat(back).as(cable.referenceId()).isEqualTo(cable);
            assertThat(form.write(back)).isEqualTo(json);
            MAPPER.readTree(json); // and an independent parser accepts it
        }
    }

    private static List<Cable> readAll(Path file) throws IOException {
        CableParser parser = new CableParser();
        List<Cable> cables = new ArrayList<>();
        try (CableSource source = CableSources.open(file)) {
            for (RawCable raw = source.next(); raw != null; raw = source.next()) {
                try {
                    cables.add(parser.parse(raw));
                } catch (CableParseException e) {
                    throw new AssertionError("corpus record refused: " + e.getMessage(), e);
                }
            }
        }
        return cables;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Path shared() {
        String configured = System.getProperty("chancery.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("../../shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("../shared");
        }
        assumeTrue(Files.isDirectory(root.resolve("corpus")), "shared folder not found: " + root.toAbsolutePath());
        return root;
    }
}
