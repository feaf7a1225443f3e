package org.chancery.archive.jdbc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the store lives: a JDBC URL with its credentials.
 *
 * @param dialect which database the URL points at
 * @param jdbcUrl the JDBC URL without credentials
 * @param user user name, or null (SQLite, or credentials inside the URL)
 * @param password password, or null
 */
public record DatabaseTarget(Dialect dialect, String jdbcUrl, String user, String password) {

    /** The embedded default: one SQLite file. */
    public static DatabaseTarget sqlite(Path file) {
        return new DatabaseTarget(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /**
     * Reads a database address as a user writes it: {@code postgresql://user:pass@host:port/db},
     * {@code postgres://...}, or any {@code jdbc:postgresql:} / {@code jdbc:sqlite:} URL.
     */
    public static DatabaseTarget parse(String address) {
        String a = address.trim();
        if (a.startsWith("jdbc:sqlite:")) {
            return new DatabaseTarget(Dialect.SQLITE, a, null, null);
        }
        if (a.startsWith("jdbc:postgresql:")) {
            return new DatabaseTarget(Dialect.POSTGRESQL, a, null, null);
        }
        if (a.startsWith("postgresql://") || a.startsWith("postgres://")) {
            return fromPostgresUri(URI.create(a));
        }
        throw new IllegalArgumentException(
                "unsupported database address (expected postgresql://user:pass@host:port/db or a jdbc:postgresql:"
                        + " or jdbc:sqlite: URL): " + redact(a));
    }

    private static DatabaseTarget fromPostgresUri(URI uri) {
        String user = null;
        String password = null;
        // The raw form keeps percent-escapes, so that a ':' or '@' inside a password survives the split.
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        String hostPort = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String url = "jdbc:postgresql://" + hostPort + uri.getRawPath() + query;
        return new DatabaseTarget(Dialect.POSTGRESQL, url, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A data source for Flyway and the store; SQLite gets WAL journaling with synchronous=NORMAL. */
    public DataSource dataSource() {
        return switch (dialect) {
            case SQLITE -> {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                config.setBusyTimeout(30_000);
                config.enforceForeignKeys(true);
                // 64 MB of page cache (negative means KiB): the index pages of a bulk import stay in memory.
                config.setCacheSize(-65_536);
                config.setTempStore(SQLiteConfig.TempStore.MEMORY);
                SQLiteDataSource ds = new SQLiteDataSource(config);
                ds.setUrl(jdbcUrl);
                yield ds;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(jdbcUrl);
                if (user != null) {
                    ds.setUser(user);
                }
                if (password != null) {
                    ds.setPassword(password);
                }
                // Batched inserts become multi-row statements: several times fewer round trips.
                ds.setReWriteBatchedInserts(true);
                yield ds;
            }
        };
    }

    /** The address for messages: never shows the password. */
    public String describe() {
        return redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }

    @Override
    public String toString() {
        return describe();
    }
}
