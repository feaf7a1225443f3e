package org.chancery.messaging.directory;

import org.chancery.archive.access.Principal;
import org.chancery.telegram.post.PostNames;

/** Whether an account belongs to a post: by the same post keys the access decision compares. */
public final class PostMembership {

    private PostMembership() {}

    public static boolean belongs(Principal account, RoutingEntry post) {
        if (account.memberOfEveryPost()) {
            return true;
        }
        String key = PostNames.key(post.address());
        return account.posts().stream().anyMatch(p -> key.equals(PostNames.key(p)));
    }
}
