package org.chancery.server.view;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chancery.telegram.synthetic.Post;
import org.chancery.telegram.synthetic.Posts;
import org.chancery.telegram.write.PostNames;
import org.springframework.stereotype.Component;

/**
 * Names the post behind a routing indicator or a plain language address, from the catalogue of posts the telegram
 * module keeps (real post names and routing indicators of the Cablegate headers).
 */
@Component
public class RoutingDirectory {

    private final Map<String, Post> byRoute = new HashMap<>();
    private final Map<String, Post> byAddress = new HashMap<>();

    public RoutingDirectory() {
        for (Post post : Posts.all()) {
            byRoute.putIfAbsent(post.route(), post);
            byAddress.putIfAbsent(post.plad(), post);
        }
    }

    public Optional<Post> byRoute(String route) {
        return route == null ? Optional.empty() : Optional.ofNullable(byRoute.get(route.trim()));
    }

    /**
     * The archive's name of the post for a routing indicator and/or an address: the catalogue's when it knows the
     * indicator or the address, else the name read from the address; null when neither says.
     */
    public String postName(String route, String address) {
        Optional<Post> post = byRoute(route);
        if (post.isEmpty() && address != null) {
            post = Optional.ofNullable(byAddress.get(address.trim().replaceAll("\\s+", " ")));
        }
        if (post.isPresent()) {
            return PostNames.origin(post.get().plad());
        }
        return PostNames.origin(address);
    }
}
