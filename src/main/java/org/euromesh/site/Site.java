package org.euromesh.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.euromesh.data.Edition;
import org.euromesh.data.InputFiles;
import org.euromesh.data.Inputs;
import org.euromesh.explore.ExploreAssets;
import org.euromesh.model.ModelResults;
import org.euromesh.problem.InputError;
import org.euromesh.report.ContentPage;
import org.euromesh.report.ContentReader;
import org.euromesh.report.EditorValues;
import org.euromesh.report.Report;
import org.euromesh.report.ResultCsv;
import org.euromesh.report.WhatIf;
import org.euromesh.site.publish.Publishing;

/**
 * The build, as named stages in order ({@link #build}): inputs listed, data to charts
 * ({@link Computation}, kept by a {@link PreviewCache}), pages, the PDF on a thread of its own
 * ({@link PdfStage}) while the rest of the site is made and checked, then the output folder
 * replaced whole ({@link OutputFolder}). A stage that refuses the inputs ends the build with its
 * problems and nothing written. One instance serves one thread; a preview reuses it.
 */
public final class Site {

    /**
     * Where the project is, where the site goes, the --set overrides, and the public address of the
     * site ({@code baseUrl}, "" when unknown) for the few links that must be absolute.
     */
    public record Options(Path root, Path out, List<String> overrides, boolean quiet, String baseUrl, Optional<String> assumptions) {
        public Options {
            overrides = List.copyOf(overrides);
            baseUrl = baseUrl == null ? "" : baseUrl;
        }

        public Options(Path root, Path out, List<String> overrides, boolean quiet, String baseUrl) {
            this(root, out, overrides, quiet, baseUrl, Optional.empty());
        }

        public Options(Path root, Path out, List<String> overrides, boolean quiet) {
            this(root, out, overrides, quiet, "");
        }

        /** The overrides and the assumption set, as one list for hashing and caching. */
        List<String> inputsKey() {
            List<String> key = new ArrayList<>(overrides);
            assumptions.ifPresent(a -> key.add(0, "--assumptions=" + a));
            return key;
        }
    }

    /**
     * The outcome of a build, a check or a render: the problems (empty on success), warnings, the
     * site's files in memory (path to bytes) and, on success, what the PDF stage needs.
     */
    public record Outcome(List<InputError> errors, List<String> warnings, Map<String, byte[]> files, Optional<PdfJob> pdfJob) {
        public Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        static Outcome failed(Refused refused) {
            return new Outcome(refused.errors(), List.of(), Map.of(), Optional.empty());
        }
    }

    static final List<String> INPUT_FOLDERS = List.of("data", "content", "templates");
    public static final String PDF_NAME = "euromesh-report.pdf";

    /** Everything up to the print HTML: what the PDF stage and the rest of the site start from. */
    private record Printable(List<String> warnings, Computation.Computed computed, List<ContentPage> content,
            Report.Output output, EditorValues.BuildView build, Map<String, byte[]> files, PdfJob job) {
    }

    private final PreviewCache cache = new PreviewCache();
    private final PdfStage pdf = new PdfStage();

    /**
     * Builds everything, the PDF included, and replaces the output folder only on success. The
     * input folders, the temporary folder and the output folder are checked first: a folder the
     * build may not replace, or one that is missing, stops it before any work.
     */
    public Outcome build(Options o, PrintStream out) throws IOException {
        requireInputFolders(o.root());
        PrintFolder.tmpdir(); // only to fail now rather than at the PDF stage
        try (OutputFolder folder = OutputFolder.claim(o.root(), o.out(), "build")) {
            Progress progress = new Progress(out, o.quiet());
            folder.recovered().forEach(progress::line);
            PrintFolder.prepare().forEach(progress::line);
            pdf.warmUp();
            Printable printable = printable(o, progress);
            PdfStage.Pending report = pdf.start(printable.job(), progress);
            Map<String, byte[]> files = published(o, printable, progress);
            files.put(PDF_NAME, report.await());
            progress.run("write", () -> folder.replace(files));
            return new Outcome(List.of(), printable.warnings(), files, Optional.of(printable.job()));
        } catch (Refused refused) {
            return Outcome.failed(refused);
        }
    }

    /** Everything a build does but the PDF, in memory, plus the link check; writes nothing. */
    public Outcome check(Options o, PrintStream out) throws IOException {
        return render(o, out);
    }

    /** The pages, charts, CSVs and assets in memory, checked; the PDF is left to {@link PdfStage} with the outcome's job. */
    public Outcome render(Options o, PrintStream out) throws IOException {
        Progress progress = new Progress(out, o.quiet());
        try {
            Printable printable = printable(o, progress);
            return new Outcome(List.of(), printable.warnings(), published(o, printable, progress), Optional.of(printable.job()));
        } catch (Refused refused) {
            return Outcome.failed(refused);
        }
    }

