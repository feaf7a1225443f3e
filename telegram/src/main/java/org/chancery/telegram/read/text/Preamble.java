package org.chancery.telegram.read.text;

import java.util.List;

/**
 * The top of a text between the banner and the first paragraph: captions, caveat lines and the labelled fields,
 * each field's text unwrapped onto one line (without page breaks) but otherwise as written.
 *
 * @param captions distribution captions in order, without duplicates
 * @param caveats handling caveats from caption lines
 * @param declassification the E.O./DECL line, or null
 * @param tags the TAGS text after its label, or null
 * @param subject the SUBJECT text after its label, or null
 * @param references the REF text after its label, or null
 * @param classifiedBy the Classified By line(s) including the label, or null
 * @param bodyStart index of the first line after the preamble
 * @param bodyLead the body's first line when a paragraph opened inside the last preamble line (a fragment without
 *     newlines: {@code SUBJECT: HARBOUR DUES 1. (C) Summary: ...}), else null
 */
public record Preamble(
        List<String> captions,
        List<String> caveats,
        String declassification,
        String tags,
        String subject,
        String references,
        String classifiedBy,
        int bodyStart,
        String bodyLead) {
    public Preamble {
        captions = List.copyOf(captions);
        caveats = List.copyOf(caveats);
    }
}
