package org.chancery.archive.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chancery.archive.query.QueryNode.And;
import org.chancery.archive.query.QueryNode.Clause;
import org.chancery.archive.query.QueryNode.Comparison;
import org.chancery.archive.query.QueryNode.MatchAll;
import org.chancery.archive.query.QueryNode.Not;
import org.chancery.archive.query.QueryNode.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    @Test
    void freeTextWordsAreJoinedByAnd() {
        assertThat(QueryParser.parse("missile strikes"))
                .isEqualTo(new And(List.of(text("missile", 1), text("strikes", 9))));
    }

    @Test
    void phraseKeepsItsWordsTogether() {
        assertThat(QueryParser.parse("\"donor conference\""))
                .isEqualTo(new Clause(null, Comparison.EQUALS, "donor conference", true, 1));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(QueryParser.parse("a OR b AND c"))
                .isEqualTo(new Or(List.of(text("a", 1), new And(List.of(text("b", 6), text("c", 12))))));
    }

    @Test
    void parenthesesOverrideTheDefaultGrouping() {
        assertThat(QueryParser.parse("(a OR b) c"))
                .isEqualTo(new And(List.of(new Or(List.of(text("a", 2), text("b", 7))), text("c", 10))));
    }

    @Test
    void notAndMinusBothNegate() {
        assertThat(QueryParser.parse("a NOT b -c"))
                .isEqualTo(new And(List.of(text("a", 1), new Not(text("b", 7)), new Not(text("c", 10)))));
    }

    @Test
    void lowerCaseOperatorsAreOrdinaryWords() {
        assertThat(QueryParser.parse("war and peace"))
                .isEqualTo(new And(List.of(text("war", 1), text("and", 5), text("peace", 9))));
    }

    @Test
    void hyphenInsideAWordIsNotANegation() {
        assertThat(QueryParser.parse("counter-terrorism")).isEqualTo(text("counter-terrorism", 1));
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(QueryParser.parse("   ")).isInstanceOf(MatchAll.class);
    }

    @ParameterizedTest
    @CsvSource({
        "tag:PTER, TAG, PTER",
        "origin:London, ORIGIN, London",
        "classification:SECRET, CLASSIFICATION, SECRET",
        "caption:SIPDIS, CAPTION, SIPDIS",
        "handling:NOFORN, HANDLING, NOFORN",
        "from:2008-01, FROM, 2008-01",
        "to:2008-12, TO, 2008-12",
        "to:RUEHC, TO, RUEHC",
        "info:RUEHIL, INFO, RUEHIL",
        "addressee:RUEHC, ADDRESSEE, RUEHC",
        "date:2008, DATE, 2008",
        "precedence:FLASH, PRECEDENCE, FLASH",
        "cites:08LONDON2961, CITES, 08LONDON2961",
        "citedby:08LONDON2968, CITED_BY, 08LONDON2968",
        "signer:TUTTLE, SIGNER, TUTTLE",
        "id:08LONDON2968, ID, 08LONDON2968",
        "subject:Kashmir, SUBJECT, Kashmir",
        "body:donor, BODY, donor",
        "summary:visit, SUMMARY, visit",
        "TAG:pter, TAG, pter",
    })
    void everyFieldParses(String query, QueryField field, String value) {
        assertThat(QueryParser.parse(query)).isEqualTo(new Clause(field, Comparison.EQUALS, value, false, 1));
    }

    @Test
    void fieldTakesAQuotedPhrase() {
        assertThat(QueryParser.parse("x origin:\"Embassy London\""))
                .isEqualTo(new And(List.of(
                        text("x", 1), new Clause(QueryField.ORIGIN, Comparison.EQUALS, "Embassy London", true, 3))));
    }

    @Test
    void classificationAcceptsComparisons() {
        assertThat(QueryParser.parse("classification>=CONFIDENTIAL"))
                .isEqualTo(
                        new Clause(QueryField.CLASSIFICATION, Comparison.GREATER_OR_EQUAL, "CONFIDENTIAL", false, 1));
        assertThat(QueryParser.parse("date<2008-06"))
                .isEqualTo(new Clause(QueryField.DATE, Comparison.LESS, "2008-06", false, 1));
    }

    @Test
    void fieldGroupGivesItsFieldToEveryTerm() {
        assertThat(QueryParser.parse("tag:(PTER OR PREL)"))
                .isEqualTo(new Or(List.of(
                        new Clause(QueryField.TAG, Comparison.EQUALS, "PTER", false, 1),
                        new Clause(QueryField.TAG, Comparison.EQUALS, "PREL", false, 1))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tga:PTER | 1 | unknown field 'tga' at column 1 (did you mean tag?)",
                "x orgin:London | 3 | unknown field 'orgin' at column 3 (did you mean origin?)",
                "x zzzzqqq:1 | 3 | unknown field 'zzzzqqq' at column 3 (fields: id, subject,",
                "kashmir \"donor conf | 9 | unbalanced quote: the phrase opened at column 9 is never closed",
                "(a OR b | 1 | unbalanced parenthesis: '(' at column 1 is never closed",
                "a OR b) | 7 | unbalanced parenthesis: ')' at column 7 has no matching '('",
                "a AND | 6 | expected a term after 'AND' at column 3 but found the end of the query",
                "OR a | 1 | expected a term, a phrase or '(' at column 1 but found 'OR'",
                "tag: PTER | 5 | missing value after 'tag:' at column 5",
                "a tag>=PTER | 3 | field 'tag' does not take '>=' at column 3",
                "() | 2 | empty parentheses at column 1",
            })
    void errorsPointAtTheirColumn(String query, int column, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).startsWith(message);
        });
    }

    @Test
    void pointerPutsACaretUnderTheColumn() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                QuerySyntaxException.class, () -> QueryParser.parse("kashmir tga:PTER"));
        assertThat(e.pointer().lines().toList())
                .containsExactly(
                        "unknown field 'tga' at column 9 (did you mean tag?)", "  kashmir tga:PTER", "          ^");
    }

    private static Clause text(String value, int column) {
        return new Clause(null, Comparison.EQUALS, value, false, column);
    }
}
