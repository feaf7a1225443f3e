package org.chancery.archive.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.telegram.model.Classification;

/**
 * The access decision as a set of cables, so that a search can be limited to what a reader may see before it counts,
 * facets or highlights anything. A policy states its rules in these terms; the search module has the one translator
 * that turns them into index queries. Each rule names what it admits; none of them refers to a storage or index type.
 */
public sealed interface SearchRule {

    /** No restriction at all. */
    SearchRule EVERYTHING = new Everything();

    /** Admits no cable. */
    SearchRule NOTHING = new Nothing();

    /** Every rule at once; no rules is {@link #EVERYTHING}. */
    static SearchRule allOf(SearchRule... rules) {
        return rules.length == 0 ? EVERYTHING : new AllOf(List.of(rules));
    }

    /** At least one of the rules; no rules is {@link #NOTHING}. */
    static SearchRule anyOf(SearchRule... rules) {
        return rules.length == 0 ? NOTHING : new AnyOf(List.of(rules));
    }

    record Everything() implements SearchRule {}

    record Nothing() implements SearchRule {}

    record AllOf(List<SearchRule> rules) implements SearchRule {
        public AllOf {
            rules = List.copyOf(rules);
        }
    }

    record AnyOf(List<SearchRule> rules) implements SearchRule {
        public AnyOf {
            rules = List.copyOf(rules);
        }
    }

    /** Cables whose banner is at most {@code level}. */
    record LevelAtMost(Classification level) implements SearchRule {}

    /** Cables that do not carry the handling caveat (NOFORN for a foreign reader). */
    record WithoutCaveat(String caveat) implements SearchRule {}

    /** Cables with no REL TO list, or one that names one of {@code countries}. */
    record ReleasableTo(Set<String> countries) implements SearchRule {
        public ReleasableTo {
            countries = Set.copyOf(countries);
        }
    }

    /** Cables in no restricted channel except those in {@code named} (a cable in two channels needs both). */
    record ChannelsWithin(Set<String> named) implements SearchRule {
        public ChannelsWithin {
            named = Set.copyOf(named);
        }
    }

    /** Cables captioned SIPDIS, or whose originator or addressees include one of the posts (as post keys). */
    record SipdisOrDistribution(Set<String> postKeys) implements SearchRule {
        public SipdisOrDistribution {
            postKeys = Set.copyOf(postKeys);
        }
    }

    /**
     * Classified cables declassified by {@code today}: by their own DECL date unless a records officer's decision
     * (keyed by normalised reference id) overrides it, or by such a decision.
     */
    record DeclassifiedBy(LocalDate today, Map<String, DeclassDecision> decisions) implements SearchRule {
        public DeclassifiedBy {
            decisions = Map.copyOf(decisions);
        }
    }

    /**
     * Cables whose paragraphs above their banner (the text a banner-level search does not cover) are all at most
     * {@code level}, and, unless {@code foreignLimitedAllowed}, none of them NOFORN or REL TO.
     */
    record RestrictedTextWithin(Classification level, boolean foreignLimitedAllowed) implements SearchRule {}
}
