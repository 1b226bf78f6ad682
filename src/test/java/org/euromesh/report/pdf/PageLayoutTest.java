package org.euromesh.report.pdf;

import org.euromesh.report.EditorValues;
import org.euromesh.report.LayoutModels;
import org.euromesh.report.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site layout, templates/page.ftlh, filled with a sample page. */
class PageLayoutTest {

    /** The web fonts shipped in templates/assets/fonts/ (the PDF embeds the TTF subsets of the same faces). */
    static final Set<String> SHIPPED_FONTS = Set.of(
            "IBMPlexSerif-Regular.woff2", "IBMPlexSerif-Italic.woff2", "IBMPlexSerif-SemiBold.woff2",
            "IBMPlexSerif-SemiBoldItalic.woff2", "IBMPlexSans-Regular.woff2", "IBMPlexSans-Italic.woff2",
            "IBMPlexSans-SemiBold.woff2");

    static final String BODY = """
            <p class="headline">A mesh of medium sites delivers a 405B model around <strong>October 2028</strong>,
            a 1 GW campus around <strong>February 2033</strong>.</p>
            <h2 id="answer">The answer</h2>
            <p>Spreading a run over many sites costs little with DiLoCo-style training
            <a class="cite" href="sources.html#src-douillard-2023-diloco">[1]</a>; a 1 GW campus waits 7.6 years
            for its grid connection <a class="cite" href="sources.html#src-ember-2025-grids">[2]</a>. The run needs
            1.97 × 10²⁵ FLOP ≈ 23 GWh → ✓.</p>
            <figure class="chart" id="fig-ramp"><img src="charts/ramp.svg" alt="Two rising curves: the mesh reaches
            the 405B threshold in October 2028, the campus in February 2033."><figcaption><span class="label">Figure 1.</span>
            Cumulative effective compute, mesh against campus. <a class="csv" href="data/ramp.csv">Data (CSV)</a></figcaption></figure>
            <h3 id="mesh">The mesh</h3>
            <p>Medium sites of 30–50 MW connect in about two years.</p>
            <h3 id="campus">The campus</h3>
            <p>A gigawatt campus waits in the queue.</p>
            <h2 id="scenarios">Scenarios</h2>
            <figure class="table" id="table-scenarios"><figcaption><span class="label">Table 1.</span> Delivery of a
            405B model by scenario. <a class="csv" href="data/scenarios.csv">Data (CSV)</a></figcaption><div class="table-scroll"><table>
            <thead><tr><th>Scenario</th><th class="num">Grid wait, 1 GW (years)</th><th class="num">Mesh delivery</th>
            <th class="num">Campus delivery</th><th class="num">Gap (months)</th><th class="num">Mesh energy (GWh)</th></tr></thead>
            <tbody><tr><td>Fast grid</td><td class="num">5.0</td><td class="num">Jun 2028</td><td class="num">Mar 2031</td><td class="num">33</td><td class="num">25.5</td></tr>
            <tr><td>Baseline</td><td class="num">7.6</td><td class="num">Oct 2028</td><td class="num">Feb 2033</td><td class="num">52</td><td class="num">25.5</td></tr>
            <tr><td>Slow grid</td><td class="num">10.0</td><td class="num">Mar 2029</td><td class="num">Dec 2035</td><td class="num">81</td><td class="num">25.5</td></tr></tbody>
            </table></div></figure>
            <h2 id="sources">Sources</h2>
            <ol class="bibliography">
            <li id="src-douillard-2023-diloco">Douillard et al., Google DeepMind. <em>DiLoCo: Distributed Low-Communication
            Training of Language Models</em>. Nov 2023. <a href="https://arxiv.org/abs/2311.08105">arxiv.org/abs/2311.08105</a>
            <span class="backrefs">Cited in <a href="report.html#answer">The answer</a></span></li>
            <li id="src-ember-2025-grids">Ember. <em>Grids for data centres in Europe</em>. 19 Jun 2025.
            <span class="backrefs">Cited in <a href="report.html#answer">The answer</a></span></li>
            </ol>
            """;

    static String page(String title, String slug, List<Markdown.TocEntry> toc, String body) {
        List<LayoutModels.NavItem> nav = new ArrayList<>();
        String[][] items = {{"Home", "index.html"}, {"Report", "report.html"}, {"Model", "model.html"},
                {"Results", "results.html"}, {"Grid queue", "grid.html"}, {"Substrate", "substrate.html"},
                {"Sources", "sources.html"}, {"Reproduce", "reproduce.html"}};
        for (String[] item : items) {
            nav.add(new LayoutModels.NavItem(item[0], item[1], item[1].equals(slug + ".html")));
        }
        var model = new LayoutModels.PageModel<>(
                new LayoutModels.SiteInfo("EuroMesh", "euromesh-report.pdf", ""),
                new LayoutModels.PageInfo(title, slug, "Can Europe train a frontier model on federated compute?", slug + ".html", "",
                        body, toc),
                nav,
                new EditorValues.BuildView("3f9a2c71d0b4", "0.1.0", "2026-06-15"),
                new EditorValues.EditionView(PrintSample.META.title(), "A sourced model", "1.0.0", "June 2026", "EuroMesh",
                        "CC BY 4.0", "CC BY 4.0"),
                PrintSample.pageExtras());
        return PrintSample.process("page.ftlh", model);
    }

