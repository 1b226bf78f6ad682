package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the preview adds to served HTML: the reload script, and the banner of a broken build. */
class PreviewPagesTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body class=\"x\"><p>text</p></body></html>";

    @Test
    void theScriptGoesJustBeforeTheClosingBodyTag() {
        String served = PreviewPages.decorate(PAGE, 7, List.of());
        assertTrue(served.endsWith("</script>\n</body></html>"), served);
        assertTrue(served.contains("var shown=\"7\""), served);
        assertTrue(served.contains("new EventSource(\"/__euromesh/events\")"), served);
        assertFalse(served.contains("http"), "no external request");
    }

    @Test
    void aPageWithoutBodyTagsStillGetsTheScript() {
        assertTrue(PreviewPages.decorate("<p>bare</p>", 1, List.of()).startsWith("<p>bare</p><script>"));
    }

    @Test
    void theBannerOpensTheBodyWithFileLineColumnAndMessage() {
        InputError e = new InputError("templates/page.ftlh", 14, 3, "", "Unexpected end of #if");
        String served = PreviewPages.decorate(PAGE, 2, List.of(e));
        int banner = served.indexOf("euromesh-build-errors");
        assertTrue(banner > served.indexOf("<body class=\"x\">") && banner < served.indexOf("<p>text</p>"), served);
        assertTrue(served.contains("templates/page.ftlh:14:3</code> Unexpected end of #if"), served);
    }

    @Test
    void theBannerEscapesWhatTheErrorQuotes() {
        InputError e = new InputError("content/<x>.md", 2, 0, "a&b", "unknown macro <@evil onload=\"x\"/>");
        String banner = PreviewPages.banner(List.of(e));
        assertTrue(banner.contains("content/&lt;x&gt;.md:2</code> a&amp;b: unknown macro &lt;@evil onload=&quot;x&quot;/&gt;"), banner);
        assertFalse(banner.contains("<@evil"), banner);
    }

    @Test
    void aLongListOfProblemsIsCutShort() {
        List<InputError> many = java.util.stream.IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new InputError("data/regions.csv", i, 0, "", "bad")).toList();
        String banner = PreviewPages.banner(many);
        assertEquals(20, banner.split("<li><code", -1).length - 1);
        assertTrue(banner.contains("and 10 more"), banner);
    }

    @Test
    void theBuildingPageReloadsEvenWithoutTheScript() {
        String page = PreviewPages.building(0, List.of());
        assertTrue(page.contains("http-equiv=\"refresh\""), page);
        assertTrue(page.contains(PreviewPages.EVENTS_PATH), page);
    }

    @ParameterizedTest
    @CsvSource({
        "index.html, text/html; charset=utf-8", "site.css, text/css; charset=utf-8", "site.js, text/javascript; charset=utf-8",
        "a.svg, image/svg+xml", "headline.csv, text/csv; charset=utf-8", "euromesh-report.pdf, application/pdf",
        "logo.png, image/png", "LiberationSans-Regular.ttf, font/ttf", "x.json, application/json", "sitemap.xml, application/xml",
        "all.zip, application/zip", "INDEX.HTML, text/html; charset=utf-8", "unknown.bin, application/octet-stream",
        "no-extension, application/octet-stream"})
    void contentTypesFollowTheExtension(String name, String type) {
        assertEquals(type, ContentTypes.of(name));
    }
}
