package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The legend band of a {@link Figure}, below the plot so the legend never covers data: the
 * entries in rows that wrap at the width of the figure, each row centred.
 */
final class Legend {

    /** How a legend entry is drawn: a line sample (with the series' marker, if any), a filled box or a marker. */
    enum Swatch {
        LINE, BOX, MARKER
    }

    /** One legend entry; markers are XChart's own, so the legend matches the plot. */
    record Key(String label, Color color, Swatch swatch, BasicStroke stroke, Marker marker) {
        static Key line(String label, Color color, BasicStroke stroke) {
            return new Key(label, color, Swatch.LINE, stroke, SeriesMarkers.NONE);
        }

        static Key line(String label, Color color, BasicStroke stroke, Marker marker) {
            return new Key(label, color, Swatch.LINE, stroke, marker);
        }

        static Key box(String label, Color color) {
            return new Key(label, color, Swatch.BOX, Palette.THIN, SeriesMarkers.NONE);
        }

        static Key marker(String label, Color color, Marker marker) {
            return new Key(label, color, Swatch.MARKER, Palette.THIN, marker);
        }
    }

    private final SvgCanvas canvas;
    private final Layout layout;
    private final List<Key> keys;
    private final double rowHeight;
    private final double gap;
    private final double swatch;
    private final List<List<Key>> rows;

    Legend(SvgCanvas canvas, Layout layout, List<Key> keys) {
        this.canvas = canvas;
        this.layout = layout;
        this.keys = List.copyOf(keys);
        this.rowHeight = layout.tick * 1.45;
        this.gap = layout.tick * 1.5;
        this.swatch = layout.tick * 1.65;
        this.rows = layOut();
    }

    /** Height of the band, with a little room even when there is no legend. */
    double height() {
        return rows.isEmpty() ? 6 : rows.size() * rowHeight + 12;
    }

    private List<List<Key>> layOut() {
        List<List<Key>> laidOut = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        double used = 0;
        for (Key key : keys) {
            double w = entryWidth(key);
            if (!row.isEmpty() && used + gap + w > layout.width - 2 * layout.margin) {
                laidOut.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap) + w;
            row.add(key);
        }
        if (!row.isEmpty()) {
            laidOut.add(row);
        }
        return laidOut;
    }

    private double entryWidth(Key key) {
        return swatch + 8 + canvas.advance(key.label(), font());
    }

    private Font font() {
        return layout.labelFont();
    }

    /** Draws the legend in the band that starts at {@code top}. */
    void draw(double top) {
        Graphics2D g = canvas.graphics();
        double y = top + 6 + rowHeight / 2;
        for (List<Key> entries : rows) {
            double total = entries.stream().mapToDouble(this::entryWidth).sum() + gap * (entries.size() - 1);
            double x = (layout.width - total) / 2;
            for (Key key : entries) {
                g.setColor(key.color());
                double cx = x + swatch / 2;
                switch (key.swatch()) {
                    case LINE -> {
                        g.setStroke(key.stroke());
                        g.draw(new Line2D.Double(x, y, x + swatch, y));
                        key.marker().paint(g, cx, y, HouseChart.MARKER_SIZE);
                    }
                    case BOX -> g.fill(new Rectangle2D.Double(x + 4, y - 8, swatch - 8, 16));
                    case MARKER -> key.marker().paint(g, cx, y, HouseChart.MARKER_SIZE);
                }
                canvas.text(key.label(), x + swatch + 8, y + 5, font(), Palette.TEXT, Anchor.START);
                x += entryWidth(key) + gap;
            }
            y += rowHeight;
        }
    }
}
