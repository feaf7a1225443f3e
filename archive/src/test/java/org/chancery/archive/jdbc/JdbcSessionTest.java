package org.chancery.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSessionTest {

    private static final JdbcSession.Work<Long> COUNT_NOTES = c -> {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getLong(1);
        }
    };

    @TempDir
    Path dir;

    @Test
    void aReadDoesNotWaitForAWriterOfTheSameSqliteFileAndSeesTheLastCommit() throws Exception {
        DataSource db = Schema.migrate(DatabaseTarget.sqlite(dir.resolve("chancery.db")));
        // threads of the test's own: the common pool may have a single thread, which the slow write would take
        try (ExecutorService threads = Executors.newFixedThreadPool(3);
                JdbcSession writer = new JdbcSession(db);
                JdbcSession reader = new JdbcSession(db)) {
            writer.transaction("create a table", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE note (n INTEGER)");
                    s.execute("INSERT INTO note VALUES (1)");
                }
                return null;
            });
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Void> slowWrite = CompletableFuture.runAsync(
                    () -> writer.transaction("write slowly", c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("INSERT INTO note VALUES (2)");
                        }
                        writing.countDown();
                        try {
                            finish.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    }),
                    threads);
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            // the writer holds the file's turn and an open write: the read neither waits nor sees the uncommitted row
            CompletableFuture<Long> count =
                    CompletableFuture.supplyAsync(() -> reader.read("count notes", COUNT_NOTES), threads);
            assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1L);

            // a transaction, by contrast, takes its turn after the writer
            CompletableFuture<Long> afterTurn = CompletableFuture.supplyAsync(
                    () -> reader.transaction("count notes in turn", COUNT_NOTES), threads);
            Thread.sleep(200);
            assertThat(afterTurn).isNotDone();
            finish.countDown();
            slowWrite.get(10, TimeUnit.SECONDS);
            assertThat(afterTurn.get(10, TimeUnit.SECONDS)).isEqualTo(2L);
        }
    }
}
