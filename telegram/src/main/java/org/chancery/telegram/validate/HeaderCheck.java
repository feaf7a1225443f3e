package org.chancery.telegram.validate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostNames;

/** Security warning, date-time group, sections and reference ids (rules H001–H003, S001, R001–R003). */
final class HeaderCheck implements Check {
    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1945-01-01T00:00Z");

    @Override
    public void check(Cable cable, Consumer<Finding> findings) {
        String id = cable.referenceId();
        Transmission t = cable.transmission();
        if (t.securityWarning() != null && cable.classification() != null) {
            String expected = cable.classification().securityWarning();
            if (!t.securityWarning().trim().startsWith(expected)) {
                findings.accept(Finding.of(
                        Rule.H001,
                        id,
                        "FL4 reads " + t.securityWarning() + " but a "
                                + cable.classification().label() + " cable carries " + expected));
            }
        }
        if (t.dateTimeGroup() != null && t.dateTime() == null) {
            findings.accept(Finding.of(Rule.H002, id, "date-time group " + t.dateTimeGroup() + " cannot be read"));
        } else if (t.dateTime() != null
                && cable.date() != null
                && Duration.between(t.dateTime(), cable.date()).abs().toHours() > 36) {
            findings.accept(Finding.of(
                    Rule.H002,
                    id,
                    "date-time group " + t.dateTimeGroup() + " is far from the cable date " + cable.date()));
        }
        if (cable.date() != null
                && (cable.date().isBefore(EARLIEST) || cable.date().isAfter(OffsetDateTime.now()))) {
            findings.accept(Finding.of(Rule.H003, id, "date " + cable.date() + " is before 1945 or in the future"));
        }
        Integer sections = cable.sections();
        Integer section = t.section();
        if ((sections != null && sections < 1)
                || (section != null && section < 1)
                || (sections != null && section != null && section > sections)) {
            findings.accept(Finding.of(
                    Rule.S001, id, "section " + section + " of " + sections + " is not a possible section number"));
        }
        var parts = PostNames.parts(id);
        if (parts.isEmpty()) {
            findings.accept(Finding.of(Rule.R001, id, "reference id " + id + " is not year, post and serial"));
        } else if (cable.date() != null && !parts.get().year().equals(twoDigitYear(cable.date()))) {
            findings.accept(Finding.of(
                    Rule.R001,
                    id,
                    "reference id " + id + " names a year other than the cable's "
                            + cable.date().getYear()));
        }
        for (Reference ref : cable.references()) {
            if (ref.id() == null) {
                continue;
            }
            var cited = PostNames.parts(ref.id());
            if (cited.isEmpty()) {
                findings.accept(Finding.of(Rule.R002, id, "REF " + ref.text() + " cites malformed id " + ref.id()));
            } else if (parts.isPresent()
                    && fullYear(cited.get().year()) > fullYear(parts.get().year())) {
                findings.accept(Finding.of(Rule.R003, id, "REF " + ref.id() + " is of a later year than the cable"));
            }
        }
    }

    private static String twoDigitYear(OffsetDateTime date) {
        return String.format("%02d", date.getYear() % 100);
    }

    /** Cablegate ids run from 1966 to 2010: 50–99 are the twentieth century. */
    private static int fullYear(String twoDigits) {
        int y = Integer.parseInt(twoDigits);
        return y >= 50 ? 1900 + y : 2000 + y;
    }
}
