package org.chancery.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code chancery} in-process on one archive folder, with the environment given as a map (so that
 * {@code CHANCERY_PASSWORD} needs no change to the real environment) and text on stdin.
 */
public final class ArchiveCli {

    /** What one run printed and returned. */
    public record Run(int exit, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private final Path dataDirectory;

    public ArchiveCli(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Tests in this module run one at a time, so stdin may be swapped for the duration of one call. */
    public synchronized Run run(Map<String, String> env, String stdin, String... args) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("CHANCERY_DATA", dataDirectory.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl =
                Main.commandLine(environment).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
