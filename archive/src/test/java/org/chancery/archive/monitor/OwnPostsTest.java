package org.chancery.archive.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.chancery.archive.access.Principal;
import org.junit.jupiter.api.Test;

class OwnPostsTest {

    @Test
    void matchesWholeWordsInOrderIgnoringCase() {
        OwnPosts posts = new OwnPosts(Set.of("LONDON", "Consulate General Hong Kong"));

        assertThat(posts.includes("Embassy London")).isTrue();
        assertThat(posts.includes("US Mission London (UK)")).isTrue();
        assertThat(posts.includes("Consulate General Hong Kong")).isTrue();
        assertThat(posts.includes("Embassy Londonderry")).isFalse();
        assertThat(posts.includes("Hong Kong")).isFalse();
        assertThat(posts.includes("Embassy Paris")).isFalse();
    }

    @Test
    void theDepartmentMatchesInAnySpelling() {
        // the access rules took SECSTATE for the Department's origin "Secretary of State"; word matching did not
        OwnPosts posts = new OwnPosts(Set.of("SECSTATE"));

        assertThat(posts.includes("Secretary of State")).isTrue();
        assertThat(posts.includes("SECSTATE WASHDC")).isTrue();
        assertThat(posts.includes("Embassy London")).isFalse();
        assertThat(new OwnPosts(Set.of("LONDON")).includes("Secretary of State"))
                .isFalse();
    }

    @Test
    void everyPostMatchesEverything() {
        OwnPosts posts = new OwnPosts(Set.of(Principal.EVERY_POST));

        assertThat(posts.includes("Embassy Paris")).isTrue();
        assertThat(posts.includes("")).isTrue();
    }

    @Test
    void noPostsMatchNothing() {
        assertThat(new OwnPosts(Set.of()).includes("Embassy London")).isFalse();
    }
}
