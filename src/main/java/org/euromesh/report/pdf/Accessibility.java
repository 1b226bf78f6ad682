package org.euromesh.report.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills in what PDF/UA asks of the parsed document before layout: the head metadata
 * openhtmltopdf copies into the document, a description for every link annotation and
 * alternative text for every inline chart.
 */
final class Accessibility {

    private Accessibility() {
    }

    static void prepare(Document document, PdfMetadata meta) {
        document.selectFirst("html").attr("lang", meta.language());
        document.title(meta.title());
        meta(document, "author", meta.author());
        meta(document, "subject", meta.subject());
        meta(document, "keywords", meta.keywords());

        for (Element link : document.body().select("a[href]:not([title])")) {
            String text = link.text().strip();
            link.attr("title", text.isEmpty() ? link.attr("href") : text);
        }
        for (Element svg : document.body().select("svg:not([alt])")) {
            svg.attr("alt", chartDescription(svg));
        }
    }

    private static void meta(Document document, String name, String content) {
        Element existing = document.head().selectFirst("meta[name=" + name + "]");
        Element tag = existing != null ? existing : document.head().appendElement("meta").attr("name", name);
        tag.attr("content", content);
    }

    // The chart's own title is the best alt text; the figure caption is the next best.
    private static String chartDescription(Element svg) {
        Element title = svg.selectFirst("title");
        if (title != null && !title.text().isBlank()) {
            return title.text().strip();
        }
        if (!svg.attr("aria-label").isBlank()) {
            return svg.attr("aria-label").strip();
        }
        Element figure = svg.closest("figure");
        Element caption = figure == null ? null : figure.selectFirst("figcaption");
        return caption == null ? "Chart" : caption.text().strip();
    }
}
