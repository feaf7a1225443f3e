package org.chancery.archive.access;

import java.time.LocalDate;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;

/**
 * What a cable's classification is on a given day, from its DECL line and any records officer's decision.
 *
 * @param level the level in force ({@link Classification#UNCLASSIFIED} once declassified)
 * @param state why
 * @param declassifiesOn the day it becomes (or became) unclassified, or null when no date applies
 */
public record EffectiveClassification(Classification level, State state, LocalDate declassifiesOn) {

    public enum State {
        /** Never classified. */
        UNCLASSIFIED,
        /** Its date has passed, or a records officer declassified it. */
        DECLASSIFIED,
        /** Classified until a known date. */
        CLASSIFIED_UNTIL_DATE,
        /** Classified by an exemption (25X...) or until an event: stays until a records officer acts. */
        HELD,
        /** OADR, no instruction, or one that cannot be read: waits in the review queue. */
        NEEDS_REVIEW,
        /** A records officer exempted it from declassification. */
        EXEMPTED
    }

    /** Whether a cable that was classified is now declassified (and so open to every archive reader). */
    public boolean declassified() {
        return state == State.DECLASSIFIED;
    }

    /** Whether the cable waits for a records officer: exemptions, events, OADR and unreadable instructions. */
    public boolean awaitsReview() {
        return state == State.HELD || state == State.NEEDS_REVIEW;
    }

    /**
     * Decides the classification on {@code today}. A cable without a readable banner counts as TOP SECRET so that
     * access fails closed.
     */
    public static EffectiveClassification of(Cable cable, DeclassDecision decision, LocalDate today) {
        Classification banner = cable.classification() == null ? Classification.TOP_SECRET : cable.classification();
        if (banner == Classification.UNCLASSIFIED) {
            return new EffectiveClassification(Classification.UNCLASSIFIED, State.UNCLASSIFIED, null);
        }
        if (decision != null) {
            LocalDate on = decision.declassifiesOn();
            if (on == null) {
                return new EffectiveClassification(banner, State.EXEMPTED, null);
            }
            return dated(banner, on, today);
        }
        Declassification decl = cable.declassification();
        if (decl == null || decl.kind() == null) {
            return new EffectiveClassification(banner, State.NEEDS_REVIEW, null);
        }
        return switch (decl.kind()) {
            case DATE ->
                decl.on() == null
                        ? new EffectiveClassification(banner, State.NEEDS_REVIEW, null)
                        : dated(banner, decl.on(), today);
            case EXEMPTION, EVENT -> new EffectiveClassification(banner, State.HELD, null);
            case OADR, NOT_APPLICABLE, UNKNOWN -> new EffectiveClassification(banner, State.NEEDS_REVIEW, null);
        };
    }

    private static EffectiveClassification dated(Classification banner, LocalDate on, LocalDate today) {
        return on.isAfter(today)
                ? new EffectiveClassification(banner, State.CLASSIFIED_UNTIL_DATE, on)
                : new EffectiveClassification(Classification.UNCLASSIFIED, State.DECLASSIFIED, on);
    }
}
