package org.chancery.archive.access;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.Query;
import org.chancery.telegram.model.Cable;

/**
 * The one access decision. Reads ask {@link #permits}; searches add {@link #searchFilter} as a filter clause so that
 * hit counts, facets and highlights are computed only over what the reader may see. The two must always agree.
 */
public interface AccessPolicy {

    /** Whether the reader may see this cable at all. */
    boolean permits(Principal reader, Cable cable);

    /**
     * The same decision as a Lucene filter over the index's access fields; {@code null} means no restriction. The
     * index module documents the fields it writes for this purpose.
     */
    Query searchFilter(Principal reader);

    /**
     * The cables in which this reader may also search the paragraphs their banner does not cover (see
     * {@code IndexFields.BODY_RESTRICTED}); {@code null} for none. It must never admit a cable in which
     * {@code withheld paragraphs} would hide such text from the reader.
     */
    default Query restrictedTextFilter(Principal reader) {
        return null;
    }

    /** The decision with the rule that refused it, for the audit log. */
    default AccessDecision decide(Principal reader, Cable cable) {
        EffectiveClassification effective = effective(cable, LocalDate.now());
        return permits(reader, cable)
                ? AccessDecision.permit(effective)
                : AccessDecision.refuse("refused by policy", effective);
    }

    /** The cable's classification on a day, after its DECL line (and any records officer's decision). */
    default EffectiveClassification effective(Cable cable, LocalDate day) {
        return EffectiveClassification.of(cable, null, day);
    }

    /** Indexes of the paragraphs of a permitted cable that this reader may not read. */
    default List<Integer> withheldParagraphs(Principal reader, Cable cable) {
        return List.of();
    }
}
