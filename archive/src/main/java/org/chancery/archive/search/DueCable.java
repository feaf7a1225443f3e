package org.chancery.archive.search;

import java.time.LocalDate;

/**
 * A classified cable whose declassification date is coming.
 *
 * @param referenceId the cable
 * @param level its banner level
 * @param declassifiesOn the day it becomes unclassified
 * @param byDecision whether the date comes from a records officer's decision rather than the DECL line
 */
public record DueCable(String referenceId, String level, LocalDate declassifiesOn, boolean byDecision) {}
