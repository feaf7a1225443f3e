package org.chancery.archive.room;

import java.time.LocalDate;

/**
 * What to export.
 *
 * @param query a query in the archive's language, or null/blank for everything the reader may see
 * @param publicOnly only cables that are UNCLASSIFIED for the public as of {@code asOf} (never originally SBU/FOUO
 *     text, never withheld paragraphs)
 * @param asOf the day the public test is made for; null means today
 */
public record ExportRequest(String query, boolean publicOnly, LocalDate asOf) {}
