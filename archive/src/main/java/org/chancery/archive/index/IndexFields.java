package org.chancery.archive.index;

import org.apache.lucene.facet.FacetsConfig;

/**
 * Names of the fields every indexed cable carries. The index is derived from the store, so stored fields are kept to
 * what a hit list and its highlights need; everything else is searched, never read back.
 *
 * <h2>Free text (analysed with {@link CableAnalyzer})</h2>
 *
 * {@link #SUBJECT}, {@link #SUMMARY}, {@link #BODY}. Subject and body are stored with offsets for highlighting.
 *
 * <h2>Exact (keyword) fields, normalised to upper case</h2>
 *
 * {@link #ID}, {@link #REFS}, {@link #TAG}, {@link #ORIGIN}, {@link #CAPTION}, {@link #HANDLING},
 * {@link #PRECEDENCE}, {@link #TO}, {@link #INFO}, {@link #SIGNER}.
 *
 * <h2>Access fields</h2>
 *
 * <p>These exist so that an {@link org.chancery.archive.access.AccessPolicy} can express its decision as a Lucene
 * filter; they carry the same facts {@code AccessPolicy.permits} reads from the cable:
 *
 * <ul>
 *   <li>{@link #LEVEL}: classification level as the ordinal of {@code Classification} (0 unclassified ... 3 top
 *       secret), an {@code IntPoint} plus doc values: {@code IntPoint.newRangeQuery(LEVEL, 0, clearance.ordinal())}.
 *   <li>{@link #HANDLING}: handling caveats exactly as written, upper case ({@code NOFORN}, {@code REL TO UK, AUS},
 *       {@code ORCON}, {@code SBU}); {@link #RELEASABLE_TO} holds the country codes of any {@code REL TO} caveat.
 *   <li>{@link #CAPTION}: every distribution caption ({@code SIPDIS}, {@code NODIS}...); {@link #CHANNEL} repeats the
 *       restricted channels only ({@code NODIS}, {@code EXDIS}, {@code LIMDIS}, {@code STADIS}, {@code ROGER}) and
 *       holds {@link #NO_CHANNEL} when the cable has none, so "no channel or one of mine" is a plain term query.
 *   <li>{@link #ORIGIN} and {@link #POST}: the originating post's name and its station routing indicator, for
 *       "cables of my own post" rules on traffic without SIPDIS.
 *   <li>{@link #DECLASSIFY_ON}: the declassify-on date as epoch day ({@code LongPoint}), absent when the instruction
 *       is not a date; {@link #DECLASSIFY_KIND} holds the kind ({@code DATE}, {@code EXEMPTION}, {@code OADR}...,
 *       {@code NONE}). A rule "declassified today" is {@code LongPoint.newRangeQuery(DECLASSIFY_ON, MIN, today)}.
 * </ul>
 *
 * <h2>Dates</h2>
 *
 * {@link #DAY}: the cable's own calendar date as epoch day ({@code LongPoint}, for ranges); {@link #DATE_SORT}:
 * epoch second doc values (newest-first sort); {@link #DATE_STORED}: ISO date for display.
 */
public final class IndexFields {
    private IndexFields() {}

    public static final String ID = "id";
    public static final String REFS = "refs";
    public static final String SUBJECT = "subject";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";

    public static final String TAG = "tag";
    public static final String ORIGIN = "origin";
    public static final String ORIGIN_STORED = "origin_display";
    public static final String POST = "post";
    public static final String CAPTION = "caption";
    public static final String CHANNEL = "channel";
    public static final String NO_CHANNEL = "NONE";

    /** The captions that restrict distribution to named readers; they are repeated in {@link #CHANNEL}. */
    public static final java.util.Set<String> RESTRICTED_CHANNELS =
            org.chancery.archive.marking.Captions.RESTRICTED_CHANNELS;

    public static final String HANDLING = "handling";
    public static final String RELEASABLE_TO = "rel_to";
    public static final String PRECEDENCE = "precedence";
    public static final String TO = "to";
    public static final String INFO = "info";
    public static final String SIGNER = "signer";

    /** Post keys of the originator and every addressee, for the rule on cables without SIPDIS. */
    public static final String DISTRIBUTION = "distribution";

    /**
     * Text of paragraphs the banner does not cover (marked higher, NOFORN or narrower REL TO than the banner): kept
     * out of {@link #BODY} and searchable only by readers who satisfy {@link #RESTRICTED_LEVEL} and
     * {@link #RESTRICTED_CAVEAT}.
     */
    public static final String BODY_RESTRICTED = "body_restricted";

    /** Highest level among the paragraphs in {@link #BODY_RESTRICTED} ({@code IntPoint}). */
    public static final String RESTRICTED_LEVEL = "restricted_level";

    /** {@code FOREIGN_LIMITED} when any paragraph in {@link #BODY_RESTRICTED} is NOFORN or REL TO. */
    public static final String RESTRICTED_CAVEAT = "restricted_caveat";

    public static final String FOREIGN_LIMITED = "FOREIGN_LIMITED";

    /**
     * Version of the document layout; an index written with another layout is rebuilt from the store on open.
     */
    public static final String SCHEMA = "2";

    public static final String LEVEL = "level";
    public static final String DECLASSIFY_ON = "declassify_on";
    public static final String DECLASSIFY_KIND = "declassify_kind";

    public static final String DAY = "day";
    public static final String DATE_SORT = "date_sort";
    public static final String DATE_STORED = "date";

    /** Facet dimensions, counted with sorted-set doc values. */
    public static final String FACET_CLASSIFICATION = "classification";

    public static final String FACET_ORIGIN = "origin";
    public static final String FACET_TAGS = "tags";
    public static final String FACET_YEAR = "year";
    public static final String FACET_CAPTION = "caption";
    public static final String FACET_HANDLING = "handling";

    /** Facet dimensions in display order. */
    public static final java.util.List<String> FACET_DIMENSIONS = java.util.List.of(
            FACET_CLASSIFICATION, FACET_ORIGIN, FACET_TAGS, FACET_YEAR, FACET_CAPTION, FACET_HANDLING);

    /** The facet configuration; the same instance must serve indexing and counting. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_TAGS, true);
        config.setMultiValued(FACET_CAPTION, true);
        config.setMultiValued(FACET_HANDLING, true);
        return config;
    }
}
