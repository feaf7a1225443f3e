package org.chancery.telegram.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostDirectoryTest {

    @Test
    void theDepartmentComesFirstAndEveryPostIsNamedConsistently() {
        assertThat(PostDirectory.department().plad()).isEqualTo("SECSTATE WASHDC");
        assertThat(PostDirectory.department().isDepartment()).isTrue();
        assertThat(PostDirectory.all().get(0)).isEqualTo(PostDirectory.department());
        assertThat(PostDirectory.all().stream().filter(Post::isDepartment)).hasSize(1);
        for (Post post : PostDirectory.all()) {
            assertThat(PostDirectory.byId(post.id())).contains(post);
            assertThat(PostDirectory.byRoute(post.route())).contains(post);
            assertThat(PostDirectory.byAddress(post.plad())).contains(post);
            assertThat(post.bannerName().replace(" ", "")).isEqualTo(post.id());
        }
    }

    @Test
    void postsAreFoundByIdRouteOrAddress() {
        Post capeTown = PostDirectory.byId("CAPETOWN").orElseThrow();
        assertThat(capeTown.plad()).isEqualTo("AMCONSUL CAPE TOWN");
        assertThat(capeTown.route()).isEqualTo("RUEHTN");
        assertThat(capeTown.bannerName()).isEqualTo("CAPE TOWN");
        assertThat(capeTown.countryTag()).isEqualTo("SF");
        assertThat(capeTown.origin()).isEqualTo("Consulate Cape Town");
        assertThat(PostDirectory.byRoute(" RUEHLO ").map(Post::id)).contains("LONDON");
        assertThat(PostDirectory.byAddress("amembassy   london").map(Post::route))
                .contains("RUEHLO");
        assertThat(PostDirectory.byRoute("RUEHXX")).isEmpty();
        assertThat(PostDirectory.byAddress(null)).isEmpty();
    }

    @Test
    void postNamesComeFromTheRouteThenTheAddressThenTheNamingRules() {
        // the routing indicator wins over what the address says
        assertThat(PostDirectory.postName("RUEHLO", "AMEMBASSY PARIS")).isEqualTo("Embassy London");
        assertThat(PostDirectory.postName(null, "AMEMBASSY PARIS")).isEqualTo("Embassy Paris");
        assertThat(PostDirectory.postName("RUEHXX", "AMEMBASSY KIEV")).isEqualTo("Embassy Kyiv");
        assertThat(PostDirectory.postName("RUEHC", null)).isEqualTo("Secretary of State");
        assertThat(PostDirectory.postName(null, null)).isNull();
    }
}
