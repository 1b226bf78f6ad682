package org.euromesh.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.svg.SVGGraphics2D;
import org.knowm.xchart.internal.chartpart.AxesChart;

/**
 * One SVG being drawn. Shapes go through JFreeSVG; every word becomes a real {@code <text>}
 * element in Liberation Sans, including XChart's labels, which XChart itself paints as glyph
 * outlines (see {@link TextGraphics}); {@link SvgMarkup} writes each element. Ids carry a fixed
 * per-chart prefix, so the bytes depend on the data only and several charts can share one HTML
 * page.
 */
final class SvgCanvas {

    enum Anchor {
        START, MIDDLE, END
    }

    /** A string XChart is expected to paint, with the font it uses and how to anchor it. */
    record Label(String text, Font font, Anchor anchor, double advance) {
    }

    /** An XChart chart painted at ({@code left}, {@code top}) of the canvas; converts data values to canvas coordinates. */
    record Plot(AxesChart<?, ?> chart, double left, double top) {
        double x(double value) {
            return left + chart.getScreenXFromChart(value);
        }

        double y(double value) {
            return top + chart.getScreenYFromChart(value);
        }
    }

    private final String elementId;
    private final int width;
    private final StringBuilder body = new StringBuilder();
    /** Text outside the plot (title, subtitle, source line), in the coordinates of the whole figure. */
    private final StringBuilder frame = new StringBuilder();
    private final SVGGraphics2D svg;
    private final TextGraphics graphics;
    private final FontRenderContext frc;
    private final Map<String, Label> labelsByOutline = new HashMap<>();

    /** {@code chartId} names the layout too ("ramp-baseline-narrow"); the height is known only when the figure is done. */
    SvgCanvas(String chartId, int width) {
        this.elementId = "chart-" + chartId;
        this.width = width;
        this.svg = new SVGGraphics2D(width, 1000, null, body);
        // JFreeSVG's default prefix comes from the clock; a fixed one keeps the bytes stable.
        svg.setDefsKeyPrefix(elementId + "-");
        svg.setGeomDoubleConverter(SvgMarkup::number);
        svg.setTransformDoubleConverter(SvgMarkup::number);
        // TextGraphics writes every text itself; should JFreeSVG ever write one, it names the same family.
        svg.setFontFunction(family -> ChartFonts.CSS_FAMILY.replace('\'', '"'));
        this.frc = svg.getFontRenderContext();
        this.graphics = new TextGraphics(this, svg);
    }

    /** The Graphics2D to draw shapes with, and to hand to XChart. */
    Graphics2D graphics() {
        return graphics;
    }

    /** Paints {@code chart} into the {@code w} by {@code h} rectangle whose top-left corner is ({@code left}, {@code top}). */
    Plot paint(AxesChart<?, ?> chart, double left, double top, int w, int h) {
        AffineTransform saved = graphics.getTransform();
        graphics.translate(left, top);
        chart.paint(graphics, w, h);
        graphics.setTransform(saved);
        graphics.setClip(null);
        return new Plot(chart, left, top);
    }

    /** Wraps an XChart tick formatter so that every label it produces is recognised when XChart paints it. */
    Function<Double, String> ticks(Function<Double, String> format, Anchor anchor, Font font) {
        return value -> {
            String text = format.apply(value);
            // XChart cannot lay out an empty string and drops tick sets with repeated labels or
            // labels over 20 characters, so an unlabelled tick gets its own short run of spaces.
            if (text == null || text.isBlank()) {
                return " ".repeat(1 + (int) Math.floorMod(Math.round(value * 4), 20L));
            }
            return expect(text, font, anchor);
        };
    }

    /**
     * Declares a string XChart will paint (an axis title, a tick label) so it comes out as text,
     * and returns the string to hand to XChart. Liberation Sans lacks some superscript digits,
     * whose outlines would all look alike, so XChart lays out "10^26" where the SVG shows 10²⁶.
     */
    String expect(String text, Font font, Anchor anchor) {
        String laidOut = SvgMarkup.laidOut(text);
        if (text.isBlank()) {
            return laidOut;
        }
        TextLayout layout = new TextLayout(laidOut, font, frc);
        String key = outlineKey(layout.getOutline(null));
        Label label = new Label(text, font, anchor, layout.getAdvance());
        Label known = labelsByOutline.get(key);
        if (known != null && known.anchor() != anchor) {
            // The same words on two axes: keep XChart's own placement rather than guess.
            label = new Label(text, font, Anchor.START, layout.getAdvance());
        }
        labelsByOutline.put(key, label);
        return laidOut;
    }

