package org.chancery.messaging.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.jdbc.JdbcSession;

/**
 * TAGS profiles inside a post: a reader's own ("send me everything tagged PTER or PK") and an office's (POL takes
 * PREL and PGOV). A reader's inbox of "mine" is the cables meeting either.
 */
public final class TagProfiles implements AutoCloseable {

    private static final String READER = "READER";
    private static final String OFFICE = "OFFICE";

    private final JdbcSession session;

    public TagProfiles(DataSource migrated) {
        this.session = new JdbcSession(migrated);
    }

    public void setReader(String account, String postRoute, Set<String> tags) {
        set(READER, account, postRoute, tags);
    }

    public void setOffice(String office, String postRoute, Set<String> tags) {
        set(OFFICE, office.toUpperCase(Locale.ROOT), postRoute, tags);
    }

    /** The reader's tags and those of every office of the post the reader belongs to. */
    public Set<String> of(Principal reader, String postRoute) {
        Set<String> tags = new TreeSet<>(get(READER, reader.name(), postRoute));
        for (String office : reader.posts()) {
            tags.addAll(get(OFFICE, office.toUpperCase(Locale.ROOT), postRoute));
        }
        return tags;
    }

    public Set<String> reader(String account, String postRoute) {
        return get(READER, account, postRoute);
    }

    public Set<String> office(String office, String postRoute) {
        return get(OFFICE, office.toUpperCase(Locale.ROOT), postRoute);
    }

    private void set(String kind, String holder, String postRoute, Set<String> tags) {
        session.transaction("store a TAGS profile", c -> {
            try (PreparedStatement del = c.prepareStatement(
                            "DELETE FROM tag_profile WHERE holder_kind = ? AND holder = ? AND post_route = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO tag_profile (holder_kind, holder, post_route, tag) VALUES (?, ?, ?, ?)")) {
                del.setString(1, kind);
                del.setString(2, holder);
                del.setString(3, postRoute);
                del.executeUpdate();
                for (String tag : new TreeSet<>(tags.stream()
                        .map(t -> t.strip().toUpperCase(Locale.ROOT))
                        .filter(t -> !t.isEmpty())
                        .toList())) {
                    ins.setString(1, kind);
                    ins.setString(2, holder);
                    ins.setString(3, postRoute);
                    ins.setString(4, tag);
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    private Set<String> get(String kind, String holder, String postRoute) {
        return session.read("read a TAGS profile", c -> {
            Set<String> tags = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT tag FROM tag_profile WHERE holder_kind = ? AND holder = ? AND post_route = ?")) {
                ps.setString(1, kind);
                ps.setString(2, holder);
                ps.setString(3, postRoute);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tags.add(rs.getString(1));
                    }
                }
            }
            return tags;
        });
    }

    @Override
    public void close() {
        session.close();
    }
}
