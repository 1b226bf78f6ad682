package org.euromesh.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.Objects;
import org.jfree.svg.SVGGraphics2D;

/**
 * The graphics state of {@link TextGraphics}, kept by JFreeSVG: every setter and getter goes
 * straight to it. Paint, colour, stroke and composite end the line being joined ({@link #flush})
 * when they change; transforms, clips and rendering hints always end it; reads, and state that
 * does not affect output order (font, background, paint mode), pass through untouched.
 */
abstract class ForwardedState extends Graphics2D {

    final SVGGraphics2D svg;

    ForwardedState(SVGGraphics2D svg) {
        this.svg = svg;
    }

    /** Writes the line being joined, if any; called before anything else reaches the SVG. */
    abstract void flush();

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
