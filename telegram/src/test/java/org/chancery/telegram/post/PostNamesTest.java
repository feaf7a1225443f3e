package org.chancery.telegram.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules that spell a post's names; where the copies these replace disagreed, the rule kept is pinned here. */
class PostNamesTest {

    @Test
    void namesOriginsLikeTheArchive() {
        assertThat(PostNames.origin("AMEMBASSY LONDON")).isEqualTo("Embassy London");
        assertThat(PostNames.origin("AMCONSUL RIO DE JANEIRO")).isEqualTo("Consulate Rio De Janeiro");
        assertThat(PostNames.origin("SECSTATE WASHDC")).isEqualTo("Secretary of State");
        assertThat(PostNames.origin("USMISSION USNATO")).isEqualTo("Mission USNATO");
        assertThat(PostNames.origin("USMISSION GENEVA")).isEqualTo("Mission Geneva");
        assertThat(PostNames.origin("AMEMBASSY KIEV")).isEqualTo("Embassy Kyiv");
        assertThat(PostNames.origin(null)).isNull();
    }

    @Test
    void originsFollowTheReadersRulesWhereTheWritersCopyDiffered() {
        // the writer's copy (used by the generator and the cable page) title-cased these mechanically
        assertThat(PostNames.origin("RPO DUBAI")).isEqualTo("Iran RPO Dubai");
        assertThat(PostNames.origin("USEU BRUSSELS")).isEqualTo("USEU Brussels");
        assertThat(PostNames.origin("USINT HAVANA")).isEqualTo("US Interests Section Havana");
        assertThat(PostNames.origin("USMISSION UNVIE VIENNA")).isEqualTo("UNVIE");
        assertThat(PostNames.origin("amembassy  london")).isEqualTo("Embassy London");
        // an office without a naming rule keeps its PLAD rather than a guessed name ("Usdel Geneva")
        assertThat(PostNames.origin("USDEL GENEVA")).isEqualTo("USDEL GENEVA");
        // the reader's copy title-cased a mission's acronym unless listed ("Mission Usau"); the writer's kept it
        assertThat(PostNames.origin("USMISSION USAU")).isEqualTo("Mission USAU");
        assertThat(PostNames.origin("USMISSION USOSCE")).isEqualTo("Mission USOSCE");
        assertThat(PostNames.origin(" ")).isNull();
    }

    @Test
    void keysNameAPostWhateverTheSpelling() {
        assertThat(PostNames.key("Embassy London")).isEqualTo("LONDON");
        assertThat(PostNames.key("AMEMBASSY LONDON")).isEqualTo("LONDON");
        assertThat(PostNames.key("london")).isEqualTo("LONDON");
        assertThat(PostNames.key("Consulate General Hong Kong")).isEqualTo("HONG KONG");
        assertThat(PostNames.key("AMCONSUL  RIO DE JANEIRO")).isEqualTo("RIO DE JANEIRO");
        assertThat(PostNames.key("Mission USNATO")).isEqualTo("USNATO");
        assertThat(PostNames.key("Secretary of State")).isEqualTo(PostNames.DEPARTMENT_KEY);
        assertThat(PostNames.key("SECSTATE WASHDC")).isEqualTo(PostNames.DEPARTMENT_KEY);
        assertThat(PostNames.key("Department of State")).isEqualTo(PostNames.DEPARTMENT_KEY);
        assertThat(PostNames.key("Embassy")).isEqualTo("EMBASSY");
        assertThat(PostNames.key(null)).isNull();
    }

    @Test
    void referenceIdsAndBannersSpellThePostFromTheAddress() {
        assertThat(PostNames.idForm("AMCONSUL CAPE TOWN")).isEqualTo("CAPETOWN");
        assertThat(PostNames.idForm("SECSTATE WASHDC")).isEqualTo("STATE");
        assertThat(PostNames.bannerName("CAPETOWN", "AMCONSUL CAPE TOWN")).isEqualTo("CAPE TOWN");
        assertThat(PostNames.bannerName("STATE", "SECSTATE WASHDC")).isEqualTo("STATE");
        assertThat(PostNames.parts("09CAPETOWN204")).contains(new PostNames.ReferenceIdParts("09", "CAPETOWN", 204));
        assertThat(PostNames.parts("CAPETOWN204")).isEmpty();
    }
}
