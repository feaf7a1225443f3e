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
        "'  99PORTMERE1  ', 99PORTMERE1"
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
    }
}
