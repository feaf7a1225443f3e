package org.chancery.messaging.inbox;

import org.chancery.archive.room.CableHeading;

/** One line of an inbox: the delivery and the cable's heading as the reader may see it. */
public record InboxItem(InboxEntry entry, CableHeading heading) {}
