package org.chancery.synthetic.roundtrip;

import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.write.WrittenTelegram;

/**
 * What the written format cannot carry, made equal on both sides before comparing — kept to the minimum:
 *
 * <ol>
 *   <li>the source text ({@code header}, {@code body}): compared through {@link Cable#withoutSourceText()};
 *   <li>the section count and the FL3 section number are decided by the writer's section size, not by the model:
 *       the expected cable takes them from the written telegram ({@code n} sections and section 1 when cut, none
 *       otherwise); a reader that says 1 section for an uncut telegram is taken to mean "not cut";
 *   <li>the summary is compared with its white space collapsed, since the text wraps it over lines.
 * </ol>
 */
final class RoundTripNormalisation {
    private RoundTripNormalisation() {}

    static Cable expected(Cable original, WrittenTelegram written) {
        int n = written.sectionCount();
        return normalised(original, n > 1 ? n : null, n > 1 ? 1 : null);
    }

    static Cable actual(Cable read) {
        Integer sections = read.sections() != null && read.sections() == 1 ? null : read.sections();
        Integer section = sections == null
                        && read.transmission().section() != null
                        && read.transmission().section() == 1
                ? null
                : read.transmission().section();
        return normalised(read, sections, section);
    }

    private static Cable normalised(Cable c, Integer sections, Integer section) {
        Transmission t = c.transmission();
        Transmission transmission = new Transmission(
                t.transmissionId(),
                t.channel(),
                t.channelSequence(),
                t.precedenceProsigns(),
                t.routingIndicators(),
                t.originatingStation(),
                t.stationSerial(),
                section,
                t.filingTime(),
                t.securityWarning(),
                t.precedence(),
                t.dateTimeGroup(),
                t.dateTime(),
                t.originator(),
                t.originatorRoute(),
                t.relayRoutes(),
                t.actionOffices(),
                t.infoOffices());
        String summary = c.summary() == null ? null : c.summary().trim().replaceAll("\\s+", " ");
        return c.toBuilder()
                .summary(summary)
                .transmission(transmission)
                .sections(sections)
                .header("")
                .body("")
                .build();
    }
}
