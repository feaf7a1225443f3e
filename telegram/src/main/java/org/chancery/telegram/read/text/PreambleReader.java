package org.chancery.telegram.read.text;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans the top of a text, line by line, from just after the banner to the first paragraph.
 *
 * <p>Before the first field, caption lines ({@code SIPDIS}, {@code NOFORN}) are collected and other lines (office
 * routing such as {@code NSC FOR ...}) are passed over when a field follows within a few lines. A field's text runs
 * on over the following lines until a blank line, the next field or a paragraph: SUBJECT while
 * {@link SubjectReader#continues} says so, TAGS only while {@link TagsReader#continues} does; REF also across blank
 * lines when the next line carries the next list letter ({@code ¶B.}); Classified By only while its reasons are
 * unfinished; the E.O. line only while it ends hanging on a colon or comma. Page break lines are skipped without
 * ending a field. A field met twice keeps its first text, except the E.O. line, to which the second one (a
 * classification block's {@code Declassify on:}) is added for {@link DeclassificationReader} to weigh. The preamble
 * ends at a summary label ({@code SUMMARY:}, even right under the subject), at the first line that is none of these,
 * or where a paragraph opens inside a SUBJECT or TAGS line (a fragment without newlines): the rest of that line is
 * then the first line of the body.
 */
public final class PreambleReader {
    private static final int LOOKAHEAD = 30;
    private static final int SHORT_LOOKAHEAD = 4;
    private static final int MAX_CONTINUATIONS = 15;
    private static final Pattern[] LETTER_MARKERS = letterMarkers();
    private static final Pattern LIST_LETTER = Pattern.compile("^¶?\\s?(?:\\(([A-Za-z])\\)|([A-Za-z])[.):])");
    private static final Pattern REASON_DONE = Pattern.compile("(?i)1\\s?\\.\\s?[1-9]\\s?[^A-Za-z0-9]{0,4}[A-Ha-h]\\b");
    private static final Pattern REASON_DANGLING = Pattern.compile(
            "(?i)(?:[,&(/]|\\band|\\ban|\\bor|\\b[a-h]|\\breas|\\brea|\\bre|\\bfor|\\breasons?:?|1\\s?\\.\\s?[1-9])\\s*$");

    private PreambleReader() {}

    public static Preamble read(List<String> lines, int from, String post) {
        Set<String> captions = new LinkedHashSet<>();
        Set<String> caveats = new LinkedHashSet<>();
        Map<Field, StringBuilder> fields = new EnumMap<>(Field.class);
        Field current = null;
        StringBuilder target = null; // where the current field's text goes; a throwaway for a repeated field
        Field last = null;
        StringBuilder lastTarget = null;
        int continuations = 0;
        String fieldLine = null; // the last line read into the current field: TAGS asks whether it was cut
        // once a subject is over (a line it refused, a blank line after a whole line, a repeated top after a blank
        // line) no stray line joins it; after a blank line only the tail of a cut line may
        boolean subjectEnded = false;
        boolean subjectAfterBlank = false;
        String bodyLead = null;
        boolean sawField = false;
        boolean blankInField = false;
        boolean declassificationJoined = false;
        int i = from;
        while (i < lines.size()) {
            String raw = lines.get(i);
            String line = PageBreaks.strip(raw, post).strip();
            if (line.isEmpty() && !raw.isBlank()) {
                i++;
                continue;
            }
            if (line.isEmpty()) {
                if (current == Field.REFERENCES) {
                    blankInField = true;
                } else {
                    if (current == Field.SUBJECT) {
                        subjectAfterBlank = true;
                        subjectEnded = !TextLines.wrapped(fieldLine);
                    }
                    current = null;
                }
                i++;
                continue;
            }
            if (TextLines.isApparatus(line) || BannerReader.read(line).isPresent()) {
                subjectEnded |= current == null && subjectAfterBlank;
                current = null; // a repeated top (date line, banner again) ends any field
                i++;
                continue;
            }
            Field opening = Field.opening(line);
            if (opening != null) {
                List<String> pieces = Field.split(line);
                for (int p = 0; p < pieces.size() && bodyLead == null; p++) {
                    Field f = Field.opening(pieces.get(p));
                    if (f == null) {
                        continue;
                    }
                    String content = f.content(pieces.get(p));
                    int body = bodyStart(f, "", content);
                    if (body >= 0) {
                        bodyLead = String.join(" ", pieces.subList(p + 1, pieces.size()));
                        bodyLead = (content.substring(body) + " " + bodyLead).strip();
                        content = content.substring(0, body).strip();
                    }
                    StringBuilder sb = new StringBuilder(content);
                    StringBuilder kept = fields.get(f);
                    if (kept == null) {
                        fields.put(f, sb); // a second field of the same kind is read but not kept, except:
                    } else if (f == Field.DECLASSIFICATION && !declassificationJoined) {
                        // a classification block's "Declassify on:" below an E.O. line that says only "DECL: MR":
                        // the declassification reader weighs the two
                        append(kept, sb.toString());
                        sb = kept;
                        declassificationJoined = true; // only the second: a third is read but not kept
                    }
                    current = f;
                    target = sb;
                    subjectEnded = false;
                    subjectAfterBlank = false;
                }
                last = current;
                lastTarget = target;
                fieldLine = line;
                sawField = true;
                blankInField = false;
                continuations = 0;
                i++;
                if (bodyLead != null) {
                    break;
                }
                continue;
            }
            if (SummaryReader.opensSummary(line)) {
                break; // "SUMMARY:" right under the subject, without a blank line: the body begins
            }
            boolean caption = Handling.captionLine(line).isPresent();
            if (current != null
                    && !caption
                    && continues(current, target, fieldLine, line, blankInField, continuations)) {
                int body = bodyStart(current, target.toString(), line);
                append(target, body < 0 ? line : line.substring(0, body).strip());
                fieldLine = line;
                continuations++;
                blankInField = false;
                i++;
                if (body >= 0) {
                    bodyLead = line.substring(body).strip();
                    break;
                }
                continue;
            }
            subjectEnded |= current == Field.SUBJECT;
            current = null;
            blankInField = false;
            if (ParagraphStart.read(line).isPresent()) {
                break;
            }
            Optional<Handling.Captioned> captioned = Handling.captionLine(line);
            if (captioned.isPresent()) {
                captions.addAll(captioned.get().captions());
                caveats.addAll(captioned.get().caveats());
                i++;
                continue;
            }
            if (!sawField && fieldAhead(lines, i + 1, LOOKAHEAD)) {
                i++;
                continue;
            }
            if (sawField && fieldAhead(lines, i + 1, SHORT_LOOKAHEAD)) {
                // a stray line between fields: the wrapped tail of a subject or REF list, else office routing
                if (last == Field.SUBJECT
                                && !subjectEnded
                                && SubjectReader.resumes(fieldLine, subjectAfterBlank, lastTarget.toString(), line)
                        || last == Field.REFERENCES) {
                    append(lastTarget, line);
                    fieldLine = line;
                }
                i++;
                continue;
            }
            break;
        }
        return new Preamble(
                List.copyOf(captions),
                List.copyOf(caveats),
                text(fields, Field.DECLASSIFICATION),
                text(fields, Field.TAGS),
                text(fields, Field.SUBJECT),
                text(fields, Field.REFERENCES),
                text(fields, Field.CLASSIFIED_BY),
                i,
                bodyLead);
    }

    /** Where a paragraph opens inside a piece of a field, or -1; the E.O. line is not cut. */
    private static int bodyStart(Field field, String sofar, String piece) {
        return switch (field) {
            case SUBJECT -> SubjectReader.bodyStart(sofar, piece);
            case TAGS -> TagsReader.bodyStart(piece);
            case REFERENCES, CLASSIFIED_BY -> InlineParagraph.find(piece, InlineParagraph.Openings.NUMBERED);
            case DECLASSIFICATION -> -1;
        };
    }

    private static boolean continues(
            Field field, StringBuilder sofar, String fieldLine, String line, boolean afterBlank, int count) {
        if (count >= MAX_CONTINUATIONS) {
            return false;
        }
        boolean paragraph = ParagraphStart.read(line).isPresent();
        return switch (field) {
            // "Date of source:" + "October 30, 2008": only a line left hanging runs on
            case DECLASSIFICATION -> !afterBlank && count < 2 && endsHanging(sofar);
            case TAGS -> !afterBlank && TagsReader.continues(fieldLine, sofar.toString(), line);
            case SUBJECT -> !afterBlank && SubjectReader.continues(sofar.toString(), line, count);
            // "(C) 04 STATE 1234" in a REF list is a list letter, not a confidential paragraph
            case REFERENCES -> nextListLetter(sofar.toString(), line) || !afterBlank && !paragraph;
            // "for reasons 1.4 (b) and" + "(c)." : a dangling reason list runs on even onto a line like a marking
            case CLASSIFIED_BY ->
                !afterBlank
                        && count < 3
                        && (paragraph ? dangling(sofar.toString()) : unfinished(sofar.toString(), line));
        };
    }

    /** Whether the line opens with the list letter after the last one of the REF text so far ("(C)" after "(B)"). */
    private static boolean nextListLetter(String sofar, String line) {
        Matcher m = LIST_LETTER.matcher(line);
        if (!m.find()) {
            return false;
        }
        char letter = Character.toUpperCase(
                m.group(1) != null ? m.group(1).charAt(0) : m.group(2).charAt(0));
        if (letter == 'A') {
            return false;
        }
        String tail = sofar.length() > 400 ? sofar.substring(sofar.length() - 400) : sofar;
        return LETTER_MARKERS[letter - 'B'].matcher(tail).find();
    }

    /** For each list letter B to Z, the marker of the letter before it ("A." or "(A)" for B...), compiled once. */
    private static Pattern[] letterMarkers() {
        Pattern[] markers = new Pattern['Z' - 'A'];
        for (char previous = 'A'; previous < 'Z'; previous++) {
            markers[previous - 'A'] = Pattern.compile("(?i)(?:^|[\\s,;])¶?\\s?\\(?" + previous + "[.):]");
        }
        return markers;
    }

    private static boolean dangling(String sofar) {
        return REASON_DANGLING
                .matcher(sofar.length() > 40 ? sofar.substring(sofar.length() - 40) : sofar)
                .find();
    }

    /** Whether a Classified By text still waits for (more of) its reasons. */
    private static boolean unfinished(String sofar, String next) {
        if (!REASON_DONE.matcher(sofar).find()) {
            return next.length() < 120;
        }
        String n = next.strip().toLowerCase(java.util.Locale.ROOT);
        return REASON_DANGLING
                        .matcher(sofar.length() > 40 ? sofar.substring(sofar.length() - 40) : sofar)
                        .find()
                || n.startsWith("(")
                || n.startsWith("and")
                || n.startsWith("nd")
                || n.startsWith("&")
                || n.startsWith(",")
                || n.startsWith(")");
    }

    private static boolean endsHanging(StringBuilder sofar) {
        int end = sofar.length();
        while (end > 0 && Whitespace.isSpace(sofar.charAt(end - 1))) {
            end--;
        }
        return end > 0 && (sofar.charAt(end - 1) == ':' || sofar.charAt(end - 1) == ',');
    }

    private static void append(StringBuilder sb, String line) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(line);
    }

    private static boolean fieldAhead(List<String> lines, int from, int lookahead) {
        for (int j = from; j < lines.size() && j < from + lookahead; j++) {
            String t = lines.get(j);
            if (t.length() < 2000 && Field.opening(t) != null) {
                return true;
            }
            if (ParagraphStart.read(t).isPresent()) {
                return false;
            }
        }
        return false;
    }

    private static String text(Map<Field, StringBuilder> fields, Field f) {
        StringBuilder sb = fields.get(f);
        if (sb == null) {
            return null;
        }
        return Whitespace.single(sb.toString()).strip();
    }
}
