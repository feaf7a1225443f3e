package org.chancery.archive.config;

/** The databases the store runs on. */
public enum Dialect {
    SQLITE,
    POSTGRESQL
}
