package org.euromesh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import org.euromesh.chart.SvgCanvas.Anchor;
import org.junit.jupiter.api.Test;

class SvgCanvasTest {

    @Test
    void aDeclaredLabelPaintedAsGlyphOutlinesComesOutAsText() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        Font font = ChartFonts.regular(17);
        String laidOut = canvas.expect("Germany", font, Anchor.START);
        var g = canvas.graphics();
        g.translate(20, 40);
        g.fill(new TextLayout(laidOut, font, g.getFontRenderContext()).getOutline(null));
        String svg = canvas.document("t", "d", 100, 0);
        assertTrue(svg.contains(">Germany</text>"), svg);
        assertTrue(svg.contains("x=\"20\" y=\"40\""), svg);
        assertFalse(svg.contains("<path"), svg);
    }

    @Test
    void anUndeclaredOutlineStaysAShape() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        Font font = ChartFonts.regular(17);
        canvas.graphics().fill(new TextLayout("Spain", font, canvas.graphics().getFontRenderContext()).getOutline(null));
        assertTrue(canvas.document("t", "d", 100, 0).contains("<path"));
    }

    @Test
    void exponentsAreRaisedOrdinaryDigitsAndLaidOutWithACaret() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        assertEquals("10^26", canvas.expect("10²⁶", ChartFonts.regular(17), Anchor.END));
        canvas.text("1.4 × 10²⁷", 10, 50, ChartFonts.regular(16), Palette.TEXT, Anchor.START);
        String svg = canvas.document("t", "d", 100, 0);
        assertTrue(svg.contains(">1.4 × 10<tspan dy=\"-6\" font-size=\"14\">27</tspan></text>"), svg);
    }

    @Test
    void consecutiveSegmentsOfOneLineBecomeOnePath() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        var g = canvas.graphics();
        g.setColor(Palette.MESH);
        g.setStroke(Palette.DASHED);
        for (int i = 0; i < 50; i++) {
            g.draw(new Line2D.Double(i, i, i + 1, i + 1));
        }
        String svg = canvas.document("t", "d", 100, 0);
        assertFalse(svg.contains("<line"), svg);
        assertEquals(1, svg.split("<path ", -1).length - 1, svg);
    }

    @Test
    void defsIdsCarryTheChartIdNotTheClock() {
        SvgCanvas canvas = new SvgCanvas("grid-queue", 200);
        var g = canvas.graphics();
        g.setClip(10, 10, 50, 50);
        g.fill(new java.awt.Rectangle(0, 0, 100, 100));
        String svg = canvas.document("t", "d", 100, 0);
        assertTrue(svg.contains("id='chart-grid-queue-clip-0'"), svg);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-grid-queue\" viewBox=\"0 0 200 100\""));
    }

    @Test
    void aHyphenBeforeANumberIsWrittenAsATrueMinusButNotInsideWords() {
        assertEquals("\u221210 to 20", SvgMarkup.trueMinus("-10 to 20"));
        assertEquals("7-region mean, 30\u201350 MW", SvgMarkup.trueMinus("7-region mean, 30\u201350 MW"));
        assertEquals("H-100 (\u22125)", SvgMarkup.trueMinus("H-100 (-5)"));
    }

    @Test
    void geometryIsWrittenWithAtMostTwoDecimals() {
        assertEquals("12.5", SvgMarkup.number(12.5));
        assertEquals("-3", SvgMarkup.number(-3.0001));
        assertEquals("0.25", SvgMarkup.number(0.25));
        assertEquals("0.07", SvgMarkup.number(0.0712));
        assertEquals("0", SvgMarkup.number(-0.001));
    }

    @Test
    void textIsEscapedForXml() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        canvas.text("R&D <\"EU\">", 0, 10, ChartFonts.regular(16), Palette.TEXT, Anchor.START);
        assertTrue(canvas.document("a & b", "c < d", 100, 0).contains(">R&amp;D &lt;&quot;EU&quot;&gt;</text>"));
    }

    @Test
    void aTransformedLabelKeepsItsTransform() {
        SvgCanvas canvas = new SvgCanvas("test", 200);
        AffineTransform at = AffineTransform.getRotateInstance(-Math.PI / 2);
        canvas.emit(new SvgCanvas.Label("Up", ChartFonts.regular(17), Anchor.START, 10), at, Palette.TEXT);
        assertTrue(canvas.document("t", "d", 100, 0).contains("transform=\"matrix(0,-1,1,0,0,0)\""));
    }
}
