package org.chancery.messaging.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.chancery.archive.Archive;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingFixture;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serials are gapless per post and year and never given twice, also when several server processes release at once:
 * each "process" here has its own archive and messaging over the same database, with connections of its own.
 */
class ReleaseNumberingTest {

    private static final int NODES = 4;
    private static final int EACH = 8;

    @TempDir
    Path dir;

    @Test
    void concurrentReleasesOnSqliteTakeEveryNumberOnce() throws Exception {
        try (MessagingFixture f = MessagingFixture.sqlite(dir, Clock.systemUTC())) {
            releaseConcurrently(f, f.archive.location().database());
        }
    }

    @Test
    void concurrentReleasesOnPostgresTakeEveryNumberOnce() throws Exception {
        assumeTrue(MessagingFixture.postgresAvailable(), "CHANCERY_TEST_PG_URL names no PostgreSQL server");
        try (MessagingFixture f = MessagingFixture.postgres(dir, Clock.systemUTC())) {
            releaseConcurrently(f, f.archive.location().database());
        }
    }

    private void releaseConcurrently(MessagingFixture f, DatabaseTarget target) throws Exception {
        RoutingEntry london = f.messaging.directory().resolve("RUEHLO");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < NODES * EACH; i++) {
            drafts.add(f.messaging
                    .drafts()
                    .create(f.drafter, london, MessagingFixture.londonDraft("ROUTINE"), Draft.Kind.ORIGINAL, null)
                    .id());
        }
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                List<Long> mine = drafts.subList(n * EACH, (n + 1) * EACH);
                Path nodeDir = dir.resolve("node" + n);
                running.add(pool.submit((Callable<Void>) () -> {
                    try (Archive archive = Archive.open(new ArchiveLocation(nodeDir, target), Clock.systemUTC());
                            Messaging node = Messaging.open(archive, MessagingSettings.defaults())) {
                        for (long id : mine) {
                            ids.add(node.releaseDesk().release(f.releaser, id).referenceId());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> r : running) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String year = ids.get(0).substring(0, 2);
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, NODES * EACH)
                        .mapToObj(i -> year + "LONDON" + i)
                        .toList());
        assertThat(f.messaging.outbox().depth().queued()).isEqualTo(2L * NODES * EACH);
    }
}
