package org.euromesh.site.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.euromesh.chart.Chart;
import org.euromesh.chart.Charts;
import org.euromesh.data.DataLoader;
import org.euromesh.problem.InputError;
import org.euromesh.data.Inputs;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.euromesh.report.ContentPage;
import org.euromesh.report.ContentReader;
import org.euromesh.report.EditorValues;
import org.euromesh.report.Report;
import org.euromesh.site.Site;

/** A throw-away copy of the project's inputs, and the ways the tests build it. */
final class Project {

    static final List<String> INPUT_FOLDERS = List.of("data", "content", "templates");

    /** The pages and generated files of one render, before the site-wide link check. */
    record Rendered(Inputs inputs, ModelResults results, List<Report.Page> pages, Map<String, byte[]> files, String printHtml) {
        String page(String href) {
            return pages.stream().filter(p -> p.href().equals(href)).findFirst().orElseThrow().html();
        }
    }

    private static Path shippedRoot;
    private static final Map<String, Rendered> SHIPPED_STAGES = new TreeMap<>();
    private static Map<String, byte[]> shippedFiles;
    private static Map<String, byte[]> shippedFilesAgain;

    private Project() {
    }

    /** One copy of the shipped project per test run, shared by the classes that only read it; never edit it. */
    static synchronized Path shippedRoot() throws IOException {
        if (shippedRoot == null) {
            Path root = Files.createTempDirectory("euromesh-publish-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            shippedRoot = copy(root);
        }
        return shippedRoot;
    }

    /** {@link #stages} of the shipped project for {@code baseUrl}, computed once per test run. */
    static synchronized Rendered shipped(String baseUrl) throws Exception {
        Rendered r = SHIPPED_STAGES.get(baseUrl);
        if (r == null) {
            r = stages(shippedRoot(), List.of(), baseUrl);
            SHIPPED_STAGES.put(baseUrl, r);
        }
        return r;
    }

    /** {@link #render} of the shipped project without a base URL, computed once per test run. */
    static synchronized Map<String, byte[]> shippedFiles() throws Exception {
        if (shippedFiles == null) {
            shippedFiles = Collections.unmodifiableMap(render(shippedRoot(), List.of(), ""));
        }
        return shippedFiles;
    }

    /** A second, separate {@link #render} of the same inputs, for the tests that two builds give the same bytes. */
    static synchronized Map<String, byte[]> shippedFilesAgain() throws Exception {
        if (shippedFilesAgain == null) {
            shippedFiles();
            shippedFilesAgain = Collections.unmodifiableMap(render(shippedRoot(), List.of(), ""));
        }
        return shippedFilesAgain;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    static Path copy(Path into) throws IOException {
        return org.euromesh.site.TestProject.copy(into);
    }

    static Site.Options options(Path root, List<String> overrides, String baseUrl) {
        return new Site.Options(root, root.resolve("site"), overrides, true, baseUrl);
    }

    /** The whole site, PDF included, written to {@code root/site}; fails the test on any problem. */
    static Path build(Path root) throws Exception {
        Site.Outcome o = new Site().build(options(root, List.of(), ""), quiet());
        assertOk(o);
        return root.resolve("site");
    }

    /** The site in memory, without the PDF. */
    static Map<String, byte[]> render(Path root, List<String> overrides, String baseUrl) throws Exception {
        Site.Outcome o = new Site().render(options(root, overrides, baseUrl), quiet());
        assertOk(o);
        return o.files();
    }

    /**
     * The stages of a render up to the pages and the publishing files, for a given base URL: what the
     * layouts and {@link Publishing} produce, looked at before the site-wide checks run.
     */
    static Rendered stages(Path root, List<String> overrides, String baseUrl) throws Exception {
        LoadResult loaded = DataLoader.load(root.resolve("data"), overrides);
        if (loaded instanceof LoadResult.Failed f) {
            throw new AssertionError("inputs failed: " + f.errors().stream().map(InputError::format).toList());
        }
        Inputs inputs = ((LoadResult.Ok) loaded).inputs();
        ModelResults results = Model.run(inputs.model());
        Charts.Stamp stamp = new Charts.Stamp("1.0.0", "CC BY 4.0");
        List<Chart> charts = Charts.render(results, stamp);
        String day = EditorValues.day(inputs.edition().date());
        EditorValues.BuildView build = new EditorValues.BuildView("0123456789ab", "test", day);
        EditorValues.EditionView edition = EditorValues.EditionView.of(inputs.edition());
        List<InputError> errors = new ArrayList<>();
        List<ContentPage> pages = ContentReader.read(root.resolve("content"), "content", errors);
        if (!errors.isEmpty()) {
            throw new AssertionError("content failed: " + errors.stream().map(InputError::format).toList());
        }
        Report.Result r = new Report(root.resolve("templates"), "templates").render(inputs, results, charts, stamp, pages, build, edition, baseUrl,
                new Report.LayoutExtras<>(slug -> Publishing.page(inputs, results, slug, baseUrl), Publishing.print(inputs, baseUrl)));
        if (r instanceof Report.Result.Failed f) {
            throw new AssertionError("pages failed: " + f.errors().stream().map(InputError::format).toList());
        }
        Report.Output output = ((Report.Result.Ok) r).output();
        List<Report.Page> out = output.pages();
        Map<String, byte[]> files = Collections.unmodifiableMap(new TreeMap<>(Publishing.files(inputs, results, charts, out, build.hash(),
                root.resolve("data"), org.euromesh.site.WhatIfs.describe(overrides, root.resolve("data")), baseUrl)));
        return new Rendered(inputs, results, List.copyOf(out), files, output.printHtml());
    }

    private static void assertOk(Site.Outcome o) {
        if (!o.ok()) {
            throw new AssertionError("build failed: " + o.errors().stream().map(InputError::format).toList());
        }
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
