package org.chancery.telegram.read;

/**
 * What the text parser may know from outside the text.
 *
 * @param referenceId canonical id of the cable the text belongs to, or null; its year dates REF lines without one
 */
public record TextContext(String referenceId) {
    public static final TextContext NONE = new TextContext(null);
}
