package org.chancery.telegram.read.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.ClassifiedBy;

/**
 * Reads a "Classified By" field: {@code PolMinCons Greg Berry, reasons 1.4 (b/d).} → names {@code [Greg Berry]},
 * reasons {@code [1.4(b), 1.4(d)]}. The officials are what comes before the reasons (cut at "for reasons",
 * "reason:", or the first section number such as {@code 1.4}); see {@link OfficialNames} for how names are told
 * from titles.
 */
public final class ClassifiedByReader {
    /** "reason" even when a line wrap split it ("REAS ONS", "Rea son"). */
    private static final Pattern REASON_WORD =
            Pattern.compile("(?i)(?:[,;.:]\\s{0,3})?(?:\\bfor\\s{1,3})?\\bre ?a ?s ?o ?n ?s?\\b");

    private static final Pattern LABEL =
            Pattern.compile("(?i)^(?:¶?\\d{1,2}\\.\\s{0,3})?(?:\\(\\w{1,4}\\)\\s*)?classified\\s+by\\b\\s*:?\\s*");

    private ClassifiedByReader() {}

    /** Whether the line opens a Classified By field (optionally after a portion marking such as {@code (U)}). */
    public static boolean isClassifiedByLine(String line) {
        return LABEL.matcher(line.strip()).find();
    }

    /** The text after the {@code Classified By} label of a line that has one, else the line itself. */
    public static String afterLabel(String line) {
        String t = line.strip();
        Matcher m = LABEL.matcher(t);
        return m.find() ? t.substring(m.end()) : t;
    }

    /** Reads the field text, as written after the label (continuation lines already joined with spaces). */
    public static ClassifiedBy read(String text) {
        String written = Whitespace.single(text.strip());
        String officials = afterLabel(written); // "Classified By: Classified by Ambassador ..." repeats the label
        int cut = officials.length();
        Matcher m = REASON_WORD.matcher(officials);
        if (m.find()) {
            cut = m.start();
        }
        int section = ClassificationReasons.start(officials);
        if (section >= 0 && section < cut) {
            cut = section;
        }
        List<String> names = OfficialNames.read(officials.substring(0, cut));
        return new ClassifiedBy(written, names, ClassificationReasons.read(written));
    }
}
