package org.chancery.telegram.post;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The post part of a reference id as the Cablegate release spells it. REF lines and older records abbreviate or
 * misspell posts ({@code RIO}, {@code RIODEJAN}, {@code SECSTATE}, {@code USUN}); the variants are data, in {@code
 * id-post-variants.tsv} beside this class, so that adding one is a one-line change with a test.
 */
public final class IdPosts {

    private static final Map<String, String> VARIANTS = load();

    private IdPosts() {}

    /** The release's spelling of an upper-case post part without spaces; the part itself when it is no variant. */
    public static String canonical(String post) {
        return VARIANTS.getOrDefault(post, post);
    }

    /** The variants and their canonical posts, for documentation and tests. */
    public static Map<String, String> variants() {
        return Map.copyOf(VARIANTS);
    }

    private static Map<String, String> load() {
        Map<String, String> variants = new HashMap<>();
        try (InputStream in = IdPosts.class.getResourceAsStream("id-post-variants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("id-post-variants.tsv is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2 || !isPost(parts[0]) || !isPost(parts[1]) || parts[0].equals(parts[1])) {
                    throw new IllegalStateException("id-post-variants.tsv line " + number + ": " + line);
                }
                if (variants.putIfAbsent(parts[0], parts[1]) != null) {
                    throw new IllegalStateException("id-post-variants.tsv line " + number + ": " + parts[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variants;
    }

    private static boolean isPost(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
