package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.euromesh.problem.InputError;
import org.euromesh.report.ContentPage;
import org.euromesh.site.SiteCheck;
import org.junit.jupiter.api.Test;

/** The pre-publication rules of SiteCheck, one small in-memory site per rule. */
class SiteCheckTest {

    private static final String SOURCES = page("Sources", """
            <h2 id="list">List</h2>
            <ol class="bibliography"><li id="src-known-2024" value="1">Known.</li></ol>
            """);

    /** A page as the layout writes it: the body's lines start at line 9. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n</head>\n<body>\n"
                + "<a class=\"skip-link\" href=\"#main\">Skip</a><main id=\"main\"><h1>" + title + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    static ContentPage content(String slug, String body) {
        return new ContentPage("content/" + slug + ".md", new ContentPage.FrontMatter(slug, slug, 1, slug, "A page."), body);
    }

    static SiteCheck.Result check(Map<String, String> pages, List<ContentPage> content) {
        Map<String, byte[]> files = new TreeMap<>();
        pages.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        files.put("charts/alpha.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
        return SiteCheck.run(files, content, "site");
    }

    static List<String> messages(SiteCheck.Result r) {
        return r.errors().stream().map(InputError::format).toList();
    }

    static final String FIGURE = "<figure class=\"chart\" id=\"fig-alpha\"><img src=\"charts/alpha.svg\" alt=\"Alpha by replicas.\">"
            + "<figcaption>Figure 1. Alpha.</figcaption></figure>\n";

    @Test
    void aCleanSitePassesAndIsCounted() {
        String index = page("Home", "<p>See <a class=\"xref\" href=\"#fig-alpha\">Figure 1</a> and "
                + "<a class=\"cite\" id=\"cite-known-2024-1\" href=\"sources.html#src-known-2024\">1</a>.</p>\n" + FIGURE
                + "<figure class=\"table\" id=\"table-x\"><figcaption>Table 1.</figcaption><table><tr><td>1</td></tr></table></figure>\n");
        SiteCheck.Result r = check(Map.of("index.html", index, "sources.html", SOURCES), List.of());
        assertEquals(List.of(), messages(r));
        assertEquals(new SiteCheck.Summary(2, 5, 4, 1, 1, 1, 1), r.summary());
        assertEquals("2 pages, 5 internal links, 4 anchors, 1 figures, 1 tables, 1 citations of 1 sources", r.summary().describe());
    }

    @Test
    void aLinkToAFileStillBeingMadeCountsOnlyWhenTheBuildSaysItIsComing() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", page("Home", "<p>The <a href=\"euromesh-report.pdf\">PDF</a>.</p>\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("site/index.html:9: broken link euromesh-report.pdf: no file euromesh-report.pdf in this build; "
                + "the line reads: <p>The <a href=\"euromesh-report.pdf\">PDF</a>.</p>"),
                SiteCheck.check(files, java.util.Set.of(), List.of(), "site", "").stream().map(InputError::format).toList());
        assertEquals(List.of(), SiteCheck.check(files, java.util.Set.of("euromesh-report.pdf"), List.of(), "site", ""));
        assertEquals(List.of("index.html"), List.copyOf(files.keySet()), "the check adds no file to the site");
    }

    @Test
    void aFigureNobodyRefersToIsReportedAtItsMacroInTheContentFile() {
        String body = "\n\n\n\nSome text.\n\n<@figure chart=\"alpha\" caption=\"Alpha.\"/>\n";
        SiteCheck.Result r = check(Map.of("model.html", page("Model", FIGURE)), List.of(content("model", body)));
        assertEquals(List.of("content/model.md:7: figure 'alpha' is never referenced; add <@ref figure=\"alpha\"/> or remove it"), messages(r));
    }

    @Test
    void aFigureWithItsOwnIdIsFoundByThatId() {
        String body = "<@figure chart=\"ramp\" caption=\"Ramp.\"/>\n\n<@figure chart=\"ramp\"\n  caption=\"Again.\" id=\"alpha\"/>\n";
        SiteCheck.Result r = check(Map.of("model.html", page("Model", FIGURE)), List.of(content("model", body)));
        assertEquals(List.of("content/model.md:3: figure 'alpha' is never referenced; add <@ref figure=\"alpha\"/> or remove it"), messages(r));
    }

    @Test
    void aCitationOfAnEntryTheBibliographyLacksNamesTheSourceId() {
        String index = page("Home", "<p>Claim <a class=\"cite\" href=\"sources.html#src-nobody-1999\">7</a>.</p>\n");
        String body = "\n\nClaim [7](sources.html#src-nobody-1999).\n";
        SiteCheck.Result r = check(Map.of("index.html", index, "sources.html", SOURCES), List.of(content("index", body)));
        assertEquals(1, r.errors().size(), messages(r).toString());
        String m = messages(r).get(0);
        assertTrue(m.startsWith("content/index.md:3: citation '7' links to sources.html#src-nobody-1999, but the bibliography on sources.html has no entry 'nobody-1999'"), m);
    }

    @Test
    void citationsToAPageWithoutABibliographySayWhereTheMacroGoes() {
        String index = page("Home", "<p>Claim <a class=\"cite\" href=\"sources.html#src-known-2024\">1</a>.</p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index, "sources.html", page("Sources", "<p>Nothing.</p>\n")), List.of());
        assertEquals(1, r.errors().size(), messages(r).toString());
        assertTrue(messages(r).get(0).contains("sources.html has no bibliography; put <@bibliography/> on that page"), messages(r).get(0));
    }

    @Test
    void aStrayEndTagWrittenInAContentFileIsReportedAtThatLine() {
        String index = page("Home", "<p>Fine.</p>\n<div class=\"note\">A <em>note</span></div>\n");
        String body = "\n\nFine.\n\n<div class=\"note\">A <em>note</span></div>\n";
        SiteCheck.Result r = check(Map.of("index.html", index), List.of(content("index", body)));
        assertTrue(messages(r).stream().anyMatch(m -> m.startsWith("content/index.md:5: invalid HTML: ") && m.contains("</span>")
                && m.contains("(site/index.html:10)")), messages(r).toString());
    }

    @Test
    void invalidHtmlFromTheLayoutNamesTheGeneratedPageAndQuotesTheLine() {
        String index = page("Home", "<p>Fine.</p>\n").replace("</main>", "</span></main>");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of(content("index", "\n\nFine.\n")));
        assertEquals(1, r.errors().size(), messages(r).toString());
        String m = messages(r).get(0);
        assertTrue(m.startsWith("site/index.html:10: invalid HTML: "), m);
        assertTrue(m.contains("the line reads: </span></main>") && m.contains("made from content/index.md"), m);
    }

    @Test
    void anIdUsedTwiceOnAPageIsReported() {
        String index = page("Home", "<h2 id=\"x\">One</h2>\n<p id=\"x\">Two</p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of());
        assertEquals(1, r.errors().size(), messages(r).toString());
        assertTrue(messages(r).get(0).startsWith("site/index.html:10: id 'x' is used twice on index.html (first on line 9)"), messages(r).get(0));
    }

    @Test
    void anImageWithoutAltTextIsReported() {
        String index = page("Home", "<p><img src=\"charts/alpha.svg\"></p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of());
        assertEquals(1, r.errors().size(), messages(r).toString());
        assertTrue(messages(r).get(0).startsWith("site/index.html:9: <img src=\"charts/alpha.svg\"> has no alt text"), messages(r).get(0));
    }

    @Test
    void aHeadingThatSkipsALevelNamesItsMarkdownLine() {
        String index = page("Home", "<h2 id=\"a\">Section</h2>\n<h4 id=\"b\">Too deep</h4>\n");
        String body = "\n\n## Section\n\n#### Too *deep*\n";
        SiteCheck.Result r = check(Map.of("index.html", index), List.of(content("index", body)));
        assertEquals(List.of("content/index.md:5: heading 'Too deep' is <h4> right after an <h2>: a level is skipped; make it <h3> (### in Markdown)"),
                messages(r));
    }

    @Test
    void aLinkWithNothingToReadIsReported() {
        String index = page("Home", "<p><a href=\"#main\"></a> <a href=\"#main\" aria-label=\"Top\"></a></p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of());
        assertEquals(1, r.errors().size(), messages(r).toString());
        assertTrue(messages(r).get(0).startsWith("site/index.html:9: link to #main has no text"), messages(r).get(0));
    }

    @Test
    void brokenLinksAndAnchorsAreStillReported() {
        String index = page("Home", "<p><a href=\"missing.html\">Gone</a> <a href=\"#nowhere\">Here</a></p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of());
        assertEquals(2, r.errors().size(), messages(r).toString());
        assertTrue(messages(r).get(0).startsWith("site/index.html:9: broken anchor #nowhere: index.html has no id 'nowhere'"), messages(r).get(0));
        assertTrue(messages(r).get(1).startsWith("site/index.html:9: broken link missing.html: no file missing.html in this build"), messages(r).get(1));
    }

    @Test
    void aBrokenLinkWrittenInAContentFileNamesThatFileAndLine() {
        String index = page("Home", "<p>See <a href=\"missing.html\">the old page</a>.</p>\n");
        SiteCheck.Result r = check(Map.of("index.html", index), List.of(content("index", "\n\nSee [the old page](missing.html).\n")));
        assertEquals(List.of("content/index.md:3: broken link missing.html: no file missing.html in this build (site/index.html:9)"), messages(r));
    }
}
