package org.euromesh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markup of templates/macros.ftlh, called with the records the code builds. */
class LayoutMacrosTest {

    private static final Path SHIPPED = Path.of("templates", LayoutMacros.FILE);

    private static LayoutMacros shipped() throws IOException {
        return new LayoutMacros(Templating.layouts(Path.of("templates")), "templates");
    }

    private static LayoutMacros.Figure figure(boolean print, String caption, LayoutMacros.DataLink csv) {
        return new LayoutMacros.Figure(2, "fig-ramp", caption, "Two curves", "charts/ramp.svg", new LayoutMacros.Box(720, 440),
                "charts/ramp-narrow.svg", new LayoutMacros.Box(360, 520), print ? "<svg viewBox=\"0 0 720 440\"></svg>" : "", csv, print);
    }

    @Test
    void aSiteFigureIsAPictureWithItsNarrowSourceAndItsCsvLink() throws IOException {
        assertEquals("<figure class=\"chart\" id=\"fig-ramp\"><picture><source media=\"(max-width: 40rem)\" srcset=\"charts/ramp-narrow.svg\""
                + " width=\"360\" height=\"520\"><img src=\"charts/ramp.svg\" alt=\"Two curves\" width=\"720\" height=\"440\"></picture>"
                + "<figcaption><span class=\"label\">Figure 2.</span> The ramp. <a class=\"csv\" href=\"data/ramp.csv\">Data (CSV)</a>"
                + "</figcaption></figure>",
                shipped().figure(figure(false, "The ramp.", new LayoutMacros.DataLink("ramp.csv", "data/ramp.csv", false))));
    }

    @Test
    void aPrintFigureInlinesItsSvgAndNamesItsCsvOrLinksItsFullAddress() throws IOException {
        String prefix = "<figure class=\"chart\" id=\"fig-ramp\"><svg viewBox=\"0 0 720 440\"></svg><figcaption><span class=\"label\">"
                + "Figure 2.</span> The ramp.";
        assertEquals(prefix + " <span class=\"csv\">Data: ramp.csv</span></figcaption></figure>",
                shipped().figure(figure(true, "The ramp.", new LayoutMacros.DataLink("ramp.csv", "", true))));
        assertEquals(prefix + " <span class=\"csv\">Data: <a href=\"https://e.example/data/ramp.csv\">https://e.example/data/ramp.csv</a>"
                + "</span></figcaption></figure>",
                shipped().figure(figure(true, "The ramp.", new LayoutMacros.DataLink("ramp.csv", "https://e.example/data/ramp.csv", true))));
        assertEquals(prefix + "</figcaption></figure>", shipped().figure(figure(true, "The ramp.", new LayoutMacros.DataLink("", "", true))));
    }

    @Test
    void textIsEscapedAsJsoupEscapesIt() throws IOException {
        String caption = "The run's H < 2 & \"a\u00a0b\"";
        String html = shipped().figure(figure(false, caption, new LayoutMacros.DataLink("", "", false)));
        assertTrue(html.contains("</span> " + org.jsoup.nodes.Entities.escape(caption) + "</figcaption>"), html);
        assertTrue(html.contains("The run&apos;s H &lt; 2 &amp; &quot;a&nbsp;b&quot;"), html);
    }

    @Test
    void aTableWrapsItsBodyInTheScrollingBox() throws IOException {
        assertEquals("<figure class=\"table\" id=\"table-scenarios\"><figcaption><span class=\"label\">Table 1.</span> By scenario."
                + " <a class=\"csv\" href=\"data/scenarios.csv\">Data (CSV)</a></figcaption><div class=\"table-scroll\"><table></table>"
                + "</div></figure>",
                shipped().table(new LayoutMacros.Table(1, "table-scenarios", "By scenario.",
                        new LayoutMacros.DataLink("scenarios.csv", "data/scenarios.csv", false), "<table></table>")));
    }

    @Test
    void referencesAndCitationsAreLinks() throws IOException {
        assertEquals("<a class=\"xref\" href=\"#fig-ramp\">Figure 3</a>", shipped().ref(new LayoutMacros.CrossReference(true, 3, "#fig-ramp")));
        assertEquals("<a class=\"xref\" href=\"#table-x\">Table 1</a>", shipped().ref(new LayoutMacros.CrossReference(false, 1, "#table-x")));
        assertEquals("<span class=\"cites\">[<a class=\"cite\" id=\"cite-a-1\" href=\"sources.html#src-a\">4</a>, "
                + "<a class=\"cite\" id=\"cite-b-2\" href=\"sources.html#src-b\">9</a>]</span>",
                shipped().cite(new LayoutMacros.CitationGroup(List.of(new LayoutMacros.Cite(4, "cite-a-1", "sources.html#src-a"),
                        new LayoutMacros.Cite(9, "cite-b-2", "sources.html#src-b")))));
    }

