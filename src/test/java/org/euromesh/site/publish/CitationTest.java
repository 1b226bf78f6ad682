package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.euromesh.data.DataLoader;
import org.euromesh.data.Edition;
import org.euromesh.data.LoadResult;
import org.junit.jupiter.api.Test;

/** "Cite this report": the sentence, BibTeX, CSL-JSON and CITATION.cff all say the same thing as data/edition.yaml. */
class CitationTest {

    static final Edition EDITION = new Edition("1.0.0", LocalDate.of(2026, 6, 30),
            "Do We Need OpenAI or Anthropic? Europe Has Tens of Exaflops at Home", "Sub", "EuroMesh", "CC BY 4.0", "CC BY 4.0");

    @Test
    void theCitationNamesAuthorTitleYearEditionAndUrl() {
        Citation c = Citation.of(EDITION, "https://example.org/reports/euromesh/");
        assertEquals("EuroMesh (2026). Do We Need OpenAI or Anthropic? Europe Has Tens of Exaflops at Home. Edition 1.0.0, "
                + "30 June 2026. https://example.org/reports/euromesh/", c.text());
        assertEquals("euromesh2026", c.key());
        assertTrue(c.bibtex().startsWith("@techreport{euromesh2026,\n"), c.bibtex());
        assertTrue(c.bibtex().contains("  title       = {{Do We Need OpenAI or Anthropic? Europe Has Tens of Exaflops at Home}},\n"), c.bibtex());
        assertTrue(c.bibtex().contains("  year        = {2026},\n  month       = jun,\n"), c.bibtex());
        assertTrue(c.bibtex().contains("  version     = {1.0.0},\n"), c.bibtex());
        assertTrue(c.bibtex().contains("  url         = {https://example.org/reports/euromesh/},\n"), c.bibtex());
    }

    @Test
    void withoutABaseUrlTheCitationHasNoUrl() {
        Citation c = Citation.of(EDITION, "");
        assertTrue(!c.bibtex().contains("url") && !c.cslJson().contains("URL") && c.text().endsWith("30 June 2026."), c.text());
    }

    @Test
    void bibtexEscapesTheCharactersLatexReads() {
        assertEquals("R\\&D at 50\\% \\$ \\#1 a\\_b \\{x\\} \\textasciitilde{}", Citation.tex("R&D at 50% $ #1 a_b {x} ~"));
    }

    @Test
    void cslJsonIsAListWithOneReport() throws IOException {
        JsonNode csl = new ObjectMapper().readTree(Citation.of(EDITION, "https://example.org/").cslJson());
        assertEquals(1, csl.size());
        JsonNode item = csl.get(0);
        assertEquals("report", item.path("type").asText());
        assertEquals(EDITION.title(), item.path("title").asText());
        assertEquals("EuroMesh", item.path("author").get(0).path("literal").asText());
        assertEquals("[[2026,6,30]]", item.path("issued").path("date-parts").toString());
        assertEquals("1.0.0", item.path("version").asText());
        assertEquals("https://example.org/", item.path("URL").asText());
    }

    @Test
    void citationCffAgreesWithTheEdition() throws IOException {
        LoadResult r = DataLoader.load(Path.of("data"), List.of());
        Edition e = ((LoadResult.Ok) r).inputs().edition();
        JsonNode cff = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("CITATION.cff")));
        assertEquals("1.2.0", cff.path("cff-version").asText());
        assertEquals(e.title(), cff.path("title").asText());
        assertEquals(e.version(), cff.path("version").asText());
        assertEquals(e.date().toString(), cff.path("date-released").asText());
        assertEquals(e.author(), cff.path("authors").get(0).path("name").asText());
        assertEquals(Licences.of(e.licenseText()).orElseThrow().spdx(), cff.path("license").asText());
        assertTrue(cff.path("message").asText().length() > 10);
        JsonNode preferred = cff.path("preferred-citation");
        assertEquals(e.title(), preferred.path("title").asText());
        assertEquals(e.version(), preferred.path("edition").asText());
        assertEquals(e.date().toString(), preferred.path("date-published").asText());
        assertEquals(e.date().getYear(), preferred.path("year").asInt());
    }

    @Test
    void theReportPageAndThePdfCarryTheCitationAndTheLicences() throws Exception {
        Project.Rendered r = Project.shipped(SharingTest.BASE);
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(r.page("report.html"));
        assertEquals("Cite this report", report.selectFirst("#cite-this-report h2").text());
        assertTrue(report.selectFirst("#cite-this-report .citation").text().contains("Edition 1.1.0"));
        assertTrue(report.selectFirst("#cite-this-report a[href=euromesh.bib]") != null);
        assertTrue(report.selectFirst("#cite-this-report a[href=euromesh.csl.json]") != null);
        assertTrue(report.selectFirst(".site-footer .license").text().contains("CC BY 4.0"));
        assertTrue(new String(r.files().get(Citation.BIBTEX_FILE)).contains("url         = {" + SharingTest.BASE + "}"));
        assertTrue(new String(r.files().get(Citation.CSL_FILE)).contains("\"URL\" : \"" + SharingTest.BASE + "\""));
        org.jsoup.nodes.Document print = org.jsoup.Jsoup.parse(r.printHtml());
        assertTrue(print.selectFirst(".cite-this .citation").text().contains("EuroMesh (2026)"), "the PDF has the citation");
        assertTrue(print.selectFirst("pre.bibtex").text().startsWith("@techreport{euromesh2026,"));
        assertTrue(print.selectFirst(".cite-this").text().contains("the data under CC BY 4.0"), "the PDF states the licences");
        assertTrue(print.selectFirst(".toc a[href=#cite-this-report]") != null, "the PDF contents list the citation");
    }
}
