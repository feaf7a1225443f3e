package org.chancery.archive.declass;

import org.chancery.archive.access.EffectiveClassification;

/**
 * A cable waiting for a records officer: its DECL line names an exemption or an event, says OADR, or cannot be read.
 *
 * @param referenceId the cable
 * @param level its banner level
 * @param instruction the DECL instruction as written, or null when the cable has none
 * @param state why it waits
 */
public record ReviewItem(String referenceId, String level, String instruction, EffectiveClassification.State state) {}
