package org.chancery.server.config;

import java.util.List;
import org.chancery.archive.room.ReadingRoom;

/**
 * The reading rooms the server's request threads share. The archive's JDBC components each hold one connection
 * used by one thread at a time, so a single reading room would serialize every request of every reader on its
 * store, account and audit-log connections. The server therefore opens a few identical rooms ("lanes"), each with
 * connections of its own over the same database, index, policy and audit chain, and spreads request threads over
 * them.
 */
public final class ReadingRooms {

    private final List<ReadingRoom> lanes;

    public ReadingRooms(List<ReadingRoom> lanes) {
        if (lanes.isEmpty()) {
            throw new IllegalArgumentException("at least one reading room");
        }
        this.lanes = List.copyOf(lanes);
    }

    /** The room for the calling thread: always the same one for a given thread. */
    public ReadingRoom current() {
        return lanes.get((int) (Thread.currentThread().threadId() % lanes.size()));
    }

    public int size() {
        return lanes.size();
    }
}
