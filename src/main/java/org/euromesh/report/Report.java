package org.euromesh.report;

import java.io.IOException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
import org.euromesh.model.ModelResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

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
    public record LayoutExtras<P, Q>(Function<String, P> page, Q print) {
        public LayoutExtras {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(print, "print");
        }
    }

    private final Configuration contentConfig = Templating.content();
    private final Configuration layoutConfig;
    private final String templatesDisplay;
    private final Path templatesDir;
    private final LayoutMacros markup;
    private final Markdown markdown = new Markdown();
    private final PageBodies bodies = new PageBodies();
    private ModelResults coverFor;
    private Charts.Stamp coverStamp;
    private String coverChart;

    public Report(Path templatesDir, String templatesDisplay) throws IOException {
        this.templatesDir = templatesDir;
        this.layoutConfig = Templating.layouts(templatesDir);
        this.templatesDisplay = templatesDisplay;
        this.markup = new LayoutMacros(layoutConfig, templatesDisplay);
    }

    /** {@code stamp} is the edition and licence the charts carry, for the cover's chart as for {@code charts}. */
    public <P, Q> Result render(Inputs inputs, ModelResults results, List<Chart> charts, Charts.Stamp stamp, List<ContentPage> pages,
            EditorValues.BuildView build, EditorValues.EditionView edition, String baseUrl, LayoutExtras<P, Q> extras) {
        List<InputError> errors = new ArrayList<>();
        List<String> layoutTexts = new ArrayList<>();
        for (var layout : InputFiles.list(templatesDir, InputFiles.TEMPLATES).files().entrySet()) {
            if (!layout.getKey().startsWith(InputFiles.ASSETS)) {
                try {
                    String text = Files.readString(layout.getValue(), StandardCharsets.UTF_8);
                    layoutTexts.add(layout.getKey() + "\n" + text);
                    errors.addAll(Templating.refused(templatesDisplay + layout.getKey().substring(InputFiles.TEMPLATES.length()), text));
                } catch (IOException e) {
                    errors.add(new InputError(layout.getKey(), 0, 0, "", "cannot read the layout: " + e.getMessage()));
                }
            }
        }
        errors.addAll(markup.check());
        if (!errors.isEmpty()) {
            return new Result.Failed(errors);
        }
        String base = LayoutModels.base(baseUrl);
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
        PageMacros.Shared shared = new PageMacros.Shared(chartsById, results, inputs, citations, markup, base);
        Map<String, Template> templates = new LinkedHashMap<>();
        Map<String, PageMacros> collected = new LinkedHashMap<>();
        for (ContentPage page : numberingOrder) {
            List<InputError> refused = Templating.refused(page.file(), page.body());
            if (!refused.isEmpty()) {
                errors.addAll(refused);
                continue;
            }
            try {
                Template t = bodies.template(page, contentConfig);
                PageMacros macros = PageMacros.collecting(page, shared);
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

        PageBodies.Context context = new PageBodies.Context(results, inputs, charts, base, layoutTexts, citations.numbering(), build);
        List<Rendered> rendered = new ArrayList<>();
        for (ContentPage page : pages) {
            body(page, PageMacros.Medium.SITE, templates.get(page.file()), values, collected.get(page.file()), citations, context, errors)
                    .ifPresent(md -> rendered.add(new Rendered(page, md)));
        }
        Markdown.Html printBody = null;
        ContentPage reportPage = pages.stream().filter(p -> p.frontMatter().slug().equals(REPORT_SLUG)).findFirst().orElse(null);
        if (reportPage == null) {
            errors.add(new InputError("content", 0, 0, "", "no page has slug 'report'; the PDF is made from it"));
        } else {
            printBody = body(reportPage, PageMacros.Medium.PRINT, templates.get(reportPage.file()), values,
                    collected.get(reportPage.file()), citations, context, errors).orElse(null);
        }
        if (!errors.isEmpty() || printBody == null) {
            return new Result.Failed(errors);
        }

        String bibliography;
        try {
            bibliography = markup.bibliography(LayoutModels.bibliography(citations));
        } catch (LayoutMacros.Failure e) {
            return new Result.Failed(List.of(e.error()));
        }
        List<Page> out = new ArrayList<>();
        for (Rendered r : rendered) {
            ContentPage.FrontMatter fm = r.page().frontMatter();
            String body = r.html().body().replace(PageMacros.BIBLIOGRAPHY_MARK, bibliography);
            var model = new LayoutModels.PageModel<>(LayoutModels.site(base), LayoutModels.page(r.page(), r.html(), body, base),
                    LayoutModels.nav(pages, fm.href()), build, edition, extras.page().apply(fm.slug()));
            Optional<String> html = layout("page.ftlh", model, errors);
            if (html.isEmpty()) {
                break; // the layout is broken for every page alike: one message is enough
            }
            out.add(new Page(fm.href(), fm.title(), html.get()));
        }

        var print = new LayoutModels.PrintModel<>(edition, build, summary(rendered), printBody.toc(), printBody.body(), base, cover(results, stamp),
                LayoutModels.printBibliography(citations, reportPage.frontMatter().href()), extras.print());
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

    /** A page's body in {@code medium}: the one rendered last time when nothing it was made from changed, else rendered now. */
    private Optional<Markdown.Html> body(ContentPage page, PageMacros.Medium medium, Template t, Map<String, Object> values,
            PageMacros collected, Citations citations, PageBodies.Context context, List<InputError> errors) {
        Optional<PageBodies.Kept> kept = bodies.reusable(page, medium, context);
        if (kept.isPresent()) {
            citations.replay(kept.get().cited());
            return Optional.of(kept.get().html());
        }
        int mark = citations.mark();
        Map<String, Object> withMacros = new HashMap<>(values);
        withMacros.put("_em", collected.rendering(medium));
        PageBodies.Reading model = new PageBodies.Reading(withMacros, contentConfig.getObjectWrapper());
        Optional<Markdown.Html> html = markdownOf(page, t, model, errors);
        html.ifPresent(h -> bodies.keep(page, medium, context, model, new PageBodies.Kept(h, citations.since(mark))));
        return html;
    }

    /** The cover's chart, drawn again only for another model run or stamp. */
    private String cover(ModelResults results, Charts.Stamp stamp) {
        if (results != coverFor || !stamp.equals(coverStamp)) {
            coverChart = PageMacros.inlineSvg(Charts.cover(results, stamp));
            coverFor = results;
            coverStamp = stamp;
        }
        return coverChart;
    }

    private Optional<Markdown.Html> markdownOf(ContentPage page, Template t, PageBodies.Reading model, List<InputError> errors) {
        StringWriter w = new StringWriter();
        try {
            t.process(model, w);
        } catch (TemplateException e) {
            InputError error = Templating.error(page.file(), e);
            if (!errors.contains(error)) {
                errors.add(error); // a broken macros.ftlh fails on every page alike
            }
            return Optional.empty();
        } catch (IOException e) {
            errors.add(new InputError(page.file(), 0, 0, "", e.getMessage()));
            return Optional.empty();
        }
        int before = errors.size();
        Markdown.Html html = markdown.render(w.toString(), page.file(), errors);
        return errors.size() > before ? Optional.empty() : Optional.of(html);
    }

    /** {@code name} with its model; a failure is reported in the layout file where it happens (macros.ftlh, say). */
    private Optional<String> layout(String name, Record model, List<InputError> errors) {
        try {
            Template t = layoutConfig.getTemplate(name);
            StringWriter w = new StringWriter();
            t.process(model, w);
            return Optional.of(w.toString());
        } catch (ParseException e) {
            errors.add(Templating.error(templatesDisplay + "/" + name, e));
        } catch (TemplateException e) {
            errors.add(Templating.error(templatesDisplay + "/" + Optional.ofNullable(e.getTemplateSourceName()).orElse(name), e));
        } catch (IOException e) {
            errors.add(new InputError(templatesDisplay + "/" + name, 0, 0, "", "cannot read the layout: " + e.getMessage()));
        }
        return Optional.empty();
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
