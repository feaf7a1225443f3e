package org.chancery.telegram.post;

/**
 * A diplomatic post as the {@link PostDirectory} knows it, with the name it goes by in each part of a cable.
 *
 * @param id the post as reference ids spell it, e.g. {@code LONDON}, {@code CAPETOWN}, {@code STATE}
 * @param plad plain language address, the routing name of FL6 and the addressee lines, e.g. {@code AMEMBASSY LONDON}
 * @param route routing indicator, e.g. {@code RUEHLO}
 * @param bannerName the post as banners and REF lines write it, e.g. {@code CAPE TOWN}
 * @param countryTag the host country's TAGS code, e.g. {@code UK}
 * @param country the host country's name in capitals, e.g. {@code UNITED KINGDOM}
 */
public record Post(String id, String plad, String route, String bannerName, String countryTag, String country) {

    /** The archive's name for the post, e.g. {@code Embassy London} (see {@link PostNames#origin}). */
    public String origin() {
        return PostNames.origin(plad);
    }

    /** Whether this is the Department itself, whose cables go out to posts rather than to it. */
    public boolean isDepartment() {
        return route.equals(PostDirectory.DEPARTMENT_ROUTE);
    }
}
