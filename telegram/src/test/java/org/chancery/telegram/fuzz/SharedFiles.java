package org.chancery.telegram.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real cables from the shared corpus, read at run time (never copied into the repository). */
final class SharedFiles {
    private static volatile List<byte[]> samples;

    private SharedFiles() {}

    /** The shared folder, or null when it is absent (the caller skips). */
    static Path root() {
        String configured = System.getProperty("chancery.shared");
        for (Path candidate : Stream.of(configured, "../../shared", "../shared")
                .filter(s -> s != null)
                .map(Path::of)
                .toList()) {
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A spread of whole inputs in every layout: the seed, record files, HTML pages and the head of the CSV (several
     * rows). Empty when the shared folder is absent.
     */
    static List<byte[]> samples() {
        if (samples == null) {
            samples = load();
        }
        return samples;
    }

    private static List<byte[]> load() {
        Path root = root();
        if (root == null) {
            return List.of();
        }
        try {
            Stream<Path> records = every(root.resolve("corpus/records"), 40);
            Stream<Path> html = every(root.resolve("corpus/wikileaks-html"), 40);
            Stream<byte[]> files = Stream.concat(
                            Stream.of(root.resolve("seed/08LONDON2968.txt")), Stream.concat(records, html))
                    .map(SharedFiles::bytes);
            byte[] csv = bytes(root.resolve("corpus/cables.csv"));
            byte[] csvHead = java.util.Arrays.copyOf(csv, Math.min(csv.length, 200_000));
            return Stream.concat(files, Stream.of(csvHead)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every n-th regular file under a folder, in a stable order. */
    private static Stream<Path> every(Path dir, int n) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
            return java.util.stream.IntStream.range(0, all.size())
                    .filter(i -> i % n == 0)
                    .mapToObj(all::get);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
