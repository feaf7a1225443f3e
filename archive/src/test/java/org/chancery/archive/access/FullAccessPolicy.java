package org.chancery.archive.access;

import java.time.LocalDate;
import java.util.List;
import org.chancery.telegram.model.Cable;

/**
 * Lets every reader see everything: for tests of search mechanics (ranking, facets, highlights) where access is not
 * the subject. No product path uses it; the archive reads through {@link ArchivePolicy}.
 */
public final class FullAccessPolicy implements AccessPolicy {

    @Override
    public AccessDecision decide(Principal reader, Cable cable) {
        return AccessDecision.permit(effective(cable, today()));
    }

    @Override
    public LocalDate today() {
        return LocalDate.of(2026, 1, 1);
    }

    @Override
    public EffectiveClassification effective(Cable cable, LocalDate day) {
        return EffectiveClassification.of(cable, null, day);
    }

    @Override
    public List<Integer> withheldParagraphs(Principal reader, Cable cable) {
        return List.of();
    }

    @Override
    public SearchRule searchRule(Principal reader) {
        return SearchRule.EVERYTHING;
    }

    @Override
    public SearchRule restrictedTextRule(Principal reader) {
        return SearchRule.EVERYTHING;
    }
}
