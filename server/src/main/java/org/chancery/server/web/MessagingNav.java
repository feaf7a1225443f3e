package org.chancery.server.web;

import org.chancery.archive.account.Role;
import org.chancery.server.messaging.DraftDesk;
import org.chancery.server.messaging.Posts;
import org.chancery.server.security.SignedInReader;
import org.springframework.stereotype.Component;

/** Which messaging links the page header shows an account: only those of pages its roles and posts may use. */
@Component("messagingNav")
public class MessagingNav {

    private final DraftDesk desk;
    private final Posts posts;

    public MessagingNav(DraftDesk desk, Posts posts) {
        this.desk = desk;
        this.posts = posts;
    }

    public boolean drafts(SignedInReader me) {
        return me.has(Role.DRAFTER) || me.has(Role.RELEASING_OFFICER);
    }

    /** How many drafts wait for this account's clearance (anyone may be asked). */
    public int toClear(SignedInReader me) {
        return desk.toClear(me.principal()).size();
    }

    public boolean release(SignedInReader me) {
        return me.has(Role.RELEASING_OFFICER);
    }

    /** The inbox is for the members of a post. */
    public boolean inbox(SignedInReader me) {
        return !posts.of(me.principal()).isEmpty();
    }

    public boolean outbox(SignedInReader me) {
        return me.has(Role.RELEASING_OFFICER) || me.has(Role.DUTY_OFFICER) || me.has(Role.ADMINISTRATOR);
    }

    public boolean directory(SignedInReader me) {
        return me.has(Role.ADMINISTRATOR);
    }
}
