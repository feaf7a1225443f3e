package org.chancery.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.post.Post;
import org.chancery.telegram.validate.TagCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated corpus has the shape of real traffic, not a flat spread: years peak in 2006–2009, subject TAGS are
 * skewed, a few origins dominate, and posts tag their host country.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrafficShapeTest {
    private static final int N = 20_000;
    private static final Map<String, Post> POSTS_BY_PLAD =
            Posts.all().stream().collect(Collectors.toMap(Post::plad, Function.identity()));

    private final List<Cable> cables = new ArrayList<>(N);

    @BeforeAll
    void generate() {
        new CableGenerator(2024, N).forEachRemaining(cables::add);
    }

    @Test
    void yearsRiseSteeplyToAPlateauIn2006To2009WithASmall2010AndAThinOldTail() {
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        cables.forEach(c -> perYear.merge(c.date().getYear(), 1, Integer::sum));

        int busiest = Collections.max(perYear.entrySet(), Map.Entry.comparingByValue())
                .getKey();
        assertThat(busiest).isBetween(2006, 2009);
        for (int year = 2006; year <= 2009; year++) {
            assertThat(perYear.get(year)).as("plateau year %d", year).isGreaterThan(N / 7);
        }
        assertThat(perYear.get(2010)).isLessThan(perYear.get(2009) / 3);
        assertThat(perYear.get(2005)).isLessThan(perYear.get(2006) / 2);
        assertThat(perYear.get(2003)).isLessThan(perYear.get(2005) / 2);
        int beforeTheNineties = perYear.headMap(1990).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(beforeTheNineties).isBetween(1, N / 100);
    }

    @Test
    void subjectTagsAreSkewedWithTwoLeadersAndASteepFall() {
        Map<String, Integer> counts = new HashMap<>();
        for (Cable c : cables) {
            c.tags().stream().filter(TagCatalogue::isKnownSubject).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        List<Integer> ranked =
                counts.values().stream().sorted(Collections.reverseOrder()).toList();

        double top = ranked.get(0) / (double) N;
        assertThat(top).isBetween(0.25, 0.45);
        assertThat(ranked.get(1) / (double) N).isBetween(0.15, top);
        assertThat(ranked.get(4)).as("fifth tag").isLessThan(ranked.get(0) / 3);
        assertThat(ranked.get(19)).as("twentieth tag").isLessThan(ranked.get(0) / 8);
        assertThat(ranked.size()).as("distinct subject tags").isGreaterThan(60);
    }

    @Test
    void theDepartmentIsTheLargestOriginAndAFewPostsFarOutweighTheMedian() {
        Map<String, Integer> perOrigin = new HashMap<>();
        cables.forEach(c -> perOrigin.merge(c.origin(), 1, Integer::sum));
        List<Integer> counts = perOrigin.values().stream().sorted().toList();
        int median = counts.get(counts.size() / 2);

        assertThat(Collections.max(perOrigin.entrySet(), Map.Entry.comparingByValue())
                        .getKey())
                .isEqualTo("Secretary of State");
        assertThat(counts.getLast()).isGreaterThanOrEqualTo(3 * median);
        long bigEmbassies = perOrigin.entrySet().stream()
                .filter(e -> e.getKey().startsWith("Embassy") && e.getValue() >= 3 * median)
                .count();
        // heavy-tailed, not top-heavy: a minority of posts far above the median
        assertThat(bigEmbassies).isBetween(2L, perOrigin.size() / 4L);
    }

    @Test
    void postsTagTheirHostCountryMostOfTheTime() {
        // The Department writes about the posts it addresses, so only posts abroad have a host country to tag.
        int abroad = 0;
        int tagged = 0;
        for (Cable c : cables) {
            Post post = POSTS_BY_PLAD.get(c.transmission().originator());
            assertThat(post).as("origin of %s", c.referenceId()).isNotNull();
            if (!post.isDepartment()) {
                abroad++;
                tagged += c.tags().contains(post.countryTag()) ? 1 : 0;
            }
        }
        assertThat(tagged).isGreaterThanOrEqualTo(abroad * 80 / 100).isLessThan(abroad);
    }
}
