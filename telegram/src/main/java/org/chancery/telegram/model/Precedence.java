package org.chancery.telegram.model;

import java.util.Locale;
import java.util.Optional;

/** Message precedence, highest first: {@code FLASH} outranks everything. */
public enum Precedence {
    FLASH("FLASH", "Z"),
    NIACT_IMMEDIATE("NIACT IMMEDIATE", "O"),
    IMMEDIATE("IMMEDIATE", "O"),
    PRIORITY("PRIORITY", "P"),
    ROUTINE("ROUTINE", "R");

    private final String label;
    private final String prosign;

    Precedence(String label, String prosign) {
        this.label = label;
        this.prosign = prosign;
    }

    /** As written after an addressee, e.g. {@code NIACT IMMEDIATE}. */
    public String label() {
        return label;
    }

    /** The single-letter ACP-127 prosign (NIACT travels as IMMEDIATE, {@code O}). */
    public String prosign() {
        return prosign;
    }

    /** Whether the receiving post must acknowledge the message at any hour. */
    public boolean requiresAcknowledgement() {
        return this == FLASH || this == NIACT_IMMEDIATE;
    }

    public static Optional<Precedence> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (Precedence p : values()) {
            if (p.label.equals(t)) {
                return Optional.of(p);
            }
        }
        return t.equals("NIACT") ? Optional.of(NIACT_IMMEDIATE) : Optional.empty();
    }

    public static Optional<Precedence> fromProsign(String prosign) {
        if (prosign == null) {
            return Optional.empty();
        }
        return switch (prosign.trim().toUpperCase(Locale.ROOT)) {
            case "Z" -> Optional.of(FLASH);
            case "O" -> Optional.of(IMMEDIATE);
            case "P" -> Optional.of(PRIORITY);
            case "R" -> Optional.of(ROUTINE);
            default -> Optional.empty();
        };
    }
}
