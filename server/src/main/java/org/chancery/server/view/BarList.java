package org.chancery.server.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart (top TAGS, top origins, classifications) laid out for SVG: one row per value, bar length
 * scaled to the largest.
 *
 * @param title what the chart shows, also its accessible name
 * @param width drawing width
 * @param height drawing height
 * @param rows the rows, top to bottom
 */
public record BarList(String title, int width, int height, List<Row> rows) {

    public static final int ROW = 22;
    public static final int LABEL = 200;

    /** One drawn bar; {@code href} may be null. */
    public record Row(String label, long count, double y, double length, String href, String level) {}

    public static BarList of(String title, List<ColumnChart.Value> values) {
        return of(title, values, v -> "");
    }

    /** With a css level per value (classification colours). */
    public static BarList of(
            String title, List<ColumnChart.Value> values, java.util.function.Function<String, String> level) {
        int width = 520;
        long max = values.stream().mapToLong(ColumnChart.Value::count).max().orElse(1);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ColumnChart.Value v = values.get(i);
            double length = max == 0 ? 0 : (width - LABEL - 70) * (double) v.count() / max;
            rows.add(new Row(
                    v.label(), v.count(), i * ROW, Math.round(length * 10) / 10.0, v.href(), level.apply(v.label())));
        }
        return new BarList(title, width, Math.max(ROW, values.size() * ROW), rows);
    }
}
