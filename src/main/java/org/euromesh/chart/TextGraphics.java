package org.euromesh.chart;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.text.AttributedCharacterIterator;
import java.util.Optional;
import org.jfree.svg.SVGGraphics2D;

/**
 * The Graphics2D handed to XChart. XChart 4 paints every label as the filled outline of its
 * glyphs; this wrapper recognises the outlines of the labels the chart declared and writes them as
 * {@code <text>} instead. It also joins the one-segment lines XChart draws per data point into one
 * path per series, which keeps the file small and the dash pattern continuous. Everything else
 * goes straight to JFreeSVG: the graphics state through {@link ForwardedState}, other shapes and
 * images through {@link ForwardedDrawing}.
 */
final class TextGraphics extends ForwardedDrawing {

    private final SvgCanvas canvas;
    private Path2D.Double pendingLine;
    private int pendingSegments;
    private double endX;
    private double endY;

    TextGraphics(SvgCanvas canvas, SVGGraphics2D svg) {
        super(svg);
        this.canvas = canvas;
    }

    @Override
    void flush() {
        if (pendingLine == null) {
            return;
        }
        Path2D.Double line = pendingLine;
        pendingLine = null;
        if (pendingSegments == 1) {
            double[] start = new double[6];
            line.getPathIterator(null).currentSegment(start);
            svg.draw(new Line2D.Double(start[0], start[1], endX, endY));
        } else {
            svg.draw(line);
        }
    }

    private boolean invisible() {
        return svg.getPaint() instanceof Color c && c.getAlpha() == 0;
    }

    @Override
    public void draw(Shape s) {
        if (invisible()) {
            return;
        }
        if (s instanceof Line2D l) {
            if (pendingLine != null && l.getX1() == endX && l.getY1() == endY) {
                pendingLine.lineTo(l.getX2(), l.getY2());
                pendingSegments++;
            } else {
                flush();
                pendingLine = new Path2D.Double();
                pendingLine.moveTo(l.getX1(), l.getY1());
                pendingLine.lineTo(l.getX2(), l.getY2());
                pendingSegments = 1;
            }
            endX = l.getX2();
            endY = l.getY2();
            return;
        }
        flush();
        svg.draw(s);
    }

    @Override
    public void fill(Shape s) {
        flush();
        if (invisible()) {
            return;
        }
        if (s instanceof Path2D) {
            Optional<SvgCanvas.Label> label = canvas.recognise(s);
            if (label.isPresent()) {
                canvas.emit(label.get(), svg.getTransform(), svg.getColor());
                return;
            }
            if (s.getBounds2D().isEmpty()) {
                return;
            }
        }
        svg.fill(s);
    }

    @Override
    public void drawString(String str, float x, float y) {
        flush();
        AffineTransform at = svg.getTransform();
        at.translate(x, y);
        canvas.emit(new SvgCanvas.Label(str, svg.getFont(), SvgCanvas.Anchor.START, 0), at, svg.getColor());
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        drawString(text.toString(), x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public Graphics create() {
        flush();
        return new TextGraphics(canvas, (SVGGraphics2D) svg.create());
    }

    @Override
    public void dispose() {
        flush();
    }
}
