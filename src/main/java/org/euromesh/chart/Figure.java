package org.euromesh.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.euromesh.chart.Legend.Key;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.euromesh.chart.SvgCanvas.Plot;

/**
 * The frame every chart shares, in one of its two {@link Layout}s: a title that states the
 * finding and a subtitle that says what is measured, a caption band (the y-axis unit, written
 * horizontally), the XChart plot ({@link HouseChart}), a legend band below it so the legend never
 * covers data ({@link Legend}), and the source line, so a chart shared alone still says where it
 * comes from.
 */
final class Figure {

    /** The words around the plot: the finding, what is measured, and the inputs it is drawn from. */
    record Heading(String title, String subtitle, String data) {
    }

    final SvgCanvas canvas;
    final Layout layout;
    private final String id;
    private final Charts.Stamp stamp;
    private final int plotHeight;
    private final Legend legend;
    private String caption = "";
    private String xTitle = "";

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
        this.legend = new Legend(canvas, layout, keys);
    }

    /** Height of the XChart plot between the caption band and the legend. */
    int plotHeight() {
        return plotHeight;
    }

    /** The baseline of the caption band, for labels that name a reference line above the plot. */
    double captionBaseline() {
        return layout.captionBand - 10;
    }

    /** An XY chart in the house style, sized for the plot band. */
    HouseChart xyChart() {
        return new HouseChart(id, layout, canvas, plotHeight());
    }

    /** The x-axis title, written under the tick labels by {@link #finish} and wrapped to the width of the figure. */
    void xTitle(String title) {
        this.xTitle = title;
    }

    private double xTitleHeight() {
        return xTitle.isEmpty() ? 0 : wrap(xTitle, layout.labelFont(), layout.width - 2 * layout.margin).size() * lineHeight(layout.labelFont()) + 2;
    }

    private static double lineHeight(Font font) {
        return font.getSize2D() * 1.28;
    }

    /** Paints the chart below the caption band. */
    Plot paint(HouseChart chart) {
        return canvas.paint(chart.xy, 0, layout.captionBand, layout.width, plotHeight());
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
        legend.draw(layout.captionBand + plotHeight() + xTitleHeight());
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
        double bodyHeight = layout.captionBand + plotHeight() + xTitleHeight() + legend.height();
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
}
