package org.euromesh.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.euromesh.chart.Chart;
import org.euromesh.data.Inputs;
import org.euromesh.model.ModelResults;

/**
 * The editors' macros for one page (figure, table, ref, cite, bibliography, downloads), called from
 * editor-macros.ftl: this class numbers, names ids and links, and the designer's macros in
 * templates/macros.ftlh write the markup. A page is rendered twice: the first pass only collects
 * figure, table and citation ids (so numbers and forward references work), the second writes HTML.
 */
public final class PageMacros {

    /** Where the HTML goes: the site (images, links across pages) or the PDF (inline SVG, local links). */
    public enum Medium { SITE, PRINT }

    /**
     * What every page's macros share: the charts by id, the model run, the inputs, the citations, the
     * designer's markup and the site's address ("" when unknown, else with a trailing slash).
     */
    record Shared(Map<String, Chart> charts, ModelResults results, Inputs inputs, Citations citations, LayoutMacros markup,
            String base) {
    }

    static final String BIBLIOGRAPHY_MARK = "<!--euromesh:bibliography-->";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"");

    private final boolean collecting;
    private final Medium medium;
    private final ContentPage page;
    private final Shared shared;
    private final Tables tables;
    private final List<String> figures;
    private final List<String> tableIds;
    private final Map<String, Integer> citeCounts = new LinkedHashMap<>();

    private PageMacros(boolean collecting, Medium medium, ContentPage page, Shared shared, List<String> figures, List<String> tableIds) {
        this.collecting = collecting;
        this.medium = medium;
        this.page = page;
        this.shared = shared;
        this.figures = figures;
        this.tableIds = tableIds;
        this.tables = new Tables(shared.results(), shared.inputs(), this::citeHtml);
    }

    /** First pass: records ids in order of appearance. */
    static PageMacros collecting(ContentPage page, Shared shared) {
        return new PageMacros(true, Medium.SITE, page, shared, new ArrayList<>(), new ArrayList<>());
    }

    /** Second pass, numbered from what the first pass collected. */
    PageMacros rendering(Medium medium) {
        return new PageMacros(false, medium, page, shared, figures, tableIds);
    }

    List<String> figureIds() {
        return List.copyOf(figures);
    }

    public String figure(String chart, String caption, String id) {
        Chart c = shared.charts().get(chart);
        if (c == null) {
            throw new IllegalArgumentException("unknown chart '" + chart + "'; charts are " + String.join(", ", shared.charts().keySet()));
        }
        String figId = id == null || id.isBlank() ? chart : id;
        if (collecting) {
            if (figures.contains(figId)) {
                throw new IllegalArgumentException("figure id '" + figId + "' is used twice on this page; give the second one id=\"...\"");
            }
            figures.add(figId);
            return "";
        }
        boolean print = medium == Medium.PRINT;
        // The narrow image is for screens below 40rem (the site's phone breakpoint), the wide one elsewhere.
        return block(shared.markup().figure(new LayoutMacros.Figure(figures.indexOf(figId) + 1, "fig-" + figId, caption, c.altText(),
                "charts/" + c.id() + ".svg", box(c.svg()), "charts/" + c.id() + "-narrow.svg", box(c.narrowSvg()),
                print ? inlineSvg(c) : "", dataLink(c.csv()), print)));
    }

    private static LayoutMacros.Box box(String svg) {
        Matcher m = VIEW_BOX.matcher(svg);
        if (!m.find()) {
            throw new IllegalStateException("a chart without a viewBox: " + svg.substring(0, Math.min(80, svg.length())));
        }
        return new LayoutMacros.Box(Math.round(Double.parseDouble(m.group(1))), Math.round(Double.parseDouble(m.group(2))));
    }

    /** On the site a relative link; in print the file's full address, which also reads on paper, when the site's address is known. */
    private LayoutMacros.DataLink dataLink(String csv) {
        if (medium == Medium.SITE) {
            return new LayoutMacros.DataLink(csv, csv.isBlank() ? "" : "data/" + csv, false);
        }
        return new LayoutMacros.DataLink(csv, csv.isBlank() || shared.base().isEmpty() ? "" : shared.base() + "data/" + csv, true);
    }

    /**
     * The wide SVG itself, without the XML declaration, without blank lines (Markdown would end the
     * HTML block there) and without its dark-theme style, which paper never needs.
     */
    static String inlineSvg(Chart c) {
        return inlineSvg(c.svg());
    }

    /** An SVG document as an element to inline: no XML prolog, no style sheet of its own. */
    static String inlineSvg(String document) {
        String svg = document.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "").replaceFirst("<style>[^<]*</style>", "");
        return svg.replaceAll("\\n\\s*\\n", "\n").strip();
    }

    public String table(String data, String caption, String id) {
        String tableId = id == null || id.isBlank() ? data : id;
        if (collecting) {
            tables.build(data);
            if (tableIds.contains(tableId)) {
                throw new IllegalArgumentException("table id '" + tableId + "' is used twice on this page; give the second one id=\"...\"");
            }
            tableIds.add(tableId);
            return "";
        }
        TableHtml.Table t = tables.build(data);
        return block(shared.markup().table(new LayoutMacros.Table(tableIds.indexOf(tableId) + 1, "table-" + tableId, caption,
                dataLink(t.csv()), t.html())));
    }

    public String ref(String figure, String table) {
        boolean hasFigure = figure != null && !figure.isBlank();
        boolean hasTable = table != null && !table.isBlank();
        if (hasFigure == hasTable) {
            throw new IllegalArgumentException("ref needs exactly one of figure=\"id\" or table=\"id\"");
        }
        if (collecting) {
            return "";
        }
        String id = hasFigure ? figure : table;
        List<String> ids = hasFigure ? figures : tableIds;
        int n = ids.indexOf(id) + 1;
        if (n == 0) {
            throw new IllegalArgumentException((hasFigure ? "figure" : "table") + " '" + id + "' is not on this page; on this page: "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)));
        }
        return shared.markup().ref(new LayoutMacros.CrossReference(hasFigure, n, "#" + (hasFigure ? "fig-" : "table-") + id));
    }

    public String cite(List<?> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("cite needs at least one source id, e.g. <@cite \"llama3-2024\"/>");
        }
        List<String> list = ids.stream().map(String::valueOf).toList();
        return citeHtml(list);
    }

    private String citeHtml(List<String> ids) {
        for (String id : ids) {
            if (!shared.citations().exists(id)) {
                throw new IllegalArgumentException("unknown source id '" + id + "'; add it to data/sources.yaml or fix the spelling");
            }
        }
        if (collecting) {
            ids.forEach(shared.citations()::noteCited);
            return "";
        }
        if (ids.isEmpty()) {
            return "";
        }
        List<LayoutMacros.Cite> cites = new ArrayList<>();
        for (String id : ids) {
            String anchor = "cite-" + id + "-" + citeCounts.merge(id, 1, Integer::sum);
            if (medium == Medium.SITE) {
                shared.citations().addBackRef(id, new Citations.BackRef(page.frontMatter().href(), page.frontMatter().navTitle(), anchor));
            }
            cites.add(new LayoutMacros.Cite(shared.citations().number(id), anchor,
                    (medium == Medium.SITE ? "sources.html" : "") + "#" + LayoutModels.anchor(id)));
        }
        return shared.markup().cite(new LayoutMacros.CitationGroup(cites));
    }

    /**
     * An HTML block with blank lines around it: Freemarker strips the line break of a line holding
     * only a macro call, and Markdown would otherwise run the next paragraph into the block.
     */
    private static String block(String html) {
        return "\n" + html + "\n\n";
    }

    public String bibliography() {
        return collecting ? "" : block(BIBLIOGRAPHY_MARK);
    }

    /** Every result CSV of this build with its columns and row count (the Data page). */
    public String downloads() {
        if (collecting) {
            return "";
        }
        List<LayoutMacros.Download> files = new ArrayList<>();
        for (var e : ResultCsv.published(shared.results()).entrySet()) {
            List<String> lines = e.getValue().lines().toList();
            files.add(new LayoutMacros.Download(e.getKey(), (medium == Medium.SITE ? "data/" : "") + e.getKey(),
                    List.of(lines.get(0).split(",", -1)), lines.size() - 1));
        }
        return block(shared.markup().downloads(new LayoutMacros.Downloads(files)));
    }
}
