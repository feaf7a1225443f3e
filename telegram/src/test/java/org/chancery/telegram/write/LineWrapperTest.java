package org.chancery.telegram.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    @Test
    void breaksAtTheLastSpaceThatFitsAndHonoursTheFirstLineOffset() {
        LineWrapper w = new LineWrapper(20);

        assertThat(w.fill("aaaa bbbb cccc dddd eeee", 0)).isEqualTo("aaaa bbbb cccc dddd\neeee");
        assertThat(w.fill("aaaa bbbb cccc dddd eeee", 8)).isEqualTo("aaaa bbbb\ncccc dddd eeee");
    }

    @Test
    void collapsesExistingBreaksAndBlanks() {
        assertThat(new LineWrapper(30).fill("  one\n two   three ", 0)).isEqualTo("one two three");
    }

    @Test
    void cleanTextAndTheSameWordsMessilySpacedWrapAlike() {
        LineWrapper w = new LineWrapper(24);
        String clean = "the minister said the talks would resume in march after the holiday";
        String messy = "  the minister\nsaid the\t\ttalks would  resume   in march after\r\nthe holiday ";

        assertThat(w.fill(messy, 6)).isEqualTo(w.fill(clean, 6));
        assertThat(w.fill(new StringBuilder(clean), 6)).isEqualTo(w.fill(clean, 6));
        assertThat(w.fill(clean, 6))
                .isEqualTo("the minister said\nthe talks would resume\nin march after the\nholiday");
    }

    @Test
    void keepsAnOverlongWordWhole() {
        assertThat(new LineWrapper(20).fill("x " + "y".repeat(30) + " z", 0)).isEqualTo("x\n" + "y".repeat(30) + "\nz");
    }

    @Test
    void fitsTellsWhetherTextNeedsNoRewrap() {
        LineWrapper w = new LineWrapper(20);

        assertThat(w.fits("short line\nanother", 5)).isTrue();
        assertThat(w.fits("a line that is too long", 0)).isFalse();
        assertThat(w.fits("trailing blank \nx", 0)).isFalse();
    }

    @Test
    void refusesAbsurdWidths() {
        assertThatThrownBy(() -> new LineWrapper(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void wrappedTextFitsAndKeepsEveryWord(
            @ForAll @StringLength(max = 400) @AlphaChars @NumericChars @Chars({' ', ' ', '\n', '\t', '.', '(', ')'})
                    String text,
            @ForAll @IntRange(min = 20, max = 80) int width) {
        LineWrapper w = new LineWrapper(width);
        String filled = w.fill(text, 0);
        String[] words = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");

        assertThat(filled.isEmpty() ? new String[0] : filled.split("[ \n]")).containsExactly(words);
        for (String line : filled.split("\n")) {
            assertThat(line.length() <= width || !line.contains(" ")).isTrue();
        }
    }
}
