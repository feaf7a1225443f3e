package org.chancery.telegram.read.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The char-scan {@link Whitespace#words} must split exactly as the regex it replaced, edge cases included. */
class WhitespaceWordsTest {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    @Test
    void splitsLikeTheRegexOnEdgeCases() {
        String[] samples = {
            "",
            " ",
            "   ",
            "a",
            "a b",
            " a b",
            "a b ",
            "  a  b  ",
            "\ta\nb\u000Bc\fd\re",
            "a\u00A0b",
            "\n\n",
            "AMBASSADOR  JOHN Q. SMITH",
            " x",
            "x ",
            "x\r\n"
        };
        for (String s : samples) {
            assertArrayEquals(RUNS.split(s), Whitespace.words(s), () -> "input [" + s + "]");
        }
    }
}
