package org.chancery.telegram.read;

import java.util.List;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;

/**
 * What {@link TextParser} understood of a telegram's text (everything after the header).
 *
 * @param classification the banner's level, or null when the text has no banner
 * @param handling handling caveats found in the banner, caption lines and paragraph markings
 * @param captions distribution captions (SIPDIS, NODIS...)
 * @param subject the SUBJECT line(s), unwrapped; null when absent
 * @param tags the TAGS
 * @param references the REF entries
 * @param declassification the E.O./DECL line, or null
 * @param classifiedBy the Classified By line, or null
 * @param signers signer names at the end
 * @param summary the summary text, or null
 * @param paragraphs the paragraphs
 * @param sections "SECTION x OF y" total, or null
 * @param bannerPost the post named on the banner line ({@code LONDON}), or null
 * @param bannerSerial the serial on the banner line ({@code 002968}), or null
 * @param partial whether the text is a partial extract
 */
public record ParsedText(
        Classification classification,
        List<String> handling,
        List<String> captions,
        String subject,
        List<String> tags,
        List<Reference> references,
        Declassification declassification,
        ClassifiedBy classifiedBy,
        List<String> signers,
        String summary,
        List<Paragraph> paragraphs,
        Integer sections,
        String bannerPost,
        String bannerSerial,
        boolean partial) {

    public ParsedText {
        handling = List.copyOf(handling);
        captions = List.copyOf(captions);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        signers = List.copyOf(signers);
        paragraphs = List.copyOf(paragraphs);
    }
}
