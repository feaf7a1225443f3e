package org.chancery.server.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.chancery.archive.room.ExportRequest;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.server.web.CableDownloads;
import org.chancery.server.web.Readers;
import org.chancery.telegram.write.CablegateCsvWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/export}: the cables a query selects, as the caller may see them, streamed as Cablegate CSV or as a
 * JSON array of cables in the contract's form. {@code public=true} keeps only what is public as of {@code asOf}.
 * The reading room audits the export and lets the bulk-access monitor see it.
 */
@RestController
public class ExportApiController {

    /** Bytes held back before the response is committed: more than one monitor batch of cables. */
    static final int UNCOMMITTED_BYTES = 4 * 1024 * 1024;

    private final ReadingRoom room;

    public ExportApiController(ReadingRoom room) {
        this.room = room;
    }

    @GetMapping("/api/export")
    public void export(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(name = "public", defaultValue = "false") boolean publicOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication,
            HttpServletResponse response)
            throws IOException {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("format must be csv or json, not '" + format + "'");
        }
        ExportRequest request = new ExportRequest(query, publicOnly, asOf);
        boolean csv = format.equals("csv");
        // The reading room hands cables to the monitor in batches after writing them; a first batch that crosses a
        // threshold is still in this buffer, so the answer becomes a 403 problem and nothing of it leaves. A later
        // crossing cuts the stream short (the response is already under way).
        response.setBufferSize(UNCOMMITTED_BYTES);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(csv ? "text/csv" : "application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"chancery-export." + format + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (csv) {
            CablegateCsvWriter writer = new CablegateCsvWriter(out);
            room.export(Readers.of(authentication), request, view -> writer.writeUnchecked(view.cable()));
        } else {
            boolean[] first = {true};
            out.write('[');
            room.export(Readers.of(authentication), request, view -> {
                try {
                    if (!first[0]) {
                        out.write(",\n");
                    }
                    first[0] = false;
                    out.write(CableDownloads.json(view));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.write("]\n");
        }
        out.flush();
    }
}
