package org.chancery.telegram.write;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostNames;

/**
 * Writes a {@link Cable} as ACP-127 State Department traffic: header format lines FL1–FL8, then the text (banner,
 * captions, E.O. line, TAGS, SUBJECT, REF, Classified By, marked paragraphs, signer). Long cables are cut into
 * sections of at most about {@code sectionSize} characters of text; each section is a transmission of its own with
 * FL3 {@code #NNNN/0k}, a banner {@code SECTION 0k OF 0n}, and a closing {@code NNNN} line.
 *
 * <p>What the writer derives rather than copies, so that its output is always self-consistent: the FL4 security
 * warning (from the classification), the FL5 prosign (from the highest addressee precedence), the FL3 section number
 * and the banner's section count (from the cut). Paragraph text whose lines already fit the width is written as
 * given, so a cable read back from the output has the same text; longer lines are re-wrapped.
 *
 * <p>Several transmissions are recombined by a reader as follows: split at {@code NNNN} lines; take the first
 * section's header; the text is the first section's text followed by each later section's text without its first
 * two lines (the banner {@code ... SECTION 0k OF 0n POST SERIAL} and one blank line).
 */
public final class TelegramWriter {
    /** About the size of one section in real traffic (some 200 lines). */
    public static final int DEFAULT_SECTION_SIZE = 12_000;

