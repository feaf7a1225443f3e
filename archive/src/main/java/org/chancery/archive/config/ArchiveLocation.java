package org.chancery.archive.config;

import java.nio.file.Path;
import java.util.Map;
import org.chancery.archive.jdbc.DatabaseTarget;

/**
 * Where an installation keeps its data: the data directory (SQLite file, search index, rejects files) and the
 * database.
 *
 * <p>Resolution order, first found wins: the command-line option, the environment ({@code CHANCERY_DATA},
 * {@code CHANCERY_DB}), the default ({@code ./chancery-data}, and the SQLite file {@code chancery.db} inside it).
 *
 * @param dataDirectory the data directory
 * @param database the store's database
 */
public record ArchiveLocation(Path dataDirectory, DatabaseTarget database) {

    public static final String DATA_ENV = "CHANCERY_DATA";
    public static final String DB_ENV = "CHANCERY_DB";
    public static final String DEFAULT_DATA_DIRECTORY = "chancery-data";
    public static final String SQLITE_FILE = "chancery.db";

    /**
     * Resolves the location.
     *
     * @param dataOption the {@code --data} value, or null
     * @param dbOption the {@code --db} value, or null
     * @param env the environment (passed in so that tests need not change the process's)
     */
    public static ArchiveLocation resolve(String dataOption, String dbOption, Map<String, String> env) {
        Path data = Path.of(firstNonBlank(dataOption, env.get(DATA_ENV), DEFAULT_DATA_DIRECTORY))
                .toAbsolutePath()
                .normalize();
        String db = firstNonBlank(dbOption, env.get(DB_ENV), null);
        return new ArchiveLocation(
                data, db == null ? DatabaseTarget.sqlite(data.resolve(SQLITE_FILE)) : DatabaseTarget.parse(db));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
