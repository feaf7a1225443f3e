package org.chancery.archive.index;

import org.apache.lucene.analysis.Analyzer;

/** The analyser the writer, the query compiler and the highlighter share. */
public final class IndexAnalyzers {
    private IndexAnalyzers() {}

    /**
     * Free-text fields use {@link CableAnalyzer}; keyword fields are indexed as single untokenised terms and never
     * reach an analyser.
     */
    public static Analyzer create() {
        return new CableAnalyzer();
    }
}
