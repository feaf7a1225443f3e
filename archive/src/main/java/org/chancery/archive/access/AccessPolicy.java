package org.chancery.archive.access;

import java.time.LocalDate;
import java.util.List;
import org.chancery.telegram.model.Cable;

/**
 * The one access decision. Reads ask {@link #decide}; searches are limited by {@link #searchRule} so that hit counts,
 * facets and highlights are computed only over what the reader may see. The two must always agree. Nothing here has
 * a default: a policy that forgot a rule must not compile, rather than admit by omission.
 */
public interface AccessPolicy {

    /** The decision with the rule that refused it, for the audit log, on the policy's own day. */
    AccessDecision decide(Principal reader, Cable cable);

    /** Whether the reader may see this cable at all: {@link #decide} without the reason. */
    default boolean permits(Principal reader, Cable cable) {
        return decide(reader, cable).permitted();
    }

    /** The policy's "today", from its clock. */
    LocalDate today();

    /** The cable's classification on a day, after its DECL line (and any records officer's decision). */
    EffectiveClassification effective(Cable cable, LocalDate day);

    /** Indexes of the paragraphs of a permitted cable that this reader may not read. */
    List<Integer> withheldParagraphs(Principal reader, Cable cable);

    /** The same decision as {@link #decide}, as the set of cables a search may return. */
    SearchRule searchRule(Principal reader);

    /**
     * The cables in which this reader may also search the paragraphs their banner does not cover; {@link
     * SearchRule#NOTHING} for none. It must never admit a cable in which {@link #withheldParagraphs} would hide such
     * text from the reader.
     */
    SearchRule restrictedTextRule(Principal reader);
}
