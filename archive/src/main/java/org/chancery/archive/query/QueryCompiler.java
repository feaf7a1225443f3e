package org.chancery.archive.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.chancery.archive.index.IndexAnalyzers;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.marking.CableIds;
import org.chancery.archive.marking.Keywords;
import org.chancery.archive.query.QueryNode.Clause;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Precedence;

/**
 * Translates a parsed query into a Lucene query over the fields of {@link IndexFields}. Free text searches subject,
 * summary and body (subject weighs most) and also matches a reference id exactly; field clauses on exact fields score
 * as constants, so relevance comes from the text.
 */
public final class QueryCompiler {

    private static final Pattern REFERENCE_ID = Pattern.compile("\\d{2}[A-Z]+\\d+");
    private static final float SUBJECT_BOOST = 3f;
    private static final float SUMMARY_BOOST = 1.5f;
    private static final float ID_BOOST = 10f;

    /** Analyzers are thread-safe and cache their token streams per thread: one serves every compilation. */
    private static final Analyzer ANALYZER = IndexAnalyzers.create();

    private final String query;
    private final ReferenceLookup references;
    private final QueryBuilder text;
    private final Query restrictedTextGate;

    private QueryCompiler(String query, ReferenceLookup references, Analyzer analyzer, Query restrictedTextGate) {
        this.query = query;
        this.references = references;
        this.text = new QueryBuilder(analyzer);
        this.restrictedTextGate = restrictedTextGate;
    }

    /** Parses and compiles a query string; body text the banner does not cover is not searched. */
    public static Query compile(String query, ReferenceLookup references) {
        return compile(query, QueryParser.parse(query), references, null);
    }

    /**
     * Parses and compiles a query string for a reader.
     *
     * @param restrictedTextGate the cables whose {@link IndexFields#BODY_RESTRICTED} text this reader may search
     *     (from the access policy), or null for none
     */
    public static Query compile(String query, ReferenceLookup references, Query restrictedTextGate) {
        return compile(query, QueryParser.parse(query), references, restrictedTextGate);
    }

    /** Compiles an already parsed query; {@code query} is the text it came from, for error positions. */
    static Query compile(String query, QueryNode node, ReferenceLookup references, Query restrictedTextGate) {
        QueryCompiler compiler = new QueryCompiler(query, references, ANALYZER, restrictedTextGate);
        Query q = compiler.node(node);
        return q == null ? new MatchNoDocsQuery("query has no searchable terms") : q;
    }

    /** Null means "no constraint": a clause of stop words only, which AND ignores. */
    private Query node(QueryNode node) {
        return switch (node) {
            case QueryNode.MatchAll m -> new MatchAllDocsQuery();
            case QueryNode.And and -> and(and.parts());
            case QueryNode.Or or -> or(or.parts());
            case QueryNode.Not not -> and(List.of(not));
            case Clause clause -> clause(clause);
        };
    }

