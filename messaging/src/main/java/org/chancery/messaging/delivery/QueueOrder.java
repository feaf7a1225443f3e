package org.chancery.messaging.delivery;

import org.chancery.telegram.model.Precedence;

/**
 * The order deliveries leave in: FLASH, then IMMEDIATE with NIACT first, then PRIORITY, then ROUTINE; first in
 * first out within a precedence. The outbox sorts by {@link #rank}; a broker by {@link #messagePriority}.
 */
public final class QueueOrder {

    /** How many ranks there are (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE). */
    public static final int RANKS = Precedence.values().length;

    private QueueOrder() {}

    /** 0 for FLASH up to 4 for ROUTINE: the outbox serves the lowest rank first. */
    public static int rank(Precedence precedence) {
        return precedence.ordinal();
    }

    public static Precedence fromRank(int rank) {
        return Precedence.values()[rank];
    }

    /**
     * The JMS/Artemis message priority (0–9, higher first): FLASH 9, NIACT IMMEDIATE 8, IMMEDIATE 7, PRIORITY 5,
     * ROUTINE 4.
     */
    public static int messagePriority(Precedence precedence) {
        return switch (precedence) {
            case FLASH -> 9;
            case NIACT_IMMEDIATE -> 8;
            case IMMEDIATE -> 7;
            case PRIORITY -> 5;
            case ROUTINE -> 4;
        };
    }
}
