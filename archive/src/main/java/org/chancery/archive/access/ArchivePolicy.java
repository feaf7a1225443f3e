package org.chancery.archive.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancery.archive.marking.Banner;
import org.chancery.archive.marking.Captions;
import org.chancery.archive.marking.Keywords;
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
 * The same rules, as the set of cables a search may return, are {@link #searchRule}; tests hold the two to the same
 * answers. "Today" comes from a clock so that tests can move time.
 */
public final class ArchivePolicy implements AccessPolicy {

    private final Clock clock;
    private final DeclassificationLedger ledger;

    public ArchivePolicy(Clock clock, DeclassificationLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    @Override
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
    public SearchRule searchRule(Principal reader) {
        if (seesEverything(reader)) {
            return SearchRule.EVERYTHING; // no rule can refuse this reader anything: spare every search the filter
        }
        List<SearchRule> rules = new ArrayList<>();
        rules.add(new SearchRule.LevelAtMost(reader.clearance()));
        if (!reader.usNational()) {
            rules.add(new SearchRule.WithoutCaveat("NOFORN"));
            rules.add(new SearchRule.ReleasableTo(upperCase(reader.releasability())));
        }
        rules.add(new SearchRule.ChannelsWithin(normalized(reader.channels())));
        if (!reader.memberOfEveryPost()) {
            rules.add(new SearchRule.SipdisOrDistribution(postKeys(reader)));
        }
        return SearchRule.anyOf(SearchRule.allOf(rules.toArray(SearchRule[]::new)), declassifiedNow());
    }

    /**
     * Cables whose uncovered paragraphs the reader satisfies: none of them above the reader's clearance, and none
     * NOFORN or REL TO unless the reader is a US national (narrower REL TO lists are not matched country by country
     * here, which only ever hides text, never shows it).
     */
    @Override
    public SearchRule restrictedTextRule(Principal reader) {
        if (seesEverything(reader)) {
            return SearchRule.EVERYTHING;
        }
        return SearchRule.anyOf(
                new SearchRule.RestrictedTextWithin(reader.clearance(), reader.usNational()), declassifiedNow());
    }

    /**
     * Classified cables whose declassification has come, by their own date unless a decision overrides it, or by a
     * records officer's decision.
     */
    private SearchRule declassifiedNow() {
        return new SearchRule.DeclassifiedBy(today(), ledger.decisions());
    }

    private static Set<String> upperCase(Set<String> countries) {
        Set<String> out = new LinkedHashSet<>();
        countries.forEach(c -> out.add(c.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static Set<String> normalized(Set<String> channels) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : channels) {
            String key = Keywords.normalize(c);
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    private static Set<String> postKeys(Principal reader) {
        Set<String> keys = new LinkedHashSet<>();
        for (String p : reader.posts()) {
            String key = PostKeys.of(p);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
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
        Set<String> readerPosts = postKeys(reader);
        for (String key : PostKeys.distribution(cable)) {
            if (readerPosts.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
