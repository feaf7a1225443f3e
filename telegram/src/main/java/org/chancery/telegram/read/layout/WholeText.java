package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;

/** Reads an input that holds one cable into a string, refusing it past {@link CableSizeLimit#MAX_CHARS}. */
final class WholeText {
    private WholeText() {}

    static String read(Reader reader, String position) throws IOException {
        StringBuilder text = new StringBuilder(8192);
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            if (text.length() + n > CableSizeLimit.MAX_CHARS) {
                throw CableSizeLimit.exceeded(position);
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
