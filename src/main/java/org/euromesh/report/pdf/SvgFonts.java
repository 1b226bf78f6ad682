package org.euromesh.report.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.File;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fonts of inline SVG charts in the PDF: every font-family an SVG names, generic and common
 * web names included, resolves to one of our embedded families, and each face it derives draws
 * its text as text ({@link SvgText}).
 */
final class SvgFonts {

    private SvgFonts() {
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
            return SvgText.font(name, pick(bold, italic), size);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }
}
