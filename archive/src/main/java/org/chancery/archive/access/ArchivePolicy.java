package org.chancery.archive.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.index.AccessQueries;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.index.Keywords;
import org.chancery.archive.marking.Banner;
import org.chancery.archive.marking.Captions;
import org.chancery.archive.marking.PostKeys;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.PortionMarking;

/**
 * The archive's access decision. A cable is visible when it has been declassified, or when all of these hold:
 *
 * <ol>
 *   <li>the reader's clearance is at least the banner's level;
 *   <li>NOFORN cables go to US nationals only; REL TO cables to US nationals and readers of a listed country;
 *   <li>cables in a restricted channel (NODIS, EXDIS, LIMDIS...) go only to readers named on every one of them;
 *   <li>cables without SIPDIS go only to readers of their originating or addressee posts.
 * </ol>
 *
 * The same rules, expressed over the index's access fields, are {@link #searchFilter}; tests hold the two to the same
 * answers. "Today" comes from a clock so that tests can move time.
 */
public final class ArchivePolicy implements AccessPolicy {

    private final Clock clock;
    private final DeclassificationLedger ledger;

    public ArchivePolicy(Clock clock, DeclassificationLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public boolean permits(Principal reader, Cable cable) {
        return decide(reader, cable).permitted();
    }

    @Override
    public AccessDecision decide(Principal reader, Cable cable) {
        EffectiveClassification effective = effective(cable);
        if (effective.declassified()) {
            return AccessDecision.permit(effective);
        }
        Banner banner = Banner.of(cable);
        if (reader.clearance().compareTo(banner.level()) < 0) {
            return AccessDecision.refuse("clearance below " + banner.level().label(), effective);
        }
        if (banner.noforn() && !reader.usNational()) {
            return AccessDecision.refuse("NOFORN", effective);
        }
        if (!banner.releasableTo().isEmpty() && !reader.usNational() && disjoint(banner.releasableTo(), reader)) {
            return AccessDecision.refuse("not releasable to the reader's country", effective);
        }
        for (String channel : Captions.restrictedChannels(cable)) {
            if (!named(reader, channel)) {
                return AccessDecision.refuse(channel + " reader list", effective);
            }
        }
        if (!Captions.sipdis(cable) && !memberOfDistribution(reader, cable)) {
            return AccessDecision.refuse("no SIPDIS and not an originator or addressee post", effective);
        }
        return AccessDecision.permit(effective);
    }

    /** The cable's classification today, after its DECL line and any records officer's decision. */
    public EffectiveClassification effective(Cable cable) {
        return effective(cable, today());
    }

    @Override
    public EffectiveClassification effective(Cable cable, LocalDate day) {
        DeclassDecision decision = ledger.decisions().get(Keywords.normalize(cable.referenceId()));
        return EffectiveClassification.of(cable, decision, day);
    }

    /**
     * Indexes into {@code cable.paragraphs()} of the paragraphs this reader may not read, although the cable is
     * permitted: portions marked above what the reader is cleared for (a banner lower than its paragraphs), NOFORN
     * portions for non-US readers, REL TO portions not releasable to the reader. Nothing is withheld from a
     * declassified cable. An unreadable marking counts as the banner's.
     */
    @Override
    public List<Integer> withheldParagraphs(Principal reader, Cable cable) {
        if (effective(cable).declassified()) {
            return List.of();
        }
        List<Integer> withheld = new ArrayList<>();
        List<Paragraph> paragraphs = cable.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String marking = paragraphs.get(i).marking();
            if (marking == null) {
                continue;
            }
            var portion = PortionMarking.parse(marking);
            if (portion.isPresent() && !mayRead(reader, portion.get())) {
                withheld.add(i);
            }
        }
        return withheld;
    }

    /** Whether a reader satisfies a portion marking on its own. */
    public static boolean mayRead(Principal reader, PortionMarking portion) {
        if (reader.clearance().compareTo(portion.level()) < 0) {
            return false;
        }
        if (reader.usNational()) {
            return true;
        }
        if (portion.noforn()) {
            return false;
        }
        return portion.releasableTo().isEmpty() || !disjoint(portion.releasableTo(), reader);
    }

