package org.chancery.cli.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.archive.search.CableThread;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Reference;

/**
 * The thread around a cable, as indented lines: the cables it cites and, level by level, what they cite; then the
 * cables citing it and what cites those. It draws the thread the reading room returned, so it lists exactly what the
 * web's "cited by" and graph show; a cited id the reader cannot open is shown as not in the archive, whether it is
 * absent or withheld.
 */
final class ReferenceTree {
    private final CableThread thread;

    ReferenceTree(CableThread thread) {
        this.thread = thread;
    }

    /** What the root cites, in REF order; a reference that names no cable is listed as such. */
    List<String> cites(Cable root, int depth) {
        List<String> lines = new ArrayList<>();
        for (Reference r : root.references()) {
            if (r.id() == null) {
                lines.add("  " + r.text() + "  (not a cable)");
            }
        }
        cites(thread.root(), depth, 1, new HashSet<>(Set.of(thread.root())), lines);
        return lines;
    }

    private void cites(String node, int depth, int level, Set<String> path, List<String> lines) {
        for (CableThread.Citation edge : thread.edges()) {
            if (!edge.from().equals(node)) {
                continue;
            }
            String cited = edge.to();
            String indent = "  ".repeat(level);
            if (!thread.depth().containsKey(cited)) {
                lines.add(indent + cited + "  (not in the archive)");
            } else if (path.contains(cited)) {
                lines.add(indent + describe(cited) + "  (cycle)");
            } else {
                lines.add(indent + describe(cited));
                if (level < depth) {
                    path.add(cited);
                    cites(cited, depth, level + 1, path, lines);
                    path.remove(cited);
                }
            }
        }
    }

    /** The cables citing the root, and what cites those. */
    List<String> citedBy(int depth) {
        List<String> lines = new ArrayList<>();
        citedBy(thread.root(), depth, 1, new HashSet<>(Set.of(thread.root())), lines);
        return lines;
    }

    private void citedBy(String node, int depth, int level, Set<String> path, List<String> lines) {
        List<String> citing = thread.edges().stream()
                .filter(e -> e.to().equals(node) && thread.depth().containsKey(e.from()))
                .map(CableThread.Citation::from)
                .sorted()
                .toList();
        for (String from : citing) {
            String indent = "  ".repeat(level);
            if (path.contains(from)) {
                lines.add(indent + describe(from) + "  (cycle)");
            } else {
                lines.add(indent + describe(from));
                if (level < depth) {
                    path.add(from);
                    citedBy(from, depth, level + 1, path, lines);
                    path.remove(from);
                }
            }
        }
    }

    String describe(String id) {
        String subject = thread.subjects().get(id);
        return id + (subject == null || subject.isBlank() ? "" : "  " + subject);
    }
}
