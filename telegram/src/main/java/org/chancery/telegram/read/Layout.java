package org.chancery.telegram.read;

/** The layouts a cable is found in. */
public enum Layout {
    /** The seed's layout: five metadata lines, then header and text, possibly glued together. */
    RECORD,
    /** The Cablegate CSV: eight quoted columns, backslash escapes, multi-line fields. */
    CABLEGATE_CSV,
    /** WikiLeaks' 2010 HTML pages: a metadata table, then the header and the text in two pre blocks. */
    WIKILEAKS_HTML,
    /** Raw telegram text (ACP-127 traffic, our writer's output) or a bare fragment of a cable's text. */
    TELEGRAM
}
