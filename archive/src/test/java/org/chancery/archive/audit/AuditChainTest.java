package org.chancery.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void textMovedBetweenFieldsChangesTheHash() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, new AuditEntry(AT, "ab", AuditAction.READ, "c", true, ""));
        String b = AuditChain.hash(AuditChain.GENESIS, 1, new AuditEntry(AT, "a", AuditAction.READ, "bc", true, ""));

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theHashCoversThePreviousHashTheSequenceAndEveryField() {
        AuditEntry e = new AuditEntry(AT, "hwatson", AuditAction.READ, "07LONDON1", true, "origin=Embassy London");
        String base = AuditChain.hash(AuditChain.GENESIS, 5, e);

        assertThat(AuditChain.hash("1".repeat(64), 5, e)).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 6, e)).isNotEqualTo(base);
        assertThat(AuditChain.hash(
                        AuditChain.GENESIS,
                        5,
                        new AuditEntry(AT.plusNanos(1), e.actor(), e.action(), e.target(), true, e.detail())))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(
                        AuditChain.GENESIS,
                        5,
                        new AuditEntry(AT, e.actor(), AuditAction.EXPORT, e.target(), true, e.detail())))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(
                        AuditChain.GENESIS,
                        5,
                        new AuditEntry(AT, e.actor(), e.action(), e.target(), false, e.detail())))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(
                        AuditChain.GENESIS, 5, new AuditEntry(AT, e.actor(), e.action(), e.target(), true, "x")))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 5, e)).isEqualTo(base).matches("[0-9a-f]{64}");
    }
}
