package org.euromesh.report;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** CommonMark plus tables to HTML, configured once; headings get ids for the table of contents. */
public final class Markdown {

    /** One entry of a page's table of contents. */
    public record TocEntry(int level, String id, String text) {
    }

    public record Html(String body, List<TocEntry> toc) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Html render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document doc = Jsoup.parseBodyFragment(html);
        List<TocEntry> toc = doc.select("h2[id], h3[id]").stream()
                .map(h -> new TocEntry(h.tagName().equals("h2") ? 2 : 3, h.id(), headingText(h)))
                .toList();
        return new Html(html, toc);
    }

    private static String headingText(Element h) {
        return h.text().trim();
    }
}
