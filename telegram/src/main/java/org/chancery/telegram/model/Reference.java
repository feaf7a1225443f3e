package org.chancery.telegram.model;

/**
 * One entry of a cable's REF line.
 *
 * @param id canonical reference id of the cited cable ({@code 08LONDON2961}), or null when the reference is not a
 *     cable (an e-mail, a memo, a telephone call)
 * @param text the reference as written, without its list letter
 */
public record Reference(String id, String text) {}
