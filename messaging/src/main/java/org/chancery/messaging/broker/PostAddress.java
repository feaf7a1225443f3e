package org.chancery.messaging.broker;

import java.util.regex.Pattern;
import org.chancery.telegram.post.Post;
import org.chancery.telegram.post.PostDirectory;

/**
 * Where a post's traffic lives on the brokers: one address, and one durable anycast queue of the same name, per
 * routing indicator ({@code RUEHC} for the Department, {@code RUEHLO} for London). On a post's own broker that queue
 * is its inbox; on any other broker it is the store-and-forward queue a bridge drains towards that post.
 */
public final class PostAddress {

    private static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9]{3,7}");

    private PostAddress() {}

    /** The address (and queue) name of a post's traffic: its routing indicator. */
    public static String of(String route) {
        if (route == null || !INDICATOR.matcher(route).matches()) {
            throw new IllegalArgumentException(route + " is not a routing indicator");
        }
        return route;
    }

    /**
     * The routing indicator a person means by a post: an indicator ({@code RUEHLO}), the reference-id form of the
     * post ({@code LONDON}, {@code STATE}) or its plain language address ({@code AMEMBASSY LONDON}); an indicator
     * the catalogue does not know (a collective) is taken as it is.
     */
    public static String routeOf(String post) {
        return PostDirectory.byRoute(post)
                .or(() -> PostDirectory.byId(post))
                .or(() -> PostDirectory.byAddress(post))
                .map(Post::route)
                .orElseGet(() -> {
                    String upper = post == null ? "" : post.strip().toUpperCase(java.util.Locale.ROOT);
                    if (INDICATOR.matcher(upper).matches() && upper.startsWith("RU")) {
                        return upper;
                    }
                    throw new IllegalArgumentException(post + " is neither a post of the directory (LONDON, STATE,"
                            + " AMEMBASSY PARIS) nor a routing indicator (RUEHLO)");
                });
    }
}
