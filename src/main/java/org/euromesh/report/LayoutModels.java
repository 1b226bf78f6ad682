package org.euromesh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.euromesh.data.Source;

/**
 * What the layouts read: templates/page.ftlh gets a {@link PageModel} per page, templates/print.ftlh
 * one {@link PrintModel}. {@code P} and {@code Q} are what the publishing stage adds (sharing tags,
 * structured data, the citation), typed by the site that passes them in.
 */
public final class LayoutModels {

    private LayoutModels() {
    }

    /** {@code baseUrl} is the site's address with one trailing slash, or "" when unknown. */
    public record SiteInfo(String title, String pdf, String baseUrl) {
    }

    /** {@code body} is the page's HTML (markup); {@code canonical} is "" when the site's address is unknown. */
    public record PageInfo(String title, String slug, String description, String href, String canonical, String body,
            List<Markdown.TocEntry> toc) {
        public PageInfo {
            toc = List.copyOf(toc);
        }
    }

    /** One entry of the navigation bar; {@code current} on the page being rendered. */
    public record NavItem(String title, String href, boolean current) {
    }

    public record PageModel<P>(SiteInfo site, PageInfo page, List<NavItem> nav, EditorValues.BuildView build,
            EditorValues.EditionView edition, P publish) {
        public PageModel {
            nav = List.copyOf(nav);
            Objects.requireNonNull(publish, "publish");
        }
    }

    /**
     * The PDF's HTML: {@code summary} (the home page's headline), {@code body} and {@code coverChart}
     * are markup; {@code siteUrl} is "" when the site's address is unknown.
     */
    public record PrintModel<Q>(EditorValues.EditionView edition, EditorValues.BuildView build, String summary,
            List<Markdown.TocEntry> toc, String body, String siteUrl, String coverChart, List<BibliographyItem> bibliography,
            Q publish) {
        public PrintModel {
            toc = List.copyOf(toc);
            bibliography = List.copyOf(bibliography);
            Objects.requireNonNull(publish, "publish");
        }
    }

    /**
     * One source of the bibliography: {@code anchor} is its element id, {@code html} its entry as
     * markup, {@code citedIn} the pages citing it, in navigation order (empty when only the data cite it).
     */
    public record BibliographyItem(int number, String id, String anchor, String title, String publisher, String date,
            String url, String accessed, String html, List<CitedIn> citedIn) {
        public BibliographyItem {
            citedIn = List.copyOf(citedIn);
        }
    }

    /** A page citing a source, and a link back to each of its citations. */
    public record CitedIn(String page, List<BackLink> links) {
        public CitedIn {
            links = List.copyOf(links);
        }
    }

    /** The {@code number}th citation of a source on a page. */
    public record BackLink(int number, String href) {
    }

    /** The element id of a source's bibliography entry. */
    static String anchor(String sourceId) {
        return "src-" + sourceId;
    }

    /** The site's address with one trailing slash, or "" when unknown. */
    static String base(String baseUrl) {
        return baseUrl.isBlank() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    static SiteInfo site(String base) {
        return new SiteInfo("EuroMesh", "euromesh-report.pdf", base);
    }

    static PageInfo page(ContentPage page, Markdown.Html html, String body, String base) {
        ContentPage.FrontMatter fm = page.frontMatter();
        String canonical = base.isEmpty() ? "" : base + (fm.href().equals("index.html") ? "" : fm.href());
        return new PageInfo(fm.title(), fm.slug(), fm.description(), fm.href(), canonical, body, html.toc());
    }

    /** The navigation bar, with {@code currentHref} marked. */
    static List<NavItem> nav(List<ContentPage> pages, String currentHref) {
        return pages.stream().map(p -> new NavItem(p.frontMatter().navTitle(), p.frontMatter().href(),
                p.frontMatter().href().equals(currentHref))).toList();
    }

    /** Every source in number order, with its back-references. */
    static List<BibliographyItem> bibliography(Citations citations) {
        List<BibliographyItem> items = new ArrayList<>();
        for (Source s : citations.ordered()) {
            Map<String, List<BackLink>> byPage = new LinkedHashMap<>();
            for (Citations.BackRef r : citations.backRefs(s.id())) {
                List<BackLink> links = byPage.computeIfAbsent(r.pageTitle(), k -> new ArrayList<>());
                links.add(new BackLink(links.size() + 1, r.pageHref() + "#" + r.anchor()));
            }
            List<CitedIn> citedIn = byPage.entrySet().stream().map(e -> new CitedIn(e.getKey(), e.getValue())).toList();
            items.add(new BibliographyItem(citations.number(s.id()), s.id(), anchor(s.id()), s.title(), s.publisher(), s.date(),
                    s.url(), s.accessed(), BibliographyEntry.html(s), citedIn));
        }
        return items;
    }

    /** The sources the report itself cites, for the PDF. */
    static List<BibliographyItem> printBibliography(Citations citations, String reportHref) {
        return bibliography(citations).stream()
                .filter(item -> citations.backRefs(item.id()).stream().anyMatch(r -> r.pageHref().equals(reportHref)))
                .toList();
    }
}
