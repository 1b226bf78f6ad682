package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a screen-reader or keyboard user needs from the shipped site and the PDF, read from the
 * built files (the browser test covers focus and contrast in a real browser).
 */
class AccessibilityIT {

    private static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, "
            + "summary, [tabindex]:not([tabindex^=-])";

    static Path site;
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void buildTheShippedSite() throws Exception {
        site = QualityProject.shippedSite();
        QualityProject.pages(site).forEach((name, html) -> pages.put(name, Jsoup.parse(html)));
    }

    @Test
    void everyPageOpensWithASkipLinkToTheMainContentAsItsFirstFocusableElement() {
        for (var page : pages.entrySet()) {
            Element first = page.getValue().body().selectFirst(FOCUSABLE);
            assertNotNull(first, page.getKey() + " has nothing focusable");
            assertTrue(first.is("a.skip-link"), page.getKey() + ": the first focusable element is " + first.outerHtml());
            String target = first.attr("href");
            assertTrue(target.startsWith("#") && page.getValue().getElementById(target.substring(1)) != null,
                    page.getKey() + ": the skip link's target " + target + " exists");
            assertTrue(page.getValue().getElementById(target.substring(1)).is("main"), page.getKey() + ": the skip link leads to <main>");
        }
    }

    @Test
    void everyPageHasOneH1AndHeadingsThatGoDownOneLevelAtATime() {
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            List<Element> headings = page.getValue().body().select("h1, h2, h3, h4, h5, h6");
            if (page.getValue().body().select("h1").size() != 1) {
                problems.add(page.getKey() + ": " + page.getValue().body().select("h1").size() + " <h1> elements");
            }
            int previous = 0;
            for (Element h : headings) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page.getKey() + ": <" + h.tagName() + "> '" + h.text() + "' follows <h" + previous + ">");
                }
                previous = level;
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyChartHasAltTextANumberedCaptionAndALinkToItsCsv() {
        int charts = 0;
        for (var page : pages.entrySet()) {
            for (Element figure : page.getValue().select("figure.chart")) {
                charts++;
                String where = page.getKey() + " #" + figure.id();
                Element img = figure.selectFirst("img");
                assertTrue(img != null && img.attr("alt").strip().length() > 20, where + ": alt text that describes the chart");
                Element caption = figure.selectFirst("figcaption");
                assertTrue(caption != null && caption.text().matches("Figure \\d+\\. .+"), where + ": numbered caption");
                Element csv = caption.selectFirst("a.csv[href$=.csv]");
                assertNotNull(csv, where + ": a 'Data (CSV)' link in the caption");
                assertTrue(Files.isRegularFile(site.resolve(csv.attr("href"))), where + ": " + csv.attr("href") + " is in the build");
            }
        }
        assertTrue(charts >= 12, "charts found: " + charts);
    }

    @Test
    void everyFormControlInThePagesHasALabel() {
        List<String> unlabelled = new ArrayList<>();
        for (var page : pages.entrySet()) {
            for (Element control : page.getValue().select("input:not([type=hidden]), select, textarea, button")) {
                boolean labelled = !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                        || control.closest("label") != null
                        || (!control.id().isEmpty() && page.getValue().selectFirst("label[for=" + control.id() + "]") != null)
                        || (control.is("button") && !control.text().isBlank());
                if (!labelled) {
                    unlabelled.add(page.getKey() + ": " + control.outerHtml());
                }
            }
        }
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void everyPageNamesItsLanguageAndHasATitle() {
        for (var page : pages.entrySet()) {
            assertEquals("en", page.getValue().selectFirst("html").attr("lang"), page.getKey());
            assertTrue(page.getValue().title().strip().length() > 3, page.getKey() + ": <title>");
        }
    }

    @Test
    void thePdfIsTaggedAndNamesItsTitleAndLanguage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("euromesh-report.pdf").toFile())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertTrue(catalog.getStructureTreeRoot() != null && !catalog.getStructureTreeRoot().getKids().isEmpty(), "a structure tree");
            assertEquals("en", catalog.getLanguage(), "catalog /Lang");
            String title = pdf.getDocumentInformation().getTitle();
            assertTrue(title != null && !title.isBlank(), "document title");
            assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                    "viewers show the title, not the file name");
            PDMetadata metadata = catalog.getMetadata();
            assertNotNull(metadata, "an XMP packet");
            try (InputStream in = metadata.exportXMPMetadata()) {
                DomXmpParser parser = new DomXmpParser();
                // Lenient: xmpbox has no built-in definition of the PDF/UA identification schema.
                parser.setStrictParsing(false);
                XMPMetadata xmp = parser.parse(in);
                assertEquals(title, xmp.getDublinCoreSchema().getTitle(), "XMP dc:title matches the document title");
                assertEquals(List.of("en"), xmp.getDublinCoreSchema().getLanguages(), "XMP dc:language");
                assertNotNull(xmp.getSchema("http://www.aiim.org/pdfua/ns/id/"), "the PDF/UA identification schema");
            }
        }
    }

    @Test
    void thePdfPassesVeraPdfsPdfUa1Rules() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        List<String> failed = new ArrayList<>();
        int assertions;
        try (InputStream in = Files.newInputStream(site.resolve("euromesh-report.pdf"));
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            assertions = result.getTotalAssertions();
            Map<String, String> firstMessage = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    firstMessage.putIfAbsent("ISO 14289-1 " + a.getRuleId().getClause() + " test " + a.getRuleId().getTestNumber(),
                            a.getMessage() + " (first at " + a.getLocation().getContext() + ")");
                }
            }
            result.getFailedChecks().forEach((rule, count) -> {
                String key = "ISO 14289-1 " + rule.getClause() + " test " + rule.getTestNumber();
                failed.add(key + ", " + count + "x: " + firstMessage.getOrDefault(key, ""));
            });
        }
        assertTrue(assertions > 1000, "veraPDF made " + assertions + " checks");
        assertEquals(List.of(), failed, "veraPDF PDF/UA-1 failures");
    }
}