    /** The label whose glyph outline XChart is filling, if it is one we expect. */
    Optional<Label> recognise(Shape outline) {
        if (labelsByOutline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(labelsByOutline.get(outlineKey(outline)));
    }

    /** Writes a recognised label where XChart put its outline. */
    void emit(Label label, AffineTransform at, Color color) {
        double shift = switch (label.anchor()) {
            case START -> 0;
            case MIDDLE -> label.advance() / 2;
            case END -> label.advance();
        };
        if ((at.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
            text(label.text(), at.getTranslateX() + shift, at.getTranslateY(), label.font(), color, label.anchor(), null);
        } else {
            text(label.text(), shift, 0, label.font(), color, label.anchor(), at);
        }
    }

    void text(String text, double x, double y, Font font, Color color, Anchor anchor) {
        text(text, x, y, font, color, anchor, null);
    }

    /** Text around the plot, placed in the coordinates of the finished figure rather than of the plot. */
    void frameText(String text, double x, double y, Font font, Color color, Anchor anchor) {
        SvgMarkup.text(frame, text, x, y, font, color, anchor, null);
    }

    /** Width of {@code text} as it will be drawn, superscripts included. */
    double advance(String text, Font font) {
        double total = 0;
        for (SvgMarkup.Run run : SvgMarkup.runs(text)) {
            if (!run.text().isEmpty()) {
                Font f = run.superscript() ? SvgMarkup.superscriptFont(font) : font;
                total += new TextLayout(run.text(), f, frc).getAdvance();
            }
        }
        return total;
    }

    /**
     * The finished SVG: a viewBox and no pixel size, with title and desc first for screen readers,
     * a style that repaints it on a dark page, then the frame text and the plot moved down by
     * {@code plotTop} below it.
     */
    String document(String title, String description, double height, double plotTop) {
        graphics.flush();
        String element = svg.getSVGElement(null, false, null, null, null);
        String inner = element.substring(element.indexOf('>') + 1, element.length() - "</svg>".length());
        String drawn = body.toString();
        if (!inner.endsWith(drawn)) {
            throw new IllegalStateException("JFreeSVG wrote something after the body of " + elementId);
        }
        String defs = inner.substring(0, inner.length() - drawn.length());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + elementId + "\" viewBox=\"0 0 " + width + " " + SvgMarkup.number(height)
                + "\" role=\"img\" aria-labelledby=\"" + elementId + "-title " + elementId + "-desc\" font-family=\""
                + ChartFonts.CSS_FAMILY + "\">"
                + "<title id=\"" + elementId + "-title\">" + SvgMarkup.escape(title) + "</title>"
                + "<desc id=\"" + elementId + "-desc\">" + SvgMarkup.escape(description) + "</desc>"
                + "<style>" + Palette.darkStyle(elementId) + "</style>" + defs
                + "<rect width=\"" + width + "\" height=\"" + SvgMarkup.number(height) + "\" fill=\"" + Palette.hex(Palette.WHITE) + "\"/>"
                + frame + "<g transform=\"translate(0," + SvgMarkup.number(plotTop) + ")\">" + drawn + "</g></svg>\n";
    }

    private void text(String text, double x, double y, Font font, Color color, Anchor anchor, AffineTransform at) {
        graphics.flush();
        SvgMarkup.text(body, text, x, y, font, color, anchor, at);
    }

    /** The geometry of an outline, rounded to 1/64 px: two outlines of the same words in the same font match. */
    private static String outlineKey(Shape outline) {
        StringBuilder key = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            key.append(type);
            int n = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < n; i++) {
                key.append(',').append(Math.round(c[i] * 64));
            }
            key.append(';');
        }
        return key.toString();
    }

}
