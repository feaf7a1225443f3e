package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;
import org.junit.jupiter.api.Test;

/** How {@link CableParser} merges a layout's metadata with what the telegram says. */
class CableAssemblyTest {
    private static final OffsetDateTime RECORD_DAY = OffsetDateTime.of(2007, 3, 3, 0, 0, 0, 0, ZoneOffset.ofHours(1));
    private final CableParser parser = new CableParser();

    private Cable parse(RecordMetadata metadata, String header, String text) {
        return parser.parse(new RawCable("test", Layout.CABLEGATE_CSV, metadata, header, text));
    }

    @Test
    void metadataNamesTheCableAndItsLevelAndCaveats() {
        RecordMetadata metadata = new RecordMetadata(
                "07ELDORIA0042",
                "HARBOUR",
                RECORD_DAY,
                "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
                "Embassy Eldoria",
                List.of());
        Cable cable = parse(metadata, "", "SOME FRAGMENT OF TEXT\n");
        assertThat(cable.referenceId()).isEqualTo("07ELDORIA42");
        assertThat(cable.origin()).isEqualTo("Embassy Eldoria");
        assertThat(cable.classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(cable.handling()).containsExactly("FOUO");
        assertThat(cable.date()).isEqualTo(RECORD_DAY);
        assertThat(cable.subject()).isEqualTo("HARBOUR");
        assertThat(cable.partial()).isTrue(); // no header, no banner
        assertThat(cable.body()).isEqualTo("SOME FRAGMENT OF TEXT\n");
    }

    @Test
    void fouoFromTheMetadataAndSbuFromTheTextAreBothKept() {
        RecordMetadata metadata = new RecordMetadata(
                "07ELDORIA0043", null, RECORD_DAY, "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "Embassy Eldoria", List.of());
        String text = "UNCLAS ELDORIA 000043\n\nSENSITIVE\nSIPDIS\n\nTAGS: PREL\nSUBJECT: HARBOUR FEES\n\n"
                + "¶1. (SBU) The harbour master raised the fees.\n";

        Cable cable = parse(metadata, "FM AMEMBASSY ELDORIA", text);

        assertThat(cable.classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(cable.handling()).containsExactly("FOUO", "SBU");
    }

    @Test
    void sbuFromTheTextAloneIsNotFouo() {
        RecordMetadata metadata =
                new RecordMetadata("07ELDORIA0044", null, RECORD_DAY, "UNCLASSIFIED", "Embassy Eldoria", List.of());
        String text = "UNCLAS ELDORIA 000044\n\nSENSITIVE\n\nTAGS: PREL\nSUBJECT: HARBOUR FEES\n\n"
                + "¶1. (SBU) The harbour master raised the fees.\n";

        Cable cable = parse(metadata, "FM AMEMBASSY ELDORIA", text);

        assertThat(cable.handling()).containsExactly("SBU");
    }

    @Test
    void layoutReferencesStandInWhenTheTextHasNone() {
        RecordMetadata metadata = new RecordMetadata(
                "07ELDORIA42", null, null, "SECRET//NOFORN", null, List.of("07ELDORIA0040", "not an id"));
        Cable cable = parse(metadata, "", "NO REF LINE HERE\n");
        assertThat(cable.references())
                .containsExactly(
                        new Reference("07ELDORIA40", "07ELDORIA0040"), new Reference("not an id", "not an id"));
        assertThat(cable.classification()).isEqualTo(Classification.SECRET);
        assertThat(cable.handling()).startsWith("NOFORN");
    }

    @Test
    void aHeaderNotingAPartialExtractMakesThePartial() {
        Cable cable = parse(
                RecordMetadata.NONE,
                "This record is a partial extract of the original cable. The full text is not available.",
                "C O N F I D E N T I A L ELDORIA 000042\n");
        assertThat(cable.partial()).isTrue();
    }

    @Test
    void fragmentInputTakesItsIdFromTheContextAndRefusesNonText() {
        Cable cable = parser.parseText("1. (U) A LINE OF SOME CABLE.\n", "07ELDORIA42");
        assertThat(cable.referenceId()).isEqualTo("07ELDORIA42");
        assertThat(cable.partial()).isTrue();
        assertThatThrownBy(() -> parser.parseText("A\0B", null))
                .isInstanceOf(CableParseException.class)
                .hasMessageContaining("not text:");
    }

    @Test
    void readsMetadataClassifications() {
        assertThat(MetadataClassification.parse("SECRET//NOFORN"))
                .isEqualTo(new MetadataClassification(Classification.SECRET, List.of("NOFORN")));
        assertThat(MetadataClassification.parse("UNCLASSIFIED//FOR OFFICIAL USE ONLY"))
                .isEqualTo(new MetadataClassification(Classification.UNCLASSIFIED, List.of("FOUO")));
        assertThat(MetadataClassification.parse("CONFIDENTIAL"))
                .isEqualTo(new MetadataClassification(Classification.CONFIDENTIAL, List.of()));
        assertThat(MetadataClassification.parse(null)).isEqualTo(MetadataClassification.NONE);
    }
}
