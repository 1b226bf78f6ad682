package org.euromesh.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfRendererIT {

    @TempDir
    static Path site;

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void renderSample() throws IOException {
        PrintSample.copyAssets(site);
        pdf = RENDERER.render(PrintSample.html(), site.toUri().toString(), PrintSample.META);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void sampleFillsCoverContentsBodyAndBibliographyPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 4 && pages <= 9, "pages: " + pages);
            PDPage first = document.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(first.getMediaBox().getHeight()), "A4 height in points");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, new HashSet<>());
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("IBMPlexSerif")), "body font");
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("DejaVuSans")), "symbol fallback");
        }
    }

    @Test
    void bookmarksNameEverySectionWithSubsectionsNested() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "no bookmarks");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("Contents", "The answer", "The evidence", "Bibliography", "Cite this report"), top);
            List<String> nested = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) {
                if (item.getTitle().equals("The answer")) {
                    item.children().forEach(child -> nested.add(child.getTitle()));
                }
            }
            assertEquals(List.of("The mesh", "The campus"), nested);
        }
    }

    @Test
    void metadataNamesTitleAuthorSubjectKeywordsAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals(PrintSample.META.title(), info.getTitle());
            assertEquals("EuroMesh", info.getAuthor());
            assertEquals(PrintSample.META.subject(), info.getSubject());
            assertEquals(PrintSample.META.keywords(), info.getKeywords());
            assertEquals("EuroMesh", info.getProducer());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(PrintSample.META.title()), "XMP title");
            assertTrue(xmp.contains("2026-06-15T00:00:00"), "XMP create date: " + xmp);
            assertTrue(xmp.contains("pdfuaid"), "XMP PDF/UA part");
        }
    }

    @Test
    void datesAreTheInputDateAtMidnightUtcNotTheWallClock() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            Calendar modified = document.getDocumentInformation().getModificationDate();
            long expected = PrintSample.INPUT_DATE.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            assertEquals(expected, created.getTimeInMillis());
            assertEquals(expected, modified.getTimeInMillis());
        }
    }

    @Test
    void documentIdComesFromTheInputHash() throws IOException {
        PdfMetadata other = new PdfMetadata(PrintSample.META.title(), PrintSample.META.subject(),
                PrintSample.META.author(), PrintSample.META.keywords(), "en", PrintSample.INPUT_DATE, "0000aaaa");
        byte[] otherPdf = RENDERER.render(PrintSample.html(), site.toUri().toString(), other);
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(otherPdf)) {
            COSArray idA = a.getDocument().getTrailer().getCOSArray(COSName.ID);
            COSArray idB = b.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, idA.size());
            assertFalse(((COSString) idA.get(0)).toHexString().equals(((COSString) idB.get(0)).toHexString()));
        }
    }

    @Test
    void documentIsTaggedForAccessibility() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewer shows the title");
        }
    }

    @Test
    void chartTextIsRealSearchableText() {
        assertTrue(text.contains(PrintSample.SVG_LABEL), "SVG <text> not extracted:\n" + text);
    }

    @Test
    void footerCountsPagesAndRunningHeaderNamesTheSection() {
        assertTrue(text.contains("page 1 of"), "footer");
        assertTrue(text.contains("The evidence"), "section name");
        assertTrue(text.contains("Edition 1.0.0 · inputs of 2026-06-15 · 3f9a2c71d0b4"), "stamp");
    }

    @Test
    void contentsListsPageNumbers() {
        assertTrue(text.matches("(?s).*The answer\\s*\\.*\\s*3\\b.*"), "contents entry with page number:\n" + text);
    }

    @Test
    void symbolsMissingFromLiberationStillRender() {
        assertTrue(text.contains("✓"), "check mark from the DejaVu fallback");
        assertTrue(text.contains("10²⁵"), "superscripts");
    }

    @Test
    void equationsPrintAsTextWithTheirSymbols() {
        String flat = text.replaceAll("\\s+", "");
        for (String symbol : List.of("α", "∑", "√", "ρ", "log", "ref")) {
            assertTrue(text.contains(symbol), symbol + " missing from the equation:\n" + text);
        }
        assertTrue(flat.contains("α=α0+kHlog10"), "the equation reads in order:\n" + text);
    }

    @Test
    void linksAreClickableInsideAndOutside() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> uris = new HashSet<>();
            int internal = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getDestination() != null || link.getAction() != null) {
                            internal++;
                        }
                    }
                }
            }
            assertTrue(uris.contains("https://arxiv.org/abs/2311.08105"), "external link: " + uris);
            assertTrue(internal > 0, "internal links (contents, citations)");
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() {
        byte[] again = RENDERER.render(PrintSample.html(), site.toUri().toString(), PrintSample.META);
        assertArrayEquals(pdf, again);
    }

    /** A page filled to 170 mm, then a chart too tall for the rest of it, then a paragraph long enough to fill the rest. */
    private static String gapBeforeAFigure() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gap</title>"
                + "<link rel=\"stylesheet\" href=\"assets/print.css\"></head><body><div class=\"report\">"
                + "<h2 id=\"a\">Section</h2><div style=\"height: 170mm\">Text that fills most of the page.</div>"
                + "<figure class=\"chart\" id=\"fig-1\">" + PrintSample.chartSvg()
                + "<figcaption><span class=\"label\">Figure 1.</span> A chart.</figcaption></figure>"
                + "<p>Afterword that can fill the gap. " + "More words of the paragraph that runs on. ".repeat(25) + "</p></div></body></html>";
    }

    private static String page(byte[] bytes, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    @Test
    void aFigureThatLeavesAGapFloatsPastTheTextAfterIt() throws IOException {
        byte[] placed = RENDERER.render(gapBeforeAFigure(), site.toUri().toString(), PrintSample.META);
        byte[] unplaced = RENDERER.render(gapBeforeAFigure(), site.toUri().toString(), PrintSample.META, false);
        assertFalse(page(unplaced, 1).contains("Afterword"), "without placement the paragraph follows the figure on page 2");
        assertTrue(page(placed, 1).contains("Afterword"), "the paragraph fills the gap the figure left");
        assertTrue(page(placed, 2).contains("A chart."), "the figure comes after it");
        assertArrayEquals(placed, RENDERER.render(gapBeforeAFigure(), site.toUri().toString(), PrintSample.META));
    }

    @Test
    void aDocumentWithNoGapIsLaidOutAsWithoutPlacement() {
        String html = gapBeforeAFigure().replace("height: 170mm", "height: 20mm");
        assertArrayEquals(RENDERER.render(html, site.toUri().toString(), PrintSample.META, false),
                RENDERER.render(html, site.toUri().toString(), PrintSample.META));
    }

    @Test
    void metadataWithoutTitleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PdfMetadata(" ", "s", "a", "", "en",
                PrintSample.INPUT_DATE, "h"));
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }
}
