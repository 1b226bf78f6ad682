package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;


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
        List<TocEntry> toc = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            toc.add(new TocEntry(Integer.parseInt(m.group(1)), org.jsoup.parser.Parser.unescapeEntities(m.group(2), true),
                    org.jsoup.parser.Parser.unescapeEntities(m.group(3).replaceAll("<[^>]*>", ""), false).strip()));
        }
        return new Html(html, List.copyOf(toc));
    }

    // flexmark writes headings as <h2 id="...">text</h2> on one line; a regex is much cheaper than
    // parsing the whole page (with its inline charts) again.
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>");
}
