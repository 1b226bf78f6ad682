package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import org.euromesh.chart.SvgCanvas.Anchor;
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
 * The XChart plot of a {@link Figure}: an XY chart in the house style, sized for the figure's plot
 * band, and the axes, rows and series every chart builds on it. Its tick labels are declared to
 * the figure's canvas, so they come out as text; no series is in XChart's own legend, since the
 * figure draws its own ({@link Legend}).
 */
final class HouseChart {

    static final int MARKER_SIZE = 11;

    final XYChart xy;
    private final String id;
    private final Layout layout;
    private final SvgCanvas canvas;
    private final int plotHeight;
    private int series;

    HouseChart(String id, Layout layout, SvgCanvas canvas, int plotHeight) {
        this.id = id;
        this.layout = layout;
        this.canvas = canvas;
        this.plotHeight = plotHeight;
        this.xy = new XYChartBuilder().width(layout.width).height(plotHeight).build();
        XYStyler s = xy.getStyler();
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
    }

    /** XChart's styler, for the axis ranges each chart sets itself. */
    XYStyler styler() {
        return xy.getStyler();
    }

    /** Formats the x tick labels with {@code format} (centred under their ticks). */
    void xTicks(Function<Double, String> format) {
        styler().setXAxisTickLabelsFormattingFunction(canvas.ticks(format, Anchor.MIDDLE, layout.tickFont()));
    }

    /** Formats the y tick labels with {@code format} (right-aligned against the axis). */
    void yTicks(Function<Double, String> format) {
        styler().setYAxisTickLabelsFormattingFunction(canvas.ticks(format, Anchor.END, layout.tickFont()));
    }

    /** A time axis over the whole horizon, with a labelled tick every second year. */
    void yearAxis(Timeline time) {
        styler().setXAxisMin(time.min());
        styler().setXAxisMax(time.max());
        xStep(time.max() - time.min(), 2);
        xTicks(time::yearTick);
    }

    /** Asks XChart for x ticks every {@code step} units; it rounds steps to 1, 2 or 5 times a power of ten. */
    void xStep(double range, double step) {
        styler().setXAxisTickMarkSpacingHint((int) Math.round((layout.width - 100) * step / range));
    }

    /**
     * Rows 1 (bottom) to {@code labels.size()} (top) on the y axis, each named. Call before adding
     * any series: XChart takes its tick values from the first series when they are evenly spaced,
     * so an invisible first series at {@code x} with y = 0 … n + 1 gives exactly one tick per row.
     */
    void rows(List<String> labels, double x) {
        int n = labels.size();
        styler().setYAxisMin(0.0);
        styler().setYAxisMax(n + 1.0);
        styler().setPlotGridHorizontalLinesVisible(false);
        styler().setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Left);
        styler().setYAxisTickMarkSpacingHint((int) Math.max(8, (plotHeight - 90.0) / (n + 1) * 0.8));
        double[] xs = new double[n + 2];
        double[] ys = new double[n + 2];
        for (int i = 0; i < n + 2; i++) {
            xs[i] = x;
            ys[i] = i;
        }
        line(xs, ys, new Color(0, 0, 0, 0), Palette.THIN, SeriesMarkers.NONE);
        styler().setYAxisTickLabelsFormattingFunction(canvas.ticks(y -> {
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

    /** A line series in one colour and stroke, with an optional marker; never in XChart's own legend. */
    XYSeries line(double[] x, double[] y, Color color, BasicStroke stroke, Marker marker) {
        XYSeries s = xy.addSeries(id + "-" + series++, x, y);
        s.setLineColor(color);
        s.setLineStyle(stroke);
        s.setMarker(marker);
        s.setMarkerColor(color);
        s.setShowInLegend(false);
        return s;
    }

    /** A horizontal bar from {@code x0} to {@code x1} at row {@code y}, drawn as one thick line. */
    void bar(double x0, double x1, double y, Color color, float thickness) {
        line(new double[] {x0, x1}, new double[] {y, y}, color,
                new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER), SeriesMarkers.NONE);
    }

    /** A single marker, no line. */
    void point(double x, double y, Color color, Marker marker) {
        line(new double[] {x}, new double[] {y}, color, SeriesLines.NONE, marker);
    }

    /**
     * A log y axis over whole decades, labelled "10²⁴" every {@code labelEvery} decades. XChart's
     * own log grid also rules every minor step, so the grid is drawn here at the decades only,
     * as series added before the data so they stay behind it.
     */
    void logY(double min, double max, double xMin, double xMax, int labelEvery) {
        styler().setYAxisLogarithmic(true);
        styler().setYAxisLogarithmicDecadeOnly(true);
        styler().setYAxisMin(min);
        styler().setYAxisMax(max);
        styler().setPlotGridHorizontalLinesVisible(false);
        yTicks(v -> {
            int exponent = (int) Math.round(Math.log10(v));
            return v > 0 && exponent % labelEvery == 0 ? "10" + Format.superscript(exponent) : "";
        });
        for (int e = (int) Math.round(Math.log10(min)); e <= Math.round(Math.log10(max)); e++) {
            double v = Math.pow(10, e);
            line(new double[] {xMin, xMax}, new double[] {v, v}, Palette.GRID, Palette.THIN, SeriesMarkers.NONE);
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
    void shade(double x0, double x1, double yTop, Color color) {
        XYSeries s = line(new double[] {x0, x1}, new double[] {yTop, yTop}, color, SeriesLines.NONE,
                SeriesMarkers.NONE);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setFillColor(color);
    }
}
