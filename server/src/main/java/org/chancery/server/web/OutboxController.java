package org.chancery.server.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.CableHeading;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.delivery.QueueOrder;
import org.chancery.telegram.model.Precedence;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox (releasing and duty officers, administrators): how many deliveries wait, by precedence, and the latest
 * deliveries with whether they left. A delivery's subject is shown only when the reader may see the cable's heading.
 */
@Controller
public class OutboxController {

    /** How many recent deliveries the page lists. */
    static final int RECENT = 100;

    private final Messaging messaging;
    private final ReadingRoom room;

    public OutboxController(Messaging messaging, ReadingRoom room) {
        this.messaging = messaging;
        this.room = room;
    }

    @GetMapping("/outbox")
    public String outbox(Authentication authentication, Model model) {
        Principal me = Readers.of(authentication);
        Outbox.Depth depth = messaging.outbox().depth();
        model.addAttribute("depth", byPrecedence(depth));
        model.addAttribute("queued", depth.queued());
        model.addAttribute("sent", depth.sent());
        List<Outbox.Line> recent = messaging.outbox().recent(RECENT);
        model.addAttribute("recent", recent);
        model.addAttribute("headings", headings(me, recent, room));
        return "outbox";
    }

    /** Queued deliveries by precedence, FLASH first, every precedence present. */
    public static Map<String, Long> byPrecedence(Outbox.Depth depth) {
        Map<String, Long> out = new LinkedHashMap<>();
        Arrays.stream(Precedence.values()).forEach(p -> out.put(p.label(), depth.queuedByRank()[QueueOrder.rank(p)]));
        return out;
    }

    /** The headings of the deliveries' cables the reader may see, by reference id (read through the reading room). */
    public static Map<String, CableHeading> headings(Principal reader, List<Outbox.Line> lines, ReadingRoom room) {
        List<String> ids =
                lines.stream().map(Outbox.Line::referenceId).distinct().toList();
        Map<String, CableHeading> byId = new LinkedHashMap<>();
        room.headings(reader, ids, "outbox").forEach(h -> byId.put(h.referenceId(), h));
        return byId;
    }
}