    /** The stages up to the print HTML: inputs listed, data to charts, content read, pages rendered. */
    private Printable printable(Options o, Progress progress) throws IOException, Refused {
        requireInputFolders(o.root());
        List<String> warnings = new ArrayList<>(listInputs(o.root(), progress));
        String hash = InputHash.of(o.root(), INPUT_FOLDERS, o.inputsKey());
        Computation.Computed computed = cache.computed(o, progress);
        warnings.addAll(computed.warnings());
        Edition edition = computed.inputs().edition();
        WhatIf whatIf = WhatIfs.describe(o.overrides(), o.root().resolve("data"));
        EditorValues.BuildView build = new EditorValues.BuildView(InputHash.shortForm(hash), version(), EditorValues.day(edition.date()), whatIf);
        List<ContentPage> content = content(o.root());
        Report.Output output = pages(o, computed, content, build, progress);
        Map<String, byte[]> files = siteFiles(o.root(), computed, output);
        Map<String, byte[]> assets = new TreeMap<>(files);
        assets.keySet().removeIf(k -> !k.startsWith("assets/"));
        return new Printable(warnings, computed, content, output, build, files,
                new PdfJob(output.printHtml(), assets, edition, hash, whatIf));
    }

    /** The stages after the print HTML: the Explore page's model, the publishing extras, the pre-publication check. */
    private static Map<String, byte[]> published(Options o, Printable p, Progress progress) throws IOException, Refused {
        Inputs inputs = p.computed().inputs();
        Map<String, byte[]> files = new TreeMap<>(p.files());
        // After the PDF's assets: the Explore page's model and inputs (about a megabyte) have no place in print.
        files.putAll(progress.stage("explore", () -> ExploreAssets.files(inputs.model())));
        files.putAll(progress.stage("extras", () -> Publishing.files(inputs, p.computed().results(), p.computed().charts(),
                p.output().pages(), p.build().hash(), o.root().resolve("data"), p.job().whatIf(), o.baseUrl())));
        Refused.unless(progress.stage("check", () -> SiteCheck.check(files, Set.of(PDF_NAME), p.content(), "site", o.baseUrl())));
        return files;
    }

    /** Refuses input folders holding what the build cannot read; returns the warnings about files it ignores. */
    private static List<String> listInputs(Path root, Progress progress) throws Refused {
        List<InputError> refused = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String folder : INPUT_FOLDERS) {
            InputFiles.Listing listing = InputFiles.list(root.resolve(folder), folder);
            refused.addAll(listing.errors());
            ignored.addAll(listing.warnings());
        }
        ignored.forEach(progress::line);
        Refused.unless(refused);
        return ignored;
    }

    private static List<ContentPage> content(Path root) throws Refused {
        List<InputError> errors = new ArrayList<>();
        List<ContentPage> pages = ContentReader.read(root.resolve("content"), "content", errors);
        Refused.unless(errors);
        return pages;
    }

    /** The editors' Markdown through the layouts: every site page and the print HTML. */
    private Report.Output pages(Options o, Computation.Computed c, List<ContentPage> content, EditorValues.BuildView build,
            Progress progress) throws IOException, Refused {
        Inputs inputs = c.inputs();
        ModelResults results = c.results();
        Edition edition = inputs.edition();
        EditorValues.EditionView editionView = EditorValues.EditionView.of(edition);
        Report report = cache.report(o.root().resolve("templates"));
        Report.Result rendered = progress.stage("pages", () -> report.render(inputs, results, c.charts(), c.stamp(), content, build, editionView,
                o.baseUrl(), new Report.LayoutExtras<>(slug -> Publishing.page(inputs, results, slug, o.baseUrl()),
                        Publishing.print(inputs, o.baseUrl()))));
        if (rendered instanceof Report.Result.Failed f) {
            throw new Refused(f.errors());
        }
        return ((Report.Result.Ok) rendered).output();
    }

    /** The pages, both layouts of every chart, the result CSVs and the layouts' assets, by path in the site. */
    private static Map<String, byte[]> siteFiles(Path root, Computation.Computed c, Report.Output output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        output.pages().forEach(p -> files.put(p.href(), utf8(p.html())));
        c.charts().forEach(chart -> {
            files.put("charts/" + chart.id() + ".svg", utf8(chart.svg()));
            files.put("charts/" + chart.id() + "-narrow.svg", utf8(chart.narrowSvg()));
        });
        ResultCsv.published(c.results()).forEach((name, csv) -> files.put("data/" + name, utf8(csv)));
        for (var f : InputFiles.list(root.resolve("templates"), InputFiles.TEMPLATES).files().entrySet()) {
            if (f.getKey().startsWith(InputFiles.ASSETS)) {
                files.put(f.getKey().substring(InputFiles.TEMPLATES.length() + 1), Files.readAllBytes(f.getValue()));
            }
        }
        return files;
    }

    /** A missing input folder means the build runs in the wrong place: one line, before any work. */
    static void requireInputFolders(Path root) throws EnvironmentFault {
        for (String folder : INPUT_FOLDERS) {
            Path dir = root.resolve(folder).normalize();
            if (!Files.isDirectory(dir)) {
                throw EnvironmentFault.at(dir, "the input folder " + folder + "/ is missing",
                        "run euromesh in the project folder (the one holding data/, content/ and templates/) or name it with --root DIR");
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The software version, from the build (src/main/resources/org/euromesh/version.properties). */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Site.class.getResourceAsStream("/org/euromesh/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read version.properties", e);
        }
        return p.getProperty("version", "dev");
    }
}
