package org.euromesh.report.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.AWTGVTGlyphVector;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.io.File;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the text of inline SVG charts as real, searchable PDF text. openhtmltopdf's Batik bridge
 * fills every glyph outline, so chart labels would be shapes; here each SVG text run is handed to
 * the PDF graphics as a string in the same embedded font instead, at the positions Batik laid out.
 */
final class SvgText {

    private SvgText() {
    }

    /** An SVG drawer whose charts resolve font families to our fonts and draw text as text. */
    static BatikSVGDrawer drawer(Resolver resolver) {
        return new Drawer(resolver);
    }

    private static final class Drawer extends BatikSVGDrawer {
        private final Resolver resolver;

        Drawer(Resolver resolver) {
            this.resolver = resolver;
            this.fontResolver = resolver;
        }

        // Our families are fixed; the print CSS declares no @font-face for the charts.
        @Override
        public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
            this.fontResolver = resolver;
        }
    }

    /** One font file as AWT sees it, with the weight and style it stands for. */
    record Face(String family, boolean bold, boolean italic, Font font) {
    }

    /**
     * Resolves SVG font-family names, including the generic ones and common web names, to our
     * families. Immutable, so one instance serves every render.
     */
    static final class Resolver extends OpenHtmlFontResolver {
        private static final Map<String, String> ALIASES = Map.of(
                "sans-serif", "Liberation Sans", "arial", "Liberation Sans", "helvetica", "Liberation Sans",
                "serif", "Liberation Serif", "times new roman", "Liberation Serif", "times", "Liberation Serif",
                "monospace", "Liberation Mono", "courier new", "Liberation Mono", "courier", "Liberation Mono");

        private final Map<String, Family> families = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final List<Family> inOrder;
        private final Family fallback;

        Resolver(List<Face> faces, String defaultFamily) {
            Map<String, List<Face>> byFamily = new LinkedHashMap<>();
            for (Face face : faces) {
                byFamily.computeIfAbsent(face.family(), k -> new ArrayList<>()).add(face);
            }
            byFamily.forEach((name, list) -> families.put(name, new Family(name, list)));
            this.inOrder = List.copyOf(families.values());
            this.fallback = families.get(defaultFamily);
        }

        @Override
        public GVTFontFamily resolve(String family) {
            Family found = families.get(family.strip());
            if (found == null) {
                String alias = ALIASES.get(family.strip().toLowerCase(Locale.ROOT));
                found = alias == null ? null : families.get(alias);
            }
            return found;
        }

        @Override
        public GVTFontFamily resolve(String family, FontFace face) {
            return resolve(family);
        }

        @Override
        public GVTFontFamily getDefault() {
            return fallback;
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            for (Family family : inOrder) {
                if (family.regular().font().canDisplay(c)) {
                    return family;
                }
            }
            return null;
        }

        @Override
        public void importFontFaces(List<FontFaceRule> fontFaces, SharedContext ctx) {
        }

        @Override
        public void addFontFile(File fontFile, String family, Integer weight,
                                com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle style) {
        }

        @Override
        public void addFontStream(com.openhtmltopdf.extend.FSSupplier<InputStream> supplier, String family,
                                  Integer weight, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle style) {
        }
    }

    private static final class Family implements GVTFontFamily {
        private final String name;
        private final List<Face> faces;

        Family(String name, List<Face> faces) {
            this.name = name;
            this.faces = List.copyOf(faces);
        }

        Face regular() {
            return pick(false, false);
        }

        // The closest face: exact, then the same weight, then the same style, then regular.
        private Face pick(boolean bold, boolean italic) {
            Face best = faces.get(0);
            int bestScore = -1;
            for (Face face : faces) {
                int score = (face.bold() == bold ? 2 : 0) + (face.italic() == italic ? 1 : 0);
                if (score > bestScore) {
                    best = face;
                    bestScore = score;
                }
            }
            return best;
        }

        @Override
        public String getFamilyName() {
            return name;
        }

        @Override
        public GVTFontFace getFontFace() {
            return new GVTFontFace(name);
        }

        @Override
        public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
            return deriveFont(size, aci.getAttributes());
        }

        @Override
        public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
            Object weight = attributes.get(TextAttribute.WEIGHT);
            Object posture = attributes.get(TextAttribute.POSTURE);
            boolean bold = weight instanceof Float w && w >= TextAttribute.WEIGHT_DEMIBOLD;
            boolean italic = posture instanceof Float p && p > 0;
            return new TextFont(name, pick(bold, italic), size);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }

    /** Batik's own AWT font adapter, except that its glyph vectors draw strings, not outlines. */
    private static final class TextFont extends AWTGVTFont {
        private final String family;
        private final Face face;
        private final Font drawingFont;

        TextFont(String family, Face face, float size) {
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
