package org.chancery.telegram.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.junit.jupiter.api.Test;

/** The JSON form read back by an independent parser: exact field names, types, and "absent" as null or []. */
class CableJsonContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> TOP_LEVEL = List.of(
            "reference_id",
            "origin",
            "date",
            "classification",
            "handling",
            "captions",
            "subject",
            "tags",
            "references",
            "declassify",
            "classified_by",
            "signers",
            "summary",
            "to",
            "info",
            "paragraphs",
            "partial",
            "transmission",
            "sections");

    private static final List<String> TRANSMISSION = List.of(
            "transmission_id",
            "channel",
            "channel_sequence",
            "precedence_prosigns",
            "routing_indicators",
            "originating_station",
            "station_serial",
            "section",
            "filing_time",
            "security_warning",
            "precedence",
            "date_time_group",
            "date_time",
            "originator",
            "originator_route",
            "relay_routes",
            "action_offices",
            "info_offices");

    @Test
    void writesEveryContractFieldInOrderWithTheRightTypes() throws Exception {
        JsonNode json = MAPPER.readTree(CableJson.compact().write(InventedCables.full()));

        assertThat(names(json)).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(names(json.get("transmission"))).containsExactlyElementsOf(TRANSMISSION);
        assertThat(json.get("reference_id").asText()).isEqualTo("09VALDORIA123");
        assertThat(json.get("date").asText()).isEqualTo("2009-02-14T12:30:00Z");
        assertThat(json.get("classification").asText()).isEqualTo("TOP SECRET");
        assertThat(json.get("handling").getNodeType()).isEqualTo(JsonNodeType.ARRAY);
        assertThat(json.get("tags").get(3).asText()).isEqualTo("OVIP (KESTREL, ANNA)");
        assertThat(json.get("references").get(0).get("id").asText()).isEqualTo("09VALDORIA98");
        assertThat(json.get("references").get(1).get("id").isNull()).isTrue();
        assertThat(json.get("references").get(1).get("text").asText()).startsWith("E-MAIL");
        assertThat(names(json.get("declassify"))).containsExactly("on", "text", "kind", "authority");
        assertThat(json.get("declassify").get("on").asText()).isEqualTo("2019-02-14");
        assertThat(json.get("declassify").get("kind").asText()).isEqualTo("DATE");
        assertThat(names(json.get("classified_by"))).containsExactly("text", "names", "reasons");
        assertThat(json.get("classified_by").get("reasons").get(1).asText()).isEqualTo("1.4(d)");
        assertThat(names(json.get("to").get(0))).containsExactly("route", "name", "precedence", "mcn");
        assertThat(json.get("info").get(1).get("route").isNull()).isTrue();
        assertThat(names(json.get("paragraphs").get(0))).containsExactly("number", "marking", "text");
        assertThat(json.get("paragraphs").get(0).get("number").isInt()).isTrue();
        assertThat(json.get("paragraphs").get(1).get("text").asText())
                .contains("\n")
                .contains("\"quotes\"");
        assertThat(json.get("paragraphs").get(2).get("number").isNull()).isTrue();
        assertThat(json.get("partial").isBoolean()).isTrue();
        assertThat(json.get("sections").asInt()).isEqualTo(2);
        JsonNode t = json.get("transmission");
        assertThat(t.get("section").isInt()).isTrue();
        assertThat(t.get("date_time").asText()).isEqualTo("2009-02-14T12:30:00Z");
        assertThat(t.get("routing_indicators").get(1).asText()).isEqualTo("RUEHMQ");
        assertThat(t.get("info_offices").size()).isEqualTo(2);
    }

    @Test
    void absentValuesAreNullOrEmptyListsNeverOmitted() throws Exception {
        JsonNode json = MAPPER.readTree(CableJson.compact().write(InventedCables.empty()));

        assertThat(names(json)).containsExactlyElementsOf(TOP_LEVEL);
        for (String field : List.of(
                "reference_id",
                "origin",
                "date",
                "classification",
                "subject",
                "declassify",
                "classified_by",
                "summary",
                "sections")) {
            assertThat(json.get(field).isNull()).as(field).isTrue();
        }
        for (String field : List.of("handling", "captions", "tags", "references", "signers", "to", "info")) {
            assertThat(json.get(field).isArray()).as(field).isTrue();
            assertThat(json.get(field).isEmpty()).as(field).isTrue();
        }
        assertThat(json.get("partial").asBoolean()).isTrue();
        assertThat(names(json.get("transmission"))).containsExactlyElementsOf(TRANSMISSION);
        assertThat(json.get("transmission").get("transmission_id").isNull()).isTrue();
        assertThat(json.get("transmission").get("relay_routes").isEmpty()).isTrue();
    }

    @Test
    void sourceTextOnlyOnRequest() throws Exception {
        Cable cable = InventedCables.full();
        JsonNode without = MAPPER.readTree(CableJson.compact().write(cable));
        JsonNode with = MAPPER.readTree(CableJson.compact().withText().write(cable));

        assertThat(without.has("header")).isFalse();
        assertThat(without.has("body")).isFalse();
        assertThat(with.get("header").asText()).isEqualTo(cable.header());
        assertThat(with.get("body").asText()).isEqualTo(cable.body());
    }

    @Test
    void compactIsOneLineAndPrettyIsIndentedButEqual() throws Exception {
        Cable cable = InventedCables.full();
        String compact = CableJson.compact().write(cable);
        String pretty = CableJson.compact().pretty().write(cable);

        assertThat(compact).doesNotContain("\n");
        assertThat(pretty.lines().count()).isGreaterThan(20);
        assertThat(MAPPER.readTree(pretty)).isEqualTo(MAPPER.readTree(compact));
    }

    @Test
    void cableJsonCableIsIdentity() {
        for (Cable cable : List.of(InventedCables.full(), InventedCables.empty())) {
            assertThat(CableJson.read(CableJson.compact().withText().write(cable)))
                    .isEqualTo(cable);
            assertThat(CableJson.read(CableJson.compact().write(cable))).isEqualTo(cable.withoutSourceText());
        }
    }

    @Test
    void jsonCableJsonIsIdentity() {
        for (CableJson form : List.of(
                CableJson.compact(),
                CableJson.compact().pretty(),
                CableJson.compact().withText(),
                CableJson.compact().withText().pretty())) {
            String json = form.write(InventedCables.full());
            assertThat(form.write(CableJson.read(json))).isEqualTo(json);
        }
    }

    @Test
    void missingFieldsReadAsAbsentAndUnknownFieldsAreIgnored() {
        Cable cable = CableJson.read("{\"reference_id\":\"09VALDORIA5\",\"future_field\":{\"x\":[1,2]}}");

        assertThat(cable.referenceId()).isEqualTo("09VALDORIA5");
        assertThat(cable.tags()).isEmpty();
        assertThat(cable.transmission().isEmpty()).isTrue();
        assertThat(cable.body()).isEmpty();
    }

    @Test
    void refusesWrongShapesNamingThePath() {
        assertThatThrownBy(() -> CableJson.read("{\"tags\":\"PREL\"}"))
                .isInstanceOf(CableJsonException.class)
                .hasMessage("$.tags: expected a list, found a string");
        assertThatThrownBy(() -> CableJson.read("{\"paragraphs\":[{\"number\":\"one\"}]}"))
                .isInstanceOf(CableJsonException.class)
                .hasMessageStartingWith("$.paragraphs[0].number: expected a whole number");
        assertThatThrownBy(() -> CableJson.read("{\"classification\":\"C\"}"))
                .isInstanceOf(CableJsonException.class)
                .hasMessageContaining("$.classification")
                .hasMessageContaining("TOP SECRET");
        assertThatThrownBy(() -> CableJson.read("{\"date\":\"28 Nov 2008\"}"))
                .isInstanceOf(CableJsonException.class)
                .hasMessageContaining("$.date: expected an ISO-8601 date-time");
        assertThatThrownBy(() -> CableJson.read("{\"transmission\":{\"section\":1}} {}"))
                .isInstanceOf(CableJsonException.class)
                .hasMessageContaining("trailing content");
        assertThatThrownBy(() -> CableJson.read("[1,2]"))
                .isInstanceOf(CableJsonException.class)
                .hasMessage("$: expected an object, found a list");
        assertThatThrownBy(() -> CableJson.read("{\"subject\": "))
                .isInstanceOf(CableJsonException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> CableJson.read("[".repeat(10_000))).isInstanceOf(CableJsonException.class);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
