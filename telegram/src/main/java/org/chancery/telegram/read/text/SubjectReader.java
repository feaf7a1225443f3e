package org.chancery.telegram.read.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.telegram.model.PortionMarking;

/**
 * The SUBJECT field: which lines after its label still belong to it, where it ends inside a line, and what of its
 * text is the subject.
 *
 * <p>A subject wraps over up to six lines, joined with single spaces. It ends at a blank line (unless its line was
 * cut, {@link TextLines#wrapped}, and the next text line, just before the next field, carries it on), the next field's
 * label ({@code REF}, {@code Classified By}...), a paragraph, a line of dashes or other punctuation only, a
 * {@code Summary} heading or the first body sentence, and inside a line (fragments without newlines) at a paragraph number, a run of dashes or,
 * in a subject written in capitals, the first run of mixed-case words. A portion marking at its start or end
 * ({@code (C) HARBOUR DUES}, {@code harbour dues (s)}) marks the subject and is not part of it.
 */
public final class SubjectReader {
    private static final int MAX_LINES = 6;
    /** Words in a row, with lower-case letters, that start the body after a subject written in capitals. */
    private static final int BODY_WORDS = 3;

    private static final Pattern DASHES = Pattern.compile("-{3,}");
    private static final Pattern SUMMARY_HEADING =
            Pattern.compile("(?i)^(?:SUMMARY|SUMMARY AND COMMENT)(?:\\s*[:.-].*)?$");
    /**
     * A sentence ending inside the line and another starting: "...WILL RESIGN. HE TOLD...". The word before the stop
     * has five letters or more, so that "GEN. SMITH" is not a sentence end.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[A-Za-z]{5,}[.!?]\\s+[A-Z]");

    private static final int SENTENCE_WORDS = 8;

    private SubjectReader() {}

    /**
     * Whether the next line of the preamble (not blank, not a field, not a caption) carries on a subject.
     *
     * @param sofar the subject text read so far
     * @param line the next line, page breaks removed
     * @param linesSoFar how many lines have been added to the label's line
     */
    public static boolean continues(String sofar, String line, int linesSoFar) {
        String t = line.strip();
        return linesSoFar < MAX_LINES - 1
                && hasLetterOrDigit(t)
                && !t.startsWith("¶")
                && !(t.startsWith("-") && DASHES.matcher(t).matches())
                && !(t.regionMatches(true, 0, "summary", 0, 7)
                        && SUMMARY_HEADING.matcher(t).matches())
                && ParagraphStart.read(t).isEmpty()
                && !isSentence(t)
                && bodyStart(sofar, t) != 0;
    }

    /**
     * Whether a subject that a repeated top of the page or a blank line interrupted carries on in a stray line just
     * before the next field: the wrapped tail after a page header, or the one double-spaced texts put after a blank
     * line, which only a cut line ({@link TextLines#wrapped}) has.
     *
     * @param lastLine the subject's last line, with the label when it is the first
     * @param afterBlank whether a blank line came between
     * @param sofar the subject text so far
     * @param line the stray line
     */
    public static boolean resumes(String lastLine, boolean afterBlank, String sofar, String line) {
        return (!afterBlank || TextLines.wrapped(lastLine)) && continues(sofar, line, 0);
    }

    /**
     * Where the body starts inside a piece of subject text, or -1 when all of it can be subject.
     *
     * @param sofar the subject text before this piece ("" for the label's own line), which tells whether the subject
     *     is written in capitals
     * @param text the piece
     */
    public static int bodyStart(String sofar, String text) {
        int cut = InlineParagraph.find(text, InlineParagraph.Openings.ANY);
        int dashes = dashRun(text);
        if (dashes >= 0 && (cut < 0 || dashes < cut)) {
            cut = dashes;
        }
        int end = cut < 0 ? text.length() : cut;
        int mixed = mixedCaseRun(sofar, text, end);
        return mixed >= 0 ? mixed : cut;
    }

    /** The subject from its unwrapped text (without label), without its portion marking; null when nothing is left. */
    public static String read(String text) {
        if (text == null) {
            return null;
        }
        String s = withoutTrailingMarking(withoutLeadingMarking(text.strip()));
        return s.isEmpty() ? null : s;
    }

    private static String withoutLeadingMarking(String s) {
        Optional<ParagraphStart> start = ParagraphStart.read(s);
        if (start.isPresent() && start.get().number() == null && start.get().marking() != null) {
            return start.get().rest().strip();
        }
        return s;
    }

    private static String withoutTrailingMarking(String s) {
        if (!s.endsWith(")")) {
            return s;
        }
        int open = s.lastIndexOf('(');
        if (open <= 0 || !Character.isWhitespace(s.charAt(open - 1))) {
            return s; // "VALVE(S)": a plural, not a marking
        }
        return PortionMarking.parse(s.substring(open + 1, s.length() - 1)).isPresent()
                ? s.substring(0, open).strip()
                : s;
    }

    /** A line of body prose rather than a wrapped subject: a sentence ends inside it and it runs on. */
    private static boolean isSentence(String line) {
        return hasStopThenSpace(line)
                && Whitespace.words(line).length > SENTENCE_WORDS
                && SENTENCE_END.matcher(line).find();
    }

    /** A line of only punctuation ("<" left by a lost HTML tag, "***") carries no subject words. */
    private static boolean hasLetterOrDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStopThenSpace(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The start of a run of three or more dashes standing as a word ("ZIM NOTES ------- SUMMARY"), or -1. */
    private static int dashRun(String text) {
        int from = 0;
        while (true) {
            int at = text.indexOf("---", from);
            if (at < 0) {
                return -1;
            }
            int end = at;
            while (end < text.length() && text.charAt(end) == '-') {
                end++;
            }
            boolean alone = (at == 0 || Character.isWhitespace(text.charAt(at - 1)))
                    && (end == text.length() || Character.isWhitespace(text.charAt(end)));
            if (alone) {
                return at;
            }
            from = end;
        }
    }

    /**
     * In a subject written in capitals, where a run of mixed-case words ("The minister said") begins before
     * {@code end}, or -1. A subject with any lower-case letter before that point is not written in capitals.
     */
    private static int mixedCaseRun(String sofar, String text, int end) {
        if (hasLowerCase(sofar, sofar.length())) {
            return -1;
        }
        int capitals = capitalWords(sofar);
        int i = 0;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (!hasLowerCase(text, start, i)) {
                capitals += letters(text, start, i) >= 2 ? 1 : 0;
                continue;
            }
            boolean capitalised = i - start > 1
                    && Character.isUpperCase(text.charAt(start))
                    && Character.isLowerCase(text.charAt(start + 1));
            return capitals >= 2 && capitalised && mixedWordsFrom(text, start) >= BODY_WORDS ? start : -1;
        }
        return -1;
    }

    private static int mixedWordsFrom(String text, int from) {
        int n = 0;
        for (String w : Whitespace.words(text.substring(from))) {
            if (!hasLowerCase(w, w.length())) {
                break;
            }
            if (++n >= BODY_WORDS) {
                break;
            }
        }
        return n;
    }

    /** Words of two letters or more (the caller knows they have no lower-case letter). */
    private static int capitalWords(String s) {
        int n = 0;
        int letters = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
                n += letters >= 2 ? 1 : 0;
                letters = 0;
            } else if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return n;
    }

    private static int letters(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasLowerCase(String s, int end) {
        return hasLowerCase(s, 0, end);
    }

    private static boolean hasLowerCase(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
