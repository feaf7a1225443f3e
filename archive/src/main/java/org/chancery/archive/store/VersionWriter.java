package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/**
 * Writes new versions into the normalised tables with one batched prepared statement per table. Runs inside the
 * caller's transaction.
 */
final class VersionWriter {

    /** A version about to be written, with its content hash. */
    record NewVersion(StoredCable stored, String contentHash) {}

    private final Connection connection;

    VersionWriter(Connection connection) {
        this.connection = connection;
    }

    void insert(List<NewVersion> versions) throws SQLException {
        insertVersions(versions);
        insertTransmissions(versions);
        insertTerms(versions);
        insertAddressees(versions);
        insertReferences(versions);
        insertParagraphs(versions);
        insertDeclassifications(versions);
        insertClassifiedBy(versions);
    }

    private void insertVersions(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO cable_version (sequence, reference_id, version, content_hash, imported_at, origin,"
                        + " cable_date, cable_year, classification, subject, summary, is_partial, sections, header,"
                        + " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                StoredCable s = v.stored();
                Cable c = s.cable();
                ps.setLong(1, s.sequence());
                ps.setString(2, s.referenceId());
                ps.setInt(3, s.version());
                ps.setString(4, v.contentHash());
                ps.setString(5, s.importedAt().toString());
                ps.setString(6, c.origin());
                ps.setString(7, c.date() == null ? null : c.date().toString());
                setInteger(ps, 8, c.date() == null ? null : c.date().getYear());
                ps.setString(
                        9,
                        c.classification() == null ? null : c.classification().name());
                ps.setString(10, c.subject());
                ps.setString(11, c.summary());
                ps.setBoolean(12, c.partial());
                setInteger(ps, 13, c.sections());
                ps.setString(14, c.header());
                ps.setString(15, c.body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertTransmissions(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_transmission (sequence, transmission_id, channel, channel_sequence,"
                        + " precedence_prosigns, originating_station, station_serial, section_number, filing_time,"
                        + " security_warning, precedence, date_time_group, date_time, originator, originator_route)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                Transmission t = v.stored().cable().transmission();
                if (t.isEmpty()) {
                    continue;
                }
                ps.setLong(1, v.stored().sequence());
                ps.setString(2, t.transmissionId());
                ps.setString(3, t.channel());
                ps.setString(4, t.channelSequence());
                ps.setString(5, t.precedenceProsigns());
                ps.setString(6, t.originatingStation());
                ps.setString(7, t.stationSerial());
                setInteger(ps, 8, t.section());
                ps.setString(9, t.filingTime());
                ps.setString(10, t.securityWarning());
                ps.setString(11, t.precedence());
                ps.setString(12, t.dateTimeGroup());
                ps.setString(13, t.dateTime() == null ? null : t.dateTime().toString());
                ps.setString(14, t.originator());
                ps.setString(15, t.originatorRoute());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertTerms(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_term (sequence, kind, position, term) VALUES (?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                for (TermKind kind : TermKind.values()) {
                    List<String> terms = kind.of(v.stored().cable());
                    for (int i = 0; i < terms.size(); i++) {
                        ps.setLong(1, v.stored().sequence());
                        ps.setString(2, kind.name());
                        ps.setInt(3, i);
                        ps.setString(4, terms.get(i));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private void insertAddressees(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_addressee (sequence, kind, position, route, name, precedence, mcn)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                addAddressees(
                        ps, v.stored().sequence(), "TO", v.stored().cable().to());
                addAddressees(
                        ps, v.stored().sequence(), "INFO", v.stored().cable().info());
            }
            ps.executeBatch();
        }
    }

    private static void addAddressees(PreparedStatement ps, long sequence, String kind, List<Addressee> list)
            throws SQLException {
        for (int i = 0; i < list.size(); i++) {
            Addressee a = list.get(i);
            ps.setLong(1, sequence);
            ps.setString(2, kind);
            ps.setInt(3, i);
            ps.setString(4, a.route());
            ps.setString(5, a.name());
            ps.setString(6, a.precedence());
            ps.setString(7, a.mcn());
            ps.addBatch();
        }
    }

    private void insertReferences(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_reference (sequence, position, cited_id, ref_text) VALUES (?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                List<Reference> refs = v.stored().cable().references();
                for (int i = 0; i < refs.size(); i++) {
                    ps.setLong(1, v.stored().sequence());
                    ps.setInt(2, i);
                    ps.setString(3, refs.get(i).id());
                    ps.setString(4, refs.get(i).text());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertParagraphs(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_paragraph (sequence, position, number, marking, para_text) VALUES (?, ?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                List<Paragraph> paragraphs = v.stored().cable().paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    Paragraph p = paragraphs.get(i);
                    ps.setLong(1, v.stored().sequence());
                    ps.setInt(2, i);
                    setInteger(ps, 3, p.number());
                    ps.setString(4, p.marking());
                    ps.setString(5, p.text());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertDeclassifications(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO version_declassification (sequence, authority, kind, on_date, decl_text)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            for (NewVersion v : versions) {
                var d = v.stored().cable().declassification();
                if (d == null) {
                    continue;
                }
                ps.setLong(1, v.stored().sequence());
                ps.setString(2, d.authority());
                ps.setString(3, d.kind() == null ? null : d.kind().name());
                ps.setString(4, d.on() == null ? null : d.on().toString());
                ps.setString(5, d.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertClassifiedBy(List<NewVersion> versions) throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement("INSERT INTO version_classified_by (sequence, line) VALUES (?, ?)")) {
            for (NewVersion v : versions) {
                var by = v.stored().cable().classifiedBy();
                if (by == null) {
                    continue;
                }
                ps.setLong(1, v.stored().sequence());
                ps.setString(2, by.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