    private Query and(List<QueryNode> parts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (QueryNode part : parts) {
            if (part instanceof QueryNode.Not not) {
                Query q = node(not.part());
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                    any = true;
                }
            } else {
                Query q = node(part);
                if (q != null) {
                    b.add(q, Occur.MUST);
                    positive = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            // Lucene matches nothing with only prohibitions: "NOT x" means everything else
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    private Query or(List<QueryNode> parts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryNode part : parts) {
            Query q = node(part);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : null;
    }

    private Query clause(Clause c) {
        if (c.field() == null) {
            return freeText(c);
        }
        return switch (c.field()) {
            case SUBJECT -> textField(IndexFields.SUBJECT, c);
            case BODY -> bodyText(c);
            case SUMMARY -> textField(IndexFields.SUMMARY, c);
            case ID -> idKeyword(IndexFields.ID, c);
            case TAG -> keyword(IndexFields.TAG, c);
            case ORIGIN -> keyword(IndexFields.ORIGIN, c);
            case CAPTION -> keyword(IndexFields.CAPTION, c);
            case HANDLING -> keyword(IndexFields.HANDLING, c);
            case SIGNER -> keyword(IndexFields.SIGNER, c);
            case CITES -> idKeyword(IndexFields.REFS, c);
            case INFO -> keyword(IndexFields.INFO, c);
            case ADDRESSEE -> anyOf(keyword(IndexFields.TO, c), keyword(IndexFields.INFO, c));
            case TO -> DateRange.looksLikeDate(c.value()) ? dateBound(c, false) : keyword(IndexFields.TO, c);
            case FROM -> dateBound(c, true);
            case DATE -> date(c);
            case PRECEDENCE -> precedence(c);
            case CLASSIFICATION -> classification(c);
            case CITED_BY -> citedBy(c);
        };
    }

    private Query freeText(Clause c) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (var field : List.of(
                new Weighted(IndexFields.SUBJECT, SUBJECT_BOOST),
                new Weighted(IndexFields.SUMMARY, SUMMARY_BOOST),
                new Weighted(IndexFields.BODY, 1f))) {
            Query q = field.name().equals(IndexFields.BODY) ? bodyText(c) : textField(field.name(), c);
            if (q != null) {
                b.add(field.boost() == 1f ? q : new BoostQuery(q, field.boost()), Occur.SHOULD);
                any = true;
            }
        }
        String id = CableIds.key(c.value());
        if (!c.quoted() && id != null && REFERENCE_ID.matcher(id).matches()) {
            b.add(
                    new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.ID, id))), ID_BOOST),
                    Occur.SHOULD);
            any = true;
        }
        return any ? b.build() : null;
    }

    /** The body, plus the paragraphs the banner does not cover in the cables where the reader may read them. */
    private Query bodyText(Clause c) {
        Query body = textField(IndexFields.BODY, c);
        if (body == null || restrictedTextGate == null) {
            return body;
        }
        Query restricted = textField(IndexFields.BODY_RESTRICTED, c);
        return new BooleanQuery.Builder()
                .add(body, Occur.SHOULD)
                .add(
                        new BooleanQuery.Builder()
                                .add(restricted, Occur.MUST)
                                .add(restrictedTextGate, Occur.FILTER)
                                .build(),
                        Occur.SHOULD)
                .build();
    }

    private Query textField(String field, Clause c) {
        String value = c.value();
        if (!c.quoted() && value.endsWith("*") && value.length() > 1) {
            String prefix = value.substring(0, value.length() - 1).toLowerCase(Locale.ROOT);
            return new PrefixQuery(new Term(field, prefix));
        }
        // a single word that analyses into several tokens ("counter-terrorism") is matched as a phrase
        return text.createPhraseQuery(field, value);
    }

    /** A field of reference ids: a whole id is canonicalised as the index holds it; a prefix is matched as typed. */
    private Query idKeyword(String field, Clause c) {
        String value = c.value();
        if (!c.quoted() && value != null && value.endsWith("*")) {
            return keyword(field, c);
        }
        String id = CableIds.key(value);
        if (id == null) {
            throw error(c, "empty value for " + c.field().keyword());
        }
        return new ConstantScoreQuery(new TermQuery(new Term(field, id)));
    }

    private Query keyword(String field, Clause c) {
        String value = Keywords.normalize(c.value());
        if (value == null) {
            throw error(c, "empty value for " + c.field().keyword());
        }
        if (!c.quoted() && value.endsWith("*") && value.length() > 1) {
            return new ConstantScoreQuery(new PrefixQuery(new Term(field, value.substring(0, value.length() - 1))));
        }
        return new ConstantScoreQuery(new TermQuery(new Term(field, value)));
    }

    private static Query anyOf(Query a, Query b) {
        return new BooleanQuery.Builder()
                .add(a, Occur.SHOULD)
                .add(b, Occur.SHOULD)
                .build();
    }

    private Query dateBound(Clause c, boolean lower) {
        DateRange range = dateRange(c);
        return lower
                ? LongPoint.newRangeQuery(IndexFields.DAY, range.first().toEpochDay(), Long.MAX_VALUE)
                : LongPoint.newRangeQuery(
                        IndexFields.DAY, Long.MIN_VALUE, range.last().toEpochDay());
    }

    private Query date(Clause c) {
        DateRange r = dateRange(c);
        long first = r.first().toEpochDay();
        long last = r.last().toEpochDay();
        return switch (c.comparison()) {
            case EQUALS -> LongPoint.newRangeQuery(IndexFields.DAY, first, last);
            case GREATER -> LongPoint.newRangeQuery(IndexFields.DAY, last + 1, Long.MAX_VALUE);
            case GREATER_OR_EQUAL -> LongPoint.newRangeQuery(IndexFields.DAY, first, Long.MAX_VALUE);
            case LESS -> LongPoint.newRangeQuery(IndexFields.DAY, Long.MIN_VALUE, first - 1);
            case LESS_OR_EQUAL -> LongPoint.newRangeQuery(IndexFields.DAY, Long.MIN_VALUE, last);
        };
    }

    private DateRange dateRange(Clause c) {
        return DateRange.parse(c.value())
                .orElseThrow(() -> error(
                        c,
                        "bad date '" + c.value() + "' for " + c.field().keyword() + " at column " + c.column()
                                + " (use 2008, 2008-11 or 2008-11-28)"));
    }

    private Query precedence(Clause c) {
        Optional<Precedence> p = Precedence.fromLabel(c.value()).or(() -> Precedence.fromProsign(c.value()));
        Precedence precedence = p.orElseThrow(() -> error(
                c,
                "unknown precedence '" + c.value() + "' at column " + c.column() + " (expected "
                        + Arrays.stream(Precedence.values())
                                .map(Precedence::name)
                                .collect(Collectors.joining(", "))
                        + ")"));
        return new ConstantScoreQuery(new TermQuery(new Term(IndexFields.PRECEDENCE, precedence.name())));
    }

    private Query classification(Clause c) {
        Classification level = Classification.fromText(c.value())
                .orElseThrow(() -> error(
                        c,
                        "unknown classification '" + c.value() + "' at column " + c.column()
                                + " (expected UNCLASSIFIED, CONFIDENTIAL, SECRET or \"TOP SECRET\")"));
        int n = level.ordinal();
        int max = Classification.values().length - 1;
        return switch (c.comparison()) {
            case EQUALS -> IntPoint.newExactQuery(IndexFields.LEVEL, n);
            case GREATER -> IntPoint.newRangeQuery(IndexFields.LEVEL, n + 1, max);
            case GREATER_OR_EQUAL -> IntPoint.newRangeQuery(IndexFields.LEVEL, n, max);
            case LESS -> IntPoint.newRangeQuery(IndexFields.LEVEL, 0, n - 1);
            case LESS_OR_EQUAL -> IntPoint.newRangeQuery(IndexFields.LEVEL, 0, n);
        };
    }

    private Query citedBy(Clause c) {
        String id = CableIds.key(c.value());
        if (id == null) {
            throw error(c, "empty value for citedby");
        }
        Set<String> cited = references.referencesOf(id);
        if (cited.isEmpty()) {
            return new MatchNoDocsQuery("no visible cable " + id + " with references");
        }
        List<BytesRef> terms = new ArrayList<>();
        for (String ref : cited) {
            terms.add(new BytesRef(ref));
        }
        return new ConstantScoreQuery(new TermInSetQuery(IndexFields.ID, terms));
    }

    private QuerySyntaxException error(Clause c, String message) {
        return new QuerySyntaxException(query, c.column(), message);
    }

    private record Weighted(String name, float boost) {}
}
