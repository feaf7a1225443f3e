package org.chancery.messaging.draft;

import java.time.Instant;

/** One saved version of a draft: a released cable is exactly one of these, never edited after. */
public record DraftVersion(long draftId, int version, String savedBy, Instant savedAt, DraftContent content) {}