    static final List<Markdown.TocEntry> REPORT_TOC = List.of(
            PrintSample.toc(2, "answer", "The answer"),
            PrintSample.toc(3, "mesh", "The mesh"),
            PrintSample.toc(3, "campus", "The campus"),
            PrintSample.toc(2, "scenarios", "Scenarios"),
            PrintSample.toc(2, "sources", "Sources"));

    private static Document report() {
        return Jsoup.parse(page("Do We Need OpenAI or Anthropic?", "report", REPORT_TOC, BODY));
    }

    @Test
    void headDeclaresLanguageViewportAndDescription() {
        Document doc = report();
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertNotNull(doc.selectFirst("meta[name=viewport][content*=width=device-width]"));
        assertEquals("Can Europe train a frontier model on federated compute?",
                doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Do We Need OpenAI or Anthropic? · EuroMesh", doc.title());
    }

    @Test
    void skipLinkLeadsToTheMainContent() {
        Document doc = report();
        Element skip = doc.body().child(0);
        assertEquals("#main", skip.attr("href"));
        assertEquals("main", doc.getElementById("main").normalName());
    }

    @Test
    void navigationMarksOnlyTheCurrentPage() {
        Document doc = report();
        assertEquals(8, doc.select("nav.site-nav a").size());
        assertEquals(1, doc.select("[aria-current=page]").size());
        assertEquals("report.html", doc.selectFirst("[aria-current=page]").attr("href"));
    }

    @Test
    void footerStampsEditionInputsAndHashAndLinksPdfAndData() {
        Element footer = report().selectFirst("footer");
        assertTrue(footer.text().contains("Edition 1.0.0 (changelog) · inputs of 2026-06-15 · 3f9a2c71d0b4"), footer.text());
        assertNotNull(footer.selectFirst("a[href=euromesh-report.pdf]"));
        assertNotNull(footer.selectFirst("a[href=data.html]"));
    }

    @Test
    void longPageGetsNestedContents() {
        Document doc = report();
        Element toc = doc.selectFirst("nav.page-toc");
        assertNotNull(toc);
        assertEquals(3, toc.select("> ol > li").size());
        assertEquals(List.of("#mesh", "#campus"), toc.select("> ol > li > ol > li > a").eachAttr("href"));
    }

    @Test
    void shortPageHasNoContents() {
        Document doc = Jsoup.parse(page("Reproduce", "reproduce", List.of(
                PrintSample.toc(2, "build", "Build")), "<h2 id=\"build\">Build</h2><p>Run it.</p>"));
        assertNull(doc.selectFirst("nav.page-toc"));
    }

    @Test
    void contentsThatStartWithASubsectionStayWellFormed() {
        Document doc = Jsoup.parse(page("Model", "model", List.of(
                PrintSample.toc(3, "a", "A"), PrintSample.toc(2, "b", "B"),
                PrintSample.toc(3, "c", "C")), "<p>x</p>"), "", org.jsoup.parser.Parser.xmlParser());
        Element toc = doc.selectFirst("nav.page-toc");
        assertEquals(List.of("#a", "#b"), toc.select("> ol > li > a").eachAttr("href"));
        assertEquals(List.of("#c"), toc.select("> ol > li > ol > li > a").eachAttr("href"));
    }

    @Test
    void titleTextIsEscaped() {
        String html = page("<script>alert(1)</script>", "model", List.of(), "<p>ok</p>");
        assertFalse(html.contains("<script>alert"), "page.title must be escaped");
    }

    @Test
    void pageMakesNoExternalRequests() {
        Document doc = report();
        for (Element e : doc.select("link[href], script[src], img[src]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(url.contains("//") || url.startsWith("data:"), "external or inline resource: " + url);
        }
    }

    @Test
    void stylesheetLoadsOnlyTheShippedFonts() throws IOException {
        String css = Files.readString(Path.of("templates", "assets", "site.css"), StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(css);
        int count = 0;
        while (url.find()) {
            count++;
            String target = url.group(1);
            assertTrue(target.startsWith("fonts/") && SHIPPED_FONTS.contains(target.substring(6)), target);
        }
        assertEquals(SHIPPED_FONTS.size(), count);
        assertFalse(css.contains("@import"), "no imported stylesheets");
    }
}
