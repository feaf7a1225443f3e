package org.chancery.archive.jdbc;

/** The databases the store runs on. */
public enum Dialect {
    SQLITE,
    POSTGRESQL
}
