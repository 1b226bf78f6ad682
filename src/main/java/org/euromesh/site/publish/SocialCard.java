package org.euromesh.site.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.concurrent.atomic.AtomicReference;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

import org.euromesh.report.EditorValues;

/**
 * The 1200 x 630 PNG shown when a page is shared: the headline of this build (both baseline dates
 * and who is first, by how much) beside the delivery-band chart, rasterised from its SVG by Batik.
 * Fonts come from the classpath and nothing reads the clock, so the same inputs give the same bytes.
 */
public final class SocialCard {

    public static final String FILE = "social-card.png";
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The chart shown on the card. */
    public static final String CHART = "delivery-band";

    // The charts' Okabe-Ito mesh blue and the darker campus vermillion used for text (WCAG AA on white).
    private static final Color MESH = new Color(0x0072B2);
    private static final Color CAMPUS = new Color(0xB34E00);
    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color MUTED = new Color(0x595959);
    private static final Color BAND = new Color(0x1D3557);
    private static final Color RULE = new Color(0xDEDEDE);

    private static final Font REGULAR = font("/liberation/LiberationSans-Regular.ttf");
    private static final Font BOLD = font("/liberation/LiberationSans-Bold.ttf");

    /**
     * Registers the card's fonts with Java2D (its class initialisation does). Call it before any
     * thread draws with Batik: Batik reads the list of fonts once, when first used, so a font
     * registered later would be found by the card in one build and not in the next.
     */
    public static void registerFonts() {
        if (REGULAR == null || BOLD == null) {
            throw new IllegalStateException("the social card's fonts are missing");
        }
    }

    private static final int MARGIN = 56;
    private static final int TEXT_WIDTH = 420;
    private static final int FOOTER = 84;

    /** What the card says, all from the model of this build and the edition. */
    public record Content(String kicker, String lead, String meshLabel, String meshDate, String campusLabel,
            String campusDate, String scenario, String title, String date) {
    }

    private SocialCard() {
    }

    /** The card's words for the baseline scenario, from the editors' values of this build. */
    public static Content content(EditorValues.ScenarioView s, EditorValues.HeadlineView headline, EditorValues.MeshView mesh,
            EditorValues.SiteView site, EditorValues.SiteView campus, EditorValues.EditionView edition) {
        String lead;
        if (s.meshFirst()) {
            lead = "A European mesh is first by " + s.gap();
        } else if (s.campusFirst()) {
            lead = "A 1 GW campus is first by " + s.gap();
        } else if (s.meshDelivered()) {
            lead = "Mesh and campus deliver in the same month";
        } else {
            lead = "Neither delivers within the horizon";
        }
        return new Content("EUROMESH · EDITION " + edition.version(), lead,
                "Mesh of " + mesh.sites() + " sites of " + site.mw(), s.meshDate(),
                "One campus of " + campus.mw(), s.campusDate(),
                s.label() + " scenario, training a " + headline.target() + " model", edition.title(), edition.date());
    }

    /** The text alternative of the card image. */
    public static String altText(Content c) {
        return c.lead() + ". " + c.meshLabel() + ": " + c.meshDate() + ". " + c.campusLabel() + ": " + c.campusDate() + ". "
                + c.scenario() + ".";
    }

    private record Drawn(Content content, String chartSvg, byte[] png) {
    }

    // The card depends only on its words and the chart: a preview that edits prose reuses the last one.
    private static final AtomicReference<Drawn> LAST = new AtomicReference<>();

    /** The card as PNG bytes; {@code chartSvg} is the delivery-band chart. */
    public static byte[] png(Content c, String chartSvg) {
        Drawn last = LAST.get();
        if (last != null && last.content().equals(c) && last.chartSvg().equals(chartSvg)) {
            return last.png().clone();
        }
        byte[] png = draw(c, chartSvg);
        LAST.set(new Drawn(c, chartSvg, png));
        return png.clone();
    }

