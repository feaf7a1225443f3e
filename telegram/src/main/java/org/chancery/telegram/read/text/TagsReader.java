package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the text of a TAGS field (already unwrapped, without its {@code TAGS:} label) into tags.
 *
 * <p>Tags are separated by spaces, or, when the writer used commas or semicolons, by those; a comma-separated item
 * made only of short codes ({@code PREL PGOV}) is still split on spaces, while a longer phrase
 * ({@code GOI EXTERNAL}) stays one tag. A parenthesised person list belongs to the tag before it:
 * {@code OVIP (RICE, CONDOLEEZZA)} is one tag. Tags are upper-cased; typos are kept.
 */
public final class TagsReader {
    private static final int MAX_CODE = 5;

    private TagsReader() {}

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
            } else if (!separated || norm.contains("(") || allShortCodes(norm)) {
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

    private static boolean allShortCodes(String item) {
        for (String w : item.split(" ")) {
            if (w.length() > MAX_CODE) {
                return false;
            }
        }
        return true;
    }
}
