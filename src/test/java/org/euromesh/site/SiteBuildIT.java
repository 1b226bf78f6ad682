package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole build from the shipped inputs, read back as a reader and a script would. */
class SiteBuildIT {

    @TempDir
    static Path tmp;
    static Site site;
    static Path root;
    static Path out;

    @BeforeAll
    static void buildShippedInputs() throws Exception {
        site = new Site();
        root = TestProject.copy(tmp.resolve("project"));
        TestProject.build(site, root, List.of());
        out = root.resolve("site");
    }

    static Map<String, String> headline(Path siteDir) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : Files.readAllLines(siteDir.resolve("data/headline.csv")).subList(1, Files.readAllLines(siteDir.resolve("data/headline.csv")).size())) {
            String[] cells = line.split(",", -1);
            map.put(cells[0], cells[1]);
        }
        return map;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReferenceRunReproducesThePublishedTable() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("data/reference/scenarios.csv"));
        assertEquals("scenario,target,required_flop,mesh_month_index,mesh_date,campus_month_index,campus_date,gap_months", lines.get(0));
        assertTrue(lines.contains("optimistic,405B,1.9683E25,23,2027-12,67,2031-08,44"), lines.toString());
        assertTrue(lines.contains("baseline,405B,1.9683E25,33,2028-10,85,2033-02,52"), lines.toString());
        assertTrue(lines.contains("pessimistic,405B,1.9683E25,49,2030-02,115,2035-08,66"), lines.toString());
    }

    @Test
    void headlineCsvHoldsTheHeadlineNumbers() throws IOException {
        Map<String, String> h = headline(out);
        // Edition 1.1 files every application in January 2027: the mesh 33 months later, the campus 85.
        assertEquals("2029-10", h.get("mesh_date_baseline"));
        assertEquals("2034-02", h.get("campus_date_baseline"));
        assertEquals("52", h.get("gap_months_baseline"));
        assertEquals("44", h.get("gap_months_optimistic"));
        assertEquals("66", h.get("gap_months_pessimistic"));
        assertEquals(7.6, Math.round(Double.parseDouble(h.get("mean_hyperscale_wait_years")) * 10) / 10.0);
        // The lead-time ranges overlap: the mesh is first in most draws, but not by construction in all.
        double p = Double.parseDouble(h.get("p_mesh_first"));
        assertTrue(p > 0.5 && p < 1, h.get("p_mesh_first"));
    }

    @Test
    void everyPageChartCsvAndThePdfAreWritten() {
        for (String f : List.of("index.html", "report.html", "model.html", "results.html", "grid-queue.html", "substrate.html",
                "sources.html", "reproduce.html", "euromesh-report.pdf", "charts/ramp-baseline.svg", "charts/ramp-baseline-narrow.svg", "charts/tornado.svg",
                "data/ramp.csv", "data/montecarlo.csv", "data/crossover_flop.csv", "data/scorecard.csv", "assets/fonts/IBMPlexSerif-Regular.woff2", "assets/fonts/OFL.txt")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void homeAndReportSayTheHeadlineDates() throws IOException {
        String home = Jsoup.parse(TestProject.read(out.resolve("index.html"))).text();
        String report = Jsoup.parse(TestProject.read(out.resolve("report.html"))).text();
        for (String text : List.of(home, report)) {
            assertTrue(text.contains("October 2029"), "mesh date");
            assertTrue(text.contains("February 2034"), "campus date");
            assertTrue(text.contains("52 months"), "gap");
        }
    }

    @Test
    void pdfCarriesTheHeadlineNumbersOfHeadlineCsv() throws IOException {
        String text = pdfText(out.resolve("euromesh-report.pdf"));
        assertTrue(text.contains("October 2029"));
        assertTrue(text.contains("February 2034"));
        assertTrue(text.contains("52 months"));
    }

    @Test
    void pdfHasEmbeddedFontsBookmarksAndASensiblePageCount() throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.resolve("euromesh-report.pdf").toFile())) {
            assertTrue(doc.getNumberOfPages() >= 10 && doc.getNumberOfPages() <= 60, "pages: " + doc.getNumberOfPages());
            assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null
                    && doc.getDocumentCatalog().getDocumentOutline().getFirstChild() != null, "bookmarks");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                }
            }
        }
    }

    @Test
    void everyFigureHasAltTextAndACaption() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(TestProject.read(page));
                for (Element fig : d.select("figure.chart")) {
                    Element img = fig.selectFirst("img");
                    assertTrue(img != null && !img.attr("alt").isBlank(), page + ": figure without alt text " + fig.id());
                    assertTrue(fig.selectFirst("figcaption") != null && fig.selectFirst("figcaption").text().startsWith("Figure"),
                            page + ": figure without a numbered caption " + fig.id());
                }
            }
        }
    }

    @Test
    void noScriptStyleOrFontIsLoadedFromOutside() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(TestProject.read(page));
                for (Element el : d.select("script[src], link[href], img[src], source[src]")) {
                    String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                    assertFalse(url.matches("(?i)^(https?:)?//.*"), page + " loads " + url);
                }
            }
            for (Path css : Files.walk(out.resolve("assets")).filter(p -> p.toString().endsWith(".css")).toList()) {
                assertFalse(TestProject.read(css).matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), css + " loads from outside");
            }
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        assertEquals(List.of(), LinkCheck.check(files, "site").stream().map(e -> e.format()).toList());
    }

    @Test
    void twoBuildsOfTheSameInputsAreByteIdentical() throws Exception {
        Path again = TestProject.copy(tmp.resolve("again"));
        TestProject.build(site, again, List.of());
        Map<String, byte[]> a = tree(out);
        Map<String, byte[]> b = tree(again.resolve("site"));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k + " differs between two builds");
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
        Path project = TestProject.copy(tmp.resolve("broken"));
        TestProject.build(site, project, List.of());
        Map<String, byte[]> before = tree(project.resolve("site"));
        Files.writeString(project.resolve("data/hardware.yaml"), "gpu_kw: [unclosed\n", StandardCharsets.UTF_8);
        Site.Outcome failed = site.build(new Site.Options(project, project.resolve("site"), List.of(), true), TestProject.quiet());
        assertFalse(failed.ok());
        assertTrue(failed.errors().get(0).format().startsWith("data/hardware.yaml:"), failed.errors().get(0).format());
        Map<String, byte[]> after = tree(project.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
        try (Stream<Path> s = Files.list(project)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("site.")), "no temporary folder is left behind");
        }
    }

    @Test
    void aLaterCampusMovesHomeReportAndPdfTogether() throws Exception {
        Path project = TestProject.copy(tmp.resolve("tau8"));
        TestProject.build(site, project, List.of("scenarios.baseline.tau_mega_years=8"));
        Path s = project.resolve("site");
        assertEquals("2035-02", headline(s).get("campus_date_baseline"));
        assertEquals("64", headline(s).get("gap_months_baseline"));
        for (String text : List.of(Jsoup.parse(TestProject.read(s.resolve("index.html"))).text(),
                Jsoup.parse(TestProject.read(s.resolve("report.html"))).text(), pdfText(s.resolve("euromesh-report.pdf")))) {
            assertTrue(text.contains("February 2035"), "campus date moved");
            assertTrue(text.contains("64 months"), "gap moved");
            assertFalse(text.contains("February 2034"), "old campus date is gone");
        }
    }

    @Test
    void aCampusFirstWhatIfTurnsEveryHeadlineSentence() throws Exception {
        Path project = TestProject.copy(tmp.resolve("tau2"));
        TestProject.build(site, project, List.of("scenarios.baseline.tau_mega_years=2"));
        Path s = project.resolve("site");
        assertTrue(Integer.parseInt(headline(s).get("gap_months_baseline")) < 0, "the campus is first");
        Element headline = Jsoup.parse(TestProject.read(s.resolve("index.html"))).selectFirst("p.headline");
        assertTrue(headline != null, "the home page has a headline paragraph");
        String h = headline.text().toLowerCase();
        assertTrue(h.contains("campus") && h.indexOf("campus") < h.indexOf("mesh"), "the headline names the campus first: " + h);
        String pdf = pdfText(s.resolve("euromesh-report.pdf")).toLowerCase();
        assertFalse(pdf.contains("mesh delivers first"), "no sentence claims the mesh is first");
    }

    @Test
    void aFastTrackCampusAtTwoAndAHalfYearsIsFirstInEveryHeadlineSentence() throws Exception {
        Path project = TestProject.copy(tmp.resolve("fast"));
        TestProject.build(site, project, List.of("scenarios.baseline.tau_fast_track_years=2.5"));
        Path s = project.resolve("site");
        String sentence = "the fast-track campus would be first";
        String home = Jsoup.parse(TestProject.read(s.resolve("index.html"))).selectFirst("p.headline").text();
        assertTrue(home.contains(sentence), home);
        String brief = Jsoup.parse(TestProject.read(s.resolve("report.html"))).text();
        assertTrue(brief.contains(sentence), "the report's summary says so");
        String pdf = pdfText(s.resolve("euromesh-report.pdf")).replaceAll("\\s+", " ");
        assertTrue(pdf.contains(sentence), "the PDF says so");
        assertFalse(pdf.contains("both after the mesh"), "no sentence claims every campus route is later");
        String shipped = Jsoup.parse(TestProject.read(out.resolve("index.html"))).selectFirst("p.headline").text();
        assertFalse(shipped.contains(sentence), "with the shipped fast-track wait the mesh is first: " + shipped);
    }

    @Test
    void theBandwidthSentenceFollowsTheLinkSpeeds() throws Exception {
        String shipped = Jsoup.parse(TestProject.read(out.resolve("report.html"))).text();
        assertTrue(shipped.contains("over 10 Gbit/s spends"), "the shipped table starts at 10 Gbit/s");
        Path project = TestProject.copy(tmp.resolve("links"));
        TestProject.build(site, project, List.of("training.bandwidth_table.link_gbps.0=2"));
        String report = Jsoup.parse(TestProject.read(project.resolve("site/report.html"))).text();
        assertTrue(report.contains("over 2 Gbit/s spends"), "the sentence reads the model's table");
        assertFalse(report.contains("over 10 Gbit/s spends"));
    }

    @Test
    void aParagraphAddedToTheReportAppearsInHtmlAndPdfWithoutRecompiling() throws Exception {
        Path project = TestProject.copy(tmp.resolve("edit"));
        Path report = project.resolve("content/report.md");
        String marker = "An editor added this sentence about Kajaani";
        Files.writeString(report, TestProject.read(report) + "\n\n" + marker + ".\n", StandardCharsets.UTF_8);
        TestProject.build(site, project, List.of());
        assertTrue(Jsoup.parse(TestProject.read(project.resolve("site/report.html"))).text().contains(marker));
        assertTrue(pdfText(project.resolve("site/euromesh-report.pdf")).contains(marker));
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> map = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                map.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return map;
    }
}
