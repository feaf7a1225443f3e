package org.chancery.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database under the audit log must do; one subclass per database. */
abstract class AuditLogContract {

    static final Instant T0 = Instant.parse("2026-03-02T09:15:00.123456789Z");

    abstract TestDatabase freshDatabase() throws Exception;

    /** The SQL that removes the append-only triggers, as someone owning the database could. */
    abstract String[] dropTriggers();

    TestDatabase database;
    JdbcAuditLog log;

    @BeforeEach
    void open() throws Exception {
        database = freshDatabase();
        log = new JdbcAuditLog(database.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        log.close();
        database.close();
    }

    /** Twenty varied events, a minute apart. */
    void appendTwenty() {
        String[] actors = {"hwatson", "mholmes", "operator"};
        AuditAction[] actions = {AuditAction.READ, AuditAction.SEARCH, AuditAction.EXPORT, AuditAction.ADMINISTER};
        for (int i = 0; i < 20; i++) {
            log.record(new AuditEntry(
                    T0.plus(Duration.ofMinutes(i)),
                    actors[i % actors.length],
                    actions[i % actions.length],
                    "07LONDON" + (100 + i),
                    i % 5 != 0,
                    i % 5 == 0 ? "not permitted" : "origin=Embassy London"));
        }
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(log.verify()).isEqualTo(new AuditVerification(0, 0, null));
    }

    @Test
    void recordsChainFromTheGenesisHash() {
        AuditEntry first = new AuditEntry(T0, "hwatson", AuditAction.SIGN_IN, "", true, null);
        AuditRecord one = log.record(first);
        AuditRecord two = log.record(new AuditEntry(T0, "hwatson", AuditAction.READ, "07LONDON1", true, ""));

        assertThat(one.sequence()).isEqualTo(1);
        assertThat(one.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(one.hash())
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, first))
                .hasSize(64);
        assertThat(two.sequence()).isEqualTo(2);
        assertThat(two.previousHash()).isEqualTo(one.hash());
        assertThat(log.query(AuditQuery.all())).containsExactly(one, two);
    }

    @Test
    void anIntactLogVerifies() {
        appendTwenty();

        AuditVerification v = log.verify();

        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(20);
        assertThat(v.firstBadSequence()).isZero();
    }

    @Test
    void triggersRefuseUpdateAndDelete() {
        appendTwenty();

        assertThatThrownBy(() -> database.execute("UPDATE audit_record SET actor = 'x' WHERE sequence = 3"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_record WHERE sequence = 20"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_head")).hasMessageContaining("append-only");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void findsAnEditedField() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        database.execute("UPDATE audit_record SET target = '07LONDON999' WHERE sequence = 10");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(10);
        assertThat(v.problem()).isEqualTo("record 10 was edited: its contents do not match its hash");
    }

    @Test
    void findsAnEditedPermissionEvenWithTheRecordRehashed() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        AuditRecord original = log.query(AuditQuery.all()).get(9);
        AuditEntry e = original.entry();
        AuditEntry forged = new AuditEntry(e.at(), e.actor(), e.action(), e.target(), !e.permitted(), e.detail());
        String rehashed = AuditChain.hash(original.previousHash(), 10, forged);
        database.execute("UPDATE audit_record SET permitted = " + (forged.permitted() ? "TRUE" : "FALSE") + ", hash = '"
                + rehashed + "' WHERE sequence = 10");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(11);
        assertThat(v.problem()).startsWith("broken link: record 11 does not follow record 10");
    }

    @Test
    void findsADeletedMiddleRecord() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        database.execute("DELETE FROM audit_record WHERE sequence = 10");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(10);
        assertThat(v.problem())
                .isEqualTo("record 10 is missing (deleted, or a gap in the log): the record after 9 is 11");
    }

    @Test
    void findsTheNewestRecordsDeleted() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        database.execute("DELETE FROM audit_record WHERE sequence >= 19");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(19);
        assertThat(v.problem())
                .isEqualTo("the newest records were deleted: the head says the log ends at record 20, the log ends"
                        + " at record 18");
    }

    @Test
    void findsReorderedRecords() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        database.execute(
                "UPDATE audit_record SET sequence = -7 WHERE sequence = 7",
                "UPDATE audit_record SET sequence = 7 WHERE sequence = 8",
                "UPDATE audit_record SET sequence = 8 WHERE sequence = -7");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(7);
        assertThat(v.problem()).startsWith("broken link: record 7 does not follow record 6");
    }

    @Test
    void findsARewrittenHead() throws Exception {
        appendTwenty();
        database.execute(dropTriggers());
        database.execute("UPDATE audit_head SET last_hash = '" + "f".repeat(64) + "'");

        AuditVerification v = log.verify();

        assertThat(v.firstBadSequence()).isEqualTo(20);
        assertThat(v.problem()).startsWith("head mismatch");
    }

    @Test
    void concurrentAppendersKeepTheChain() throws Exception {
        int threads = 4;
        int each = 40;
        List<JdbcAuditLog> logs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // A log (so a connection) per thread: the database, not a Java lock, must serialise the appends.
                JdbcAuditLog own = new JdbcAuditLog(database.dataSource());
                logs.add(own);
                String actor = "reader" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        own.record(new AuditEntry(T0.plusMillis(i), actor, AuditAction.READ, "ref" + i, true, ""));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            for (JdbcAuditLog l : logs) {
                l.close();
            }
        }

        AuditVerification v = log.verify();

        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.records()).isEqualTo((long) threads * each);
        assertThat(log.query(new AuditQuery("reader2", null, null, null, null, null, Integer.MAX_VALUE)))
                .hasSize(each);
    }

    @Test
    void queriesFilterByEveryMember() {
        appendTwenty();

        assertThat(log.query(new AuditQuery("hwatson", null, null, null, null, null, 100)))
                .extracting(r -> r.sequence())
                .containsExactly(1L, 4L, 7L, 10L, 13L, 16L, 19L);
        assertThat(log.query(new AuditQuery(null, AuditAction.EXPORT, null, null, null, null, 100)))
                .extracting(r -> r.sequence())
                .containsExactly(3L, 7L, 11L, 15L, 19L);
        assertThat(log.query(new AuditQuery(null, null, "07LONDON105", null, null, null, 100)))
                .extracting(r -> r.sequence())
                .containsExactly(6L);
        assertThat(log.query(new AuditQuery(null, null, null, false, null, null, 100)))
                .extracting(r -> r.sequence())
                .containsExactly(1L, 6L, 11L, 16L);
        assertThat(log.query(new AuditQuery(
                        null, null, null, null, T0.plus(Duration.ofMinutes(3)), T0.plus(Duration.ofMinutes(6)), 100)))
                .extracting(r -> r.sequence())
                .containsExactly(4L, 5L, 6L);
        assertThat(log.query(new AuditQuery("hwatson", null, null, true, null, null, 2)))
                .extracting(r -> r.sequence())
                .containsExactly(13L, 19L);
        assertThat(log.query(new AuditQuery(null, null, null, null, null, null, 0)))
                .isEmpty();
    }
}
