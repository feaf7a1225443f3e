package org.chancery.telegram.model;

import java.util.Locale;
import java.util.Optional;

/** Classification levels, lowest first, so that {@code compareTo} orders them by sensitivity. */
public enum Classification {
    UNCLASSIFIED("UNCLASSIFIED", "U", "UUUUU"),
    CONFIDENTIAL("CONFIDENTIAL", "C", "CCCCC"),
    SECRET("SECRET", "S", "SSSSS"),
    TOP_SECRET("TOP SECRET", "TS", "TTTTT");

    private final String label;
    private final String abbreviation;
    private final String securityWarningGroup;

    Classification(String label, String abbreviation, String securityWarningGroup) {
        this.label = label;
        this.abbreviation = abbreviation;
        this.securityWarningGroup = securityWarningGroup;
    }

    /** The level as written in a banner and in the JSON contract, e.g. {@code TOP SECRET}. */
    public String label() {
        return label;
    }

    /** The portion-marking abbreviation, e.g. {@code C} or {@code TS}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The five-letter group of the FL4 security warning, e.g. {@code CCCCC}. */
    public String securityWarningGroup() {
        return securityWarningGroup;
    }

    /** The FL4 security warning line for this level, e.g. {@code ZNY CCCCC}. */
    public String securityWarning() {
        return (this == UNCLASSIFIED ? "ZNR " : "ZNY ") + securityWarningGroup;
    }

    /**
     * The banner as the first line of a telegram's text carries it: classified levels spelled out letter by letter
     * ({@code C O N F I D E N T I A L}), unclassified traffic as {@code UNCLAS}.
     */
    public String banner() {
        if (this == UNCLASSIFIED) {
            return "UNCLAS";
        }
        return String.join(" ", label.replace(" ", "").split(""));
    }

    public boolean atLeast(Classification other) {
        return compareTo(other) >= 0;
    }

    public static Classification max(Classification a, Classification b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Reads a level from its label, its abbreviation or common variants ({@code TOP_SECRET}, {@code Secret}). */
    public static Optional<Classification> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.length() > LONGEST_NAME_WITH_SPACES) {
            return Optional.empty(); // called on every parenthesis a paragraph opens with: no regex, no copy
        }
        return switch (singleSpaced(t.toUpperCase(Locale.ROOT))) {
            case "UNCLASSIFIED", "U", "UNCLAS", "SBU", "SENSITIVE BUT UNCLASSIFIED", "FOUO" ->
                Optional.of(UNCLASSIFIED);
            case "CONFIDENTIAL", "C" -> Optional.of(CONFIDENTIAL);
            case "SECRET", "S" -> Optional.of(SECRET);
            case "TOP SECRET", "TS" -> Optional.of(TOP_SECRET);
            default -> Optional.empty();
        };
    }

    /** "SENSITIVE BUT UNCLASSIFIED" with room for doubled spaces. */
    private static final int LONGEST_NAME_WITH_SPACES = 40;

    /** Underscores as spaces, and each run of whitespace as one space. */
    private static String singleSpaced(String t) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean isSpace = c == '_' || Character.isWhitespace(c);
            if (isSpace && (space || c != ' ') && sb == null) {
                sb = new StringBuilder(t.length()).append(t, 0, i); // a single space before i is in already
            }
            if (sb != null) {
                if (isSpace) {
                    if (!space) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c);
                }
            }
            space = isSpace;
        }
        return sb == null ? t : sb.toString();
    }
}
