package org.chancery.server.messaging;

import java.util.Comparator;
import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.springframework.stereotype.Component;

/** The posts of the routing directory an account works at, by the same membership rule messaging applies. */
@Component
public class Posts {

    private final RoutingDirectory directory;

    public Posts(RoutingDirectory directory) {
        this.directory = directory;
    }

    /** The account's posts; the catalogue's and administrators' entries before learned ones for the same post. */
    public List<RoutingEntry> of(Principal account) {
        return directory.all().stream()
                .filter(e -> e.kind() == RoutingEntry.Kind.POST && PostMembership.belongs(account, e))
                .sorted(Comparator.comparing((RoutingEntry e) -> e.source() == RoutingEntry.Source.LEARNED)
                        .thenComparing(RoutingEntry::route))
                .toList();
    }

    /**
     * The post a page or a call is about: the routing indicator asked for, or the account's first post.
     *
     * @throws SecurityException when the account does not belong to it, or to any post
     */
    public RoutingEntry choose(Principal account, String route) {
        if (route == null || route.isBlank()) {
            return of(account).stream()
                    .findFirst()
                    .orElseThrow(() -> new SecurityException(account.name() + " belongs to no post"));
        }
        RoutingEntry post = directory
                .byRoute(route)
                .orElseThrow(() -> new IllegalArgumentException("no routing indicator " + route + " in the directory"));
        if (!PostMembership.belongs(account, post)) {
            throw new SecurityException(account.name() + " does not belong to " + post.line());
        }
        return post;
    }
}
