package org.chancery.archive.account;

import java.util.Set;
import java.util.function.Function;
import org.chancery.archive.access.Principal;

/** The set-valued reader attributes, as the {@code kind} column of {@code account_attribute} names them. */
enum AccountAttribute {
    REL_TO(Principal::releasability),
    POST(Principal::posts),
    ROLE(Principal::roles),
    CHANNEL(Principal::channels);

    private final Function<Principal, Set<String>> members;

    AccountAttribute(Function<Principal, Set<String>> members) {
        this.members = members;
    }

    Set<String> of(Principal principal) {
        return members.apply(principal);
    }
}
