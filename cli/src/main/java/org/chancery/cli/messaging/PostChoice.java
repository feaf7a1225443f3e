package org.chancery.cli.messaging;

import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.directory.UnknownAddresseeException;

/** Which post an account acts at: the one it names, or the only one it belongs to. */
final class PostChoice {

    private PostChoice() {}

    /**
     * @param typed the post as {@code --post} gives it (routing indicator, address or the post's id form), or null
     * @throws SecurityException when the account does not belong to the post it names
     * @throws IllegalArgumentException when the post is unknown, or the account belongs to no post or to several
     */
    static RoutingEntry of(Principal account, RoutingDirectory directory, String typed) {
        if (typed != null) {
            RoutingEntry post;
            try {
                post = directory.resolve(typed);
            } catch (UnknownAddresseeException unknown) {
                throw new IllegalArgumentException("--post " + typed + ": not a post of the routing directory");
            }
            if (post.kind() != RoutingEntry.Kind.POST) {
                throw new IllegalArgumentException("--post " + typed + ": " + post.line() + " is a collective");
            }
            if (!PostMembership.belongs(account, post)) {
                throw new SecurityException(account.name() + " does not belong to " + post.line());
            }
            return post;
        }
        if (account.memberOfEveryPost()) {
            throw new IllegalArgumentException(
                    account.name() + " belongs to every post: name one with --post (e.g. --post RUEHLO)");
        }
        List<String> addresses = directory.all().stream()
                .filter(e -> e.kind() == RoutingEntry.Kind.POST && PostMembership.belongs(account, e))
                .map(RoutingEntry::address)
                .distinct()
                .toList();
        if (addresses.isEmpty()) {
            throw new SecurityException(account.name() + " belongs to no post of the routing directory"
                    + (account.posts().isEmpty() ? "" : " (its posts: " + String.join(", ", account.posts()) + ")"));
        }
        if (addresses.size() > 1) {
            throw new IllegalArgumentException(
                    account.name() + " belongs to " + String.join(", ", addresses) + ": name one with --post");
        }
        return directory.byAddress(addresses.get(0)).orElseThrow();
    }
}
