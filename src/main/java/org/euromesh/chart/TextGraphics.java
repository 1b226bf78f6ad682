package org.euromesh.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.svg.SVGGraphics2D;

/**
 * The Graphics2D handed to XChart. XChart 4 paints every label as the filled outline of its
 * glyphs; this wrapper recognises the outlines of the labels the chart declared and writes them as
 * {@code <text>} instead. It also joins the one-segment lines XChart draws per data point into one
 * path per series, which keeps the file small and the dash pattern continuous. Everything else
 * goes straight to JFreeSVG.
 */
final class TextGraphics extends Graphics2D {

    private final SvgCanvas canvas;
    private final SVGGraphics2D svg;
    private Path2D.Double pendingLine;
    private int pendingSegments;
    private double endX;
    private double endY;

    TextGraphics(SvgCanvas canvas, SVGGraphics2D svg) {
        this.canvas = canvas;
        this.svg = svg;
    }

    /** Writes the line being joined, if any; called before anything else reaches the SVG. */
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

    // State changes end the line being joined only when they change what it looks like.

    @Override
    public void setPaint(Paint paint) {
        if (!Objects.equals(paint, svg.getPaint())) {
            flush();
        }
        svg.setPaint(paint);
    }

    @Override
    public void setColor(Color c) {
        if (!Objects.equals(c, svg.getColor())) {
            flush();
        }
        svg.setColor(c);
    }

    @Override
    public void setStroke(Stroke s) {
        if (!Objects.equals(s, svg.getStroke())) {
            flush();
        }
        svg.setStroke(s);
    }

    @Override
    public void setComposite(Composite comp) {
        if (!Objects.equals(comp, svg.getComposite())) {
            flush();
        }
        svg.setComposite(comp);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        flush();
        svg.setRenderingHint(hintKey, hintValue);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        flush();
        svg.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        flush();
        svg.addRenderingHints(hints);
    }

    @Override
    public void translate(int x, int y) {
        flush();
        svg.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        flush();
        svg.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        flush();
        svg.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        flush();
        svg.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        flush();
        svg.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        flush();
        svg.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        flush();
        svg.transform(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        flush();
        svg.setTransform(tx);
    }

    @Override
    public void clip(Shape s) {
        flush();
        svg.clip(s);
    }

    @Override
    public void setClip(Shape clip) {
        flush();
        svg.setClip(clip);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        flush();
        svg.setClip(x, y, width, height);
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        flush();
        svg.clipRect(x, y, width, height);
    }

    // Output that is neither a line nor text: flush, then let JFreeSVG write it.

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        flush();
        svg.clearRect(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        flush();
        svg.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        flush();
        svg.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        flush();
        svg.drawOval(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        flush();
        svg.fillOval(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        flush();
        svg.drawArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        flush();
        svg.fillArc(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        flush();
        svg.drawPolyline(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        flush();
        svg.drawPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        flush();
        svg.fillPolygon(xPoints, yPoints, nPoints);
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        flush();
        return svg.drawImage(img, xform, obs);
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        flush();
        svg.drawImage(img, op, x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        flush();
        svg.drawRenderedImage(img, xform);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        flush();
        svg.drawRenderableImage(img, xform);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        flush();
        return svg.drawImage(img, x, y, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        flush();
        return svg.drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        flush();
        return svg.drawImage(img, x, y, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        flush();
        return svg.drawImage(img, x, y, width, height, bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        flush();
        return svg.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        flush();
        return svg.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // Bitmap operation; nothing to do in a vector document.
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

    // Plain reads and state that does not affect output order.

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return svg.hit(rect, s, onStroke);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return svg.getDeviceConfiguration();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return svg.getRenderingHint(hintKey);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return svg.getRenderingHints();
    }

    @Override
    public AffineTransform getTransform() {
        return svg.getTransform();
    }

    @Override
    public Paint getPaint() {
        return svg.getPaint();
    }

    @Override
    public Composite getComposite() {
        return svg.getComposite();
    }

    @Override
    public void setBackground(Color color) {
        svg.setBackground(color);
    }

    @Override
    public Color getBackground() {
        return svg.getBackground();
    }

    @Override
    public Stroke getStroke() {
        return svg.getStroke();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return svg.getFontRenderContext();
    }

    @Override
    public Color getColor() {
        return svg.getColor();
    }

    @Override
    public void setPaintMode() {
        svg.setPaintMode();
    }

    @Override
    public void setXORMode(Color c1) {
        svg.setXORMode(c1);
    }

    @Override
    public Font getFont() {
        return svg.getFont();
    }

    @Override
    public void setFont(Font font) {
        svg.setFont(font);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return svg.getFontMetrics(f);
    }

    @Override
    public Rectangle getClipBounds() {
        return svg.getClipBounds();
    }

    @Override
    public Shape getClip() {
        return svg.getClip();
    }
}
