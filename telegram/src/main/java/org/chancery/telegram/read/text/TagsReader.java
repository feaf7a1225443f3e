package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.telegram.validate.TagCatalogue;

/**
 * Reads a TAGS field: which lines after the label still belong to it, and how its text (unwrapped, without its
 * {@code TAGS:} label) splits into tags.
 *
 * <p>A TAGS line ends at the end of its line unless the next line plainly continues it: the text so far ends in a
 * comma or semicolon or inside an open parenthesis, or the line before was cut ({@link TextLines#wrapped}) and the next line is made only of tag-shaped tokens, most of them well-formed
 * TAGS codes ({@link TagCatalogue#isWellFormed}). Inside a line it ends where a paragraph opens, as in fragments
 * without newlines ({@code TAGS: PREL, XZ 1. (C) Summary: ...}).
 *
 * <p>Tags are separated by spaces, or, when the writer used commas or semicolons, by those; a comma-separated item
 * made only of short codes ({@code PREL PGOV}) is still split on spaces, while a longer phrase
 * ({@code GOI EXTERNAL}) stays one tag, unless it runs to more than {@value #MAX_PHRASE_WORDS} words: that is a
 * space-separated list run into a comma-separated one. A parenthesised person list belongs to the tag before it:
 * {@code OVIP (RICE, CONDOLEEZZA)} is one tag. Tags are upper-cased; typos are kept.
 */
public final class TagsReader {
    private static final int MAX_CODE = 5;
    private static final int MAX_PHRASE_WORDS = 3;

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern TAG_SHAPED = Pattern.compile("[A-Za-z]{2,6}");
    private static final Pattern PERSON_GROUP = Pattern.compile("\\([^()]*\\)");

    private TagsReader() {}

    /**
     * Whether the next line carries on the TAGS field.
     *
     * @param previousLine the last line read into the field (with the label when it is the first), page breaks removed
     * @param sofar the TAGS text so far
     * @param next the next line, not blank and not a field
     */
    public static boolean continues(String previousLine, String sofar, String next) {
        if (ParagraphStart.read(next).isPresent()) {
            return false;
        }
        String s = sofar.strip();
        if (s.endsWith(",") || s.endsWith(";") || openParentheses(s)) {
            return true;
        }
        return TextLines.wrapped(previousLine) && isTagList(next);
    }

    /** Where a paragraph opens inside a piece of TAGS text, or -1. */
    public static int bodyStart(String text) {
        return InlineParagraph.find(text, InlineParagraph.Openings.ANY);
    }

    /** A line made only of tag-shaped tokens (person groups in parentheses allowed), most of them real codes. */
    private static boolean isTagList(String line) {
        String codes = PERSON_GROUP.matcher(line).replaceAll(" ").strip();
        if (codes.isEmpty() || codes.indexOf('(') >= 0 || codes.indexOf(')') >= 0) {
            return false;
        }
        int tokens = 0;
        int wellFormed = 0;
        for (String token : TOKEN_SEPARATORS.split(codes)) {
            if (token.isEmpty()) {
                continue;
            }
            if (!TAG_SHAPED.matcher(token).matches()) {
                return false;
            }
            tokens++;
            wellFormed += TagCatalogue.isWellFormed(token.toUpperCase(Locale.ROOT)) ? 1 : 0;
        }
        return tokens > 0 && 2 * wellFormed > tokens;
    }

    private static boolean openParentheses(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The tags in the order written. */
    public static List<String> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> items = items(text);
        boolean separated = hasSeparators(text);
        List<String> tags = new ArrayList<>();
        for (String item : items) {
            String norm = Whitespace.single(item.strip()).toUpperCase(Locale.ROOT);
            if (norm.isEmpty() || norm.equals("AND")) {
                continue;
            }
            if (norm.startsWith("(") && !tags.isEmpty() && !separated) {
                tags.set(tags.size() - 1, tags.get(tags.size() - 1) + " " + norm);
            } else if (!separated || norm.contains("(") || allShortCodes(norm) || longerThanAPhrase(norm)) {
                addWords(tags, norm);
            } else {
                tags.add(norm);
            }
        }
        return tags;
    }

    /** Splits on separators outside parentheses: commas/semicolons when present, else whitespace. */
    private static List<String> items(String text) {
        boolean separated = hasSeparators(text);
        List<String> items = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                if (!separated && depth == 1 && !cur.isEmpty()) {
                    items.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (c == ')' && depth > 0) {
                depth--;
                cur.append(c);
                if (!separated && depth == 0) {
                    items.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            boolean split = depth == 0 && (separated ? (c == ',' || c == ';') : Character.isWhitespace(c));
            if (split) {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        items.add(cur.toString());
        return items;
    }

    /** Adds the words of an item, keeping a parenthesised group with the word before it. */
    private static void addWords(List<String> tags, String item) {
        int paren = item.indexOf('(');
        String head = paren < 0 ? item : item.substring(0, paren);
        String group = paren < 0 ? null : item.substring(paren).strip();
        for (String w : head.strip().split(" ")) {
            if (!w.isEmpty() && !w.equals("AND")) {
                tags.add(w);
            }
        }
        if (group != null) {
            if (tags.isEmpty()) {
                tags.add(group);
            } else {
                tags.set(tags.size() - 1, tags.get(tags.size() - 1) + " " + group);
            }
        }
    }

    private static boolean hasSeparators(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                return true;
            }
        }
        return false;
    }

    private static boolean longerThanAPhrase(String item) {
        return item.split(" ").length > MAX_PHRASE_WORDS;
    }

    private static boolean allShortCodes(String item) {
        for (String w : item.split(" ")) {
            if (w.length() > MAX_CODE) {
                return false;
            }
        }
        return true;
    }
}
