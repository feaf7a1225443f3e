package org.chancery.messaging.directory;

import java.util.List;
import java.util.Optional;

/**
 * The one routing directory: posts and collectives with their routing indicators and addresses. Drafts check their
 * addressees here, a release expands collectives here, the reading room names the posts of a header from here.
 */
public interface RoutingDirectory {

    /** Every entry, by routing indicator. */
    List<RoutingEntry> all();

    Optional<RoutingEntry> byRoute(String route);

    /** The entry with this address; when several routes share it, the one seen most. */
    Optional<RoutingEntry> byAddress(String address);

    /**
     * The entry an addressee as a user writes it names: a routing indicator ({@code RUEHLO}), an address
     * ({@code AMEMBASSY LONDON}), both ({@code RUEHLO/AMEMBASSY LONDON}) or the post as ids spell it ({@code LONDON}).
     *
     * @throws UnknownAddresseeException naming the addressee when the directory does not know it
     */
    RoutingEntry resolve(String addressee);

    /**
     * The posts a release goes to for this entry: the post itself, or a collective's members.
     *
     * @throws UnknownAddresseeException when a collective has no members, or a member is unknown
     */
    List<RoutingEntry> expand(RoutingEntry entry);

    /** Adds or replaces an entry (an administrator's edit). */
    void put(RoutingEntry entry);

    /** Removes an entry; false when there was none. */
    boolean remove(String route);
}
