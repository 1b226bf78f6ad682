package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.euromesh.problem.InputError;


/** CommonMark plus tables to HTML, configured once; headings get ids for the table of contents. */
public final class Markdown {

    /** One entry of a page's table of contents. */
    public record TocEntry(int level, String id, String text) {
    }

    public record Html(String body, List<TocEntry> toc) {
    }

    /** Parses the editors' source for the policy check only (nothing is rendered from it). */
    // TRACK_DOCUMENT_LINES: the raw-HTML policy asks each HTML node for its line, which without the
    // document's line index flexmark counts again from the first character (quadratic in the page).
    private static final Parser SOURCE = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(Parser.TRACK_DOCUMENT_LINES, true)).build();

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Html render(String markdown) {
        return html(parser.parse(markdown));
    }

    /**
     * As {@link #render(String)}, for the text the page {@code file} produced: what breaks the
     * raw-HTML policy (a ${...} or macro that writes a script, say) is added to {@code errors}.
     */
    Html render(String markdown, String file, List<InputError> errors) {
        Document document = parser.parse(markdown);
        for (InputError e : RawHtml.problems(file, document)) {
            InputError produced = new InputError(file, 0, 0, "", "the page's ${...} and macros produce: " + e.message());
            if (!errors.contains(produced)) {
                errors.add(produced);
            }
        }
        return html(document);
    }

    /** The raw-HTML policy's complaints about the editor's own text of {@code file} (line 1 is the file's first). */
    public static List<InputError> policy(String file, String markdown) {
        return RawHtml.problems(file, SOURCE.parse(markdown));
    }

    private Html html(Document document) {
        String html = renderer.render(document);
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
