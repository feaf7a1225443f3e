package org.chancery.telegram.read.text;

import java.util.List;
import org.chancery.telegram.model.Classification;

/**
 * The banner, the first line of a telegram's text: {@code C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002968}.
 *
 * @param classification the level
 * @param caveats normalised caveats the banner carries ({@code NOFORN}, {@code SBU}, {@code REL TO USA, GBR}...)
 * @param sections the y of "SECTION x OF y" (or of an older "PAGE nn ... x OF y"), or null
 * @param post the post, upper case ({@code LONDON}, {@code RIO DE JANEIRO}), or null
 * @param serial the serial as written ({@code 002968}), or null
 */
public record Banner(
        Classification classification, List<String> caveats, Integer sections, String post, String serial) {
    public Banner {
        caveats = List.copyOf(caveats);
    }
}
