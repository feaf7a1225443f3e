package org.chancery.server.messaging;

import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftContent;

/**
 * A draft in a list: the draft, what its latest version says, and why it may not be released yet.
 *
 * @param draft the draft
 * @param content its latest version's content
 * @param precedence the highest precedence among its action addressees, as written, or empty
 * @param releaseBlocker why a releasing officer may not release it yet, or null when it may be released
 */
public record DraftLine(Draft draft, DraftContent content, String precedence, String releaseBlocker) {}
