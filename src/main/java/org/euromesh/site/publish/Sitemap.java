package org.euromesh.site.publish;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Entities;

/**
 * {@code sitemap.xml} and {@code robots.txt}. A sitemap needs absolute URLs, so it is written only
 * when the site's public address is known; robots.txt points to it then.
 */
public final class Sitemap {

    public static final String FILE = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private Sitemap() {
    }

    /** Every page in {@code hrefs} under {@code baseUrl} (which ends with "/"); the home page as the base itself. */
    public static String xml(String baseUrl, List<String> hrefs, LocalDate lastModified) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String href : hrefs) {
            sb.append("  <url><loc>").append(Entities.escape(url(baseUrl, href))).append("</loc><lastmod>")
                    .append(lastModified).append("</lastmod></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    /** The absolute address of a page, as its canonical link gives it. */
    public static String url(String baseUrl, String href) {
        return baseUrl + (href.equals("index.html") ? "" : href);
    }

    /** Allows everything; names the sitemap when there is one. Crawlers read it only at a host's root. */
    public static String robots(String baseUrl) {
        String rules = "User-agent: *\nAllow: /\n";
        return baseUrl.isBlank() ? rules : rules + "\nSitemap: " + baseUrl + FILE + "\n";
    }
}
