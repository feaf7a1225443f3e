package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile inputs: the parser must return (never throw) and must not hang. The timeouts only detect hangs (they are
 * generous); they are not performance assertions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TextParserRobustnessTest {

    @Test
    void nullAndEmpty() {
        assertThat(TextParser.parse(null, null).paragraphs()).isEmpty();
        assertThat(TextParser.parse("", TextContext.NONE).classification()).isNull();
        assertThat(TextParser.parse("\n\n\r\n", TextContext.NONE).paragraphs()).isEmpty();
    }

    @Test
    void fiveMegabyteLineWithoutNewline() {
        String line = "word ".repeat(1_000_000);
        ParsedText t = TextParser.parse(line, TextContext.NONE);
        assertThat(t.paragraphs()).hasSize(1);
        assertThat(t.paragraphs().get(0).text()).hasSize(line.strip().length());
    }

    @Test
    void fiveMegabyteLineOfPatternFragments() {
        String[] fragments = {
            "Visit ",
            "Classified ",
            "(",
            "1.4 ",
            "00001234 ",
            "002 OF ",
            "PAGE 02 ",
            "REF: ",
            "A. ",
            "¶",
            "S E C ",
            "TAGS: ",
            "OVIP (",
            "End summary ",
            "-- ",
            "SUBJECT: "
        };
        for (String f : fragments) {
            ParsedText t = TextParser.parse(f.repeat(5_000_000 / f.length()), TextContext.NONE);
            assertThat(t).as(f).isNotNull();
        }
    }

    @Test
    void hundredThousandParagraphMarks() {
        ParsedText t = TextParser.parse("¶1. (C) x\n".repeat(100_000), TextContext.NONE);
        assertThat(t.paragraphs()).hasSize(100_000);
        ParsedText glued = TextParser.parse("¶1.".repeat(100_000), TextContext.NONE);
        assertThat(glued.paragraphs()).hasSize(1);
    }

    @Test
    void manyFieldLinesAndRefLetters() {
        assertThat(TextParser.parse("SUBJECT: x\n".repeat(200_000), TextContext.NONE)
                        .subject())
                .isEqualTo("x");
        StringBuilder refs = new StringBuilder("REF: ");
        for (int i = 0; i < 100_000; i++) {
            refs.append((char) ('A' + i % 26)).append(". KESTREL ").append(i).append('\n');
        }
        assertThat(TextParser.parse(refs.toString(), TextContext.NONE)).isNotNull();
        assertThat(TextParser.parse("Classified By: " + "Ambassador ".repeat(500_000), TextContext.NONE))
                .isNotNull();
    }

    @Test
    void randomBytes() {
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            char[] chars = new char[random.nextInt(5_000)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x3000);
            }
            assertThat(TextParser.parse(new String(chars), TextContext.NONE)).isNotNull();
        }
    }

    @Test
    void randomCableShapedLines() {
        String[] pieces = {
            "C O N F I D E N T I A L SECTION 01 OF 02 KESTREL 000001",
            "SIPDIS",
            "NOFORN",
            "E.O. 12958: DECL: 1/2/30",
            "TAGS: PREL (",
            "SUBJECT: x",
            "REF: A. (B) C)",
            "Classified By: 1.4 (",
            "¶1. (S/NF",
            "1. (C) y",
            "",
            "KESTREL 00000001  002 OF 002",
            "-----",
            "End summary",
            "TUTTLE",
            "NNNN",
            "Visit K's Classified Website"
        };
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n" : " ");
            }
            assertThat(TextParser.parse(sb.toString(), new TextContext("09KESTREL1")))
                    .isNotNull();
        }
    }
}
