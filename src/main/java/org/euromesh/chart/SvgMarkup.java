package org.euromesh.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.euromesh.chart.SvgCanvas.Anchor;

/**
 * The markup of chart text: a {@code <text>} element whose exponents are raised ordinary digits
 * (Liberation Sans lacks some superscript digits) and whose minus signs are true minus signs,
 * geometry to two decimals and escaped characters, so the bytes depend on the words alone.
 */
final class SvgMarkup {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    private static final String PLAIN = "0123456789-";

    private SvgMarkup() {
    }

    /** One stretch of text, either all superscript or none, in ordinary digits. */
    record Run(String text, boolean superscript) {
    }

    /** The string XChart lays out for {@code text}: "10^26" where the SVG shows 10²⁶. */
    static String laidOut(String text) {
        StringBuilder b = new StringBuilder();
        for (Run run : runs(text)) {
            b.append(run.superscript() ? "^" : "").append(run.text());
        }
        return b.toString();
    }

    /** Appends {@code text} as a {@code <text>} element at ({@code x}, {@code y}), in {@code at}'s coordinates if given. */
    static void text(StringBuilder body, String text, double x, double y, Font font, Color color, Anchor anchor,
            AffineTransform at) {
        body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
        if (at != null) {
            body.append(" transform=\"matrix(").append(number(at.getScaleX())).append(',').append(number(at.getShearY()))
                    .append(',').append(number(at.getShearX())).append(',').append(number(at.getScaleY())).append(',')
                    .append(number(at.getTranslateX())).append(',').append(number(at.getTranslateY())).append(")\"");
        }
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        body.append(" font-size=\"").append(number(font.getSize2D())).append('"');
        if (font.isBold()) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" fill=\"").append(Palette.hex(color)).append("\">");
        // Liberation Sans lacks some superscript digits, so exponents are raised ordinary digits.
        double rise = Math.round(font.getSize2D() * 0.4);
        boolean raised = false;
        for (Run run : runs(trueMinus(text))) {
            if (run.superscript() != raised) {
                body.append("<tspan dy=\"").append(number(run.superscript() ? -rise : rise)).append("\" font-size=\"")
                        .append(number(run.superscript() ? superscriptFont(font).getSize2D() : font.getSize2D()))
                        .append("\">").append(escape(run.text())).append("</tspan>");
                raised = run.superscript();
            } else {
                body.append(escape(run.text()));
            }
        }
        body.append("</text>");
    }

    /** "−10" with a true minus sign where the formatter wrote a hyphen before a number. */
    static String trueMinus(String text) {
        return NEGATIVE.matcher(text).replaceAll("\u2212");
    }

    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}\\p{N}])-(?=[0-9])");

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean superscript = false;
        for (char c : text.toCharArray()) {
            int i = SUPERSCRIPTS.indexOf(c);
            boolean sup = i >= 0;
            if (sup != superscript && current.length() > 0) {
                runs.add(new Run(current.toString(), superscript));
                current.setLength(0);
            }
            superscript = sup;
            current.append(sup ? PLAIN.charAt(i) : c);
        }
        runs.add(new Run(current.toString(), superscript));
        return runs;
    }

    /** Exponents stay at the smallest size any chart text uses, or more. */
    static Font superscriptFont(Font font) {
        return font.deriveFont(Math.max(Layout.SMALLEST, Math.round(font.getSize2D() * 0.85f)));
    }

    /** SVG geometry to two decimals, locale-free: "12.5", "-3", "0.25". */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long r = Math.round(v * 100);
        if (r == 0) {
            return "0";
        }
        String sign = r < 0 ? "-" : "";
        long a = Math.abs(r);
        long whole = a / 100;
        long frac = a % 100;
        if (frac == 0) {
            return sign + whole;
        }
        return frac % 10 == 0 ? sign + whole + "." + frac / 10 : sign + whole + "." + (frac < 10 ? "0" : "") + frac;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
