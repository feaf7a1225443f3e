package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every REF style of real traffic, on invented fragments: the label, the list letters and the cable ids. */
class ReferenceStylesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "REF: A. STATE 12345 B. 08 PARIS 1234|09STATE12345,08PARIS1234",
                "REF: A) STATE 12345 B) 08 PARIS 1234|09STATE12345,08PARIS1234",
                "REF: (A) STATE 12345 (B) 08 PARIS 1234|09STATE12345,08PARIS1234",
                "REF: A. (A) STATE 12345 B. (B) 08 PARIS 1234|09STATE12345,08PARIS1234",
                "REFS: A. SECSTATE 012345 B. 08 PARIS 001234|09STATE12345,08PARIS1234",
                "REFTELS: A. STATE 12345 B. 08 PARIS 1234|09STATE12345,08PARIS1234",
                "Ref(s): A. STATE 12345 B. 08 PARIS 1234|09STATE12345,08PARIS1234",
                "PROGRAM REF: A. STATE 12345 B. 08 PARIS 1234|09STATE12345,08PARIS1234",
                "REF: A. 07 RIO 346 B. 07 RIODEJAN 0088|07RIODEJANEIRO346,07RIODEJANEIRO88",
                "REF: A. EMAIL FROM POL/ECON 5/14/2008 B. 08 PARIS 1234|-,08PARIS1234",
                "REF: A. STATE 12345 B. MEMCON 3/4/08 C. 07 USUN 0088|09STATE12345,-,07USUNNEWYORK88"
            })
    void eachStyleGivesItsCables(String refLine, String expected) {
        ParsedText t = TextParser.parse(
                "SUBJECT: HARBOUR FEES\n" + refLine + "\n\n1. (C) The harbour council met.\n",
                new TextContext("09VALDORIA123"));

        List<String> ids = t.references().stream()
                .map(Reference::id)
                .map(id -> id == null ? "-" : id)
                .toList();
        assertThat(ids).isEqualTo(Arrays.asList(expected.split(",")));
        assertThat(t.subject()).isEqualTo("HARBOUR FEES");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SUBJECT: HARBOUR FEES REF: STATE 12345|09STATE12345",
                "SUBJECT: HARBOUR FEES REFS: 08 OSLO 7|08OSLO7"
            })
    void aRefInsideTheSubjectBlockIsAReference(String line, String expected) {
        ParsedText t = TextParser.parse(line + "\n\n1. (C) Text.\n", new TextContext("09VALDORIA123"));

        assertThat(t.references()).extracting(Reference::id).containsExactly(expected);
        assertThat(t.subject()).isEqualTo("HARBOUR FEES");
    }

    @org.junit.jupiter.api.Test
    void aRefListRunsOverLinesAndStopsAtClassifiedBy() {
        ParsedText t = TextParser.parse(
                "SUBJECT: HARBOUR FEES\nREF: A. STATE 12345\n     B. 08 PARIS\n     1234\n"
                        + "Classified By: Ambassador Ann Marrow for reasons 1.4 (b) and (d)\n\n1. (C) Text.\n",
                new TextContext("09VALDORIA123"));

        assertThat(t.references()).extracting(Reference::id).containsExactly("09STATE12345", "08PARIS1234");
    }
}
