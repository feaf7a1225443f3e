package org.chancery.cli.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.store.ArchiveReader;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Reference;

/**
 * The thread around a cable, as indented lines: the cables it cites and, level by level, what they cite; then the
 * cables citing it and what cites those. Only cables the reader may see are opened or listed as citing; a cited id
 * the reader cannot open is shown as not in the archive, whether it is absent or withheld.
 */
final class ReferenceTree {
    private final ArchiveReader archive;
    private final Principal reader;

    ReferenceTree(ArchiveReader archive, Principal reader) {
        this.archive = archive;
        this.reader = reader;
    }

    List<String> cites(StoredCable root, int depth) {
        List<String> lines = new ArrayList<>();
        cites(root, depth, 1, new HashSet<>(Set.of(root.referenceId())), lines);
        return lines;
    }

    private void cites(StoredCable node, int depth, int level, Set<String> path, List<String> lines) {
        for (Reference r : node.cable().references()) {
            String indent = "  ".repeat(level);
            if (r.id() == null) {
                lines.add(indent + r.text() + "  (not a cable)");
                continue;
            }
            Optional<StoredCable> cited = archive.latest(reader, r.id());
            if (cited.isEmpty()) {
                lines.add(indent + r.id() + "  (not in the archive)");
            } else if (path.contains(r.id())) {
                lines.add(indent + describe(cited.get()) + "  (cycle)");
            } else {
                lines.add(indent + describe(cited.get()));
                if (level < depth) {
                    path.add(r.id());
                    cites(cited.get(), depth, level + 1, path, lines);
                    path.remove(r.id());
                }
            }
        }
    }

    List<String> citedBy(String id, int depth) {
        List<String> lines = new ArrayList<>();
        citedBy(id, depth, 1, new HashSet<>(Set.of(id)), lines);
        return lines;
    }

    private void citedBy(String id, int depth, int level, Set<String> path, List<String> lines) {
        for (String citing : archive.citedBy(reader, id)) {
            String indent = "  ".repeat(level);
            Optional<StoredCable> stored = archive.latest(reader, citing);
            if (stored.isEmpty()) {
                continue; // deleted or withheld between the two reads
            }
            if (path.contains(citing)) {
                lines.add(indent + describe(stored.get()) + "  (cycle)");
            } else {
                lines.add(indent + describe(stored.get()));
                if (level < depth) {
                    path.add(citing);
                    citedBy(citing, depth, level + 1, path, lines);
                    path.remove(citing);
                }
            }
        }
    }

    static String describe(StoredCable stored) {
        String subject = stored.cable().subject();
        return stored.referenceId() + (subject == null || subject.isBlank() ? "" : "  " + subject);
    }
}
