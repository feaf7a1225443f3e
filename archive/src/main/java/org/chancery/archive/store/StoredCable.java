package org.chancery.archive.store;

import java.time.Instant;
import org.chancery.telegram.model.Cable;

/**
 * One version of a cable as the store holds it.
 *
 * @param referenceId canonical reference id
 * @param version 1 for the first import, then one more for each import whose text differed
 * @param sequence store-wide, strictly increasing number of this version's write; the index remembers the highest it
 *     has taken in, so it can catch up after an interruption
 * @param importedAt when this version was stored
 * @param cable the cable, with its source text
 */
public record StoredCable(String referenceId, int version, long sequence, Instant importedAt, Cable cable) {}
