package org.chancery.cli.search;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery search QUERY}: searches the archive's index and prints a table (or JSON). */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the archive. Query language: docs/query-language.md, e.g.",
            "  chancery search 'kashmir tag:PTER from:2008-01 to:2008-12'"
        })
public final class SearchCommand implements Callable<Integer> {

    /** Exit code for a query with a syntax error. */
    static final int BAD_QUERY = 2;

    /** Exit code when there is no index to search. */
    static final int NO_INDEX = 3;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined by spaces.")
    List<String> query = List.of();

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (newest first).")
    SortOrder sort;

    @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
    int offset;

    @Option(
            names = "--facets",
            description = "Also count hits by classification, origin, tags, year, caption, handling.")
    boolean facets;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = String.join(" ", query);
        if (offset < 0 || limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            err.println("--offset must be >= 0 and --limit between 0 and " + SearchRequest.MAX_LIMIT);
            return BAD_QUERY;
        }
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            try {
                session.searchIndex();
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                return NO_INDEX;
            }
            SearchResult result = session.readingRoom()
                    .search(session.reader(), new SearchRequest(text, sort, offset, limit, facets, true));
            if (json) {
                out.println(SearchResultJson.write(text, result));
            } else {
                new SearchResultTable(out).print(result, offset);
            }
            out.flush();
            return 0;
        } catch (QuerySyntaxException e) {
            err.println(e.pointer());
            return BAD_QUERY;
        }
    }
}
