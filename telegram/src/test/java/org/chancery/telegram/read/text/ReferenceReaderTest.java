package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.model.Reference;
import org.junit.jupiter.api.Test;

class ReferenceReaderTest {

    @Test
    void singleCableTakesTheCitingYear() {
        assertThat(ReferenceReader.read("KESTREL 2961", "08"))
                .containsExactly(new Reference("08KESTREL2961", "KESTREL 2961"));
        assertThat(ReferenceReader.read("KESTREL 2961", null)).containsExactly(new Reference(null, "KESTREL 2961"));
        assertThat(ReferenceReader.read("07 VALDORA 7197", null))
                .containsExactly(new Reference("07VALDORA7197", "07 VALDORA 7197"));
    }

    @Test
    void lettersInEveryStyle() {
        assertThat(ReferenceReader.read("A. MARLOW 1605 B. 06 MARLOW 2601", "07"))
                .containsExactly(
                        new Reference("07MARLOW1605", "MARLOW 1605"), new Reference("06MARLOW2601", "06 MARLOW 2601"));
        assertThat(ReferenceReader.read("(A)STATE 071143, (B) SECSTATE 74879", "08"))
                .containsExactly(
                        new Reference("08STATE71143", "STATE 071143"), new Reference("08STATE74879", "SECSTATE 74879"));
        assertThat(ReferenceReader.read("A) PORT SALVEN 12 B) 2005 PORT SALVEN 99", "06"))
                .extracting(Reference::id)
                .containsExactly("06PORTSALVEN12", "05PORTSALVEN99");
        assertThat(ReferenceReader.read("A. A) KESTREL 0008 ¶B. B) 2006 KESTREL 4652", "07"))
                .containsExactly(
                        new Reference("07KESTREL8", "KESTREL 0008"),
                        new Reference("06KESTREL4652", "2006 KESTREL 4652"));
    }

    @Test
    void nonCablesKeepTheirTextWithoutId() {
        assertThat(ReferenceReader.read("A. STATE 1234 B. EMAIL FROM ORLOV 3/4/08 C. MEMCON OF MAY 2", "08"))
                .containsExactly(
                        new Reference("08STATE1234", "STATE 1234"),
                        new Reference(null, "EMAIL FROM ORLOV 3/4/08"),
                        new Reference(null, "MEMCON OF MAY 2"));
        assertThat(ReferenceReader.read("STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966", "66"))
                .containsExactly(
                        new Reference("66STATE106206", "STATE 106206 CIRCULAR"),
                        new Reference(null, "STATE CA-3400 NOV 2, 1966"));
        assertThat(ReferenceReader.read("IIR 6906012405", "05")).containsExactly(new Reference(null, "IIR 6906012405"));
        assertThat(ReferenceReader.read("OCTOBER 25 KESTREL POINTS", "05"))
                .extracting(Reference::id)
                .containsOnlyNulls();
        assertThat(ReferenceReader.read("09 XXXXXXXXXXXX 167", "09"))
                .extracting(Reference::id)
                .containsOnlyNulls();
    }

    @Test
    void unletteredListsSplitOnlyBetweenCables() {
        assertThat(ReferenceReader.read("VALDORA 1091: VALDORA 263: MARLOW 1603", "72"))
                .extracting(Reference::id)
                .containsExactly("72VALDORA1091", "72VALDORA263", "72MARLOW1603");
        assertThat(ReferenceReader.read("KESTREL 8760 AND PREVIOUS", "05"))
                .containsExactly(new Reference("05KESTREL8760", "KESTREL 8760 AND PREVIOUS"));
        assertThat(ReferenceReader.read("VALDORA 152 (08)", "09"))
                .extracting(Reference::id)
                .containsExactly("08VALDORA152");
    }
}