    static final String END_OF_MESSAGE = "NNNN";

    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ROOT);
    private static final DateTimeFormatter DECL_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final int ROUTES_PER_FL2_LINE = 9;

    private final int sectionSize;
    private final LineWrapper wrapper;

    public TelegramWriter() {
        this(DEFAULT_SECTION_SIZE, LineWrapper.DEFAULT_WIDTH);
    }

    /**
     * @param sectionSize the most characters of text one section carries before the cable is cut (a single overlong
     *     line still goes whole)
     * @param lineWidth the column at which subject, TAGS and paragraph text are wrapped
     */
    public TelegramWriter(int sectionSize, int lineWidth) {
        if (sectionSize < 500) {
            throw new IllegalArgumentException("section size too small: " + sectionSize);
        }
        this.sectionSize = sectionSize;
        this.wrapper = new LineWrapper(lineWidth);
    }

    /** All sections concatenated, each ending in its {@code NNNN} line. */
    public String write(Cable cable) {
        return layout(cable).joined();
    }

    /** The sections as separate transmissions, each with its own header and ending in its {@code NNNN} line. */
    public List<String> writeSections(Cable cable) {
        return layout(cable).transmissions();
    }

    /** The sections one by one, with everything a caller needs to lay them out elsewhere. */
    public WrittenTelegram layout(Cable cable) {
        Objects.requireNonNull(cable, "cable");
        String bannerPost = bannerPost(cable);
        String serial = serial(cable);
        List<String> text = textLines(cable);
        List<List<String>> chunks = cut(text);
        int n = chunks.size();
        if (n > 1) {
            text.set(0, banner(cable, bannerPost, serial, 1, n));
            chunks = cut(text);
            n = chunks.size();
            chunks.get(0).set(0, banner(cable, bannerPost, serial, 1, n));
        }
        List<WrittenSection> sections = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            String continuation = joinLines(chunks.get(k - 1));
            String header = header(cable, k, n);
            if (k == 1) {
                sections.add(new WrittenSection(1, header, continuation, continuation, null));
            } else {
                String banner = banner(cable, bannerPost, serial, k, n);
                String marker = pageMarker(bannerPost, serial, k, n);
                sections.add(new WrittenSection(k, header, banner + "\n\n" + continuation, continuation, marker));
            }
        }
        return new WrittenTelegram(sections);
    }

    // ---------------------------------------------------------------- header

    private String header(Cable cable, int section, int sections) {
        Transmission t = cable.transmission();
        List<String> lines = new ArrayList<>();
        String fl1 = fl1(t, section);
        if (fl1 != null) {
            lines.add(fl1);
        }
        String prosign = prosign(cable);
        String prosigns = t.precedenceProsigns() != null ? t.precedenceProsigns() : prosign + prosign;
        List<String> routes = t.routingIndicators();
        if (routes.isEmpty()) {
            lines.add(prosigns);
        } else {
            for (int i = 0; i < routes.size(); i += ROUTES_PER_FL2_LINE) {
                String group = String.join(" ", routes.subList(i, Math.min(routes.size(), i + ROUTES_PER_FL2_LINE)));
                lines.add(i == 0 ? prosigns + " " + group : group);
            }
        }
        if (t.originatingStation() != null) {
            StringBuilder fl3 =
                    new StringBuilder("DE ").append(t.originatingStation()).append(" #");
            fl3.append(stationSerial(cable));
            if (sections > 1) {
                fl3.append('/').append(twoDigits(section));
            }
            String filing = filingTime(cable);
            if (filing != null) {
                fl3.append(' ').append(filing);
            }
            lines.add(fl3.toString());
        }
        lines.add(cable.classification().securityWarning() + " ZZH");
        String dtg = dateTimeGroup(cable);
        if (dtg != null) {
            lines.add(prosign + " " + dtg);
        }
        String originator = originator(cable);
        if (originator != null) {
            lines.add("FM " + (t.originatorRoute() != null ? t.originatorRoute() + "/" : "") + originator);
        }
        addAddressees(lines, "TO ", cable.to());
        addAddressees(lines, "INFO ", cable.info());
        return String.join("\n", lines);
    }

    private static String fl1(Transmission t, int section) {
        if (t.channel() != null) {
            String sequence = t.channelSequence();
            if (sequence != null && section > 1 && sequence.matches("\\d{1,4}")) {
                sequence = String.format(Locale.ROOT, "%04d", (Integer.parseInt(sequence) + section - 1) % 10_000);
            }
            return "VZCZC" + t.channel() + (sequence == null ? "" : sequence);
        }
        return t.transmissionId();
    }

    private static void addAddressees(List<String> lines, String label, List<Addressee> addressees) {
        for (int i = 0; i < addressees.size(); i++) {
            Addressee a = addressees.get(i);
            StringBuilder line = new StringBuilder(i == 0 ? label : "");
            if (a.route() != null) {
                line.append(a.route()).append('/');
            }
            line.append(a.name());
            if (a.precedence() != null) {
                line.append(' ').append(a.precedence());
            }
            if (a.mcn() != null) {
                line.append(' ').append(a.mcn());
            }
            lines.add(line.toString());
        }
    }

    /** The FL5 prosign: that of the highest precedence any addressee carries, else the recorded one, else R. */
    static String prosign(Cable cable) {
        return Stream.concat(cable.to().stream(), cable.info().stream())
                .map(a -> Precedence.fromLabel(a.precedence()))
                .flatMap(java.util.Optional::stream)
                .min(Comparator.naturalOrder())
                .map(Precedence::prosign)
                .orElseGet(() -> {
                    String recorded = cable.transmission().precedence();
                    return recorded != null && !recorded.isBlank()
                            ? recorded.trim().substring(0, 1)
                            : "R";
                });
    }

    private static String dateTimeGroup(Cable cable) {
        if (cable.date() != null) {
            return DTG.format(cable.date().withOffsetSameInstant(ZoneOffset.UTC))
                    .toUpperCase(Locale.ROOT);
        }
        return cable.transmission().dateTimeGroup();
    }

    private static String filingTime(Cable cable) {
        if (cable.transmission().filingTime() != null) {
            return cable.transmission().filingTime();
        }
        if (cable.date() == null) {
            return null;
        }
        OffsetDateTime utc = cable.date().withOffsetSameInstant(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%03d%02d%02d", utc.getDayOfYear(), utc.getHour(), utc.getMinute());
    }

    private static String stationSerial(Cable cable) {
        if (cable.transmission().stationSerial() != null) {
            return cable.transmission().stationSerial();
        }
        return PostNames.parts(cable.referenceId())
                .map(p -> String.format(Locale.ROOT, "%04d", p.serial() % 10_000))
                .orElse("0000");
    }

    private static String originator(Cable cable) {
        return cable.transmission().originator();
    }

    // ---------------------------------------------------------------- text

    private List<String> textLines(Cable cable) {
        List<String> lines = new ArrayList<>();
        lines.add(banner(cable, bannerPost(cable), serial(cable), 1, 1));
        lines.add("");
        int before = lines.size();
        if (cable.handling().contains("SBU")) {
            lines.add("SENSITIVE");
        }
        lines.addAll(cable.captions());
        for (String caveat : cable.handling()) {
            if (!caveat.equals("SBU")) {
                lines.add(caveat.equals("FOUO") ? "FOR OFFICIAL USE ONLY" : caveat);
            }
        }
        if (lines.size() > before) {
            lines.add("");
        }
        Declassification decl = cable.declassification();
        if (decl != null) {
            String authority = decl.authority() == null ? "" : decl.authority() + ": ";
            lines.add(
                    decl.kind() == Declassification.Kind.NOT_APPLICABLE
                            ? authority + declText(decl)
                            : authority + "DECL: " + declText(decl));
        }
        if (!cable.tags().isEmpty()) {
            lines.addAll(wrapTokens("TAGS: ", cable.tags()));
        }
        if (cable.subject() != null && !cable.subject().isBlank()) {
            lines.addAll(wrapper.wrap("SUBJECT: " + cable.subject(), 0));
        }
        lines.add("");
        addReferences(lines, cable.references());
        if (cable.classifiedBy() != null) {
            lines.addAll(wrapper.wrap("Classified By: " + cable.classifiedBy().text(), 0));
            lines.add("");
        }
        for (Paragraph p : cable.paragraphs()) {
            String prefix = paragraphPrefix(p);
            String body = p.text() == null ? "" : p.text();
            String written = wrapper.fits(body, prefix.length()) ? body : wrapper.fill(body, prefix.length());
            String[] paragraphLines = (prefix + written).split("\n", -1);
            for (String line : paragraphLines) {
                lines.add(line);
            }
            lines.add("");
        }
        lines.addAll(cable.signers());
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String declText(Declassification decl) {
        if (decl.text() != null) {
            return decl.text();
        }
        return switch (decl.kind()) {
            case DATE -> decl.on() == null ? "" : DECL_DATE.format(decl.on());
            case NOT_APPLICABLE -> "N/A";
            case OADR -> "OADR";
            default -> "";
        };
    }

    private static String paragraphPrefix(Paragraph p) {
        StringBuilder prefix = new StringBuilder();
        if (p.number() != null) {
            prefix.append('¶').append(p.number()).append(". ");
        }
        if (p.marking() != null) {
            prefix.append('(').append(p.marking()).append(") ");
        }
        return prefix.toString();
    }

    private static void addReferences(List<String> lines, List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        if (references.size() == 1) {
            lines.add("REF: " + references.get(0).text());
        } else {
            for (int i = 0; i < references.size(); i++) {
                lines.add((i == 0 ? "REF: " : "     ") + listLetter(i) + ". "
                        + references.get(i).text());
            }
        }
        lines.add("");
    }

    private static String listLetter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letter.repeat(index / 26 + 1);
    }

    /** Wraps a list of tokens that must not be broken (a person tag such as {@code OVIP (DOE, JANE)} is one). */
    private List<String> wrapTokens(String label, List<String> tokens) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(label);
        boolean empty = true;
        for (String token : tokens) {
            if (!empty && line.length() + 1 + token.length() > wrapper.width()) {
                lines.add(line.toString());
                line.setLength(0);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(token);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private static String banner(Cable cable, String post, String serial, int section, int sections) {
        StringBuilder b = new StringBuilder(cable.classification().banner());
        if (sections > 1) {
            b.append(" SECTION ").append(twoDigits(section)).append(" OF ").append(twoDigits(sections));
        }
        if (post != null) {
            b.append(' ').append(post);
        }
        if (serial != null) {
            b.append(' ').append(serial);
        }
        return b.toString();
    }

    private static String pageMarker(String post, String serial, int section, int sections) {
        String serial8 = serial == null ? "" : " " + "00" + serial;
        return (post == null ? "" : post) + serial8 + " " + threeDigits(section) + " OF " + threeDigits(sections);
    }

    private static String bannerPost(Cable cable) {
        return PostNames.parts(cable.referenceId())
                .map(p -> PostNames.bannerName(p.post(), cable.transmission().originator()))
                .orElse(null);
    }

    private static String serial(Cable cable) {
        return PostNames.parts(cable.referenceId())
                .map(p -> String.format(Locale.ROOT, "%06d", p.serial()))
                .orElse(null);
    }

    // ---------------------------------------------------------------- sections

    /**
     * Cuts the text into sections of at most {@code sectionSize} characters. Like a clerk, the cut prefers the end of
     * a paragraph (just after a blank line) in the second half of the section, and falls back to a line boundary.
     */
    private List<List<String>> cut(List<String> lines) {
        List<List<String>> chunks = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int size = 0;
            int end = start;
            while (end < lines.size() && (end == start || size + lines.get(end).length() + 1 <= sectionSize)) {
                size += lines.get(end).length() + 1;
                end++;
            }
            if (end < lines.size()) {
                int half = 0;
                int blankCut = -1;
                for (int i = start; i < end; i++) {
                    half += lines.get(i).length() + 1;
                    if (lines.get(i).isEmpty() && half >= sectionSize / 2) {
                        blankCut = i + 1;
                    }
                }
                if (blankCut > start && blankCut < end) {
                    end = blankCut;
                }
            }
            chunks.add(new ArrayList<>(lines.subList(start, end)));
            start = end;
        }
        return chunks;
    }

    private static String joinLines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String threeDigits(int n) {
        return String.format(Locale.ROOT, "%03d", n);
    }
}
