package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.euromesh.report.WhatIf;
import org.euromesh.site.publish.DataBundle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with {@code --set} says it is a what-if everywhere a reader or a script could take it
 * for the edition: every page, the PDF's cover and metadata, the data zip and the stamp; a build
 * of the edition says nothing of the kind.
 */
class WhatIfBannerIT {

    static final String SET = "scenarios.baseline.tau_mega_years=8";
    // The override in words: key, value, the parameter's label and the edition's value with its unit.
    static final String WORDS = "scenarios.baseline.tau_mega_years = 8 (1 GW campus lead time; edition: 7 years)";

    @TempDir
    static Path tmp;
    static Path whatIf;
    static Path edition;

    @BeforeAll
    static void buildBoth() throws Exception {
        Site site = new Site();
        Path a = TestProject.copy(tmp.resolve("what-if"));
        TestProject.build(site, a, List.of(SET));
        whatIf = a.resolve("site");
        Path b = TestProject.copy(tmp.resolve("edition"));
        TestProject.build(site, b, List.of());
        edition = b.resolve("site");
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageOfAWhatIfOpensWithTheBannerInWords() throws IOException {
        List<Path> pages = pages(whatIf);
        assertTrue(pages.size() >= 5, "pages: " + pages);
        List<String> without = new ArrayList<>();
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            Element banner = doc.selectFirst("main > .what-if[role=note]");
            if (banner == null || banner != doc.selectFirst("main").child(0)
                    || !banner.text().contains(WhatIf.HEADING) || !banner.text().contains(WORDS)
                    || !banner.attr("aria-labelledby").equals("what-if-title") || doc.getElementById("what-if-title") == null) {
                without.add(whatIf.relativize(p) + ": " + (banner == null ? "no banner" : banner.outerHtml()));
            }
        }
        assertEquals(List.of(), without, "pages without the what-if banner first in main");
    }

    @Test
    void theStampOfEveryWhatIfPageSaysWhatIfAndNamesTheOverride() throws IOException {
        for (Path p : pages(whatIf)) {
            Element stamp = Jsoup.parse(p.toFile(), "UTF-8").selectFirst("footer .stamp");
            assertTrue(stamp != null && stamp.text().startsWith("What-if on edition") && stamp.text().contains("--set " + SET),
                    whatIf.relativize(p) + ": " + stamp);
        }
    }

    @Test
    void theBannerIsStyledInBothColourSchemes() throws IOException {
        String css = Files.readString(whatIf.resolve("assets/site.css"));
        assertTrue(css.contains("main > .what-if"), "the banner has a rule");
        int dark = css.indexOf("prefers-color-scheme: dark");
        assertTrue(css.indexOf("--what-if-bg") < dark && css.indexOf("--what-if-bg", dark) > dark, "a banner colour for each scheme");
    }

    static String pdfFirstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfCoverOfAWhatIfSaysSoInWords() throws IOException {
        String cover = pdfFirstPage(whatIf.resolve(Site.PDF_NAME));
        assertTrue(cover.contains(WhatIf.HEADING) && cover.contains(WORDS), cover);
        assertTrue(cover.contains("What-if on edition"), "the cover stamp: " + cover);
    }

    @Test
    void thePdfMetadataOfAWhatIfSaysSo() throws IOException {
        try (PDDocument doc = Loader.loadPDF(whatIf.resolve(Site.PDF_NAME).toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertTrue(info.getTitle().startsWith(WhatIf.HEADING + ": "), info.getTitle());
            assertEquals(WhatIf.HEADING + ": " + WORDS, info.getSubject());
            assertTrue(info.getKeywords().startsWith("what-if; "), info.getKeywords());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(WORDS) && xmp.contains(WhatIf.HEADING + ": "), xmp);
        }
    }

    static String readme(Path site) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(site.resolve(DataBundle.FILE))))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries.get("euromesh-data/README.txt");
    }

    @Test
    void theDataZipOfAWhatIfSaysSoFirstAndListsTheOverrides() throws IOException {
        String readme = readme(whatIf);
        assertTrue(readme.startsWith("EuroMesh data, a what-if on edition "), readme);
        assertTrue(readme.contains("WHAT-IF, NOT THE EDITION") && readme.contains("  " + WORDS + "\n"), readme);
    }

    @Test
    void aBuildOfTheEditionHasNoBannerAnywhere() throws IOException {
        for (Path p : pages(edition)) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            assertTrue(doc.select(".what-if").isEmpty() && !doc.text().contains(WhatIf.HEADING), edition.relativize(p) + " has a what-if banner");
            Element stamp = doc.selectFirst("footer .stamp");
            assertTrue(stamp != null && stamp.text().startsWith("Edition "), edition.relativize(p) + ": " + stamp);
        }
        assertFalse(pdfFirstPage(edition.resolve(Site.PDF_NAME)).contains("What-if"));
        try (PDDocument doc = Loader.loadPDF(edition.resolve(Site.PDF_NAME).toFile())) {
            assertFalse(doc.getDocumentInformation().getTitle().contains("What-if"));
            assertFalse(doc.getDocumentInformation().getKeywords().contains("what-if"));
        }
        String readme = readme(edition);
        assertTrue(readme.startsWith("EuroMesh data, edition "), readme);
        assertFalse(readme.contains("WHAT-IF"), readme);
    }
}
