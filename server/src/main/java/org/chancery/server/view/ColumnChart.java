package org.chancery.server.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart laid out for drawing as SVG on the server (no script, so nothing for the Content-Security-Policy
 * to allow): one column per value, scaled to the largest.
 *
 * @param title what the chart shows, also its accessible name
 * @param width drawing width in SVG units
 * @param height drawing height in SVG units
 * @param columns the columns, left to right
 * @param max the largest count
 * @param ticks labels written under the axis (every so many columns, so they do not overlap)
 */
public record ColumnChart(String title, int width, int height, List<Column> columns, long max, List<Tick> ticks) {

    /** Height of the plot area; the rest is for axis labels. */
    public static final int PLOT_HEIGHT = 160;

    public static final int LEFT = 40;

    /** A value to draw. */
    public record Value(String label, long count, String href) {}

    /** One drawn column; {@code href} may be null. */
    public record Column(String label, long count, double x, double y, double w, double h, String href) {}

    /** An axis label at x. */
    public record Tick(String label, double x) {}

    public static ColumnChart of(String title, List<Value> values) {
        int width = 720;
        int height = PLOT_HEIGHT + 40;
        long max = values.stream().mapToLong(Value::count).max().orElse(0);
        double slot = values.isEmpty() ? 0 : (double) (width - LEFT - 10) / values.size();
        List<Column> columns = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(values.size() / 12.0));
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double h = max == 0 ? 0 : (double) PLOT_HEIGHT * v.count() / max;
            double x = LEFT + i * slot;
            columns.add(new Column(
                    v.label(),
                    v.count(),
                    round(x + slot * 0.1),
                    round(10 + PLOT_HEIGHT - h),
                    round(slot * 0.8),
                    round(h),
                    v.href()));
            if (i % every == 0) {
                ticks.add(new Tick(v.label(), round(x + slot / 2)));
            }
        }
        return new ColumnChart(title, width, height, columns, max, ticks);
    }

    public boolean empty() {
        return columns.isEmpty() || max == 0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
