package org.chancery.archive.marking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void trimsCollapsesInnerWhitespaceAndUpperCases() {
        assertThat(Keywords.normalize("  rel to\t UK,\n aus  ")).isEqualTo("REL TO UK, AUS");
        assertThat(Keywords.normalize("OVIP (MARROW, IDA)")).isEqualTo("OVIP (MARROW, IDA)");
        assertThat(Keywords.normalize("sipdis")).isEqualTo("SIPDIS");
    }

    @Test
    void blankOrNullGivesNull() {
        assertThat(Keywords.normalize(null)).isNull();
        assertThat(Keywords.normalize("")).isNull();
        assertThat(Keywords.normalize(" \t\r\n ")).isNull();
    }
}
