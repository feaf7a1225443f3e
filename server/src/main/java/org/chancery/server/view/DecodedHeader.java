package org.chancery.server.view;

import java.util.List;

/**
 * The transmission header of a cable spelled out for a reader.
 *
 * @param originatorRoute the originating station's routing indicator (FL3), or null
 * @param originatorPost the post that routing indicator (or the FL6 originator) stands for, or null
 * @param originatorAddress the FL6 plain language address, or null
 * @param dateTimeGroup the DTG as written, or null
 * @param dateTime the DTG (or the cable's date) as a readable UTC date and time, or null
 * @param precedence the precedence in words, or null
 * @param addressees every action and information addressee, in order
 * @param securityWarning FL4 as written, or null
 * @param sections the number of sections the telegram was sent in, or null
 * @param classification the banner line's level as written out
 */
public record DecodedHeader(
        String originatorRoute,
        String originatorPost,
        String originatorAddress,
        String dateTimeGroup,
        String dateTime,
        String precedence,
        List<AddresseeLine> addressees,
        String securityWarning,
        Integer sections,
        String classification) {

    /**
     * One addressee.
     *
     * @param kind {@code TO} or {@code INFO}
     * @param route its routing indicator, or null
     * @param address its plain language address
     * @param post the post's name, or null when not known
     * @param precedence as written, or null
     */
    public record AddresseeLine(String kind, String route, String address, String post, String precedence) {}
}
