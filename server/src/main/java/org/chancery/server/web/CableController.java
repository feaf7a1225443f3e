package org.chancery.server.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.server.view.GraphPicture;
import org.chancery.server.view.HeaderDecoder;
import org.chancery.server.view.TelegramText;
import org.chancery.telegram.model.Reference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The cable page, its version diff, its downloads and its reference graph. */
@Controller
public class CableController {

    /** The deepest graph the page draws. */
    static final int MAX_GRAPH_DEPTH = 3;

    private final ReadingRoom room;
    private final HeaderDecoder decoder;

    public CableController(ReadingRoom room, HeaderDecoder decoder) {
        this.room = room;
        this.decoder = decoder;
    }

    @GetMapping("/cables/{id}")
    public String cable(
            @PathVariable String id,
            @RequestParam(required = false) Integer version,
            Authentication authentication,
            Model model) {
        Principal reader = Readers.of(authentication);
        CableView view = open(reader, id, version);
        List<CablePage.Reference> refs = new ArrayList<>();
        List<Reference> written = view.cable().references();
        for (int i = 0; i < written.size(); i++) {
            Reference r = written.get(i);
            refs.add(new CablePage.Reference(String.valueOf((char) ('A' + Math.min(i, 25))), r.text(), r.id()));
        }
        List<Integer> versions =
                IntStream.rangeClosed(1, Math.max(1, view.versions())).boxed().toList();
        model.addAttribute(
                "page",
                new CablePage(
                        view,
                        decoder.decode(view.cable()),
                        TelegramText.of(CableDownloads.telegram(view)),
                        refs,
                        room.citedBy(reader, view.referenceId()),
                        versions));
        return "cable";
    }

    @GetMapping("/cables/{id}/diff")
    public String diff(
            @PathVariable String id,
            @RequestParam int from,
            @RequestParam int to,
            Authentication authentication,
            Model model) {
        List<String> lines =
                room.diff(Readers.of(authentication), id, from, to).orElseThrow(() -> new CableNotFoundException(id));
        model.addAttribute("id", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lines", lines);
        return "diff";
    }

    @GetMapping("/cables/{id}/graph")
    public String graph(
            @PathVariable String id,
            @RequestParam(defaultValue = "1") int depth,
            Authentication authentication,
            Model model) {
        Principal reader = Readers.of(authentication);
        CableView view = open(reader, id, null);
        int d = Math.max(1, Math.min(MAX_GRAPH_DEPTH, depth));
        model.addAttribute("id", view.referenceId());
        model.addAttribute("depth", d);
        model.addAttribute(
                "depths", IntStream.rangeClosed(1, MAX_GRAPH_DEPTH).boxed().toList());
        model.addAttribute("graph", GraphPicture.of(room.thread(reader, view.referenceId(), d)));
        return "graph";
    }

    @GetMapping("/cables/{id}/telegram.txt")
    public ResponseEntity<String> telegram(@PathVariable String id, Authentication authentication) {
        CableView view = open(Readers.of(authentication), id, null);
        return download(CableDownloads.telegram(view), MediaType.TEXT_PLAIN, view.referenceId() + ".txt");
    }

    @GetMapping("/cables/{id}/cable.json")
    public ResponseEntity<String> json(@PathVariable String id, Authentication authentication) {
        CableView view = open(Readers.of(authentication), id, null);
        return download(CableDownloads.json(view), MediaType.APPLICATION_JSON, view.referenceId() + ".json");
    }

    @GetMapping("/cables/{id}/cable.csv")
    public ResponseEntity<String> csv(@PathVariable String id, Authentication authentication) {
        CableView view = open(Readers.of(authentication), id, null);
        return download(CableDownloads.csv(view), MediaType.parseMediaType("text/csv"), view.referenceId() + ".csv");
    }

    private CableView open(Principal reader, String id, Integer version) {
        return (version == null ? room.open(reader, id) : room.open(reader, id, version))
                .orElseThrow(() -> new CableNotFoundException(id));
    }

    static ResponseEntity<String> download(String body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
