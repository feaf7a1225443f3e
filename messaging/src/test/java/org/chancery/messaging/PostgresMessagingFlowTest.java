package org.chancery.messaging;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;

class PostgresMessagingFlowTest extends MessagingFlowContract {
    @Override
    MessagingFixture open(Path dir, Clock clock) throws Exception {
        assumeTrue(MessagingFixture.postgresAvailable(), "CHANCERY_TEST_PG_URL names no PostgreSQL server");
        return MessagingFixture.postgres(dir, clock);
    }
}
