package org.chancery.archive.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.access.SearchRule;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.marking.Keywords;
import org.chancery.telegram.model.Classification;

/**
 * The one translation of the access decision's {@link SearchRule}s into queries over the index's access fields. The
 * filter goes under a query as a filter clause: it restricts matches without touching scores.
 */
final class AccessFilters {
    private AccessFilters() {}

    /** The query limited to what the policy lets the reader see. */
    static Query restrict(Query query, AccessPolicy policy, Principal reader) {
        SearchRule rule = policy.searchRule(reader);
        if (rule instanceof SearchRule.Everything) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(toQuery(rule), Occur.FILTER)
                .build();
    }

    /** The cables whose restricted paragraphs the reader may search, as a filter; {@code null} for none. */
    static Query restrictedText(AccessPolicy policy, Principal reader) {
        SearchRule rule = policy.restrictedTextRule(reader);
        return rule instanceof SearchRule.Nothing ? null : toQuery(rule);
    }

    static Query toQuery(SearchRule rule) {
        return switch (rule) {
            case SearchRule.Everything e -> new MatchAllDocsQuery();
            case SearchRule.Nothing n -> new MatchNoDocsQuery("no cable admitted");
            case SearchRule.AllOf all -> all(all.rules());
            case SearchRule.AnyOf any -> any(any.rules());
            case SearchRule.LevelAtMost l ->
                IntPoint.newRangeQuery(IndexFields.LEVEL, 0, l.level().ordinal());
            case SearchRule.WithoutCaveat w ->
                allBut(new TermQuery(new Term(IndexFields.HANDLING, Keywords.normalize(w.caveat()))));
            case SearchRule.ReleasableTo r -> releasableTo(r);
            case SearchRule.ChannelsWithin c -> channelsWithin(c);
            case SearchRule.SipdisOrDistribution s -> sipdisOrDistribution(s);
            case SearchRule.DeclassifiedBy d -> declassifiedBy(d);
            case SearchRule.RestrictedTextWithin t -> restrictedTextWithin(t);
        };
    }

    private static Query all(List<SearchRule> rules) {
        if (rules.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        rules.forEach(r -> b.add(toQuery(r), Occur.FILTER));
        return b.build();
    }

    private static Query any(List<SearchRule> rules) {
        if (rules.isEmpty()) {
            return new MatchNoDocsQuery("no rule admits");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        rules.forEach(r -> b.add(toQuery(r), Occur.SHOULD));
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private static Query allBut(Query excluded) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(excluded, Occur.MUST_NOT)
                .build();
    }

    private static Query releasableTo(SearchRule.ReleasableTo rule) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(allBut(new PrefixQuery(new Term(IndexFields.HANDLING, "REL "))), Occur.SHOULD);
        if (!rule.countries().isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.RELEASABLE_TO, bytes(rule.countries())), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private static Query channelsWithin(SearchRule.ChannelsWithin rule) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        for (String channel : IndexFields.RESTRICTED_CHANNELS) {
            if (!rule.named().contains(channel)) {
                b.add(new TermQuery(new Term(IndexFields.CHANNEL, channel)), Occur.MUST_NOT);
            }
        }
        return b.build();
    }

    private static Query sipdisOrDistribution(SearchRule.SipdisOrDistribution rule) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.CAPTION, "SIPDIS")), Occur.SHOULD);
        if (!rule.postKeys().isEmpty()) {
            b.add(new TermInSetQuery(IndexFields.DISTRIBUTION, bytes(rule.postKeys())), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private static Query declassifiedBy(SearchRule.DeclassifiedBy rule) {
        long today = rule.today().toEpochDay();
        List<BytesRef> overridden = new ArrayList<>();
        List<BytesRef> declassifiedByDecision = new ArrayList<>();
        for (var e : rule.decisions().entrySet()) {
            overridden.add(new BytesRef(e.getKey()));
            var on = e.getValue().declassifiesOn();
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

    private static Query restrictedTextWithin(SearchRule.RestrictedTextWithin rule) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(
                        IntPoint.newRangeQuery(
                                IndexFields.RESTRICTED_LEVEL, 0, rule.level().ordinal()),
                        Occur.FILTER);
        if (!rule.foreignLimitedAllowed()) {
            b.add(new TermQuery(new Term(IndexFields.RESTRICTED_CAVEAT, IndexFields.FOREIGN_LIMITED)), Occur.MUST_NOT);
        }
        return b.build();
    }

    private static List<BytesRef> bytes(java.util.Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
