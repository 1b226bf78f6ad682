package org.euromesh.report.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.AWTGVTGlyphVector;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.List;

/**
 * Keeps the text of inline SVG charts as real, searchable PDF text. openhtmltopdf's Batik bridge
 * fills every glyph outline, so chart labels would be shapes; here each SVG text run is handed to
 * the PDF graphics as a string in the same embedded font instead, at the positions Batik laid out.
 * The fonts themselves are resolved by {@link SvgFonts}.
 */
final class SvgText {

    private SvgText() {
    }

    /** An SVG drawer whose charts resolve font families to our fonts and draw text as text. */
    static BatikSVGDrawer drawer(SvgFonts.Resolver resolver) {
        return new Drawer(resolver);
    }

    /** {@code face} at {@code size}, as a Batik font whose glyph vectors draw strings. */
    static GVTFont font(String family, SvgFonts.Face face, float size) {
        return new TextFont(family, face, size);
    }

    private static final class Drawer extends BatikSVGDrawer {
        private final SvgFonts.Resolver resolver;

        Drawer(SvgFonts.Resolver resolver) {
            this.resolver = resolver;
            this.fontResolver = resolver;
        }

        // Our families are fixed; the print CSS declares no @font-face for the charts.
        @Override
        public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
            this.fontResolver = resolver;
        }
    }

    /** Batik's own AWT font adapter, except that its glyph vectors draw strings, not outlines. */
    private static final class TextFont extends AWTGVTFont {
        private final String family;
        private final SvgFonts.Face face;
        private final Font drawingFont;

        TextFont(String family, SvgFonts.Face face, float size) {
            super(face.font().deriveFont(size));
            this.family = family;
            this.face = face;
            int style = (face.bold() ? Font.BOLD : 0) | (face.italic() ? Font.ITALIC : 0);
            // The style bits tell the PDF side which embedded face to pick.
            this.drawingFont = face.font().deriveFont(style, size);
        }

        @Override
        public GVTGlyphVector createGlyphVector(FontRenderContext frc, char[] chars) {
            return createGlyphVector(frc, new StringCharacterIterator(new String(chars)));
        }

        @Override
        public GVTGlyphVector createGlyphVector(FontRenderContext frc, String text) {
            return createGlyphVector(frc, new StringCharacterIterator(text));
        }

        @Override
        public GVTGlyphVector createGlyphVector(FontRenderContext frc, CharacterIterator ci) {
            return new TextGlyphVector(awtFont.createGlyphVector(frc, ci), this, scale, ci);
        }

        @Override
        public GVTGlyphVector createGlyphVector(FontRenderContext frc, int[] glyphCodes, CharacterIterator ci) {
            return new TextGlyphVector(awtFont.createGlyphVector(frc, glyphCodes), this, scale, ci);
        }

        @Override
        public GVTFont deriveFont(float size) {
            return new TextFont(family, face, size);
        }

        @Override
        public String getFamilyName() {
            return family;
        }
    }

    private static final class TextGlyphVector extends AWTGVTGlyphVector {
        private final TextFont font;
        private final String text;

        TextGlyphVector(java.awt.font.GlyphVector glyphs, TextFont font, double scale, CharacterIterator ci) {
            super(glyphs, font, scale, ci);
            this.font = font;
            StringBuilder chars = new StringBuilder();
            CharacterIterator copy = (CharacterIterator) ci.clone();
            for (char c = copy.first(); c != CharacterIterator.DONE; c = copy.next()) {
                chars.append(c);
            }
            this.text = chars.toString();
        }

        @Override
        public void draw(Graphics2D g, AttributedCharacterIterator aci) {
            aci.first();
            Object info = aci.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO);
            if (!(info instanceof TextPaintInfo paint) || !paint.visible) {
                return;
            }
            // Stroked text, ligatures or per-glyph transforms keep Batik's outlines.
            if (paint.fillPaint == null || paint.strokePaint != null || text.length() != getNumGlyphs()
                    || hasGlyphTransforms()) {
                super.draw(g, aci);
                return;
            }
            Font savedFont = g.getFont();
            Paint savedPaint = g.getPaint();
            g.setFont(font.drawingFont);
            g.setPaint(paint.fillPaint);
            if (followsNaturalAdvances()) {
                Point2D start = getGlyphPosition(0);
                g.drawString(text, (float) start.getX(), (float) start.getY());
            } else {
                for (int i = 0; i < getNumGlyphs(); i++) {
                    if (isGlyphVisible(i)) {
                        Point2D at = getGlyphPosition(i);
                        g.drawString(String.valueOf(text.charAt(i)), (float) at.getX(), (float) at.getY());
                    }
                }
            }
            g.setFont(savedFont);
            g.setPaint(savedPaint);
        }

        private boolean hasGlyphTransforms() {
            for (int i = 0; i < getNumGlyphs(); i++) {
                if (getGlyphTransform(i) != null && !getGlyphTransform(i).isIdentity()) {
                    return true;
                }
            }
            return false;
        }

        // True when Batik placed the glyphs one after another on a line, as drawString would.
        private boolean followsNaturalAdvances() {
            double tolerance = 0.02 * font.getSize();
            Point2D start = getGlyphPosition(0);
            double x = start.getX();
            for (int i = 0; i < getNumGlyphs(); i++) {
                Point2D at = getGlyphPosition(i);
                if (!isGlyphVisible(i)
                        || Math.abs(at.getX() - x) > tolerance || Math.abs(at.getY() - start.getY()) > tolerance) {
                    return false;
                }
                x += getGlyphMetrics(i).getHorizontalAdvance();
            }
            return true;
        }
    }
}
