package org.euromesh.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Bluish green is 3.4:1 on white; text in it uses this darker shade (5.4:1, WCAG AA). */
    static final Color GREEN_TEXT = new Color(0x007A5A);

    /** The shade of {@code c} to write text in: the same hue, dark enough to read on white. */
    static Color forText(Color c) {
        return CAMPUS.equals(c) ? CAMPUS_TEXT : GREEN.equals(c) ? GREEN_TEXT : c;
    }

    /** "#0072b2" for SVG attributes. */
    static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Page background of the site's dark theme (site.css --bg); the chart background becomes it. */
    static final Color DARK_BACKGROUND = new Color(0x121519);

    /**
     * What each colour becomes on the dark page: the background and annotation patches take the
     * page's colour, greys and black turn light, and the hues that read below 4.5:1 on it are
     * lightened (mesh blue to 7.0:1, campus text to 7.3:1). Green, orange, sky and purple keep
     * their hue and read at 5:1 or more as they are.
     */
    static final Map<Color, Color> DARK = darkMap();

    private static Map<Color, Color> darkMap() {
        Map<Color, Color> m = new LinkedHashMap<>();
        m.put(WHITE, DARK_BACKGROUND);
        m.put(TEXT, new Color(0xE7E9EC));
        m.put(BLACK, new Color(0xE7E9EC));
        m.put(MUTED, new Color(0xA9B2BD));
        m.put(AXIS, new Color(0x78828F));
        m.put(GRID, new Color(0x323A45));
        m.put(SHADE, new Color(0x222831));
        m.put(MESH, new Color(0x5AA9E6));
        m.put(CAMPUS, new Color(0xE8702A));
        m.put(CAMPUS_TEXT, new Color(0xF0884A));
        m.put(GREEN_TEXT, GREEN);
        return Collections.unmodifiableMap(m);
    }

    /**
     * CSS, scoped to one chart, that repaints it for a dark page. Colours reach the SVG both as
     * attributes (text) and inside JFreeSVG's style attributes (shapes), hence the two selectors.
     */
    static String darkStyle(String elementId) {
        StringBuilder css = new StringBuilder("@media (prefers-color-scheme: dark){");
        DARK.forEach((light, dark) -> {
            String rgb = "rgb(" + light.getRed() + "," + light.getGreen() + "," + light.getBlue() + ")";
            String to = hex(dark);
            css.append('#').append(elementId).append(" [fill=\"").append(hex(light)).append("\"],#").append(elementId)
                    .append(" [style*=\"fill:").append(rgb).append("\"]{fill:").append(to).append("!important}");
            css.append('#').append(elementId).append(" [stroke=\"").append(hex(light)).append("\"],#").append(elementId)
                    .append(" [style*=\"stroke:").append(rgb).append("\"]{stroke:").append(to).append("!important}");
        });
        return css.append('}').toString();
    }
}
