package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The Okabe-Ito palette, safe for the common kinds of colour blindness. The mesh is always blue
 * and the campus always vermillion; the other hues never stand for either.
 */
final class Palette {

    static final Color MESH = new Color(0x0072B2);
    static final Color CAMPUS = new Color(0xD55E00);
    static final Color GREEN = new Color(0x009E73);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY = new Color(0x56B4E9);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color BLACK = new Color(0x000000);

    /** Neutral greys for text, axes and grid; dark enough for WCAG AA on white. */
    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x595959);
    static final Color AXIS = new Color(0x8C8C8C);
    static final Color GRID = new Color(0xDEDEDE);
    static final Color SHADE = new Color(0xF0F0F0);
    static final Color WHITE = Color.WHITE;

    static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {9f, 5f}, 0f);
    static final BasicStroke DOTTED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {2f, 4f}, 0f);
    static final BasicStroke THIN = new BasicStroke(1f);

    private Palette() {
    }

    /** Vermillion is 3.9:1 on white; text in the campus colour uses this darker shade (5.2:1, WCAG AA). */
    static final Color CAMPUS_TEXT = new Color(0xB34E00);

    /** The shade of {@code c} to write text in: the same hue, dark enough to read on white. */
    static Color forText(Color c) {
        return CAMPUS.equals(c) ? CAMPUS_TEXT : c;
    }

    /** "#0072b2" for SVG attributes. */
    static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
