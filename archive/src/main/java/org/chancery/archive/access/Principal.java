package org.chancery.archive.access;

import java.util.Set;
import org.chancery.telegram.model.Classification;

/**
 * The reader on whose behalf a read or a search runs. Every read and every search takes one.
 *
 * @param name account name
 * @param clearance highest level the reader is cleared for
 * @param usNational whether the reader may see NOFORN material
 * @param releasability country codes the reader counts under for {@code REL TO} caveats (empty for US readers)
 * @param posts posts and offices the reader belongs to (for cables without SIPDIS)
 * @param roles roles such as {@code reader}, {@code records-officer}, {@code administrator}
 * @param channels restricted channels the reader is named on ({@code NODIS}, {@code EXDIS}...)
 */
public record Principal(
        String name,
        Classification clearance,
        boolean usNational,
        Set<String> releasability,
        Set<String> posts,
        Set<String> roles,
        Set<String> channels) {

    public Principal {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(clearance, "clearance");
        releasability = Set.copyOf(releasability);
        posts = Set.copyOf(posts);
        roles = Set.copyOf(roles);
        channels = Set.copyOf(channels);
    }

    /** A post entry meaning "member of every post": the reader counts as belonging to whichever post is asked. */
    public static final String EVERY_POST = "*";

    /**
     * The local operator account created at set-up: TOP SECRET, a US national, member of every post and named on every
     * restricted channel; the command line acts as it unless {@code --as} names another account.
     */
    public static final Principal OPERATOR = new Principal(
            "operator",
            Classification.TOP_SECRET,
            true,
            Set.of(),
            Set.of(EVERY_POST),
            Set.of("reader", "records-officer", "administrator"),
            Set.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER"));

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean memberOfEveryPost() {
        return posts.contains(EVERY_POST);
    }
}
