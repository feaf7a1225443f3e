package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagsReaderTest {

    @Test
    void spacesCommasSemicolonsAndCase() {
        assertThat(TagsReader.read("PREL PGOV PTER IN PK UK"))
                .containsExactly("PREL", "PGOV", "PTER", "IN", "PK", "UK");
        assertThat(TagsReader.read("PREL, PHUM, CH, BM")).containsExactly("PREL", "PHUM", "CH", "BM");
        assertThat(TagsReader.read("PREL; PGOV; XZ")).containsExactly("PREL", "PGOV", "XZ");
        assertThat(TagsReader.read("prel, pgov, pins, tu")).containsExactly("PREL", "PGOV", "PINS", "TU");
        assertThat(TagsReader.read("PREL PGOV, PHUM")).containsExactly("PREL", "PGOV", "PHUM");
        assertThat(TagsReader.read("AORC, PREL, SOCI, KCRM, KJUS,"))
                .containsExactly("AORC", "PREL", "SOCI", "KCRM", "KJUS");
    }

    @Test
    void personTagsStayWhole() {
        assertThat(TagsReader.read("OVIP (RICE, CONDOLEEZZA) PREL XZ"))
                .containsExactly("OVIP (RICE, CONDOLEEZZA)", "PREL", "XZ");
        assertThat(TagsReader.read("PREL, OVIP (Mallory,  Jane), KPAO"))
                .containsExactly("PREL", "OVIP (MALLORY, JANE)", "KPAO");
        assertThat(TagsReader.read("KPAO(HARROW, SIMON) PGOV")).containsExactly("KPAO (HARROW, SIMON)", "PGOV");
    }

    @Test
    void phrasesInCommaListsAndTyposAreKept() {
        assertThat(TagsReader.read("PGOV, PREL, COUNTER TERRORISM, XZ"))
                .containsExactly("PGOV", "PREL", "COUNTER TERRORISM", "XZ");
        assertThat(TagsReader.read("PRLE PGVO")).containsExactly("PRLE", "PGVO");
    }

    @Test
    void emptyAndUnbalanced() {
        assertThat(TagsReader.read(null)).isEmpty();
        assertThat(TagsReader.read("   ")).isEmpty();
        assertThat(TagsReader.read("OVIP (SMITH, JOHN PREL")).containsExactly("OVIP (SMITH, JOHN PREL");
    }
}
