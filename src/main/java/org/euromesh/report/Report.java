package org.euromesh.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import org.euromesh.chart.Chart;
import org.euromesh.chart.Charts;
import org.euromesh.problem.InputError;
import org.euromesh.data.InputFiles;
import org.euromesh.data.Inputs;
import org.euromesh.data.Source;
import org.euromesh.model.ModelResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Editors' Markdown plus Freemarker layouts to HTML: every site page, and the print HTML of the
 * report for the PDF. Configured once (templates, Markdown), then {@link #render} per build.
 */
public final class Report {

    /** The report page's slug: it is numbered first and becomes the PDF. */
    public static final String REPORT_SLUG = "report";

    /** A finished site page. */
    public record Page(String href, String title, String html) {
    }

    /** Everything the site and the PDF need from this stage. */
    public record Output(List<Page> pages, String printHtml) {
    }

    public sealed interface Result {
        record Ok(Output output) implements Result {
        }

        record Failed(List<InputError> errors) implements Result {
        }
    }

    private record Rendered(ContentPage page, Markdown.Html html) {
    }

    /**
     * What the publishing stage adds to the layouts (sharing tags, structured data, the citation):
     * {@code page} gives a page's extras by slug, {@code print} the PDF's. Passed in, so this
     * package does not depend on the site that uses it.
     */
    public record LayoutExtras(java.util.function.Function<String, Object> page, Object print) {
    }

    private final Configuration contentConfig = Templating.content();
    private final Configuration layoutConfig;
    private final String templatesDisplay;
    private final Path templatesDir;
    private final Markdown markdown = new Markdown();

    public Report(Path templatesDir, String templatesDisplay) throws IOException {
        this.templatesDir = templatesDir;
        this.layoutConfig = Templating.layouts(templatesDir);
        this.templatesDisplay = templatesDisplay;
    }

    public Result render(Inputs inputs, ModelResults results, List<Chart> charts, List<ContentPage> pages,
            EditorValues.BuildView build, EditorValues.EditionView edition, String baseUrl, LayoutExtras extras) {
        List<InputError> errors = new ArrayList<>();
        for (var layout : InputFiles.list(templatesDir, InputFiles.TEMPLATES).files().entrySet()) {
            if (!layout.getKey().startsWith(InputFiles.ASSETS)) {
                try {
                    errors.addAll(Templating.refused(templatesDisplay + layout.getKey().substring(InputFiles.TEMPLATES.length()),
                            Files.readString(layout.getValue(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    errors.add(new InputError(layout.getKey(), 0, 0, "", "cannot read the layout: " + e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result.Failed(errors);
        }
        Map<String, Chart> chartsById = new LinkedHashMap<>();
        charts.forEach(c -> chartsById.put(c.id(), c));
        Map<String, Object> values = new HashMap<>(EditorValues.of(results, build, edition));
        values.put("p", (TemplateMethodModelEx) args -> EditorValues.parameter(results.inputs().headlineParameters(), stringArg(args, 0, "p")));
        values.put("alpha", (TemplateMethodModelEx) args -> EditorValues.alpha(results.inputs().headlineParameters(),
                numberArg(args, 0, "alpha"), (int) numberArg(args, 1, "alpha")));
        values.put("publicDate", (TemplateMethodModelEx) args -> EditorValues.publicDate(results, numberArg(args, 0, "publicDate"),
                stringArg(args, 1, "publicDate")));
        values.put("alphaLow", (TemplateMethodModelEx) args -> EditorValues.alphaRange(results.inputs(), (int) numberArg(args, 0, "alphaLow"), false));
        values.put("alphaHigh", (TemplateMethodModelEx) args -> EditorValues.alphaRange(results.inputs(), (int) numberArg(args, 0, "alphaHigh"), true));

        List<ContentPage> numberingOrder = new ArrayList<>(pages);
        numberingOrder.sort(Comparator.comparing((ContentPage p) -> !p.frontMatter().slug().equals(REPORT_SLUG)));

        Citations citations = new Citations(inputs.sources());
        Map<String, Template> templates = new LinkedHashMap<>();
        Map<String, PageMacros> collected = new LinkedHashMap<>();
        for (ContentPage page : numberingOrder) {
            List<InputError> refused = Templating.refused(page.file(), page.body());
            if (!refused.isEmpty()) {
                errors.addAll(refused);
                continue;
            }
            try {
                Template t = new Template(page.file(), new StringReader(page.body()), contentConfig);
                PageMacros macros = PageMacros.collecting(page, chartsById, results, inputs, citations);
                process(t, values, macros);
                templates.put(page.file(), t);
                collected.put(page.file(), macros);
            } catch (ParseException e) {
                errors.add(Templating.error(page.file(), e));
            } catch (TemplateException e) {
                errors.add(Templating.error(page.file(), e));
            } catch (IOException e) {
                errors.add(new InputError(page.file(), 0, 0, "", "cannot read: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result.Failed(errors);
        }
        citations.numberTheRest();

        List<Rendered> rendered = new ArrayList<>();
        for (ContentPage page : pages) {
            markdownOf(page, templates.get(page.file()), values, collected.get(page.file()).rendering(PageMacros.Medium.SITE), errors)
                    .ifPresent(md -> rendered.add(new Rendered(page, md)));
        }
        Markdown.Html printBody = null;
        ContentPage reportPage = pages.stream().filter(p -> p.frontMatter().slug().equals(REPORT_SLUG)).findFirst().orElse(null);
        if (reportPage == null) {
            errors.add(new InputError("content", 0, 0, "", "no page has slug 'report'; the PDF is made from it"));
        } else {
            printBody = markdownOf(reportPage, templates.get(reportPage.file()), values,
                    collected.get(reportPage.file()).rendering(PageMacros.Medium.PRINT), errors).orElse(null);
        }
        if (!errors.isEmpty() || printBody == null) {
            return new Result.Failed(errors);
        }

        String bibliography = bibliographyHtml(citations);
        List<Map<String, Object>> nav = new ArrayList<>();
        for (ContentPage p : pages) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", p.frontMatter().navTitle());
            item.put("href", p.frontMatter().href());
            item.put("current", false);
            nav.add(item);
        }
        List<Page> out = new ArrayList<>();
        for (Rendered r : rendered) {
            String body = r.html().body().replace(PageMacros.BIBLIOGRAPHY_MARK, bibliography);
            List<Map<String, Object>> pageNav = nav.stream().map(item -> {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.put("current", item.get("href").equals(r.page().frontMatter().href()));
                return copy;
            }).toList();
            Map<String, Object> model = new LinkedHashMap<>();
            String base = baseUrl.isBlank() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            model.put("site", Map.of("title", "EuroMesh", "pdf", "euromesh-report.pdf", "baseUrl", base));
            String href = r.page().frontMatter().href();
            model.put("page", Map.of("title", r.page().frontMatter().title(), "slug", r.page().frontMatter().slug(),
                    "description", r.page().frontMatter().description(), "href", href,
                    "canonical", base.isEmpty() ? "" : base + (href.equals("index.html") ? "" : href),
                    "body", body, "toc", r.html().toc()));
            model.put("nav", pageNav);
            model.put("build", build);
            model.put("edition", edition);
            model.put("publish", extras.page().apply(r.page().frontMatter().slug()));
            java.util.Optional<String> html = layout("page.ftlh", model, errors);
            if (html.isEmpty()) {
                break; // the layout is broken for every page alike: one message is enough
            }
            out.add(new Page(r.page().frontMatter().href(), r.page().frontMatter().title(), html.get()));
        }

        Map<String, Object> print = new LinkedHashMap<>();
        print.put("edition", edition);
        print.put("build", build);
        print.put("summary", summary(rendered));
        print.put("toc", printBody.toc());
        String printBase = baseUrl.isBlank() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        print.put("body", printDataLinks(printBody.body(), printBase));
        print.put("siteUrl", printBase);
        print.put("coverChart", PageMacros.inlineSvg(Charts.cover(results,
                new Charts.Stamp(inputs.edition().version(), inputs.edition().licenseData()))));
        print.put("bibliography", printBibliography(citations, reportPage.frontMatter().href()));
        print.put("publish", extras.print());
        String printHtml = layout("print.ftlh", print, errors).orElse("");
        if (!errors.isEmpty()) {
            return new Result.Failed(errors);
        }
        return new Result.Ok(new Output(List.copyOf(out), printHtml));
    }

    private static void process(Template t, Map<String, Object> values, PageMacros macros) throws TemplateException, IOException {
        Map<String, Object> model = new HashMap<>(values);
        model.put("_em", macros);
        t.process(model, new StringWriter());
    }

    private java.util.Optional<Markdown.Html> markdownOf(ContentPage page, Template t, Map<String, Object> values,
            PageMacros macros, List<InputError> errors) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("_em", macros);
        StringWriter w = new StringWriter();
        try {
            t.process(model, w);
        } catch (TemplateException e) {
            errors.add(Templating.error(page.file(), e));
            return java.util.Optional.empty();
        } catch (IOException e) {
            errors.add(new InputError(page.file(), 0, 0, "", e.getMessage()));
            return java.util.Optional.empty();
        }
        int before = errors.size();
        Markdown.Html html = markdown.render(w.toString(), page.file(), errors);
        return errors.size() > before ? java.util.Optional.empty() : java.util.Optional.of(html);
    }

    private java.util.Optional<String> layout(String name, Map<String, Object> model, List<InputError> errors) {
        try {
            Template t = layoutConfig.getTemplate(name);
            StringWriter w = new StringWriter();
            t.process(model, w);
            return java.util.Optional.of(w.toString());
        } catch (ParseException e) {
            errors.add(Templating.error(templatesDisplay + "/" + name, e));
        } catch (TemplateException e) {
            errors.add(Templating.error(templatesDisplay + "/" + name, e));
        } catch (IOException e) {
            errors.add(new InputError(templatesDisplay + "/" + name, 0, 0, "", "cannot read the layout: " + e.getMessage()));
        }
        return java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern PRINT_CSV = java.util.regex.Pattern.compile("<span class=\"csv\">Data: ([\\w.-]+)</span>");

    /** With the site's address known, a caption's data file becomes its full address, a link that also reads on paper. */
    static String printDataLinks(String body, String base) {
        if (base.isEmpty()) {
            return body;
        }
        return PRINT_CSV.matcher(body).replaceAll(m -> {
            String url = Entities.escape(base + "data/" + m.group(1));
            return java.util.regex.Matcher.quoteReplacement("<span class=\"csv\">Data: <a href=\"" + url + "\">" + url + "</a></span>");
        });
    }

    /** The home page's headline paragraph, for the PDF cover: prose stays in content/. */
    private static String summary(List<Rendered> rendered) {
        for (Rendered r : rendered) {
            Element headline = Jsoup.parseBodyFragment(r.html().body()).selectFirst("p.headline");
            if (headline != null) {
                return headline.html();
            }
        }
        return "";
    }

    private static String bibliographyHtml(Citations citations) {
        StringBuilder sb = new StringBuilder("<ol class=\"bibliography\">");
        for (Source s : citations.ordered()) {
            sb.append("<li id=\"src-").append(Entities.escape(s.id())).append("\" value=\"").append(citations.number(s.id())).append("\">");
            sb.append(sourceHtml(s));
            List<Citations.BackRef> refs = citations.backRefs(s.id());
            if (!refs.isEmpty()) {
                sb.append(" <span class=\"backrefs\">Cited in: ");
                Map<String, List<Citations.BackRef>> byPage = new LinkedHashMap<>();
                refs.forEach(r -> byPage.computeIfAbsent(r.pageTitle(), k -> new ArrayList<>()).add(r));
                List<String> parts = new ArrayList<>();
                byPage.forEach((title, list) -> {
                    StringBuilder p = new StringBuilder(Entities.escape(title)).append(' ');
                    for (int i = 0; i < list.size(); i++) {
                        Citations.BackRef r = list.get(i);
                        p.append("<a href=\"").append(Entities.escape(r.pageHref() + "#" + r.anchor())).append("\" aria-label=\"citation ")
                                .append(i + 1).append(" in ").append(Entities.escape(title)).append("\">↩").append(i + 1).append("</a>");
                        if (i < list.size() - 1) {
                            p.append(' ');
                        }
                    }
                    parts.add(p.toString());
                });
                sb.append(String.join("; ", parts)).append("</span>");
            } else {
                sb.append(" <span class=\"backrefs\">Not cited in the text; listed as a source of the data.</span>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    static String sourceHtml(Source s) {
        return BibliographyEntry.html(s);
    }

    private static List<Map<String, Object>> printBibliography(Citations citations, String reportHref) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Source s : citations.ordered()) {
            boolean inReport = citations.backRefs(s.id()).stream().anyMatch(r -> r.pageHref().equals(reportHref));
            if (!inReport) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", citations.number(s.id()));
            item.put("id", s.id());
            item.put("title", s.title());
            item.put("publisher", s.publisher());
            item.put("date", s.date());
            item.put("url", s.url());
            item.put("accessed", s.accessed());
            item.put("html", BibliographyEntry.html(s));
            list.add(item);
        }
        return list;
    }

    private static String stringArg(List<?> args, int i, String fn) throws TemplateModelException {
        if (args.size() <= i) {
            throw new TemplateModelException(fn + "(...) needs argument " + (i + 1));
        }
        Object o = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
        return String.valueOf(o);
    }

    private static double numberArg(List<?> args, int i, String fn) throws TemplateModelException {
        Object o = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
        if (!(o instanceof Number n)) {
            throw new TemplateModelException(fn + "(...) argument " + (i + 1) + " must be a number");
        }
        return n.doubleValue();
    }
}
