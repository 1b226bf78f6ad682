package org.euromesh.report.pdf;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.euromesh.report.BibliographyEntry;
import org.euromesh.report.EditorValues;
import org.euromesh.report.LayoutModels;
import org.euromesh.report.Markdown;

/** A small report (cover, two sections with subsections, a chart, a table, citations) through the real print layout. */
final class PrintSample {

    static final String SVG_LABEL = "Cumulative compute";
    static final LocalDate INPUT_DATE = LocalDate.of(2026, 6, 15);
    static final String INPUT_HASH = "3f9a2c71d0b4";
    static final PdfMetadata META = new PdfMetadata(
            "Do We Need OpenAI or Anthropic? Europe Has Tens of Exaflops at Home",
            "When can a federated European compute mesh train a 405B model, compared with a 1 GW campus?",
            "EuroMesh", "AI compute, DiLoCo, grid connection, Europe", "en", INPUT_DATE, INPUT_HASH);

    private static final String CHART = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 440" role="img" aria-labelledby="t1">
              <title id="t1">Cumulative compute, mesh vs campus</title>
              <rect x="0" y="0" width="720" height="440" fill="#ffffff"/>
              <line x1="60" y1="400" x2="700" y2="400" stroke="#333333"/>
              <line x1="60" y1="20" x2="60" y2="400" stroke="#333333"/>
              <polyline points="60,390 200,330 340,200 480,120 700,60" fill="none" stroke="#0072B2" stroke-width="3"/>
              <polyline points="60,398 400,396 520,300 700,40" fill="none" stroke="#D55E00" stroke-width="3"/>
              <text x="80" y="40" font-family="'Liberation Sans', Arial, sans-serif" font-size="18">Cumulative compute</text>
              <text x="600" y="430" font-family="'Liberation Sans', Arial, sans-serif" font-size="14">2033</text>
            </svg>""";

    private static final String PARAGRAPH = """
            <p>A mesh of medium sites can be powered years before a 1 GW campus clears the grid queue,
            and DiLoCo-style training keeps the penalty for spreading the run over many sites small
            <a class="cite" href="#src-douillard-2023-diloco">[1]</a>. Every number here comes from the
            model: 1.97 × 10²⁵ FLOP, ≈ 23 GWh, €1.2 bn → ✓ checked.</p>
            """;

    /** An equation as the model page writes it: MathML, which the PDF lays out with its stylesheet. */
    static final String EQUATION = "<math display=\"block\"><mi>α</mi><mo>=</mo><msub><mi>α</mi><mn>0</mn></msub><mo>+</mo>"
            + "<msub><mi>k</mi><mi>H</mi></msub><msub><mi>log</mi><mn>10</mn></msub><mfrac><mi>H</mi><msub><mi>H</mi><mi>ref</mi></msub></mfrac>"
            + "<mo>+</mo><munder><mo>∑</mo><mi>i</mi></munder><msqrt><mi>ρ</mi></msqrt></math>";

    private PrintSample() {
    }

    /** The sample chart as a standalone file, as the site serves it. */
    static String chartSvg() {
        return CHART;
    }

    static String html() {
        StringBuilder body = new StringBuilder();
        body.append("<h2 id=\"answer\">The answer</h2>").append(PARAGRAPH.repeat(3))
                .append("<h3 id=\"mesh\">The mesh</h3>").append(PARAGRAPH.repeat(4))
                .append("<figure class=\"chart\" id=\"fig-ramp\">").append(CHART)
                .append("<figcaption><span class=\"label\">Figure 1.</span> Cumulative effective compute, mesh against campus. ")
                .append("<a class=\"csv\" href=\"https://euromesh.example/data/ramp.csv\">Data (CSV)</a></figcaption></figure>")
                .append("<h3 id=\"campus\">The campus</h3>").append(PARAGRAPH.repeat(5))
                .append("<h2 id=\"evidence\">The evidence</h2>").append(PARAGRAPH.repeat(2))
                .append("<h3 id=\"training\">Low-communication training</h3>").append(PARAGRAPH.repeat(3))
                .append("<figure class=\"table\" id=\"table-scenarios\"><figcaption><span class=\"label\">Table 1.</span> ")
                .append("Delivery of a 405B model by scenario.</figcaption><div class=\"table-scroll\"><table>")
                .append("<thead><tr><th>Scenario</th><th class=\"num\">Mesh</th><th class=\"num\">Campus</th><th class=\"num\">Gap (months)</th></tr></thead><tbody>")
                .append("<tr><td>Fast grid</td><td class=\"num\">Jun 2028</td><td class=\"num\">Mar 2031</td><td class=\"num\">33</td></tr>")
                .append("<tr><td>Baseline</td><td class=\"num\">Oct 2028</td><td class=\"num\">Feb 2033</td><td class=\"num\">52</td></tr>")
                .append("<tr><td>Slow grid</td><td class=\"num\">Mar 2029</td><td class=\"num\">Dec 2035</td><td class=\"num\">81</td></tr>")
                .append("</tbody></table></div></figure>")
                .append("<h3 id=\"grid\">The grid queue</h3>").append(PARAGRAPH.repeat(3)).append(EQUATION);

        var model = new LayoutModels.PrintModel<>(
                new EditorValues.EditionView(META.title(), "A sourced model of federated European AI compute", "1.0.0", "June 2026",
                        "EuroMesh", "CC BY 4.0", "CC BY 4.0"),
                new EditorValues.BuildView(INPUT_HASH, "1.0.0", "2026-06-15"),
                "<p>A mesh of medium sites delivers a 405B model around <strong>October 2028</strong>, "
                        + "a 1 GW campus around <strong>February 2033</strong>: 52 months earlier.</p>",
                List.of(
                        toc(2, "answer", "The answer"), toc(3, "mesh", "The mesh"), toc(3, "campus", "The campus"),
                        toc(2, "evidence", "The evidence"), toc(3, "training", "Low-communication training"),
                        toc(3, "grid", "The grid queue")),
                body.toString(), "", "",
                List.of(
                        source(1, "douillard-2023-diloco", "DiLoCo: Distributed Low-Communication Training of Language Models",
                                "Douillard et al., Google DeepMind", "Nov 2023", "https://arxiv.org/abs/2311.08105", ""),
                        source(2, "ember-2025-grids", "Grids for data centres in Europe", "Ember", "19 Jun 2025",
                                "https://ember-energy.org/latest-insights/grids-for-data-centres-ambitious-grid-planning-can-win-europes-ai-race/",
                                "Jun 2026")),
                new org.euromesh.site.publish.Publishing.PrintExtras(citation()));
        return process("print.ftlh", model);
    }

    static String process(String template, Record model) {
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
            cfg.setDirectoryForTemplateLoading(Path.of("templates").toFile());
            cfg.setRecognizeStandardFileExtensions(true);
            cfg.setDefaultEncoding("UTF-8");
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            Template t = cfg.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies templates/assets to folder/assets, as the pipeline does for the site. */
    static void copyAssets(Path folder) throws IOException {
        Path source = Path.of("templates", "assets");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        for (Path file : files) {
            Path target = folder.resolve("assets").resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    static Markdown.TocEntry toc(int level, String id, String text) {
        return new Markdown.TocEntry(level, id, text);
    }

    private static LayoutModels.BibliographyItem source(int number, String id, String title, String publisher, String date,
                                                        String url, String accessed) {
        return new LayoutModels.BibliographyItem(number, id, "src-" + id, title, publisher, date, url, accessed,
                BibliographyEntry.html(new org.euromesh.data.Source(id, title, publisher, date, url, accessed)), List.of());
    }

    /** The citation the publishing stage hands the layouts, for the sample edition. */
    static org.euromesh.site.publish.Citation citation() {
        return org.euromesh.site.publish.Citation.of(new org.euromesh.data.Edition("1.0.0", java.time.LocalDate.of(2026, 6, 30),
                META.title(), "A sourced model", "EuroMesh", "CC BY 4.0", "CC BY 4.0"), "");
    }

    /** A page's publishing extras as the site stage makes them (no base URL). */
    static org.euromesh.site.publish.Publishing.PageExtras pageExtras() {
        return new org.euromesh.site.publish.Publishing.PageExtras("article", "social-card.png", "The headline card", 1200, 630,
                "", citation(), List.of(), "euromesh-data.zip", "euromesh.bib", "euromesh.csl.json");
    }
}
