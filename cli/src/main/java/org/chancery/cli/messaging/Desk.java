package org.chancery.cli.messaging;

import java.io.PrintWriter;
import org.chancery.archive.access.Principal;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;

/**
 * What one messaging command works with: the archive session, messaging over it, the signed-in account and the
 * command's output.
 */
record Desk(ArchiveSession session, Messaging messaging, Principal me, PrintWriter out, PrintWriter err) {

    /** The post the account acts at: the one named with {@code --post}, else the one it belongs to. */
    RoutingEntry post(String typed) {
        return PostChoice.of(me, messaging.directory(), typed);
    }
}