    @Override
    public Query searchFilter(Principal reader) {
        if (seesEverything(reader)) {
            return null; // no rule can refuse this reader anything: spare every search the filter's cost
        }
        BooleanQuery.Builder rules = new BooleanQuery.Builder();
        rules.add(AccessQueries.levelAtMost(reader.clearance()), Occur.FILTER);
        if (!reader.usNational()) {
            rules.add(AccessQueries.without("NOFORN"), Occur.FILTER);
            rules.add(releasableTo(reader), Occur.FILTER);
        }
        rules.add(AccessQueries.channelsWithin(reader.channels()), Occur.FILTER);
        if (!reader.memberOfEveryPost()) {
            rules.add(sipdisOrDistribution(reader), Occur.FILTER);
        }
        return new BooleanQuery.Builder()
                .add(rules.build(), Occur.SHOULD)
                .add(declassifiedNow(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /**
     * Cables whose uncovered paragraphs the reader satisfies: none of them above the reader's clearance, and none
     * NOFORN or REL TO unless the reader is a US national (narrower REL TO lists are not matched country by country
     * here, which only ever hides text, never shows it).
     */
    @Override
    public Query restrictedTextFilter(Principal reader) {
        if (seesEverything(reader)) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(
                        IntPoint.newRangeQuery(
                                IndexFields.RESTRICTED_LEVEL,
                                0,
                                reader.clearance().ordinal()),
                        Occur.FILTER);
        if (!reader.usNational()) {
            b.add(new TermQuery(new Term(IndexFields.RESTRICTED_CAVEAT, IndexFields.FOREIGN_LIMITED)), Occur.MUST_NOT);
        }
        return new BooleanQuery.Builder()
                .add(b.build(), Occur.SHOULD)
                .add(declassifiedNow(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /**
     * Classified cables whose declassification has come, by their own date unless a decision overrides it, or by a
     * records officer's decision.
     */
    Query declassifiedNow() {
        long today = today().toEpochDay();
        Map<String, DeclassDecision> decisions = ledger.decisions();
        List<BytesRef> overridden = new ArrayList<>();
        List<BytesRef> declassifiedByDecision = new ArrayList<>();
        for (var e : decisions.entrySet()) {
            overridden.add(new BytesRef(e.getKey()));
            LocalDate on = e.getValue().declassifiesOn();
            if (on != null && on.toEpochDay() <= today) {
                declassifiedByDecision.add(new BytesRef(e.getKey()));
            }
        }
        BooleanQuery.Builder byOwnDate = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, Long.MIN_VALUE, today), Occur.FILTER);
        if (!overridden.isEmpty()) {
            byOwnDate.add(new TermInSetQuery(IndexFields.ID, overridden), Occur.MUST_NOT);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(byOwnDate.build(), Occur.SHOULD);
        if (!declassifiedByDecision.isEmpty()) {
            either.add(new TermInSetQuery(IndexFields.ID, declassifiedByDecision), Occur.SHOULD);
        }
        either.setMinimumNumberShouldMatch(1);
        // only cables that were classified: an unclassified cable's DECL date opens nothing its rules keep closed
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(IndexFields.LEVEL, 1, Classification.TOP_SECRET.ordinal()), Occur.FILTER)
                .add(either.build(), Occur.FILTER)
                .build();
    }

    private static Query releasableTo(Principal reader) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(
                new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(new PrefixQuery(new Term(IndexFields.HANDLING, "REL ")), Occur.MUST_NOT)
                        .build(),
                Occur.SHOULD);
        List<BytesRef> countries = reader.releasability().stream()
                .map(c -> new BytesRef(c.toUpperCase(Locale.ROOT)))
                .toList();
        if (!countries.isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.RELEASABLE_TO, countries), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private static Query sipdisOrDistribution(Principal reader) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.CAPTION, "SIPDIS")), Occur.SHOULD);
        List<BytesRef> posts = new ArrayList<>();
        for (String post : reader.posts()) {
            String key = PostKeys.of(post);
            if (key != null) {
                posts.add(new BytesRef(key));
            }
        }
        if (!posts.isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.DISTRIBUTION, posts), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    /** Cleared for the highest level, a US national, of every post and named on every restricted channel. */
    static boolean seesEverything(Principal reader) {
        return reader.clearance() == Classification.TOP_SECRET
                && reader.usNational()
                && reader.memberOfEveryPost()
                && Captions.RESTRICTED_CHANNELS.stream().allMatch(channel -> named(reader, channel));
    }

    private static boolean disjoint(Set<String> countries, Principal reader) {
        for (String c : reader.releasability()) {
            if (countries.contains(c.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean named(Principal reader, String channel) {
        return reader.channels().stream().map(Keywords::normalize).anyMatch(channel::equals);
    }

    private static boolean memberOfDistribution(Principal reader, Cable cable) {
        if (reader.memberOfEveryPost()) {
            return true;
        }
        Set<String> readerPosts = new LinkedHashSet<>();
        for (String p : reader.posts()) {
            String key = PostKeys.of(p);
            if (key != null) {
                readerPosts.add(key);
            }
        }
        for (String key : PostKeys.distribution(cable)) {
            if (readerPosts.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
