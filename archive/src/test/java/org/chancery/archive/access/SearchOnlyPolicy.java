package org.chancery.archive.access;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.chancery.telegram.model.Cable;

/**
 * A policy given only as a search rule, for tests of what the index's access fields can express: reading a cable
 * through it is a test error, and it never opens restricted paragraphs.
 */
public final class SearchOnlyPolicy implements AccessPolicy {

    private final Function<Principal, SearchRule> rule;

    public SearchOnlyPolicy(Function<Principal, SearchRule> rule) {
        this.rule = rule;
    }

    @Override
    public AccessDecision decide(Principal reader, Cable cable) {
        throw new UnsupportedOperationException("search only");
    }

    @Override
    public LocalDate today() {
        throw new UnsupportedOperationException("search only");
    }

    @Override
    public EffectiveClassification effective(Cable cable, LocalDate day) {
        throw new UnsupportedOperationException("search only");
    }

    @Override
    public List<Integer> withheldParagraphs(Principal reader, Cable cable) {
        throw new UnsupportedOperationException("search only");
    }

    @Override
    public SearchRule searchRule(Principal reader) {
        return rule.apply(reader);
    }

    @Override
    public SearchRule restrictedTextRule(Principal reader) {
        return SearchRule.NOTHING;
    }
}
