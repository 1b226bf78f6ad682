package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;
import org.euromesh.format.Format;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The frame every chart shares, in one of its two {@link Layout}s: a title that states the
 * finding and a subtitle that says what is measured, a caption band (the y-axis unit, written
 * horizontally), the XChart plot, a legend band below it so the legend never covers data, and
 * the source line, so a chart shared alone still says where it comes from.
 */
final class Figure {

    /** The words around the plot: the finding, what is measured, and the inputs it is drawn from. */
    record Heading(String title, String subtitle, String data) {
    }

    private static final int MARKER_SIZE = 11;

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

    final SvgCanvas canvas;
    final Layout layout;
    private final String id;
    private final Charts.Stamp stamp;
    private final int plotHeight;
    private final List<Key> keys;
    private final List<List<Key>> legendRows;
    private final double legendRow;
    private final double legendGap;
    private final double swatch;
    private String caption = "";
    private String xTitle = "";
    private int series;

    Figure(String id, Layout layout, Charts.Stamp stamp, List<Key> keys) {
        this(id, layout, stamp, keys, 0);
    }

    /** A figure with a taller plot than usual, for charts with many rows. */
    Figure(String id, Layout layout, Charts.Stamp stamp, List<Key> keys, int extraPlotHeight) {
        this.id = id;
        this.layout = layout;
        this.stamp = stamp;
        this.plotHeight = layout.plotHeight + extraPlotHeight;
        this.canvas = new SvgCanvas(id + layout.suffix, layout.width);
        this.keys = List.copyOf(keys);
        this.legendRow = layout.tick * 1.45;
        this.legendGap = layout.tick * 1.5;
        this.swatch = layout.tick * 1.65;
        this.legendRows = layoutLegend();
    }

    /** Height of the XChart plot between the caption band and the legend. */
    int plotHeight() {
        return plotHeight;
    }

    /** The baseline of the caption band, for labels that name a reference line above the plot. */
    double captionBaseline() {
        return layout.captionBand - 10;
    }

    private double legendHeight() {
        return legendRows.isEmpty() ? 6 : legendRows.size() * legendRow + 12;
    }

    /** An XY chart in the house style, sized for the plot band. */
    XYChart xyChart() {
        XYChart chart = new XYChartBuilder().width(layout.width).height(plotHeight()).build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Palette.WHITE);
        s.setPlotBackgroundColor(Palette.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Palette.GRID);
        s.setPlotGridLinesColor(Palette.GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotTicksMarksVisible(false);
        s.setLegendVisible(false);
        s.setChartTitleVisible(false);
        s.setChartPadding((int) layout.margin);
        s.setPlotMargin(0);
        s.setPlotContentSize(1.0);
        s.setAxisTickLabelsFont(layout.tickFont());
        s.setAxisTickLabelsColor(Palette.TEXT);
        s.setAxisTitleFont(layout.labelFont());
        s.setChartFontColor(Palette.TEXT);
        s.setAxisTicksMarksVisible(false);
        s.setAxisTicksLineVisible(false);
        s.setYAxisTickMarkSpacingHint(layout == Layout.NARROW ? 50 : 60);
        s.setAxisTickPadding(layout == Layout.NARROW ? 6 : 10);
        s.setAxisTitlePadding(8);
        s.setYAxisTitleVisible(false);
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setMarkerSize(MARKER_SIZE);
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return chart;
    }

    /** Formats the x tick labels with {@code format} (centred under their ticks). */
    void xTicks(XYChart chart, Function<Double, String> format) {
        chart.getStyler().setXAxisTickLabelsFormattingFunction(canvas.ticks(format, Anchor.MIDDLE, layout.tickFont()));
    }

    /** Formats the y tick labels with {@code format} (right-aligned against the axis). */
    void yTicks(XYChart chart, Function<Double, String> format) {
        chart.getStyler().setYAxisTickLabelsFormattingFunction(canvas.ticks(format, Anchor.END, layout.tickFont()));
    }

    /** A time axis over the whole horizon, with a labelled tick every second year. */
    void yearAxis(XYChart chart, Timeline time) {
        chart.getStyler().setXAxisMin(time.min());
        chart.getStyler().setXAxisMax(time.max());
        xStep(chart, time.max() - time.min(), 2);
        xTicks(chart, time::yearTick);
    }

