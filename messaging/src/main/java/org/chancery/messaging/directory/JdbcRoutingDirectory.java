package org.chancery.messaging.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.telegram.post.PostDirectory;

/**
 * The routing directory in the archive's database. A new directory starts from the built-in catalogue of posts
 * ({@link PostDirectory}); learning and administrators add to it. Entries are held in memory and reloaded after every
 * change this process makes; {@link #reload} takes in changes made by another process.
 */
public final class JdbcRoutingDirectory implements RoutingDirectory, AutoCloseable {

    private final JdbcSession session;
    private volatile Map<String, RoutingEntry> byRoute = Map.of();

    public JdbcRoutingDirectory(DataSource migrated) {
        this.session = new JdbcSession(migrated);
        session.transaction("fill the routing directory", this::seedWhenEmpty);
        reload();
    }

    public void reload() {
        byRoute = session.read("read the routing directory", JdbcRoutingDirectory::load);
    }

    @Override
    public List<RoutingEntry> all() {
        return List.copyOf(byRoute.values());
    }

    @Override
    public Optional<RoutingEntry> byRoute(String route) {
        return Optional.ofNullable(byRoute.get(RoutingEntry.normal(route)));
    }

    @Override
    public Optional<RoutingEntry> byAddress(String address) {
        String a = RoutingEntry.normal(address);
        return byRoute.values().stream()
                .filter(e -> e.address().equals(a))
                .max(Comparator.comparingLong(RoutingEntry::seen)
                        .thenComparing(e -> e.source() != RoutingEntry.Source.LEARNED));
    }

    @Override
    public RoutingEntry resolve(String addressee) {
        String a = RoutingEntry.normal(addressee);
        if (a.isEmpty()) {
            throw new UnknownAddresseeException("an addressee is empty");
        }
        int slash = a.indexOf('/');
        if (slash > 0) {
            String route = a.substring(0, slash).strip();
            RoutingEntry entry = byRoute(route)
                    .orElseThrow(() -> new UnknownAddresseeException("unknown addressee " + addressee
                            + ": no routing indicator " + route + " in the directory"));
            String address = a.substring(slash + 1).strip();
            if (!address.isEmpty() && !entry.address().equals(address)) {
                throw new UnknownAddresseeException("addressee " + addressee + ": the directory has " + entry.line());
            }
            return entry;
        }
        return byRoute(a)
                .or(() -> byAddress(a))
                .or(() -> byRoute.values().stream()
                        .filter(e ->
                                e.kind() == RoutingEntry.Kind.POST && e.postId().equals(a.replace(" ", "")))
                        .max(Comparator.comparingLong(RoutingEntry::seen)))
                .orElseThrow(() -> new UnknownAddresseeException("unknown addressee " + addressee
                        + ": not a routing indicator, address or post in the directory"));
    }

    @Override
    public List<RoutingEntry> expand(RoutingEntry entry) {
        if (entry.kind() == RoutingEntry.Kind.POST) {
            return List.of(entry);
        }
        if (entry.members().isEmpty()) {
            throw new UnknownAddresseeException("collective " + entry.line()
                    + " has no member posts in the directory (add them with `chancery directory members`)");
        }
        List<RoutingEntry> posts = new ArrayList<>();
        for (String member : entry.members()) {
            posts.add(byRoute(member)
                    .orElseThrow(() -> new UnknownAddresseeException(
                            "collective " + entry.line() + ": member " + member + " is not in the directory")));
        }
        return posts;
    }

    @Override
    public void put(RoutingEntry entry) {
        session.transaction("store a routing entry", c -> {
            write(c, entry);
            return null;
        });
        reload();
    }

    /** Stores learned entries in one transaction; entries an administrator made are kept as they are. */
    public int learn(List<RoutingEntry> learned) {
        int changed = session.transaction("store what the directory learned", c -> {
            Map<String, RoutingEntry> current = load(c);
            int n = 0;
            for (RoutingEntry e : learned) {
                RoutingEntry old = current.get(e.route());
                if (old != null && old.source() == RoutingEntry.Source.ADMIN) {
                    continue;
                }
                List<String> members = old == null ? List.of() : old.members();
                if (old == null || !old.address().equals(e.address()) || old.seen() != e.seen()) {
                    write(c, new RoutingEntry(e.route(), e.address(), e.kind(), e.source(), e.seen(), members));
                    n++;
                }
            }
            return n;
        });
        reload();
        return changed;
    }

    @Override
    public boolean remove(String route) {
        String r = RoutingEntry.normal(route);
        boolean removed = session.transaction("remove a routing entry", c -> {
            try (PreparedStatement m = c.prepareStatement("DELETE FROM collective_member WHERE collective_route = ?");
                    PreparedStatement e = c.prepareStatement("DELETE FROM routing_entry WHERE route = ?")) {
                m.setString(1, r);
                m.executeUpdate();
                e.setString(1, r);
                return e.executeUpdate() > 0;
            }
        });
        reload();
        return removed;
    }

    private static void write(Connection c, RoutingEntry e) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM collective_member WHERE collective_route = ?");
                PreparedStatement delEntry = c.prepareStatement("DELETE FROM routing_entry WHERE route = ?");
                PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO routing_entry (route, address, kind, source, seen) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement mem = c.prepareStatement(
                        "INSERT INTO collective_member (collective_route, member_route) VALUES (?, ?)")) {
            del.setString(1, e.route());
            del.executeUpdate();
            delEntry.setString(1, e.route());
            delEntry.executeUpdate();
            ins.setString(1, e.route());
            ins.setString(2, e.address());
            ins.setString(3, e.kind().name());
            ins.setString(4, e.source().name());
            ins.setLong(5, e.seen());
            ins.executeUpdate();
            for (String m : e.members()) {
                mem.setString(1, e.route());
                mem.setString(2, m);
                mem.executeUpdate();
            }
        }
    }

    private Void seedWhenEmpty(Connection c) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM routing_entry");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return null;
            }
        }
        for (var post : PostDirectory.all()) {
            write(
                    c,
                    new RoutingEntry(
                            post.route(),
                            post.plad(),
                            RoutingEntry.Kind.POST,
                            RoutingEntry.Source.BUILT_IN,
                            0,
                            List.of()));
        }
        return null;
    }

    private static Map<String, RoutingEntry> load(Connection c) throws SQLException {
        Map<String, List<String>> members = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT collective_route, member_route FROM collective_member ORDER BY collective_route, member_route");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, RoutingEntry> entries = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT route, address, kind, source, seen FROM routing_entry");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String route = rs.getString(1);
                entries.put(
                        route,
                        new RoutingEntry(
                                route,
                                rs.getString(2),
                                RoutingEntry.Kind.valueOf(rs.getString(3)),
                                RoutingEntry.Source.valueOf(rs.getString(4)),
                                rs.getLong(5),
                                members.getOrDefault(route, List.of())));
            }
        }
        return java.util.Collections.unmodifiableMap(entries);
    }

    @Override
    public void close() {
        session.close();
    }
}
