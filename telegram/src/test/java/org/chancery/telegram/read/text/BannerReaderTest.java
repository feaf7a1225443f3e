package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BannerReaderTest {

    private static Banner read(String line) {
        return BannerReader.read(line).orElseThrow();
    }

    @Test
    void spelledOutWithSectionPostAndSerial() {
        Banner b = read("C O N F I D E N T I A L SECTION 01 OF 02 VALDORA 004417 ");
        assertThat(b).isEqualTo(new Banner(Classification.CONFIDENTIAL, List.of(), 2, "VALDORA", "004417"));
    }

    @Test
    void unclasWithMultiWordPost() {
        Banner b = read("UNCLAS SECTION 01 OF 03 PORT SALVEN 000123");
        assertThat(b.classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(b.sections()).isEqualTo(3);
        assertThat(b.post()).isEqualTo("PORT SALVEN");
        assertThat(b.serial()).isEqualTo("000123");
    }

    @Test
    void stateCableWithoutSection() {
        Banner b = read("C O N F I D E N T I A L STATE 123456");
        assertThat(b.post()).isEqualTo("STATE");
        assertThat(b.sections()).isNull();
    }

    @Test
    void caveatsAfterSlashesAndAfterTheSerial() {
        assertThat(read("SECRET//NOFORN").caveats()).containsExactly("NOFORN");
        assertThat(read("S E C R E T//NOFORN").classification()).isEqualTo(Classification.SECRET);
        Banner b = read("S E C R E T SECTION 01 OF 02 KESTREL 000077 NOFORN");
        assertThat(b.caveats()).containsExactly("NOFORN");
        assertThat(b.serial()).isEqualTo("000077");
        assertThat(read("SECRET//REL TO USA, GBR, AUS").caveats()).containsExactly("REL TO USA, GBR, AUS");
        assertThat(read("SECRET//FGI//NOFORN//MR").caveats()).containsExactly("FGI", "NOFORN");
    }

    @Test
    void unclassifiedVariantsCarrySensitivityAsCaveat() {
        assertThat(read("LIMITED OFFICIAL USE VALDORA 001122").classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(read("LIMITED OFFICIAL USE VALDORA 001122").caveats()).containsExactly("SBU");
        assertThat(read("UNCLAS E F T O VALDORA 000009").caveats()).containsExactly("EFTO");
        assertThat(read("E F T O").caveats()).containsExactly("EFTO");
        assertThat(read("UNCLASSIFIED//FOR OFFICIAL USE ONLY").caveats()).containsExactly("FOUO");
        assertThat(read("UNCLAS SENSITIVE SECTION 01 OF 02 KESTREL 000100").caveats())
                .containsExactly("SBU");
    }

    @Test
    void topSecretSpelledOutAndInWords() {
        assertThat(read("T O P S E C R E T KESTREL 000001").classification()).isEqualTo(Classification.TOP_SECRET);
        assertThat(read("TOP SECRET STATE 000002").classification()).isEqualTo(Classification.TOP_SECRET);
    }

    @Test
    void lowerCaseAndOlderForms() {
        Banner lower = read("C o n f i d e n t i a l section 01 of 04 marlow 000348");
        assertThat(lower.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(lower.post()).isEqualTo("MARLOW");
        assertThat(lower.sections()).isEqualTo(4);
        Banner page = read("CONFIDENTIAL PAGE 01 KESTREL 04411 01 OF 03 291400Z");
        assertThat(page.sections()).isEqualTo(3);
        assertThat(page.post()).isEqualTo("KESTREL");
        assertThat(read("CONFIDENTIAL     PTQ1859").classification()).isEqualTo(Classification.CONFIDENTIAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Secret talks were held in the capital last week",
                "Confidential sources say so",
                "SECRETARY RICE MET THE MINISTER",
                "SIPDIS",
                "TAGS: PREL PGOV",
                ""
            })
    void proseIsNoBanner(String line) {
        assertThat(BannerReader.read(line)).isEmpty();
    }
}
