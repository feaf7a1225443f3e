package org.chancery.archive.jdbc;

/** The databases the store runs on. */
enum Dialect {
    SQLITE,
    POSTGRESQL
}
