package org.chancery.telegram.synthetic;

/**
 * A diplomatic post as the generator knows it.
 *
 * @param plad plain language address, e.g. {@code AMEMBASSY LONDON}
 * @param route routing indicator, e.g. {@code RUEHLO}
 * @param idPost the post as reference ids spell it, e.g. {@code LONDON}
 * @param bannerName the post as banners and REF lines write it, e.g. {@code CAPE TOWN}
 * @param countryTag the host country's TAGS code, e.g. {@code UK}
 * @param country the host country's name in capitals, for subjects
 * @param weight relative share of the traffic the post originates
 */
public record Post(
        String plad, String route, String idPost, String bannerName, String countryTag, String country, int weight) {

    /** Whether this is the Department itself, whose cables go out to posts rather than to it. */
    public boolean isDepartment() {
        return route.equals(Posts.DEPARTMENT_ROUTE);
    }
}
