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
import org.jsoup.nodes.Entities;

/**
 * The editors' macros for one page (figure, table, ref, cite, bibliography), called from
 * editor-macros.ftl. A page is rendered twice: the first pass only collects figure, table and
 * citation ids (so numbers and forward references work), the second writes HTML.
 */
public final class PageMacros {

    /** Where the HTML goes: the site (images, links across pages) or the PDF (inline SVG, local links). */
    public enum Medium { SITE, PRINT }

    static final String BIBLIOGRAPHY_MARK = "<!--euromesh:bibliography-->";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"");

    private final boolean collecting;
    private final Medium medium;
    private final ContentPage page;
    private final Map<String, Chart> charts;
    private final ModelResults results;
    private final Inputs inputs;
    private final Tables tables;
    private final Citations citations;
    private final List<String> figures;
    private final List<String> tableIds;
    private final Map<String, Integer> citeCounts = new LinkedHashMap<>();

    private PageMacros(boolean collecting, Medium medium, ContentPage page, Map<String, Chart> charts,
            ModelResults results, Inputs inputs, Citations citations, List<String> figures, List<String> tableIds) {
        this.collecting = collecting;
        this.medium = medium;
        this.page = page;
        this.charts = charts;
        this.results = results;
        this.inputs = inputs;
        this.citations = citations;
        this.figures = figures;
        this.tableIds = tableIds;
        this.tables = new Tables(results, inputs, this::citeHtml);
    }

    /** First pass: records ids in order of appearance. */
    static PageMacros collecting(ContentPage page, Map<String, Chart> charts, ModelResults results, Inputs inputs,
            Citations citations) {
        return new PageMacros(true, Medium.SITE, page, charts, results, inputs, citations, new ArrayList<>(), new ArrayList<>());
    }

    /** Second pass, numbered from what the first pass collected. */
    PageMacros rendering(Medium medium) {
        return new PageMacros(false, medium, page, charts, results, inputs, citations, figures, tableIds);
    }

    List<String> figureIds() {
        return List.copyOf(figures);
    }

    public String figure(String chart, String caption, String id) {
        Chart c = charts.get(chart);
        if (c == null) {
            throw new IllegalArgumentException("unknown chart '" + chart + "'; charts are " + String.join(", ", charts.keySet()));
        }
        String figId = id == null || id.isBlank() ? chart : id;
        if (collecting) {
            if (figures.contains(figId)) {
                throw new IllegalArgumentException("figure id '" + figId + "' is used twice on this page; give the second one id=\"...\"");
            }
            figures.add(figId);
            return "";
        }
        int n = figures.indexOf(figId) + 1;
        String label = "<span class=\"label\">Figure " + n + ".</span> ";
        String csv = c.csv().isBlank() ? "" : medium == Medium.SITE
                ? " <a class=\"csv\" href=\"data/" + c.csv() + "\">Data (CSV)</a>"
                : " <span class=\"csv\">Data: " + Entities.escape(c.csv()) + "</span>";
        String graphic = medium == Medium.SITE ? image(c) : inlineSvg(c);
        return block("<figure class=\"chart\" id=\"fig-" + Entities.escape(figId) + "\">" + graphic
                + "<figcaption>" + label + Entities.escape(caption) + csv + "</figcaption></figure>");
    }

    /** The narrow layout on screens below 40rem (the site's phone breakpoint), the wide one elsewhere. */
    private static String image(Chart c) {
        return "<picture><source media=\"(max-width: 40rem)\" srcset=\"charts/" + c.id() + "-narrow.svg\"" + size(c.narrowSvg())
                + "><img src=\"charts/" + c.id() + ".svg\" alt=\"" + Entities.escape(c.altText()) + "\"" + size(c.svg())
                + "></picture>";
    }

    private static String size(String svg) {
        Matcher m = VIEW_BOX.matcher(svg);
        return m.find() ? " width=\"" + Math.round(Double.parseDouble(m.group(1))) + "\" height=\""
                + Math.round(Double.parseDouble(m.group(2))) + "\"" : "";
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
        Tables.Table t = tables.build(data);
        int n = tableIds.indexOf(tableId) + 1;
        String csv = t.csv().isBlank() ? "" : medium == Medium.SITE
                ? " <a class=\"csv\" href=\"data/" + t.csv() + "\">Data (CSV)</a>"
                : " <span class=\"csv\">Data: " + Entities.escape(t.csv()) + "</span>";
        return block("<figure class=\"table\" id=\"table-" + Entities.escape(tableId) + "\"><figcaption><span class=\"label\">Table "
                + n + ".</span> " + Entities.escape(caption) + csv + "</figcaption><div class=\"table-scroll\">" + t.html()
                + "</div></figure>");
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
        String anchor = (hasFigure ? "fig-" : "table-") + id;
        return "<a class=\"xref\" href=\"#" + Entities.escape(anchor) + "\">" + (hasFigure ? "Figure " : "Table ") + n + "</a>";
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
            if (!citations.exists(id)) {
                throw new IllegalArgumentException("unknown source id '" + id + "'; add it to data/sources.yaml or fix the spelling");
            }
        }
        if (collecting) {
            ids.forEach(citations::noteCited);
            return "";
        }
        if (ids.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<span class=\"cites\">[");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int k = citeCounts.merge(id, 1, Integer::sum);
            String anchor = "cite-" + id + "-" + k;
            if (medium == Medium.SITE) {
                citations.addBackRef(id, new Citations.BackRef(page.frontMatter().href(), page.frontMatter().navTitle(), anchor));
            }
            String href = (medium == Medium.SITE ? "sources.html" : "") + "#src-" + id;
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("<a class=\"cite\" id=\"").append(Entities.escape(anchor)).append("\" href=\"").append(Entities.escape(href))
                    .append("\">").append(citations.number(id)).append("</a>");
        }
        return sb.append("]</span>").toString();
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
        StringBuilder sb = new StringBuilder("<div class=\"table-scroll\"><table class=\"downloads\"><thead><tr><th scope=\"col\">File</th>"
                + "<th scope=\"col\">Columns</th><th scope=\"col\" class=\"num\">Rows</th></tr></thead><tbody>");
        for (var e : ResultCsv.published(results).entrySet()) {
            List<String> lines = e.getValue().lines().toList();
            String href = (medium == Medium.SITE ? "data/" : "") + e.getKey();
            sb.append("<tr><td><a href=\"").append(Entities.escape(href)).append("\">").append(Entities.escape(e.getKey()))
                    .append("</a></td><td><code>").append(Entities.escape(lines.get(0).replace(",", ", "))).append("</code></td><td class=\"num\">")
                    .append(lines.size() - 1).append("</td></tr>");
        }
        return block(sb.append("</tbody></table></div>").toString());
    }
}
