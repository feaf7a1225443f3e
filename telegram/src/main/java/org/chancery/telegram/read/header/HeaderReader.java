package org.chancery.telegram.read.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.read.DateTimeGroups;
import org.chancery.telegram.read.ParsedHeader;
import org.chancery.telegram.read.text.PageBreaks;

/**
 * Reads the lines of one transmission header, in one pass, into a {@link ParsedHeader}.
 *
 * <p>Lines are recognised by their own shape, not by their position, because real headers come in many layouts:
 * full ACP-127 (FL1–FL8), 1960s–80s headers that start at FL5, exports with a {@code PAGE 01} line and an office block,
 * partial extracts with only a DTG, and headers with e-mail or database noise in front. Lines that match nothing are
 * skipped.
 *
 * <p>Office block codes are kept without their copy counts: {@code INR-05} is read as {@code INR}. {@code ORIGIN}
 * (the drafting office of outgoing Department cables) is read as an action office. Addressees exempted with {@code
 * XMT} are not addressees and are skipped.
 *
 * <p>Page headings that an export prints inside the address block ({@code PAGE 02 STATE 123456 011200Z}, alone, with
 * the level repeated on the next line, or glued onto a {@code TO} line) are not addressees: they are cut out as
 * {@link PageBreaks} cuts them out of the text, and the address list runs on after them. {@code TO} or {@code INFO}
 * alone on its line opens its list, whose addressees start on the next line.
 */
public final class HeaderReader {

    private enum Section {
        NONE,
        FORMAT_LINE_2,
        TO,
        INFO,
        EXEMPT,
        OFFICES_ACTION,
        OFFICES_INFO
    }

    private static final Pattern FL1 = Pattern.compile("VZCZC([A-Z]{0,4}?)([0-9]*)\\b.*");
    private static final Pattern FL2 = Pattern.compile("([A-Z]{1,2}) +((?:R[A-Z0-9]{3,7} *)+)");
    private static final Pattern ROUTING_INDICATORS = Pattern.compile("(?:R[A-Z0-9]{3,7} *)+");
    private static final Pattern FL3 =
            Pattern.compile("DE +(R[A-Z0-9]{2,7}) +#([0-9A-Z]{1,6})(?:/([0-9]{1,3}))?(?: +([0-9]{7}))?.*");
    private static final Pattern FL4 = Pattern.compile("ZN[YR]\\b.*");
    private static final Pattern FL5_PREFIX = Pattern.compile("(?:[A-Z]{1,2}(?: [A-Z]{1,2})?)?\\s*");
    private static final Pattern FM = Pattern.compile("FM\\s+(?:(R[A-Z0-9]{3,7})/)?(.+)");
    private static final Pattern OFFICE_CODE = Pattern.compile("([A-Z][A-Z0-9]{0,7})-[0-9]{1,3}");
    private static final Pattern OFFICE_LINE = Pattern.compile("(?:\\s*[A-Z][A-Z0-9]{0,7}-[0-9]{1,3})+\\s*(?:/.*)?");
    private static final Pattern RELAY = Pattern.compile("ZEX\\b(.*)");
    private static final Pattern RI = Pattern.compile("R[A-Z0-9]{3,7}");

    private final TransmissionBuilder transmission = new TransmissionBuilder();
    private final List<Addressee> to = new ArrayList<>();
    private final List<Addressee> info = new ArrayList<>();
    private Section section = Section.NONE;
    private boolean sawFormatLine3;

    private HeaderReader() {}

    public static ParsedHeader read(String header) {
        HeaderReader reader = new HeaderReader();
        if (header != null) {
            // Lines end at '\n'; a '\r' before it is left on the line, where accept's strip removes it, so this reads
            // the same lines as a split at "\r?\n" without running a regex over the whole header.
            int start = 0;
            for (int end = header.indexOf('\n'); end >= 0; end = header.indexOf('\n', start)) {
                reader.accept(header.substring(start, end));
                start = end + 1;
            }
            reader.accept(header.substring(start));
        }
        return new ParsedHeader(reader.transmission.build(), reader.to, reader.info);
    }

