package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.chancery.archive.jdbc.DatabaseException;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.store.VersionWriter.NewVersion;
import org.chancery.telegram.model.Cable;

/**
 * The JDBC store, on SQLite or PostgreSQL, with the schema migrated by Flyway on open. One connection, used by one
 * thread at a time (methods are synchronized): the import writes from a single thread, and SQLite allows only one
 * writer anyway.
 */
public final class JdbcCableStore implements CableStore {

    private final Connection connection;
    private final VersionLoader loader;

    private JdbcCableStore(Connection connection) {
        this.connection = connection;
        this.loader = new VersionLoader(connection);
    }

    /** Opens the store, creating or migrating its schema first. */
    public static JdbcCableStore open(DatabaseTarget target) {
        return connect(Schema.migrate(target), target);
    }

    /** Opens the store on a database already migrated ({@link Schema#migrate}). */
    public static JdbcCableStore connect(DataSource migrated, DatabaseTarget target) {
        try {
            Connection connection = migrated.getConnection();
            connection.setAutoCommit(false);
            return new JdbcCableStore(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + target.describe(), e);
        }
    }

    @Override
    public synchronized List<WriteOutcome> write(List<Cable> cables) {
        try {
            List<WriteOutcome> outcomes = writeInTransaction(cables);
            connection.commit();
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e instanceof RuntimeException r ? r : new DatabaseException("cannot store the batch", e);
        }
    }

    @Override
    public synchronized <T> T writeTogether(WriteTogether<T> work) {
        try {
            T result = work.run(connection, new InTransaction() {
                @Override
                public boolean contains(String referenceId) throws SQLException {
                    try (PreparedStatement ps =
                            connection.prepareStatement("SELECT 1 FROM cable WHERE reference_id = ?")) {
                        ps.setString(1, referenceId);
                        try (var rs = ps.executeQuery()) {
                            return rs.next();
                        }
                    }
                }

                @Override
                public List<WriteOutcome> write(List<Cable> cables) throws SQLException {
                    return writeInTransaction(cables);
                }
            });
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e instanceof RuntimeException r ? r : new DatabaseException("cannot store the batch", e);
        }
    }