    /** Asks XChart for x ticks every {@code step} units; it rounds steps to 1, 2 or 5 times a power of ten. */
    void xStep(XYChart chart, double range, double step) {
        chart.getStyler().setXAxisTickMarkSpacingHint((int) Math.round((layout.width - 100) * step / range));
    }

    /**
     * Rows 1 (bottom) to {@code labels.size()} (top) on the y axis, each named. Call before adding
     * any series: XChart takes its tick values from the first series when they are evenly spaced,
     * so an invisible first series at {@code x} with y = 0 … n + 1 gives exactly one tick per row.
     */
    void rows(XYChart chart, List<String> labels, double x) {
        int n = labels.size();
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(n + 1.0);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Left);
        chart.getStyler().setYAxisTickMarkSpacingHint((int) Math.max(8, (plotHeight() - 90.0) / (n + 1) * 0.8));
        double[] xs = new double[n + 2];
        double[] ys = new double[n + 2];
        for (int i = 0; i < n + 2; i++) {
            xs[i] = x;
            ys[i] = i;
        }
        line(chart, xs, ys, new Color(0, 0, 0, 0), Palette.THIN, SeriesMarkers.NONE);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(canvas.ticks(y -> {
            long i = Math.round(y);
            return Math.abs(y - i) < 1e-6 && i >= 1 && i <= n ? shortLabel(labels.get(n - (int) i)) : "";
        }, Anchor.START, layout.tickFont()));
    }

    /** XChart drops every tick label when one is longer than 20 characters: drop a bracketed tail, then cut. */
    static String shortLabel(String label) {
        if (label.length() <= 20) {
            return label;
        }
        String s = label.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        return s.length() <= 20 ? s : s.substring(0, 19).strip() + "…";
    }

    /** The y value of row {@code index} counted from the top (0 = first label). */
    static double row(int index, int rows) {
        return rows - index;
    }

    /** The x-axis title, written under the tick labels by {@link #finish} and wrapped to the width of the figure. */
    void xTitle(XYChart chart, String title) {
        this.xTitle = title;
    }

    private double xTitleHeight() {
        return xTitle.isEmpty() ? 0 : wrap(xTitle, layout.labelFont(), layout.width - 2 * layout.margin).size() * lineHeight(layout.labelFont()) + 2;
    }

    private static double lineHeight(Font font) {
        return font.getSize2D() * 1.28;
    }

    /** A line series in one colour and stroke, with an optional marker; never in XChart's own legend. */
    XYSeries line(XYChart chart, double[] x, double[] y, Color color, BasicStroke stroke, Marker marker) {
        XYSeries s = chart.addSeries(id + "-" + series++, x, y);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        s.setMarker(marker);
        s.setMarkerColor(color);
        s.setShowInLegend(false);
        return s;
    }

    /** A horizontal bar from {@code x0} to {@code x1} at row {@code y}, drawn as one thick line. */
    void bar(XYChart chart, double x0, double x1, double y, Color color, float thickness) {
        line(chart, new double[] {x0, x1}, new double[] {y, y}, color,
                new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER), SeriesMarkers.NONE);
    }

    /** A single marker, no line. */
    void point(XYChart chart, double x, double y, Color color, Marker marker) {
        line(chart, new double[] {x}, new double[] {y}, color, SeriesLines.NONE, marker);
    }

    /**
     * A log y axis over whole decades, labelled "10²⁴" every {@code labelEvery} decades. XChart's
     * own log grid also rules every minor step, so the grid is drawn here at the decades only,
     * as series added before the data so they stay behind it.
     */
    void logY(XYChart chart, double min, double max, double xMin, double xMax, int labelEvery) {
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        yTicks(chart, v -> {
            int exponent = (int) Math.round(Math.log10(v));
            return v > 0 && exponent % labelEvery == 0 ? "10" + Format.superscript(exponent) : "";
        });
        for (int e = (int) Math.round(Math.log10(min)); e <= Math.round(Math.log10(max)); e++) {
            double v = Math.pow(10, e);
            line(chart, new double[] {xMin, xMax}, new double[] {v, v}, Palette.GRID, Palette.THIN, SeriesMarkers.NONE);
        }
    }

    /** The decade at or below {@code v}, and the one at or above. */
    static double decadeBelow(double v) {
        return Math.pow(10, Math.floor(Math.log10(v)));
    }

    static double decadeAbove(double v) {
        return Math.pow(10, Math.ceil(Math.log10(v)));
    }

    /** Shades the columns from {@code x0} to {@code x1} behind everything added later. */
    void shade(XYChart chart, double x0, double x1, double yTop, Color color) {
        XYSeries s = line(chart, new double[] {x0, x1}, new double[] {yTop, yTop}, color, SeriesLines.NONE,
                SeriesMarkers.NONE);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setFillColor(color);
    }

    /** Paints the chart below the caption band. */
    Plot paint(XYChart chart) {
        return canvas.paint(chart, 0, layout.captionBand, layout.width, plotHeight());
    }

    /** The y-axis unit, written horizontally above the plot where a phone reader looks for it (wrapped by {@link #finish}). */
    void caption(String text) {
        this.caption = text;
    }

    /** A grey annotation. Annotations sit on a white patch so grid and reference lines never cut through them. */
    void note(String text, double x, double y, Anchor anchor) {
        annotate(text, x, y, layout.noteFont(), Palette.MUTED, anchor);
    }

    void label(String text, double x, double y, Anchor anchor, Color color) {
        annotate(text, x, y, layout.noteFont(), color, anchor);
    }

    void strong(String text, double x, double y, Anchor anchor) {
        annotate(text, x, y, layout.strongFont(), Palette.TEXT, anchor);
    }

    /** A grey annotation on a shaded area, on a patch of that shade. */
    void noteOn(Color background, String text, double x, double y, Anchor anchor) {
        annotate(text, x, y, layout.noteFont(), Palette.MUTED, anchor, background);
    }

    private void annotate(String text, double x, double y, Font font, Color color, Anchor anchor) {
        annotate(text, x, y, font, color, anchor, Palette.WHITE);
    }

    private void annotate(String text, double x, double y, Font font, Color color, Anchor anchor, Color background) {
        double w = canvas.advance(text, font);
        double wanted = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - w / 2;
            case END -> x - w;
        };
        // Never past an edge of the figure: a label near one slides inwards.
        double left = Math.max(layout.margin, Math.min(layout.width - layout.margin - w, wanted));
        x += left - wanted;
        double size = font.getSize2D();
        Graphics2D g = canvas.graphics();
        g.setColor(background);
        g.fill(new Rectangle2D.Double(left - 3, y - size * 0.85, w + 6, size * 1.1));
        canvas.text(text, x, y, font, Palette.forText(color), anchor);
    }

    /**
     * A label beside a marker at ({@code x}, {@code y}): to its right or left as asked, or centred
     * below it when that side has no room between {@code leftLimit} and the canvas edge.
     */
    void beside(String text, double x, double y, boolean right, double leftLimit, Color color) {
        double w = width(text);
        double gap = 12;
        if (right && x + gap + w <= layout.width - layout.margin) {
            label(text, x + gap, y + 6, Anchor.START, color);
        } else if (!right && x - gap - w >= leftLimit) {
            label(text, x - gap, y + 6, Anchor.END, color);
        } else {
            double centre = Math.max(leftLimit + w / 2, Math.min(layout.width - layout.margin - w / 2, x));
            label(text, centre, y + layout.note * 1.6, Anchor.MIDDLE, color);
        }
    }

    /** Says so in the middle of the plot when the data give nothing to draw, rather than leaving it blank. */
    void noDataIf(boolean empty, String text) {
        if (empty) {
            note(text, layout.width / 2.0, layout.captionBand + plotHeight() / 2.0, Anchor.MIDDLE);
        }
    }

    /** A label starting just right of {@code x}, or ending just left of it when the canvas edge is too close. */
    void rightOrLeft(String text, double x, double y, Color color) {
        if (x + 8 + width(text) <= layout.width - layout.margin) {
            label(text, x + 8, y, Anchor.START, color);
        } else {
            label(text, x - 8, y, Anchor.END, color);
        }
    }

    double width(String text) {
        return canvas.advance(text, layout.noteFont());
    }

    /**
     * The finished drawing: the legend in its band, the title and subtitle above, the source line
     * below. The SVG's own description is the alt text, the most specific sentence about it.
     */
    Drawing finish(Heading heading, String description, String altText, String csv) {
        drawLegend();
        double textWidth = layout.width - 2 * layout.margin;
        double xTitleTop = layout.captionBand + plotHeight();
        Font label = layout.labelFont();
        for (String line : wrap(xTitle, label, textWidth)) {
            xTitleTop += lineHeight(label);
            canvas.text(line, layout.width / 2.0, xTitleTop - label.getSize2D() * 0.28, label, Palette.TEXT, Anchor.MIDDLE);
        }
        double y = layout.margin;
        y = paragraph(heading.title(), ChartFonts.bold(layout.title), Palette.TEXT, y, textWidth);
        y = paragraph(heading.subtitle(), ChartFonts.regular(layout.subtitle), Palette.MUTED, y + 2, textWidth);
        y = paragraph(caption, label, Palette.TEXT, y + 6, textWidth);
        // Labels in the caption band (reference lines named above the plot) sit just below the caption.
        double plotTop = y + 4 + layout.note - layout.captionBand;
        double bodyHeight = layout.captionBand + plotHeight() + xTitleHeight() + legendHeight();
        String source = "Source: EuroMesh " + stamp.edition() + " model; data: " + heading.data() + "; " + stamp.licence();
        double bottom = paragraph(source, ChartFonts.regular(layout.source), Palette.MUTED, plotTop + bodyHeight + 2, textWidth);
        String svg = canvas.document(heading.title(), altText, Math.ceil(bottom + layout.margin), plotTop);
        return new Drawing(id, heading.title(), description, altText, svg, csv);
    }

    /** Writes {@code text} in lines no wider than {@code maxWidth} from {@code top}; returns the y below the last line. */
    private double paragraph(String text, Font font, Color color, double top, double maxWidth) {
        double y = top;
        for (String line : wrap(text, font, maxWidth)) {
            // An exponent is raised by 0.4 of the size: its line needs that much more room above.
            y += lineHeight(font) + (y > top && line.chars().anyMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(c) >= 0) ? font.getSize2D() * 0.3 : 0);
            canvas.frameText(line, layout.margin, y - font.getSize2D() * 0.28, font, color, Anchor.START);
        }
        return y;
    }

    /** Breaks {@code text} at spaces into lines that fit {@code maxWidth}; a single word wider than that keeps its own line. */
    List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && canvas.advance(candidate, font) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private List<List<Key>> layoutLegend() {
        List<List<Key>> rows = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        double used = 0;
        for (Key key : keys) {
            double w = entryWidth(key);
            if (!row.isEmpty() && used + legendGap + w > layout.width - 2 * layout.margin) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : legendGap) + w;
            row.add(key);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private double entryWidth(Key key) {
        return swatch + 8 + canvas.advance(key.label(), legendFont());
    }

    private Font legendFont() {
        return layout.labelFont();
    }

    private void drawLegend() {
        Graphics2D g = canvas.graphics();
        double y = layout.captionBand + plotHeight() + xTitleHeight() + 6 + legendRow / 2;
        for (List<Key> row : legendRows) {
            double total = row.stream().mapToDouble(this::entryWidth).sum() + legendGap * (row.size() - 1);
            double x = (layout.width - total) / 2;
            for (Key key : row) {
                g.setColor(key.color());
                double cx = x + swatch / 2;
                switch (key.swatch()) {
                    case LINE -> {
                        g.setStroke(key.stroke());
                        g.draw(new Line2D.Double(x, y, x + swatch, y));
                        key.marker().paint(g, cx, y, MARKER_SIZE);
                    }
                    case BOX -> g.fill(new Rectangle2D.Double(x + 4, y - 8, swatch - 8, 16));
                    case MARKER -> key.marker().paint(g, cx, y, MARKER_SIZE);
                }
                canvas.text(key.label(), x + swatch + 8, y + 5, legendFont(), Palette.TEXT, Anchor.START);
                x += entryWidth(key) + legendGap;
            }
            y += legendRow;
        }
    }
}