    private void accept(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.length() > 400) {
            return;
        }
        if (section == Section.OFFICES_ACTION || section == Section.OFFICES_INFO) {
            if (readOfficeContinuation(line)) {
                return;
            }
            section = Section.NONE;
        }
        if (line.equals("BT")) {
            section = Section.NONE;
            return;
        }
        if (readFormatLines(line)) {
            return;
        }
        if (readAddressing(line)) {
            return;
        }
        readAddresseeContinuation(line);
    }

    /*
     * Each format-line pattern is matched whole and begins with a literal (VZCZC, DE, ZN, ZEX, FM), so a startsWith
     * test in front of it rejects most lines without running the regex; the outcome is the same.
     */
    private boolean readFormatLines(String line) {
        Matcher m;
        if (transmission.transmissionId == null && line.startsWith("VZCZC") && (m = FL1.matcher(line)).matches()) {
            transmission.transmissionId = line.split("\\s+")[0];
            transmission.channel = m.group(1).isEmpty() ? null : m.group(1);
            transmission.channelSequence = m.group(2).isEmpty() ? null : m.group(2);
            section = Section.FORMAT_LINE_2;
            return true;
        }
        if (!sawFormatLine3 && section == Section.FORMAT_LINE_2) {
            if (transmission.precedenceProsigns == null && (m = FL2.matcher(line)).matches()) {
                transmission.precedenceProsigns = m.group(1);
                addRoutingIndicators(transmission.routingIndicators, m.group(2));
                return true;
            }
            if (transmission.precedenceProsigns != null
                    && ROUTING_INDICATORS.matcher(line).matches()) {
                addRoutingIndicators(transmission.routingIndicators, line);
                return true;
            }
        }
        if (!sawFormatLine3 && line.startsWith("DE") && (m = FL3.matcher(line)).matches()) {
            sawFormatLine3 = true;
            section = Section.NONE;
            transmission.originatingStation = m.group(1);
            transmission.stationSerial = m.group(2);
            transmission.section = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            transmission.filingTime = m.group(4);
            return true;
        }
        if (transmission.securityWarning == null
                && line.startsWith("ZN")
                && FL4.matcher(line).matches()) {
            transmission.securityWarning = line;
            return true;
        }
        if (line.startsWith("PAGE ")) {
            return true; // export page heading: its DTG is the print time, not the message's
        }
        if (transmission.dateTimeGroup == null && readDateTimeGroup(line)) {
            section = Section.NONE;
            return true;
        }
        if (line.startsWith("ZEX") && (m = RELAY.matcher(line)).matches()) {
            Matcher ri = RI.matcher(m.group(1));
            while (ri.find()) {
                transmission.relayRoutes.add(ri.group());
            }
            return true;
        }
        return false;
    }

    private boolean readDateTimeGroup(String line) {
        var found = DateTimeGroups.find(line);
        if (found.isEmpty()) {
            return false;
        }
        String prefix = line.substring(0, found.get().start());
        if (!FL5_PREFIX.matcher(prefix).matches()) {
            return false;
        }
        String prosigns = prefix.strip();
        transmission.precedence = prosigns.isEmpty() ? null : prosigns;
        transmission.dateTimeGroup = found.get().written();
        transmission.dateTime = found.get().dateTime();
        return true;
    }

    private boolean readAddressing(String line) {
        Matcher m;
        if (transmission.originator == null && line.startsWith("FM") && (m = FM.matcher(line)).matches()) {
            transmission.originatorRoute = m.group(1);
            transmission.originator = m.group(2).strip();
            section = Section.NONE;
            return true;
        }
        if (line.startsWith("TO ") || line.equals("TO")) {
            section = Section.TO;
            addAddressee(line.substring(2));
            return true;
        }
        if (line.startsWith("ACTION ") || line.startsWith("ORIGIN ")) {
            if (OFFICE_LINE.matcher(line.substring(7)).matches()) {
                addOffices(transmission.actionOffices, line.substring(7));
                section = Section.OFFICES_ACTION;
                return true;
            }
            return false;
        }
        if (line.equals("INFO")) {
            section = Section.INFO;
            return true;
        }
        if (line.startsWith("INFO ")) {
            String rest = line.substring(5);
            if (OFFICE_LINE.matcher(rest).matches()) {
                addOffices(transmission.infoOffices, rest);
                section = Section.OFFICES_INFO;
            } else {
                section = Section.INFO;
                addAddressee(rest);
            }
            return true;
        }
        if (line.startsWith("XMT ") || line.equals("XMT")) {
            section = Section.EXEMPT;
            return true;
        }
        if (line.startsWith("ZFR") || line.startsWith("ZEN ")) {
            return true; // service lines without an addressee of their own
        }
        return false;
    }

    private void readAddresseeContinuation(String line) {
        if (section == Section.TO || section == Section.INFO) {
            addAddressee(line);
        }
    }

    private boolean readOfficeContinuation(String line) {
        if (line.startsWith("INFO ") && OFFICE_LINE.matcher(line.substring(5)).matches()) {
            addOffices(transmission.infoOffices, line.substring(5));
            section = Section.OFFICES_INFO;
            return true;
        }
        if (OFFICE_LINE.matcher(line).matches() || line.startsWith("/") || line.startsWith("(")) {
            addOffices(section == Section.OFFICES_INFO ? transmission.infoOffices : transmission.actionOffices, line);
            return true;
        }
        return false;
    }

    private void addAddressee(String text) {
        Addressee addressee = AddresseeLines.parse(PageBreaks.strip(text, null));
        if (addressee != null) {
            (section == Section.TO ? to : info).add(addressee);
        }
    }

    private static void addOffices(List<String> target, String text) {
        Matcher m = OFFICE_CODE.matcher(text.toUpperCase(Locale.ROOT));
        while (m.find()) {
            target.add(m.group(1));
        }
    }

    private static void addRoutingIndicators(List<String> target, String text) {
        for (String ri : text.strip().split(" +")) {
            if (!ri.isEmpty()) {
                target.add(ri);
            }
        }
    }
}
