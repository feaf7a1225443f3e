package org.chancery.archive.index;

import java.time.LocalDate;
import java.util.Collection;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.chancery.telegram.model.Classification;

/**
 * Building blocks for {@link org.chancery.archive.access.AccessPolicy#searchFilter}, over the access fields of
 * {@link IndexFields}. Each states one rule; a policy combines them with {@link #allOf}.
 */
public final class AccessQueries {
    private AccessQueries() {}

    /** Cables classified at most at {@code clearance}. */
    public static Query levelAtMost(Classification clearance) {
        return IntPoint.newRangeQuery(IndexFields.LEVEL, 0, clearance.ordinal());
    }

    /** Cables that do not carry the handling caveat (e.g. {@code NOFORN} for a foreign reader). */
    public static Query without(String handlingCaveat) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.HANDLING, Keywords.normalize(handlingCaveat))), Occur.MUST_NOT)
                .build();
    }

    /** Cables in no restricted channel, or only in channels the reader is named on (NODIS and EXDIS needs both). */
    public static Query channelsWithin(Collection<String> readerChannels) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        for (String channel : IndexFields.RESTRICTED_CHANNELS) {
            if (readerChannels.stream().map(Keywords::normalize).noneMatch(channel::equals)) {
                b.add(new TermQuery(new Term(IndexFields.CHANNEL, channel)), Occur.MUST_NOT);
            }
        }
        return b.build();
    }

    /** Cables whose declassify-on date has passed by {@code day}. */
    public static Query declassifiedBy(LocalDate day) {
        return LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, Long.MIN_VALUE, day.toEpochDay());
    }

    /** Every rule at once; no rules means no restriction. */
    public static Query allOf(Query... rules) {
        if (rules.length == 0) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query rule : rules) {
            b.add(rule, Occur.FILTER);
        }
        return b.build();
    }
}
