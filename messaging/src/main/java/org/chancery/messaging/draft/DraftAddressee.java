package org.chancery.messaging.draft;

/**
 * An addressee as the drafter names it, checked against the routing directory on every save.
 *
 * @param addressee a routing indicator, an address, both ({@code RUEHC/SECSTATE WASHDC}) or the post's id form
 * @param precedence {@code FLASH}, {@code NIACT IMMEDIATE}, {@code IMMEDIATE}, {@code PRIORITY} or {@code ROUTINE}
 */
public record DraftAddressee(String addressee, String precedence) {
    public DraftAddressee {
        addressee = addressee == null ? "" : addressee.strip();
        precedence = precedence == null ? "" : precedence.strip();
    }
}
