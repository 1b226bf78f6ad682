package org.euromesh.site.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.euromesh.chart.Chart;
import org.euromesh.data.Edition;
import org.euromesh.data.Inputs;
import org.euromesh.model.ModelResults;
import org.euromesh.report.EditorValues;
import org.euromesh.report.Report;
import org.euromesh.report.ResultCsv;
import org.euromesh.report.WhatIf;

/**
 * What makes the site publishable anywhere and shareable: the social card, sitemap and robots.txt,
 * the citation files and the data bundle ({@link #files}), and the values the layouts show on
 * every page ({@link #page}) and in the PDF ({@link #print}).
 */
public final class Publishing {

    /** The values a site page's layout needs beyond its own: sharing, structured data, citation, editions. */
    public record PageExtras(String ogType, String image, String imageAlt, int imageWidth, int imageHeight,
            String jsonLd, Citation cite, List<Changelog.Entry> editions, String dataZip, String bibtexFile, String cslFile) {
        public PageExtras {
            editions = List.copyOf(editions);
        }
    }

    /** The values the print layout needs: the citation. */
    public record PrintExtras(Citation cite) {
    }

    /** The page whose slug is 404, served for unknown paths: it is left out of the sitemap. */
    public static final String NOT_FOUND = "404.html";

    /** The report's PDF, as the site names it (Site.PDF_NAME). */
    static final String PDF = "euromesh-report.pdf";

    private Publishing() {
    }

    /** The generated files beside the pages: path in the site to bytes. */
    public static Map<String, byte[]> files(Inputs inputs, ModelResults results, List<Chart> charts, List<Report.Page> pages,
            String inputHash, Path dataDir, WhatIf whatIf, String baseUrl) {
        String base = base(baseUrl);
        Map<String, byte[]> files = new TreeMap<>();
        Chart band = charts.stream().filter(c -> c.id().equals(SocialCard.CHART)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the social card needs the " + SocialCard.CHART + " chart"));
        files.put(SocialCard.FILE, SocialCard.png(card(results, inputs.edition()), band.svg()));
        if (!base.isEmpty()) {
            List<String> hrefs = pages.stream().map(Report.Page::href).filter(h -> !h.equals(NOT_FOUND)).toList();
            files.put(Sitemap.FILE, utf8(Sitemap.xml(base, hrefs, inputs.edition().date())));
        }
        files.put(Sitemap.ROBOTS, utf8(Sitemap.robots(base)));
        Citation cite = Citation.of(inputs.edition(), base);
        files.put(Citation.BIBTEX_FILE, utf8(cite.bibtex()));
        files.put(Citation.CSL_FILE, utf8(cite.cslJson()));
        files.put(DataBundle.FILE, DataBundle.zip(ResultCsv.published(results), dataDir, inputs.edition(), inputHash, whatIf));
        return files;
    }

    /** The extras of the page with {@code slug}; {@code baseUrl} is "" when the site's address is unknown. */
    public static PageExtras page(Inputs inputs, ModelResults results, String slug, String baseUrl) {
        String base = base(baseUrl);
        String jsonLd = switch (slug) {
            case "report" -> StructuredData.report(inputs.edition(), base, PDF);
            case "data" -> StructuredData.dataset(inputs, results, base, DataBundle.FILE);
            default -> "";
        };
        return new PageExtras(slug.equals("report") ? "article" : "website", base + SocialCard.FILE,
                SocialCard.altText(card(results, inputs.edition())), SocialCard.WIDTH, SocialCard.HEIGHT, jsonLd, Citation.of(inputs.edition(), base),
                slug.equals("changelog") ? Changelog.of(inputs, results) : List.of(), DataBundle.FILE,
                Citation.BIBTEX_FILE, Citation.CSL_FILE);
    }

    /** The extras of the print layout (the PDF). */
    public static PrintExtras print(Inputs inputs, String baseUrl) {
        return new PrintExtras(Citation.of(inputs.edition(), base(baseUrl)));
    }

    /** The card's words, from the editors' values of this build (the stamp in them is not used). */
    private static SocialCard.Content card(ModelResults results, Edition e) {
        EditorValues.EditionView edition = EditorValues.EditionView.of(e);
        EditorValues.Values v = EditorValues.values(results, new EditorValues.BuildView("", "", ""), edition);
        return SocialCard.content(v.s().get(results.inputs().headlineScenario()), v.headline(), v.mesh(), v.site(), v.campus(), edition);
    }

    /** The site's address with one trailing slash, or "" when unknown. */
    static String base(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
