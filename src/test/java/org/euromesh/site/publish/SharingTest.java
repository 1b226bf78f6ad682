package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.euromesh.report.Report;
import org.euromesh.report.ResultCsv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a page says about itself to search engines and to the sites it is shared on, with and without a base URL. */
class SharingTest {

    static final String BASE = "https://example.org/reports/euromesh/";
    static final ObjectMapper JSON = new ObjectMapper();

    static Path root;
    static Project.Rendered withBase;
    static Project.Rendered withoutBase;

    @BeforeAll
    static void render() throws Exception {
        root = Project.shippedRoot();
        withBase = Project.shipped(BASE);
        withoutBase = Project.shipped("");
    }

    static Document doc(Project.Rendered r, String href) {
        return Jsoup.parse(r.page(href));
    }

    static String meta(Document d, String property) {
        Element e = d.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? "" : e.attr("content");
    }

    static List<String> sharedPages(Project.Rendered r) {
        return r.pages().stream().map(Report.Page::href).filter(h -> !h.equals(Publishing.NOT_FOUND)).toList();
    }

    @Test
    void everyPageHasAUniqueTitleAndADescription() {
        Set<String> titles = new HashSet<>();
        for (Report.Page p : withBase.pages()) {
            Document d = doc(withBase, p.href());
            assertTrue(titles.add(d.title()), "title repeated: " + d.title());
            assertFalse(meta(d, "description").isBlank(), p.href() + " has a meta description");
        }
        assertTrue(titles.size() >= 11, titles.toString());
    }

    @Test
    void everyPageCarriesOpenGraphAndTwitterCardTags() {
        for (Report.Page p : withBase.pages()) {
            Document d = doc(withBase, p.href());
            for (String tag : List.of("og:title", "og:description", "og:type", "og:image", "og:image:alt", "og:site_name",
                    "twitter:card", "twitter:title", "twitter:description", "twitter:image")) {
                assertFalse(meta(d, tag).isBlank(), p.href() + " has " + tag);
            }
            assertEquals(meta(d, "description"), meta(d, "og:description"), p.href() + ": the shared description is the page's");
            assertEquals(BASE + SocialCard.FILE, meta(d, "og:image"), p.href());
            assertEquals("summary_large_image", meta(d, "twitter:card"));
        }
        assertEquals("article", meta(doc(withBase, "report.html"), "og:type"));
    }

    @Test
    void withABaseUrlEverySharedPageHasItsCanonicalAndOpenGraphUrl() {
        for (String href : sharedPages(withBase)) {
            Document d = doc(withBase, href);
            Element canonical = d.selectFirst("link[rel=canonical]");
            String expected = href.equals("index.html") ? BASE : BASE + href;
            assertTrue(canonical != null, href + " has a canonical link");
            assertEquals(expected, canonical.attr("href"));
            assertEquals(expected, meta(d, "og:url"));
        }
        Document notFound = doc(withBase, Publishing.NOT_FOUND);
        assertEquals(null, notFound.selectFirst("link[rel=canonical]"), "the 404 page names no canonical address");
        assertEquals("noindex", meta(notFound, "robots"));
    }