    @Test
    void theBibliographyLinksBackToEachCitationByPage() throws IOException {
        var cited = new LayoutModels.BibliographyItem(1, "a", "src-a", "A", "P", "2024", "", "", "<em>A</em>.", List.of(
                new LayoutModels.CitedIn("Report", List.of(new LayoutModels.BackLink(1, "report.html#cite-a-1"),
                        new LayoutModels.BackLink(2, "report.html#cite-a-2"))),
                new LayoutModels.CitedIn("Model", List.of(new LayoutModels.BackLink(1, "model.html#cite-a-1")))));
        var uncited = new LayoutModels.BibliographyItem(2, "b", "src-b", "B", "P", "2024", "", "", "<em>B</em>.", List.of());
        assertEquals("<ol class=\"bibliography\"><li id=\"src-a\" value=\"1\"><em>A</em>. <span class=\"backrefs\">Cited in: Report "
                + "<a href=\"report.html#cite-a-1\" aria-label=\"citation 1 in Report\">↩1</a> "
                + "<a href=\"report.html#cite-a-2\" aria-label=\"citation 2 in Report\">↩2</a>; Model "
                + "<a href=\"model.html#cite-a-1\" aria-label=\"citation 1 in Model\">↩1</a></span></li>"
                + "<li id=\"src-b\" value=\"2\"><em>B</em>. <span class=\"backrefs\">Not cited in the text; listed as a source of the data."
                + "</span></li></ol>",
                shipped().bibliography(List.of(cited, uncited)));
    }

    @Test
    void theDownloadsTableListsEachFileWithItsColumnsAndRows() throws IOException {
        assertEquals("<div class=\"table-scroll\"><table class=\"downloads\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">"
                + "Columns</th><th scope=\"col\" class=\"num\">Rows</th></tr></thead><tbody><tr><td><a href=\"data/a.csv\">a.csv</a></td>"
                + "<td><code>x, y</code></td><td class=\"num\">3</td></tr></tbody></table></div>",
                shipped().downloads(new LayoutMacros.Downloads(List.of(new LayoutMacros.Download("a.csv", "data/a.csv", List.of("x", "y"), 3)))));
    }

    @Test
    void aDesignersChangeToTheMacroIsWhatTheFigureWrites(@TempDir Path templates) throws IOException {
        String shipped = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        Files.writeString(templates.resolve(LayoutMacros.FILE), shipped.replace("<figure class=\"chart\"", "<figure class=\"chart wide\""),
                StandardCharsets.UTF_8);
        String html = new LayoutMacros(Templating.layouts(templates), "templates")
                .figure(figure(false, "The ramp.", new LayoutMacros.DataLink("", "", false)));
        assertTrue(html.startsWith("<figure class=\"chart wide\" id=\"fig-ramp\">"), html);
    }

    @Test
    void aSyntaxErrorInTheMacrosNamesTheFileTheLineAndWhatWasExpected(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve(LayoutMacros.FILE), "<#macro figure fig>\n<#if fig.print>\n</#macro>\n", StandardCharsets.UTF_8);
        List<InputError> errors = new LayoutMacros(Templating.layouts(templates), "templates").check();
        assertEquals(1, errors.size(), errors.toString());
        InputError e = errors.get(0);
        assertEquals("templates/macros.ftlh", e.file());
        assertEquals(3, e.line());
        assertTrue(e.message().startsWith("template syntax: ") && e.message().contains("#if"), e.message());
        assertEquals(1, e.format().lines().count());
    }

    @Test
    void anUnknownValueInAMacroIsReportedAtItsLineInTheMacros(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve(LayoutMacros.FILE), "<#macro figure fig>\n<figure>${fig.nmber}</figure><#t>\n</#macro>\n",
                StandardCharsets.UTF_8);
        LayoutMacros.Failure f = assertThrows(LayoutMacros.Failure.class, () -> new LayoutMacros(Templating.layouts(templates), "templates")
                .figure(figure(false, "x", new LayoutMacros.DataLink("", "", false))));
        assertEquals(new InputError("templates/macros.ftlh", 2, 11, "", "unknown value 'fig.nmber': the macro is not given it; "
                + "the values each macro gets are listed above it in macros.ftlh"), f.error());
    }

    @Test
    void aMissingMacroIsNamed(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve(LayoutMacros.FILE), "<#macro table t></#macro>\n", StandardCharsets.UTF_8);
        LayoutMacros.Failure f = assertThrows(LayoutMacros.Failure.class, () -> new LayoutMacros(Templating.layouts(templates), "templates")
                .figure(figure(false, "x", new LayoutMacros.DataLink("", "", false))));
        assertEquals("templates/macros.ftlh", f.error().file());
        assertTrue(f.error().message().startsWith("no macro 'figure'"), f.error().message());
    }
}
