package org.euromesh.quality;

import static org.euromesh.quality.PdfReading.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.euromesh.report.pdf.PdfMetadata;
import org.euromesh.report.pdf.PdfRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report PDF as a reader sees it, read back with poppler's {@code pdftotext -bbox-layout}: no
 * page (other than the cover and the last page of a top-level section) ends with more than 15 % of
 * its text block empty, no table cell breaks inside a word, and the bibliography has clean
 * punctuation and runs [1], [2], ... in the order of first citation. A deliberately bad PDF shows
 * that each check fails when it should.
 */
class PdfLayoutIT {

    static final String BASE = "https://example.org/euromesh/";

    @TempDir
    static Path tmp;
    static Path site;
    static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(pdftotextPresent() || System.getenv("CI") != null,
                "the PDF checks need poppler's pdftotext (Debian: poppler-utils)");
        Path root = QualityProject.copy(tmp.resolve("project"));
        QualityProject.Run run = QualityProject.run("build", "--root", root.toString(), "--out", root.resolve("site").toString(),
                "--base-url", BASE, "--quiet");
        assertEquals(0, run.code(), run.err());
        site = root.resolve("site");
        pdf = site.resolve("euromesh-report.pdf");
    }

    // ---- the checks, on the built PDF ----

    @Test
    void noPageEndsMoreThanFifteenPercentEmptyExceptWhereASectionEnds() throws Exception {
        List<String> problems = emptyPages(pdf, margins());
        assertEquals(List.of(), problems);
    }

    @Test
    void noTableCellBreaksInsideAWord() throws Exception {
        assertEquals(List.of(), brokenCells(pdf, tables(Files.readString(site.resolve("report.html")))));
    }

    @Test
    void theBibliographyIsCleanAndNumberedAsCited() throws Exception {
        assertEquals(List.of(), bibliography(pdf));
    }

    @Test
    void theCoverCarriesTheSiteAddressAndTheHeadlineChart() throws Exception {
        List<Page> pages = pages(pdf);
        String cover = String.join(" ", pages.get(0).words().stream().map(Word::text).toList());
        assertTrue(cover.contains(BASE.replaceFirst("^https://", "").replaceAll("/$", "")), "the site address on the cover: " + cover);
        assertTrue(cover.contains("Edition"), cover);
        // The headline chart draws its labels as text: the campus and the mesh are both named on the cover.
        assertTrue(cover.toLowerCase().contains("campus") && cover.toLowerCase().contains("mesh"), cover);
    }

    @Test
    void captionsGiveTheDataLinkAsAFullAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Set<String> uris = new HashSet<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(uris.contains(BASE + "data/ramp.csv"), "a caption's data link is absolute: " + uris);
            assertFalse(uris.stream().anyMatch(u -> u.startsWith("data/") || u.startsWith("file:")), uris.toString());
        }
        String text = String.join(" ", pages(pdf).stream().flatMap(p -> p.words().stream()).map(Word::text).toList());
        assertTrue(text.contains("example.org/euromesh/data/"), "the address is printed, for a reader on paper");
    }

    @Test
    void everyChartsTextIsAtLeastNinePointsOnThePage() throws Exception {
        assertEquals(List.of(), smallChartText(pdf));
    }

    // ---- the checks can fail ----

    @Test
    void theChecksFailOnADeliberatelyBadPdf() throws Exception {
        String html = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad</title>
                <link rel="stylesheet" href="assets/print.css"></head><body>
                <div class="cover"><p>The cover</p></div>
                <div class="report">
                <h2 id="a">Section A</h2><p>A short paragraph, then a forced break in the middle of the section.</p>
                <div style="page-break-before: always"></div>
                <p>More of section A.</p>
                <figure class="table" id="table-x"><figcaption><span class="label">Table 1.</span> Regions.</figcaption>
                <table style="width: 30mm"><thead><tr><th>Region</th><th>Wait</th></tr></thead>
                <tbody><tr><td style="width: 9mm"><span class="unbroken" style="white-space: normal">Nordics (NO/SE/FI)</span></td><td>6.5</td></tr></tbody></table></figure>
                <p>Enough text to close the page.</p>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 200" style="width: 60mm"><title>Too small</title>
                <text x="10" y="100" font-family="Liberation Sans" font-size="14">tiny label</text></svg>
                </div>
                <div class="back-matter"><h2 id="bibliography">Bibliography</h2><ol class="bibliography">
                <li><span class="bib-number">[1]</span> JUPITER configuration. Jülich Supercomputing Centre, n.d.. https://example.org/j</li>
                <li><span class="bib-number">[3]</span> Can AI scaling continue?. Epoch AI, 2024. https://example.org/e</li>
                </ol></div></body></html>
                """.replace("<p>Enough text to close the page.</p>", "<p>" + "Filler text that runs on. ".repeat(400) + "</p>");
        Path folder = Files.createDirectories(tmp.resolve("bad"));
        copyAssets(folder);
        byte[] bytes = new PdfRenderer().render(html, folder.toUri().toString(),
                new PdfMetadata("Bad", "A deliberately bad PDF", "EuroMesh", "", "en", LocalDate.of(2026, 1, 1), "0"));
        Path bad = Files.write(folder.resolve("bad.pdf"), bytes);

        List<String> empty = emptyPages(bad, margins());
        assertFalse(empty.isEmpty(), "a page left empty mid-section must fail");
        List<String> broken = brokenCells(bad, tables(html));
        assertFalse(broken.isEmpty(), "a region name cut in a narrow cell must fail");
        List<String> small = smallChartText(bad);
        assertTrue(small.stream().anyMatch(p -> p.contains("tiny label")), "chart text at 4 pt must fail: " + small);
        List<String> bib = bibliography(bad);
        assertTrue(bib.stream().anyMatch(p -> p.contains("n.d..")), bib.toString());
        assertTrue(bib.stream().anyMatch(p -> p.contains("?.")), bib.toString());
        assertTrue(bib.stream().anyMatch(p -> p.contains("numbered")), bib.toString());
    }

    private static void copyAssets(Path folder) throws IOException {
        Path source = Path.of("templates", "assets");
        try (var walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve("assets").resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