    private static byte[] draw(Content c, String chartSvg) {
        BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            int chartX = MARGIN + TEXT_WIDTH + 24;
            int chartW = WIDTH - chartX - 24;
            int chartH = Math.round(chartW * 440f / 720f);
            int chartY = (HEIGHT - FOOTER - chartH) / 2;
            g.drawImage(raster(chartSvg, chartW), chartX, chartY, null);

            int y = 72;
            y = text(g, c.kicker(), BOLD.deriveFont(20f), MUTED, MARGIN, y, TEXT_WIDTH, 26);
            y += 18;
            y = text(g, c.lead(), BOLD.deriveFont(40f), TEXT, MARGIN, y + 14, TEXT_WIDTH, 48);
            y += 26;
            g.setColor(RULE);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(MARGIN, y - 8, MARGIN + TEXT_WIDTH - 20, y - 8);
            y += 26;
            y = text(g, c.meshLabel(), REGULAR.deriveFont(21f), MESH, MARGIN, y, TEXT_WIDTH, 26);
            y = text(g, c.meshDate(), BOLD.deriveFont(36f), MESH, MARGIN, y + 12, TEXT_WIDTH, 42);
            y += 18;
            y = text(g, c.campusLabel(), REGULAR.deriveFont(21f), CAMPUS, MARGIN, y, TEXT_WIDTH, 26);
            y = text(g, c.campusDate(), BOLD.deriveFont(36f), CAMPUS, MARGIN, y + 12, TEXT_WIDTH, 42);
            text(g, c.scenario(), REGULAR.deriveFont(19f), MUTED, MARGIN, Math.max(y + 14, HEIGHT - FOOTER - 28), TEXT_WIDTH, 24);

            g.setColor(BAND);
            g.fillRect(0, HEIGHT - FOOTER, WIDTH, FOOTER);
            Font titleFont = fitting(g, c.title(), BOLD, 24f, WIDTH - 2 * MARGIN - 220);
            text(g, c.title(), titleFont, Color.WHITE, MARGIN, HEIGHT - FOOTER + 51, WIDTH - 2 * MARGIN - 220, 30);
            Font dateFont = REGULAR.deriveFont(20f);
            g.setFont(dateFont);
            g.drawString(c.date(), WIDTH - MARGIN - g.getFontMetrics().stringWidth(c.date()), HEIGHT - FOOTER + 50);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(card, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the social card", e);
        }
    }

    /** Draws {@code s} wrapped at word boundaries within {@code width}; returns the baseline after the last line. */
    private static int text(Graphics2D g, String s, Font font, Color color, int x, int y, int width, int lineHeight) {
        g.setFont(font);
        g.setColor(color);
        List<String> lines = wrap(s, g.getFontMetrics(), width);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), x, y + i * lineHeight);
        }
        return y + (lines.size() - 1) * lineHeight + lineHeight;
    }

    static List<String> wrap(String s, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The largest size up to {@code size} at which {@code s} fits on one line, but no smaller than 16 px (it wraps then). */
    private static Font fitting(Graphics2D g, String s, Font base, float size, int width) {
        for (float f = size; f > 16; f -= 1) {
            if (g.getFontMetrics(base.deriveFont(f)).stringWidth(s) <= width) {
                return base.deriveFont(f);
            }
        }
        return base.deriveFont(16f);
    }

    /** The SVG drawn at {@code width} pixels wide by Batik, keeping its aspect ratio. */
    static BufferedImage raster(String svg, int width) {
        Capture t = new Capture();
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:" + CHART + ".svg");
        try {
            t.transcode(in, null);
        } catch (TranscoderException e) {
            throw new IllegalStateException("Batik cannot draw the " + CHART + " chart: " + e.getMessage(), e);
        }
        return t.image;
    }

    /** Keeps the image Batik draws instead of encoding it. */
    private static final class Capture extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput out) {
            this.image = img;
        }
    }

    /** Loads a Liberation font and registers it, so Batik finds the family the chart's text names. */
    private static Font font(String resource) {
        try (InputStream in = SocialCard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read font " + resource, e);
        }
    }
}
