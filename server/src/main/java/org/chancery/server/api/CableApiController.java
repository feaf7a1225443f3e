package org.chancery.server.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.server.web.CableDownloads;
import org.chancery.server.web.CableNotFoundException;
import org.chancery.server.web.Readers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/cables/{id}}: one cable as the caller may see it, and its references. */
@RestController
@RequestMapping("/api/cables")
public class CableApiController {

    private static final int MAX_DEPTH = 5;

    private final ReadingRoom room;

    public CableApiController(ReadingRoom room) {
        this.room = room;
    }

    /**
     * The cable as JSON: the view's facts around the cable in the JSON contract of {@code chancery parse} (with its
     * text); {@code as=telegram} gives the telegram as text/plain instead. 404 when absent or not permitted.
     */
    @GetMapping(
            value = "/{id}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    public ResponseEntity<String> cable(
            @PathVariable String id,
            @RequestParam(name = "as", defaultValue = "json") String as,
            @RequestParam(required = false) Integer version,
            Authentication authentication) {
        Principal reader = Readers.of(authentication);
        CableView view = (version == null ? room.open(reader, id) : room.open(reader, id, version))
                .orElseThrow(() -> new CableNotFoundException(id));
        return switch (as) {
            case "telegram" ->
                ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .body(CableDownloads.telegram(view));
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope(view));
            default -> throw new IllegalArgumentException("as must be json or telegram, not '" + as + "'");
        };
    }

    @GetMapping("/{id}/refs")
    public ApiReferences refs(
            @PathVariable String id, @RequestParam(defaultValue = "1") int depth, Authentication authentication) {
        Principal reader = Readers.of(authentication);
        CableView view = room.open(reader, id).orElseThrow(() -> new CableNotFoundException(id));
        int d = Math.max(1, Math.min(MAX_DEPTH, depth));
        return new ApiReferences(
                view.referenceId(),
                view.cable().references().stream()
                        .map(r -> new ApiReferences.Entry(r.text(), r.id()))
                        .toList(),
                room.citedBy(reader, view.referenceId()),
                room.thread(reader, view.referenceId(), d));
    }

    /** The view's facts, then the cable in the contract's JSON, written as is (it is already JSON). */
    private static String envelope(CableView view) {
        StringWriter out = new StringWriter();
        try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("reference_id", view.referenceId());
            g.writeNumberField("version", view.version());
            g.writeNumberField("versions", view.versions());
            g.writeStringField(
                    "effective_classification",
                    view.effectiveClassification() == null
                            ? null
                            : view.effectiveClassification().label());
            g.writeBooleanField("declassified", view.declassified());
            g.writeArrayFieldStart("withheld_paragraphs");
            for (int i : view.withheld()) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            g.writeFieldName("cable");
            g.writeRawValue(CableDownloads.json(view));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
