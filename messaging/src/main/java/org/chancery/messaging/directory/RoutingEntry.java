package org.chancery.messaging.directory;

import java.util.List;
import java.util.Locale;
import org.chancery.telegram.post.PostNames;

/**
 * A post or a collective in the routing directory.
 *
 * @param route routing indicator ({@code RUEHLO})
 * @param address plain language address ({@code AMEMBASSY LONDON})
 * @param kind a post, or a collective that stands for its member posts
 * @param source where the entry came from: the built-in catalogue, learned from the archive, or an administrator
 * @param seen how many header lines of the archive named it (0 for entries not learned)
 * @param members the routing indicators of a collective's member posts (empty for a post)
 */
public record RoutingEntry(String route, String address, Kind kind, Source source, long seen, List<String> members) {

    public enum Kind {
        POST,
        COLLECTIVE
    }

    public enum Source {
        BUILT_IN,
        LEARNED,
        ADMIN
    }

    public RoutingEntry {
        route = normal(route);
        address = normal(address);
        members = members.stream().map(RoutingEntry::normal).toList();
        if (!route.matches("[A-Z0-9]{4,8}")) {
            throw new IllegalArgumentException("not a routing indicator: " + route + " (4 to 8 letters or digits)");
        }
        if (address.isEmpty()) {
            throw new IllegalArgumentException("routing indicator " + route + " needs an address");
        }
    }

    /** The kind an address implies: {@code ... COLLECTIVE} stands for several posts. */
    public static Kind kindOf(String address) {
        return normal(address).endsWith("COLLECTIVE") ? Kind.COLLECTIVE : Kind.POST;
    }

    /** The post as reference ids spell it ({@code LONDON}, {@code STATE}). */
    public String postId() {
        return PostNames.idForm(address);
    }

    /** The archive's name of the post ({@code Embassy London}). */
    public String origin() {
        return PostNames.origin(address);
    }

    /** As written on a TO/INFO line: {@code RUEHLO/AMEMBASSY LONDON}. */
    public String line() {
        return route + "/" + address;
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
