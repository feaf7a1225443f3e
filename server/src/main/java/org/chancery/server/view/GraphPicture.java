package org.chancery.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.search.CableThread;

/**
 * The reference graph around a cable, laid out radially for SVG: the cable in the middle, each further depth on a
 * wider ring. Cited-by and cited cables are told apart by the arrows' direction.
 *
 * @param size the drawing's width and height
 * @param nodes cables (and cited ids that are not to be seen), each with a link unless missing
 * @param edges citations, {@code from} citing {@code to}
 */
public record GraphPicture(int size, List<Node> nodes, List<Edge> edges) {

    public static final int RING = 130;

    /** A cable drawn at (x, y). */
    public record Node(String id, double x, double y, int depth, boolean root, boolean missing) {}

    /** A citation drawn from (x1, y1) to (x2, y2), shortened so the arrow ends at the node's edge. */
    public record Edge(String from, String to, double x1, double y1, double x2, double y2) {}

    public static GraphPicture of(CableThread thread) {
        Map<Integer, List<String>> rings = new HashMap<>();
        thread.depth()
                .forEach((id, d) ->
                        rings.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
        int maxDepth = thread.depth().values().stream().max(Integer::compare).orElse(0);
        List<String> missing = thread.missing().stream()
                .filter(id -> !thread.depth().containsKey(id))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            rings.computeIfAbsent(maxDepth + 1, k -> new ArrayList<>()).addAll(missing);
        }
        int outer = rings.keySet().stream().max(Integer::compare).orElse(0);
        int size = 2 * (outer * RING + 90);
        double centre = size / 2.0;
        Map<String, Node> nodes = new HashMap<>();
        List<Node> ordered = new ArrayList<>();
        for (var ring : rings.entrySet()) {
            List<String> ids = ring.getValue();
            ids.sort(Comparator.naturalOrder());
            int d = ring.getKey();
            for (int i = 0; i < ids.size(); i++) {
                double angle = 2 * Math.PI * i / ids.size() - Math.PI / 2 + d * 0.35;
                double r = d * RING;
                String id = ids.get(i);
                Node n = new Node(
                        id,
                        round(centre + r * Math.cos(angle)),
                        round(centre + r * Math.sin(angle)),
                        d,
                        id.equals(thread.root()),
                        missing.contains(id));
                nodes.put(id, n);
                ordered.add(n);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (CableThread.Citation c : thread.edges()) {
            Node a = nodes.get(c.from());
            Node b = nodes.get(c.to());
            if (a == null || b == null) {
                continue;
            }
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.max(1, Math.hypot(dx, dy));
            double shrink = Math.min(0.45, 22 / len);
            edges.add(new Edge(
                    c.from(),
                    c.to(),
                    round(a.x() + dx * shrink),
                    round(a.y() + dy * shrink),
                    round(b.x() - dx * shrink),
                    round(b.y() - dy * shrink)));
        }
        return new GraphPicture(size, ordered, edges);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
