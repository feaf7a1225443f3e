package org.chancery.archive.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes invented cables in the Cablegate CSV layout (quoted fields, backslash escapes), plain or gzipped. */
final class CsvFixtures {
    private CsvFixtures() {}

    /** The text of invented cable number {@code n}; {@code variant} changes one sentence. */
    static String row(int n, String variant) {
        String id = id(n);
        String text = "C O N F I D E N T I A L PORT AMBER " + String.format("%06d", n) + "\n\nSIPDIS\n\n"
                + "E.O. 12958: DECL: 03/14/2017\nTAGS: PREL " + (n % 2 == 0 ? "ECON" : "PGOV") + " XA\n"
                + "SUBJECT: HARBOUR NOTE NUMBER " + n + "\n\n"
                + "1. (C) The \"harbour\" council met for the " + n + "th time. " + variant + "\n\nMARROW\n";
        String header = "VZCZCXYZ" + n + "\nPP RUEHAA\nDE RUEHPA #" + n + " 0730945\nZNY CCCCC ZZH\n"
                + "P 140945Z MAR 07\nFM AMEMBASSY PORT AMBER\nTO RUEHC/SECSTATE WASHDC PRIORITY " + n + "\n";
        String refs = n > 1 ? id(n - 1) : "";
        return String.join(
                        ",",
                        quote(String.valueOf(n)),
                        quote("03/14/2007 09:45"),
                        quote(id),
                        quote("Embassy Port Amber"),
                        quote("CONFIDENTIAL"),
                        quote(refs),
                        quote(header),
                        quote(text))
                + "\n";
    }

    static String id(int n) {
        return "07PORTAMBER" + n;
    }

    /** A row the reader must reject: three columns instead of eight. */
    static String brokenRow(int n) {
        return quote(String.valueOf(n)) + "," + quote("03/14/2007 09:45") + "," + quote("07BROKEN" + n) + "\n";
    }

    static Path write(Path file, List<String> rows) throws IOException {
        try (OutputStream out = open(file);
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String row : rows) {
                w.write(row);
            }
        }
        return file;
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
