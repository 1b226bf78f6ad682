package org.euromesh.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Liberation Sans from the classpath, so text is measured the same on every machine whatever
 * fonts the OS has. Charts are shown as SVG images, which cannot load the site's web fonts, so
 * they name a face with the metrics of Arial, which nearly every reader has.
 */
final class ChartFonts {

    /** The family every chart text names; Arial has the same metrics as Liberation Sans. */
    static final String CSS_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final Font REGULAR = load("/liberation/LiberationSans-Regular.ttf");
    private static final Font BOLD = load("/liberation/LiberationSans-Bold.ttf");

    private ChartFonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource, e);
        }
    }
}
