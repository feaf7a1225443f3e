package org.chancery.messaging.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chancery.messaging.MessagingFixture;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.telegram.model.Precedence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher serves FLASH first, then NIACT, IMMEDIATE, PRIORITY, ROUTINE; first in first out within each. */
class PrecedenceOrderTest {

    @TempDir
    Path dir;

    @Test
    void aFlashReleasedBehindTenThousandRoutineDeliveriesGoesOutNext() throws Exception {
        try (MessagingFixture f = MessagingFixture.sqlite(dir, Clock.systemUTC())) {
            enqueue(f, 10_000, Precedence.ROUTINE, "26ROUTINE");
            f.messaging.dispatcher().dispatchOnce();
            RoutingEntry london = f.messaging.directory().resolve("RUEHLO");
            Draft flash = f.messaging
                    .drafts()
                    .create(f.drafter, london, MessagingFixture.londonDraft("FLASH"), Draft.Kind.ORIGINAL, null);
            String id =
                    f.messaging.releaseDesk().release(f.releaser, flash.id()).referenceId();
            List<Delivery> next = f.messaging.dispatcher().dispatchOnce().sent();
            assertThat(next.get(0).referenceId()).isEqualTo(id);
            assertThat(next.get(0).precedence()).isEqualTo(Precedence.FLASH);
        }
    }

    @Test
    void ranksThenFirstInFirstOut() throws Exception {
        try (MessagingFixture f = MessagingFixture.sqlite(dir, Clock.systemUTC())) {
            enqueue(f, 3, Precedence.ROUTINE, "26R");
            enqueue(f, 3, Precedence.IMMEDIATE, "26I");
            enqueue(f, 2, Precedence.NIACT_IMMEDIATE, "26N");
            enqueue(f, 2, Precedence.PRIORITY, "26P");
            enqueue(f, 2, Precedence.FLASH, "26F");
            List<String> order = new ArrayList<>();
            Dispatcher.Round r;
            while (!(r = f.messaging.dispatcher().dispatchOnce()).sent().isEmpty()) {
                r.sent().forEach(d -> order.add(d.referenceId()));
            }
            assertThat(order)
                    .containsExactly(
                            "26F0", "26F1", "26N0", "26N1", "26I0", "26I1", "26I2", "26P0", "26P1", "26R0", "26R1",
                            "26R2");
        }
    }

    /** Queues deliveries straight into the outbox, as releases would, without drafting each. */
    private static void enqueue(MessagingFixture f, int n, Precedence p, String prefix) {
        String json = org.chancery.telegram.json.CableJson.compact()
                .withText()
                .write(org.chancery.telegram.model.Cable.builder()
                        .referenceId(prefix + "0")
                        .classification(org.chancery.telegram.model.Classification.UNCLASSIFIED)
                        .build());
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            deliveries.add(new Delivery(prefix + i, "RUEHC", "SECSTATE WASHDC", "0001", p, Instant.now(), json));
        }
        f.archive.store().writeTogether((c, cables) -> {
            Outbox.enqueue(c, deliveries);
            return null;
        });
    }
}
