package org.chancery.server.support;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.ingest.CableImporter;
import org.chancery.archive.ingest.ImportOptions;
import org.chancery.archive.ingest.RejectsLog;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.synthetic.CableGenerator;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.write.CablegateCsvWriter;

/**
 * An archive in a temporary directory, filled through the real import path (Cablegate CSV written by our writer,
 * read back by the importer): generated cables, plus a second version of one of them.
 */
public final class TestArchive {

    public static final long SEED = 5;
    public static final int COUNT = 400;

    private final ArchiveLocation location;
    private final List<Cable> cables;
    private final String versioned;
    private final Map<String, Cable> crafted;

    private TestArchive(ArchiveLocation location, List<Cable> cables, String versioned, Map<String, Cable> crafted) {
        this.location = location;
        this.crafted = crafted;
        this.cables = cables;
        this.versioned = versioned;
    }

    public static TestArchive create() {
        try {
            Path dir = Files.createTempDirectory("chancery-server-test");
            ArchiveLocation location =
                    new ArchiveLocation(dir, DatabaseTarget.sqlite(dir.resolve(ArchiveLocation.SQLITE_FILE)));
            List<Cable> cables = new ArrayList<>();
            new CableGenerator(SEED, COUNT).forEachRemaining(cables::add);
            importCsv(location, dir.resolve("first.csv"), cables);
            Cable changed = secondVersion(cables.stream()
                    .filter(c -> c.captions().equals(List.of("SIPDIS"))
                            && c.handling().isEmpty())
                    .findFirst()
                    .orElseThrow());
            importCsv(location, dir.resolve("second.csv"), List.of(changed));
            Cable base = cables.stream()
                    .filter(c -> c.paragraphs().size() >= 3)
                    .findFirst()
                    .orElseThrow();
            Map<String, Cable> crafted = CraftedCables.from(base);
            importCsv(location, dir.resolve("crafted.csv"), List.copyOf(crafted.values()));
            return new TestArchive(location, List.copyOf(cables), changed.referenceId(), crafted);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same cable with a word ({@code ADDENDUMTWO}) added to its last paragraph: imported again, it becomes version 2. */
    private static Cable secondVersion(Cable cable) {
        List<Paragraph> paragraphs = new ArrayList<>(cable.paragraphs());
        Paragraph last = paragraphs.removeLast();
        paragraphs.add(new Paragraph(last.number(), last.marking(), last.text() + " ADDENDUMTWO."));
        return cable.toBuilder().paragraphs(paragraphs).header("").body("").build();
    }

    private static void importCsv(ArchiveLocation location, Path csv, List<Cable> cables) throws IOException {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8)) {
            CablegateCsvWriter writer = new CablegateCsvWriter(out);
            cables.forEach(writer::writeUnchecked);
        }
        try (JdbcCableStore store = JdbcCableStore.open(location.database());
                LuceneCableIndex index = LuceneCableIndex.open(location.dataDirectory());
                RejectsLog rejects = new RejectsLog(location.dataDirectory().resolve("rejects.tsv"))) {
            CableImporter.standard(store, index, ImportOptions.defaults()).run(List.of(csv), rejects, p -> {});
        } catch (Exception e) {
            throw new IllegalStateException("test import failed", e);
        }
    }

    /** Removes the archive's directory (after the server over it has stopped). */
    public void delete() {
        try (var files = Files.walk(location.dataDirectory())) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    public ArchiveLocation location() {
        return location;
    }

    /** The generated cables, as generated (before import). */
    public List<Cable> cables() {
        return cables;
    }

    /** The hand-made access-matrix cables by id. */
    public Map<String, Cable> crafted() {
        return crafted;
    }

    /** The word the second version of {@link #versioned()} adds. */
    public static final String ADDED_WORD = "ADDENDUMTWO";

    /** The cable imported twice with different text: SIPDIS without caveats, so every cleared reader sees it. */
    public String versioned() {
        return versioned;
    }
}
