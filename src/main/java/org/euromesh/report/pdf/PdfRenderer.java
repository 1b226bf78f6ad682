package org.euromesh.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

/**
 * Turns the print layout's HTML into the report PDF: A4 paged media, embedded IBM Plex fonts with
 * DejaVu Sans for symbols, vector charts with real text, bookmarks for every h2/h3, tagged for
 * accessibility, and byte-identical output for identical input.
 */
public final class PdfRenderer {

    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());
    private static final Set<FSFontUseCase> TEXT = EnumSet.of(FSFontUseCase.DOCUMENT);
    // DejaVu also fills in, glyph by glyph, whatever symbol the Plex and Liberation subsets lack.
    private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);

    /** One font file read once from the classpath, registered with every new document. */
    private record FontFile(String family, int weight, FontStyle style, Set<FSFontUseCase> uses, byte[] bytes) {
    }

    /** Layout passes at most, the last of which writes the PDF; each but the last may move figures. */
    private static final int MAX_LAYOUT_PASSES = 8;

    private final List<FontFile> fonts;
    private final SvgFonts.Resolver svgFonts;

    /** Loads fonts once; reuse for many documents. */
    public PdfRenderer() {
        QuietLog.install();
        this.fonts = List.of(
                font("/fonts/IBMPlexSerif-Regular.ttf", "IBM Plex Serif", 400, FontStyle.NORMAL, TEXT),
                font("/fonts/IBMPlexSerif-SemiBold.ttf", "IBM Plex Serif", 700, FontStyle.NORMAL, TEXT),
                font("/fonts/IBMPlexSerif-Italic.ttf", "IBM Plex Serif", 400, FontStyle.ITALIC, TEXT),
                font("/fonts/IBMPlexSerif-SemiBoldItalic.ttf", "IBM Plex Serif", 700, FontStyle.ITALIC, TEXT),
                font("/fonts/IBMPlexSans-Regular.ttf", "IBM Plex Sans", 400, FontStyle.NORMAL, TEXT),
                font("/fonts/IBMPlexSans-SemiBold.ttf", "IBM Plex Sans", 700, FontStyle.NORMAL, TEXT),
                font("/fonts/IBMPlexSans-Italic.ttf", "IBM Plex Sans", 400, FontStyle.ITALIC, TEXT),
                // The charts' text is measured in Liberation Sans, so their SVG keeps it.
                font("/liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL, TEXT),
                font("/liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL, TEXT),
                font("/liberation/LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL, TEXT),
                font("/fonts/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, FALLBACK));
        this.svgFonts = new SvgFonts.Resolver(fonts.stream().map(PdfRenderer::awtFace).toList(), "Liberation Sans");
    }

    /**
     * Renders a complete HTML5 document (from print.ftlh) to PDF bytes. Relative URLs resolve
     * against baseUri (a file: URI of a folder). Same input, same bytes.
     */
    public byte[] render(String html, String baseUri, PdfMetadata meta) {
        return render(html, baseUri, meta, true);
    }

    /** As {@link #render(String, String, PdfMetadata)}; without {@code placeFigures} the figures stay where the text puts them. */
    byte[] render(String html, String baseUri, PdfMetadata meta, boolean placeFigures) {
        String base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        Document parsed = Jsoup.parse(html, base);
        Accessibility.prepare(parsed, meta);
        Bookmarks.addTo(parsed);
        RunningHeads.addTo(parsed);
        UnbrokenWords.addTo(parsed);

        // Lay out, move the figures that left a page too empty after the text that follows them (several per
        // pass when far apart), and lay out again until a pass moves nothing: that pass's layout writes the PDF,
        // so a report with no gap is laid out once, as without placement.
        Set<org.jsoup.nodes.Element> settled = new java.util.HashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        for (int pass = 0; ; pass++) {
            List<org.jsoup.nodes.Element> flow = placeFigures ? FigurePlacement.flow(parsed) : List.of();
            try (PdfBoxRenderer renderer = builder(parsed, base).buildPdfRenderer()) {
                renderer.layout();
                if (!flow.isEmpty() && pass + 1 < MAX_LAYOUT_PASSES && FigurePlacement.place(renderer, flow, settled)) {
                    continue;
                }
                try (PDDocument document = renderer.createPDFKeepOpen()) {
                    DocumentStamp.apply(document, meta);
                    document.save(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not render the PDF: " + e.getMessage(), e);
            }
            break;
        }
        return out.toByteArray();
    }

    private PdfRendererBuilder builder(Document parsed, String base) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .withProducer(DocumentStamp.PRODUCER)
                .useSVGDrawer(SvgText.drawer(svgFonts))
                .withDiagnosticConsumer(PdfRenderer::log)
                .withW3cDocument(new W3CDom().fromJsoup(parsed), base);
        for (FontFile font : fonts) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), font.family(), font.weight(), font.style(),
                    true, font.uses());
        }
        return builder;
    }

    // Only openhtmltopdf's warnings (a missing stylesheet, an unreadable image) are worth a line.
    private static void log(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.log(System.Logger.Level.WARNING, "PDF: " + diagnostic.getFormattedMessage());
        }
    }

    private static FontFile font(String resource, String family, int weight, FontStyle style, Set<FSFontUseCase> uses) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return new FontFile(family, weight, style, uses, FontTables.withoutGsub(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + resource, e);
        }
    }

    private static SvgFonts.Face awtFace(FontFile file) {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file.bytes()));
            return new SvgFonts.Face(file.family(), file.weight() >= 700, file.style() == FontStyle.ITALIC, font);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("font " + file.family() + " cannot be read by AWT", e);
        }
    }
}
