package org.chancery.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus, loaded into memory before measuring so that benchmarks time parsing, not the disk. The folder is
 * {@code -Dchancery.shared=...}, else {@code ../shared} or {@code ../../shared} from the working directory.
 */
public final class CorpusFiles {
    private CorpusFiles() {}

    public static Path root() {
        String configured = System.getProperty("chancery.shared");
        for (String candidate : configured != null ? List.of(configured) : List.of("../shared", "../../shared")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("corpus"))) {
                return p;
            }
        }
        throw new IllegalStateException("shared corpus not found; run from the repository root or pass"
                + " -Dchancery.shared=/path/to/shared (with -jvmArgsAppend for forked runs)");
    }

    /** {@code corpus/cables.csv}, whole. */
    public static byte[] csv() {
        return read(root().resolve("corpus/cables.csv"));
    }

    /** Every {@code corpus/records/*.txt}, one byte array per cable. */
    public static List<byte[]> records() {
        return all(root().resolve("corpus/records"));
    }

    /** Every {@code corpus/wikileaks-html/YYYY/MM/*.html}, one byte array per cable. */
    public static List<byte[]> html() {
        return all(root().resolve("corpus/wikileaks-html"));
    }

    /**
     * Raw telegrams (header and text as sent, no archive metadata): the record files without their five metadata
     * lines, cut at run time so that no corpus text is kept anywhere.
     */
    public static List<byte[]> telegrams() {
        return records().stream()
                .map(bytes -> withoutLines(new String(bytes, StandardCharsets.UTF_8), 5))
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    private static String withoutLines(String s, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = s.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? "" : s.substring(at);
    }

    private static List<byte[]> all(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .sorted()
                    .map(CorpusFiles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
