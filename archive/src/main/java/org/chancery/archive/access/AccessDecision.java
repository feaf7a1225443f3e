package org.chancery.archive.access;

/**
 * The decision on one cable for one reader, with the reason when refused (for the audit log, never for the reader,
 * who sees a refused cable as absent).
 *
 * @param permitted whether the reader may see the cable
 * @param reason the first rule that refused it, or {@code "permitted"}
 * @param effective the cable's classification on the day of the decision
 */
public record AccessDecision(boolean permitted, String reason, EffectiveClassification effective) {

    public static AccessDecision permit(EffectiveClassification effective) {
        return new AccessDecision(true, "permitted", effective);
    }

    public static AccessDecision refuse(String reason, EffectiveClassification effective) {
        return new AccessDecision(false, reason, effective);
    }
}
