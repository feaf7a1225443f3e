package org.chancery.cli.format;

/**
 * How many cables of one or more inputs were handled and how many records were rejected.
 *
 * @param cables cables read and handed on
 * @param rejected records that could not be read, each reported on stderr
 */
public record ReadTally(int cables, int rejected) {
    public static final ReadTally NONE = new ReadTally(0, 0);

    public ReadTally plus(ReadTally other) {
        return new ReadTally(cables + other.cables, rejected + other.rejected);
    }
}
