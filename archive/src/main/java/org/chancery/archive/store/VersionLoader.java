package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/**
 * Rebuilds stored versions from the normalised tables. Loads many versions with one query per table (an IN list of
 * sequences), so that a full scan costs a few queries per page rather than per cable.
 */
final class VersionLoader {

    /** Small enough for every database's parameter limit, large enough to amortise the queries. */
    static final int PAGE = 500;

    private final Connection connection;

    VersionLoader(Connection connection) {
        this.connection = connection;
    }

    /** The versions with these sequences, in the given order (unknown sequences are left out). */
    List<StoredCable> load(List<Long> sequences) throws SQLException {
        List<StoredCable> result = new ArrayList<>(sequences.size());
        for (int from = 0; from < sequences.size(); from += PAGE) {
            result.addAll(loadPage(sequences.subList(from, Math.min(sequences.size(), from + PAGE))));
        }
        return result;
    }

    private List<StoredCable> loadPage(List<Long> sequences) throws SQLException {
        Map<Long, Rows> rows = new LinkedHashMap<>();
        sequences.forEach(s -> rows.put(s, null));
        String in = placeholders(sequences.size());
        query(
                "SELECT sequence, reference_id, version, imported_at, origin, cable_date, classification, subject,"
                        + " summary, is_partial, sections, header, body FROM cable_version WHERE sequence IN " + in,
                sequences,
                rs -> rows.put(rs.getLong(1), new Rows(rs)));
        rows.values().removeIf(r -> r == null);
        query(
                "SELECT sequence, transmission_id, channel, channel_sequence, precedence_prosigns,"
                        + " originating_station, station_serial, section_number, filing_time, security_warning,"
                        + " precedence, date_time_group, date_time, originator, originator_route"
                        + " FROM version_transmission WHERE sequence IN " + in,
                sequences,
                rs -> rows.get(rs.getLong(1)).transmission = new TransmissionRow(rs));
        query(
                "SELECT sequence, kind, term FROM version_term WHERE sequence IN " + in
                        + " ORDER BY sequence, kind, position",
                sequences,
                rs -> rows.get(rs.getLong(1))
                        .terms
                        .computeIfAbsent(TermKind.valueOf(rs.getString(2)), k -> new ArrayList<>())
                        .add(rs.getString(3)));
        query(
                "SELECT sequence, kind, route, name, precedence, mcn FROM version_addressee WHERE sequence IN " + in
                        + " ORDER BY sequence, kind, position",
                sequences,
                rs -> {
                    Rows r = rows.get(rs.getLong(1));
                    var a = new Addressee(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    ("TO".equals(rs.getString(2)) ? r.to : r.info).add(a);
                });
        query(
                "SELECT sequence, cited_id, ref_text FROM version_reference WHERE sequence IN " + in
                        + " ORDER BY sequence, position",
                sequences,
                rs -> rows.get(rs.getLong(1)).references.add(new Reference(rs.getString(2), rs.getString(3))));
        query(
                "SELECT sequence, number, marking, para_text FROM version_paragraph WHERE sequence IN " + in
                        + " ORDER BY sequence, position",
                sequences,
                rs -> rows.get(rs.getLong(1))
                        .paragraphs
                        .add(new Paragraph(intOrNull(rs, 2), rs.getString(3), rs.getString(4))));
        query(
                "SELECT sequence, authority, kind, on_date, decl_text FROM version_declassification WHERE sequence IN "
                        + in,
                sequences,
                rs -> rows.get(rs.getLong(1)).declassification = new Declassification(
                        rs.getString(2),
                        rs.getString(3) == null ? null : Declassification.Kind.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                        rs.getString(5)));
        query("SELECT sequence, line FROM version_classified_by WHERE sequence IN " + in, sequences, rs -> {
            Rows r = rows.get(rs.getLong(1));
            r.hasClassifiedBy = true;
            r.classifiedByLine = rs.getString(2);
        });
        List<StoredCable> result = new ArrayList<>(rows.size());
        for (Rows r : rows.values()) {
            result.add(r.toStoredCable());
        }
        return result;
    }

    static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Long> sequences, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < sequences.size(); i++) {
                ps.setLong(i + 1, sequences.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime parseDateTime(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    private record TransmissionRow(
            String transmissionId,
            String channel,
            String channelSequence,
            String precedenceProsigns,
            String originatingStation,
            String stationSerial,
            Integer section,
            String filingTime,
            String securityWarning,
            String precedence,
            String dateTimeGroup,
            OffsetDateTime dateTime,
            String originator,
            String originatorRoute) {

        TransmissionRow(ResultSet rs) throws SQLException {
            this(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    intOrNull(rs, 8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    parseDateTime(rs.getString(13)),
                    rs.getString(14),
                    rs.getString(15));
        }

        static final TransmissionRow NONE =
                new TransmissionRow(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The rows of one version while its tables are read. */
    private static final class Rows {
        final String referenceId;
        final int version;
        final long sequence;
        final Instant importedAt;
        final String origin;
        final OffsetDateTime date;
        final Classification classification;
        final String subject;
        final String summary;
        final boolean partial;
        final Integer sections;
        final String header;
        final String body;
        TransmissionRow transmission = TransmissionRow.NONE;
        final Map<TermKind, List<String>> terms = new EnumMap<>(TermKind.class);
        final List<Addressee> to = new ArrayList<>();
        final List<Addressee> info = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        final List<Paragraph> paragraphs = new ArrayList<>();
        Declassification declassification;
        boolean hasClassifiedBy;
        String classifiedByLine;

        Rows(ResultSet rs) throws SQLException {
            sequence = rs.getLong(1);
            referenceId = rs.getString(2);
            version = rs.getInt(3);
            importedAt = Instant.parse(rs.getString(4));
            origin = rs.getString(5);
            date = parseDateTime(rs.getString(6));
            classification = rs.getString(7) == null ? null : Classification.valueOf(rs.getString(7));
            subject = rs.getString(8);
            summary = rs.getString(9);
            partial = rs.getBoolean(10);
            sections = intOrNull(rs, 11);
            header = rs.getString(12);
            body = rs.getString(13);
        }

        List<String> terms(TermKind kind) {
            return terms.getOrDefault(kind, List.of());
        }

        StoredCable toStoredCable() {
            TransmissionRow t = transmission;
            Transmission tx = new Transmission(
                    t.transmissionId(),
                    t.channel(),
                    t.channelSequence(),
                    t.precedenceProsigns(),
                    terms(TermKind.ROUTING_INDICATOR),
                    t.originatingStation(),
                    t.stationSerial(),
                    t.section(),
                    t.filingTime(),
                    t.securityWarning(),
                    t.precedence(),
                    t.dateTimeGroup(),
                    t.dateTime(),
                    t.originator(),
                    t.originatorRoute(),
                    terms(TermKind.RELAY_ROUTE),
                    terms(TermKind.ACTION_OFFICE),
                    terms(TermKind.INFO_OFFICE));
            ClassifiedBy classifiedBy = hasClassifiedBy
                    ? new ClassifiedBy(
                            classifiedByLine, terms(TermKind.CLASSIFIED_BY_NAME), terms(TermKind.CLASSIFIED_BY_REASON))
                    : null;
            Cable cable = new Cable(
                    referenceId,
                    origin,
                    date,
                    classification,
                    terms(TermKind.HANDLING),
                    terms(TermKind.CAPTION),
                    subject,
                    terms(TermKind.TAG),
                    references,
                    declassification,
                    classifiedBy,
                    terms(TermKind.SIGNER),
                    summary,
                    to,
                    info,
                    paragraphs,
                    partial,
                    tx,
                    sections,
                    header,
                    body);
            return new StoredCable(referenceId, version, sequence, importedAt, cable);
        }
    }
}
