package org.chancery.telegram.model;

/**
 * One action (TO) or information (INFO) addressee of a telegram.
 *
 * @param route routing indicator such as {@code RUEHC}, or null when the line carries none (older traffic)
 * @param name plain language address, e.g. {@code SECSTATE WASHDC}
 * @param precedence as written after the name, e.g. {@code IMMEDIATE}; null when absent
 * @param mcn message continuity number, e.g. {@code 0520}; null when absent
 */
public record Addressee(String route, String name, String precedence, String mcn) {}
