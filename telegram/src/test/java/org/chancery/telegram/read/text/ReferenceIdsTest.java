package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.read.ReferenceIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceIdsTest {

    @ParameterizedTest
    @CsvSource({
        "06TBILISI0619, 06TBILISI619",
        "08 LONDON 2968, 08LONDON2968",
        "08LONDON002968, 08LONDON2968",
        "07 new delhi 0045, 07NEWDELHI45",
        "2009 ZORVANIA 12, 09ZORVANIA12",
        "'  99PORTMERE1  ', 99PORTMERE1",
        "08 RIO 346, 08RIODEJANEIRO346",
        "07RIODEJAN0088, 07RIODEJANEIRO88",
        "09 SECSTATE 012345, 09STATE12345",
        "06 USUN 2031, 06USUNNEWYORK2031",
        "06 USUN NEW YORK 2031, 06USUNNEWYORK2031",
        "05 casa 1220, 05CASABLANCA1220",
        "08 DUBAI RPO 378, 08RPODUBAI378"
    })
    void canonicalForms(String raw, String expected) {
        assertThat(ReferenceIds.canonical(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "LONDON2968", "08LONDON", "08LONDON0000", "08LON-DON12", "8LONDON12", "08LONDON12A", "0812"})
    void rejectsWhatIsNotAnId(String raw) {
        assertThat(ReferenceIds.canonical(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void rejectsNullAndGivesParts() {
        assertThat(ReferenceIds.canonical(null)).isEmpty();
        assertThat(ReferenceIds.year("08LONDON2968")).contains("08");
        assertThat(ReferenceIds.post("08NEWDELHI33")).contains("NEWDELHI");
        assertThat(ReferenceIds.of("05", "RIO DE JANEIRO", "000077")).contains("05RIODEJANEIRO77");
        assertThat(ReferenceIds.of("05", "RIO", "77")).contains("05RIODEJANEIRO77");
    }

    @org.junit.jupiter.api.Test
    void everyVariantNamesAPostThatIsNoVariantItself() {
        var variants = org.chancery.telegram.post.IdPosts.variants();
        assertThat(variants).isNotEmpty();
        variants.values().forEach(post -> assertThat(variants).doesNotContainKey(post));
        // a post of our own directory is spelled as the directory spells it: no variant may rename it
        org.chancery.telegram.post.PostDirectory.all()
                .forEach(post -> assertThat(variants).as(post.id()).doesNotContainKey(post.id()));
    }
}
