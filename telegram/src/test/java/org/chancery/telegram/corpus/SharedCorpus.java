package org.chancery.telegram.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared, read-only corpus lives at test time. */
final class SharedCorpus {
    private SharedCorpus() {}

    /** The shared folder; the calling test is skipped when it is absent. */
    static Path root() {
        String configured = System.getProperty("chancery.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("../../shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("../shared");
        }
        assumeTrue(Files.isDirectory(root), "shared corpus folder not found: " + root.toAbsolutePath());
        return root;
    }
}