    @Test
    void withoutABaseUrlNoPageNamesAnAbsoluteAddressOfItsOwn() {
        for (Report.Page p : withoutBase.pages()) {
            Document d = doc(withoutBase, p.href());
            assertEquals(null, d.selectFirst("link[rel=canonical]"), p.href());
            assertEquals("", meta(d, "og:url"), p.href());
            assertEquals(SocialCard.FILE, meta(d, "og:image"), p.href() + ": the card by relative path");
            for (Element el : d.select("link[href], script[src], img[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                assertFalse(url.contains("://"), p.href() + " loads " + url);
            }
        }
        assertFalse(withoutBase.files().containsKey(Sitemap.FILE), "no sitemap without absolute addresses");
        assertEquals("User-agent: *\nAllow: /\n", new String(withoutBase.files().get(Sitemap.ROBOTS), StandardCharsets.UTF_8));
    }

    @Test
    void theNotFoundPageLoadsItsAssetsFromTheBaseUrlOnlyWhenOneIsGiven() {
        Document with = doc(withBase, Publishing.NOT_FOUND);
        assertEquals(BASE + "assets/site.css", with.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(BASE + "assets/site.js", with.selectFirst("script[src]").attr("src"));
        for (Element a : with.select(".site-nav a, .site-footer a, a.site-name")) {
            assertTrue(a.attr("href").startsWith(BASE), "on a deep path the 404 page still links home: " + a.attr("href"));
        }
        Document without = doc(withoutBase, Publishing.NOT_FOUND);
        assertEquals("assets/site.css", without.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("index.html", without.selectFirst("a.site-name").attr("href"));
        Document other = doc(withBase, "model.html");
        assertEquals("assets/site.css", other.selectFirst("link[rel=stylesheet]").attr("href"), "other pages stay relative");
    }

    @Test
    void aBuildWithABaseUrlPassesTheSiteChecks() throws Exception {
        Map<String, byte[]> files = Project.render(root, List.of(), BASE);
        assertTrue(files.containsKey(Sitemap.FILE));
        assertTrue(new String(files.get("index.html"), StandardCharsets.UTF_8).contains("<link rel=\"canonical\" href=\"" + BASE + "\">"));
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() {
        String xml = new String(withBase.files().get(Sitemap.FILE), StandardCharsets.UTF_8);
        Document d = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = d.select("url > loc").eachText();
        List<String> expected = new ArrayList<>();
        for (String href : sharedPages(withBase)) {
            expected.add(href.equals("index.html") ? BASE : BASE + href);
        }
        assertEquals(expected, locs);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assertEquals(locs.size(), d.select("url > lastmod").eachText().stream().filter("2026-12-01"::equals).count(),
                "each entry carries the edition's date");
        String robots = new String(withBase.files().get(Sitemap.ROBOTS), StandardCharsets.UTF_8);
        assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots);
    }

    static JsonNode jsonLd(Project.Rendered r, String href) throws IOException {
        List<Element> scripts = doc(r, href).select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), href + " has one JSON-LD block");
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void theDataPageDescribesTheDatasetWithEveryCsv() throws IOException {
        JsonNode d = jsonLd(withBase, "data.html");
        assertEquals("https://schema.org", d.path("@context").asText());
        assertEquals("Dataset", d.path("@type").asText());
        for (String key : List.of("name", "description", "license", "creator", "temporalCoverage", "distribution")) {
            assertFalse(d.path(key).isMissingNode(), "Dataset has " + key);
        }
        assertEquals("2027/2041", d.path("temporalCoverage").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", d.path("license").asText());
        assertEquals("EuroMesh", d.path("creator").path("name").asText());
        List<String> csvs = new ArrayList<>();
        for (JsonNode download : d.path("distribution")) {
            assertEquals("DataDownload", download.path("@type").asText());
            if (download.path("encodingFormat").asText().equals("text/csv")) {
                csvs.add(download.path("contentUrl").asText());
            }
        }
        List<String> expected = ResultCsv.all(withBase.results()).keySet().stream().map(n -> BASE + "data/" + n).toList();
        assertEquals(expected, csvs);
        assertTrue(d.path("distribution").toString().contains(BASE + DataBundle.FILE), "the bundle is a download too");
    }

    @Test
    void theReportPageDescribesTheReport() throws IOException {
        JsonNode r = jsonLd(withBase, "report.html");
        assertEquals("Report", r.path("@type").asText());
        assertEquals(withBase.inputs().edition().title(), r.path("name").asText());
        assertEquals("1.1.0", r.path("version").asText());
        assertEquals("2026-12-01", r.path("datePublished").asText());
        assertEquals(BASE + "report.html", r.path("url").asText());
        assertEquals(BASE + "euromesh-report.pdf", r.path("encoding").path("contentUrl").asText());
        JsonNode relative = jsonLd(withoutBase, "data.html");
        assertEquals("data/headline.csv", relative.path("distribution").get(0).path("contentUrl").asText(), "relative without a base URL");
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String ld = StructuredData.report(new org.euromesh.data.Edition("1.0.0", java.time.LocalDate.of(2026, 6, 30),
                "A </script> title", "s", "a", "CC BY 4.0", "CC BY 4.0"), "", "x.pdf");
        assertFalse(ld.contains("</script"), ld);
    }

    static BufferedImage png(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theSocialCardIsA1200By630PngThatChangesWithTheModel() throws Exception {
        byte[] shipped = withoutBase.files().get(SocialCard.FILE);
        BufferedImage a = png(shipped);
        assertEquals(1200, a.getWidth());
        assertEquals(630, a.getHeight());
        Map<String, byte[]> whatIf = Project.render(root, List.of("scenarios.baseline.tau_mega_years=8"), "");
        BufferedImage b = png(whatIf.get(SocialCard.FILE));
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 2_000, "the card shows the new campus date and gap: " + differing + " pixels differ");
        String alt = Jsoup.parse(new String(whatIf.get("index.html"), StandardCharsets.UTF_8)).selectFirst("meta[property=og:image:alt]").attr("content");
        assertTrue(alt.contains("February 2035"), "the what-if moves the campus a year later: " + alt);
        assertTrue(alt.contains("64 months"), alt);
    }

    @Test
    void theSocialCardIsTheSameBytesForTheSameInputs() throws Exception {
        assertTrue(java.util.Arrays.equals(Project.shippedFiles().get(SocialCard.FILE), Project.shippedFilesAgain().get(SocialCard.FILE)));
    }
}