    private List<WriteOutcome> writeInTransaction(List<Cable> cables) throws SQLException {
        Map<String, KnownContents> known = knownContents(cables);
        List<WriteOutcome.Kind> kinds = new ArrayList<>(cables.size());
        List<Cable> toWrite = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        for (Cable cable : cables) {
            String hash = ContentHash.of(cable);
            KnownContents k = known.computeIfAbsent(cable.referenceId(), id -> new KnownContents());
            if (!k.hashes.add(hash)) {
                kinds.add(WriteOutcome.Kind.UNCHANGED);
                continue;
            }
            k.lastVersion++;
            kinds.add(k.lastVersion == 1 ? WriteOutcome.Kind.NEW_CABLE : WriteOutcome.Kind.NEW_VERSION);
            toWrite.add(cable);
            hashes.add(hash);
            versions.add(k.lastVersion);
        }
        List<NewVersion> written = new ArrayList<>(toWrite.size());
        if (!toWrite.isEmpty()) {
            long first = reserveSequences(toWrite.size());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < toWrite.size(); i++) {
                Cable c = toWrite.get(i);
                written.add(new NewVersion(
                        new StoredCable(c.referenceId(), versions.get(i), first + i, now, c), hashes.get(i)));
            }
            new VersionWriter(connection).insert(written);
            pointCablesAtLatest(written);
        }
        List<WriteOutcome> outcomes = new ArrayList<>(cables.size());
        var next = written.iterator();
        for (int i = 0; i < cables.size(); i++) {
            WriteOutcome.Kind kind = kinds.get(i);
            StoredCable stored =
                    kind == WriteOutcome.Kind.UNCHANGED ? null : next.next().stored();
            outcomes.add(new WriteOutcome(cables.get(i).referenceId(), kind, stored));
        }
        return outcomes;
    }

    /** The stored contents of a cable: every version's hash and the highest version number. */
    private static final class KnownContents {
        final Set<String> hashes = new HashSet<>();
        int lastVersion;
    }

    private Map<String, KnownContents> knownContents(List<Cable> cables) throws SQLException {
        List<String> ids = new ArrayList<>(
                new LinkedHashSet<>(cables.stream().map(Cable::referenceId).toList()));
        Map<String, KnownContents> known = new HashMap<>();
        for (int from = 0; from < ids.size(); from += VersionLoader.PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + VersionLoader.PAGE));
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT reference_id, version, content_hash FROM cable_version WHERE reference_id IN "
                            + VersionLoader.placeholders(page.size()))) {
                for (int i = 0; i < page.size(); i++) {
                    ps.setString(i + 1, page.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        KnownContents k = known.computeIfAbsent(rs.getString(1), id -> new KnownContents());
                        k.lastVersion = Math.max(k.lastVersion, rs.getInt(2));
                        k.hashes.add(rs.getString(3));
                    }
                }
            }
        }
        return known;
    }

    /**
     * Takes {@code n} sequence numbers. The row update holds a lock until commit, so concurrent writers (on
     * PostgreSQL) take turns and sequences become visible in increasing order.
     */
    private long reserveSequences(int n) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE store_state SET last_sequence = last_sequence + ? WHERE id = 1")) {
            update.setLong(1, n);
            update.executeUpdate();
        }
        return lastSequenceInTransaction() - n + 1;
    }

    private void pointCablesAtLatest(List<NewVersion> written) throws SQLException {
        // One row per id: PostgreSQL refuses a multi-row upsert that touches the same row twice.
        Map<String, StoredCable> latest = new LinkedHashMap<>();
        written.forEach(v -> latest.put(v.stored().referenceId(), v.stored()));
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO cable (reference_id, latest_version, latest_sequence) VALUES (?, ?, ?)"
                        + " ON CONFLICT (reference_id) DO UPDATE SET latest_version = excluded.latest_version,"
                        + " latest_sequence = excluded.latest_sequence")) {
            for (StoredCable s : latest.values()) {
                ps.setString(1, s.referenceId());
                ps.setInt(2, s.version());
                ps.setLong(3, s.sequence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public synchronized Optional<StoredCable> latest(String referenceId) {
        return loadOne("SELECT latest_sequence FROM cable WHERE reference_id = ?", referenceId, null);
    }

    @Override
    public synchronized Optional<StoredCable> version(String referenceId, int version) {
        return loadOne(
                "SELECT sequence FROM cable_version WHERE reference_id = ? AND version = ?", referenceId, version);
    }

    @Override
    public synchronized List<StoredCable> versions(String referenceId) {
        return read(() -> loader.load(sequences(
                "SELECT sequence FROM cable_version WHERE reference_id = ? ORDER BY version", referenceId, null)));
    }

    private Optional<StoredCable> loadOne(String sql, String referenceId, Integer version) {
        return read(
                () -> loader.load(sequences(sql, referenceId, version)).stream().findFirst());
    }

    private List<Long> sequences(String sql, String referenceId, Integer version) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, referenceId);
            if (version != null) {
                ps.setInt(2, version);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    @Override
    public void forEachLatestSince(long afterSequence, Consumer<StoredCable> visitor) {
        long after = afterSequence;
        while (true) {
            List<StoredCable> page = latestPage(after);
            if (page.isEmpty()) {
                return;
            }
            // The visitor runs outside the lock and between pages, so it may use the store itself.
            page.forEach(visitor);
            after = page.getLast().sequence();
        }
    }

    private synchronized List<StoredCable> latestPage(long after) {
        return read(() -> {
            List<Long> sequences = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT latest_sequence FROM cable WHERE latest_sequence > ? ORDER BY latest_sequence LIMIT "
                            + VersionLoader.PAGE)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sequences.add(rs.getLong(1));
                    }
                }
            }
            return loader.load(sequences);
        });
    }

    @Override
    public synchronized List<String> citedBy(String referenceId) {
        return read(() -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps =
                    connection.prepareStatement("SELECT DISTINCT c.reference_id FROM cable c JOIN version_reference r"
                            + " ON r.sequence = c.latest_sequence WHERE r.cited_id = ? ORDER BY c.reference_id")) {
                ps.setString(1, referenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public synchronized long count() {
        return read(() -> singleLong("SELECT COUNT(*) FROM cable"));
    }

    @Override
    public synchronized long versionCount() {
        return read(() -> singleLong("SELECT COUNT(*) FROM cable_version"));
    }

    @Override
    public synchronized long lastSequence() {
        return read(this::lastSequenceInTransaction);
    }

    private long lastSequenceInTransaction() throws SQLException {
        return singleLong("SELECT last_sequence FROM store_state WHERE id = 1");
    }

    private long singleLong(String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs a read and ends its transaction, so that a long-lived connection never pins an old snapshot. */
    private <T> T read(SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw new DatabaseException("cannot read the store", e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("cannot close the store", e);
        }
    }
}
