package org.chancery.messaging;

import java.nio.file.Path;
import java.time.Clock;

class SqliteMessagingFlowTest extends MessagingFlowContract {
    @Override
    MessagingFixture open(Path dir, Clock clock) {
        return MessagingFixture.sqlite(dir, clock);
    }
}
