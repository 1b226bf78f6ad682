package org.euromesh.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.euromesh.chart.Chart;
import org.euromesh.chart.Charts;
import org.euromesh.data.DataFiles;
import org.euromesh.data.DataLoader;
import org.euromesh.data.Edition;
import org.euromesh.problem.InputError;
import org.euromesh.data.InputFiles;
import org.euromesh.data.Inputs;
import org.euromesh.data.LoadResult;
import org.euromesh.explore.ExploreAssets;
import org.euromesh.model.Blocks;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.euromesh.model.SelfChecks;
import org.euromesh.report.ContentPage;
import org.euromesh.report.ContentReader;
import org.euromesh.report.EditorValues;
import org.euromesh.report.Report;
import org.euromesh.report.ResultCsv;
import org.euromesh.report.WhatIf;
import org.euromesh.report.pdf.PdfMetadata;
import org.euromesh.report.pdf.PdfRenderer;
import org.euromesh.site.publish.Publishing;
import org.euromesh.site.publish.SocialCard;

/**
 * The build, as named stages in order: inputs, model, charts, pages, PDF, then the output
 * written to a temporary folder and swapped in only when every stage succeeded.
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

    /** The Monte Carlo's blocks on every core; the model itself stays sequential so it also runs in the browser. */
    static final Blocks PARALLEL_BLOCKS = (count, block) -> IntStream.range(0, count).parallel().forEach(block);

    /** What the PDF stage needs, so a preview can serve the pages first and render the PDF after. */

    public record PdfJob(String printHtml, Map<String, byte[]> assets, Edition edition, String hash, WhatIf whatIf) {
        public PdfJob {
            assets = Map.copyOf(assets);
        }
    }

    /**
     * The outcome of a build, a check or a render: the problems (empty on success), warnings, the
     * site's files in memory (path to bytes) and, on success, the PDF job.
     */
    public record Outcome(List<InputError> errors, List<String> warnings, Map<String, byte[]> files, List<PdfJob> pdfJob) {
        public Outcome {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            pdfJob = List.copyOf(pdfJob);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final List<String> INPUT_FOLDERS = List.of("data", "content", "templates");
    public static final String PDF_NAME = "euromesh-report.pdf";
    /** Renders nothing anyone sees: it only makes the JVM load and link the PDF libraries. */
    private static final String WARM_UP_HTML = """
            <!DOCTYPE html><html lang="en"><head><title>warm-up</title></head><body><h1 id="a">Warm-up</h1>
            <p>Text, <a href="#a">a link</a>, <b>bold</b> and <i>italic</i>.</p>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><title>t</title>
            <rect x="1" y="1" width="50" height="20" fill="#0072B2"/><text x="5" y="35" font-family="Liberation Sans">10</text></svg>
            </body></html>""";

    // The PDF stage's libraries (openhtmltopdf, Batik, PDFBox) take about a second to load: a build
    // loads them on a second thread while inputs, model and pages run on the first.
    private final FutureTask<PdfRenderer> pdf = new FutureTask<>(Site::warmRenderer);
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();

    private static PdfRenderer warmRenderer() {
        PdfRenderer renderer = new PdfRenderer();
        renderer.render(WARM_UP_HTML, Path.of(System.getProperty("java.io.tmpdir")).toUri().toString(),
                new PdfMetadata("warm-up", "warm-up", "EuroMesh", "warm-up", "en", LocalDate.of(2026, 1, 1), "0".repeat(64)));
        return renderer;
    }

    private void startPdfWarmUp() {
        SocialCard.registerFonts(); // before the PDF thread first loads Batik
        if (!pdf.isDone() && warmUpStarted.compareAndSet(false, true)) {
            Thread t = new Thread(pdf, "pdf-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static byte[] awaitPdf(FutureTask<byte[]> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private PdfRenderer renderer() throws IOException {
        startPdfWarmUp();
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing the PDF renderer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the PDF renderer could not start", e.getCause());
        }
    }

    /** Inputs, model and charts of one state of data/ and the overrides, or why they failed. */
    private sealed interface Computed {
        record Ready(String key, List<String> warnings, Inputs inputs, ModelResults results, List<Chart> charts)
                implements Computed {
        }

        record Failed(List<InputError> errors) implements Computed {
        }
    }

    // The last inputs, model run and charts: a preview that only edits content/ or templates/ reuses them.
    private Optional<Computed.Ready> last = Optional.empty();

    // Layouts are parsed once per templates folder; Freemarker re-reads a layout file when it changes.
    private Optional<Map.Entry<Path, Report>> report = Optional.empty();

    private Report report(Path templates) throws IOException {
        if (report.isEmpty() || !report.get().getKey().equals(templates)) {
            report = Optional.of(Map.entry(templates, new Report(templates, "templates")));
        }
        return report.get().getValue();
    }

    private Computed compute(Options o, Progress progress) throws Exception {
        String key = InputHash.of(o.root(), List.of("data"), o.inputsKey());
        if (last.isPresent() && last.get().key().equals(key)) {
            progress.line("inputs, model and charts unchanged: reused");
            return last.get();
        }
        Path data = o.root().resolve("data");
        DataLoader.Folder folder = progress.stage("read", () -> DataLoader.read(data));
        LoadResult loaded = progress.stage("inputs", () -> DataLoader.load(folder, o.assumptions(), o.overrides()));
        if (loaded instanceof LoadResult.Failed f) {
            return new Computed.Failed(f.errors());
        }
        Inputs inputs = ((LoadResult.Ok) loaded).inputs();
        ModelResults edition = progress.stage("model", () -> Model.run(inputs.model(), PARALLEL_BLOCKS));
        ReferenceRun.Outcome reference = progress.stage("reference", () -> ReferenceRun.compare(data, folder, o.assumptions(), PARALLEL_BLOCKS));
        if (reference instanceof ReferenceRun.Outcome.Failed f) {
            return new Computed.Failed(f.errors());
        }
        ModelResults results = reference instanceof ReferenceRun.Outcome.Compared c ? edition.withComparison(c.comparison()) : edition;
        List<SelfChecks.Check> checks = SelfChecks.run(results);
        List<InputError> failedChecks = checks.stream().filter(SelfChecks.Check::failed)
                .map(c -> new InputError("self-check " + c.number(), 0, 0, "", c.name() + ": " + DataFiles.explained(c))).toList();
        List<String> warnings = checks.stream().filter(c -> c.status() == SelfChecks.Status.SKIPPED)
                .map(c -> "self-check " + c.number() + " (" + c.name() + ") skipped: " + DataFiles.explained(c)).toList();
        warnings.forEach(progress::line);
        if (!failedChecks.isEmpty()) {
            return new Computed.Failed(failedChecks);
        }
        List<Chart> charts = progress.stage("charts", () -> Charts.render(results,
                new Charts.Stamp(inputs.edition().version(), inputs.edition().licenseData())));
        Computed.Ready ready = new Computed.Ready(key, warnings, inputs, results, charts);
        last = Optional.of(ready);
        return ready;
    }

    /**
     * Builds everything, the PDF included, and replaces the output folder only on success. The
     * input folders, the temporary folder and the output folder are checked first: a folder the
     * build may not replace, or one that is missing, stops it before any work.
     */
    public Outcome build(Options o, PrintStream out) throws Exception {
        requireInputFolders(o.root());
        PrintFolder.tmpdir(); // only to fail now rather than at the PDF stage
        try (OutputFolder folder = OutputFolder.claim(o.root(), o.out(), "build")) {
            Progress progress = new Progress(out, o.quiet());
            folder.recovered().forEach(progress::line);
            PrintFolder.prepare().forEach(progress::line);
            return build(o, progress, folder);
        }
    }

    private Outcome build(Options o, Progress progress, OutputFolder folder) throws Exception {
        startPdfWarmUp();
        // The PDF needs only the print HTML: it renders on a second thread while the extras and checks run.
        List<FutureTask<byte[]>> pdfTask = new ArrayList<>();
        Outcome made = render(o, progress, job -> {
            FutureTask<byte[]> task = new FutureTask<>(() -> {
                long start = System.nanoTime();
                byte[] bytes = pdf(job);
                progress.line(String.format(java.util.Locale.ROOT, "%-9s %6d ms", "pdf", (System.nanoTime() - start) / 1_000_000));
                return bytes;
            });
            Thread t = new Thread(task, "pdf");
            t.setDaemon(true);
            t.start();
            pdfTask.add(task);
        });
        if (!made.ok()) {
            return made;
        }
        Map<String, byte[]> files = new TreeMap<>(made.files());
        files.put(PDF_NAME, awaitPdf(pdfTask.get(0)));
        progress.stage("write", () -> {
            folder.replace(files);
            return null;
        });
        return new Outcome(made.errors(), made.warnings(), files, made.pdfJob());
    }

    /** Everything a build does but the PDF, in memory, plus the link check; writes nothing. */
    public Outcome check(Options o, PrintStream out) throws Exception {
        return render(o, new Progress(out, o.quiet()));
    }

    /** The pages, charts, CSVs and assets in memory (no PDF: see {@link #pdf}); writes nothing. */
    public Outcome render(Options o, PrintStream out) throws Exception {
        return render(o, new Progress(out, o.quiet()));
    }

    /** Renders the report PDF of a successful {@link #render}. */
    public byte[] pdf(PdfJob job) throws IOException {
        return renderPdf(job.printHtml(), job.assets(), job.edition(), job.hash(), job.whatIf());
    }

    private Outcome render(Options o, Progress progress) throws Exception {
        return render(o, progress, job -> { });
    }

    /** As {@link #render(Options, PrintStream)}; {@code printReady} gets the PDF job as soon as the print HTML exists. */
    private Outcome render(Options o, Progress progress, Consumer<PdfJob> printReady) throws Exception {
        Path root = o.root();
        requireInputFolders(root);
        List<InputError> refused = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String folder : INPUT_FOLDERS) {
            InputFiles.Listing listing = InputFiles.list(root.resolve(folder), folder);
            refused.addAll(listing.errors());
            ignored.addAll(listing.warnings());
        }
        ignored.forEach(progress::line);
        if (!refused.isEmpty()) {
            return failed(refused);
        }
        String hash = InputHash.of(root, INPUT_FOLDERS, o.inputsKey());
        Computed outcome = compute(o, progress);
        if (outcome instanceof Computed.Failed f) {
            return failed(f.errors());
        }
        Computed.Ready computed = (Computed.Ready) outcome;
        Inputs inputs = computed.inputs();
        ModelResults results = computed.results();
        List<Chart> charts = computed.charts();
        List<String> warnings = new ArrayList<>(ignored);
        warnings.addAll(computed.warnings());

        Edition edition = inputs.edition();
        WhatIf whatIf = WhatIfs.describe(o.overrides(), root.resolve("data"));
        EditorValues.BuildView build = new EditorValues.BuildView(InputHash.shortForm(hash), version(), EditorValues.day(edition.date()), whatIf);
        EditorValues.EditionView editionView = new EditorValues.EditionView(edition.title(), edition.subtitle(), edition.version(),
                EditorValues.day(edition.date()), edition.author(), edition.licenseText(), edition.licenseData());
        List<InputError> contentErrors = new ArrayList<>();
        List<ContentPage> pages = ContentReader.read(root.resolve("content"), "content", contentErrors);
        if (!contentErrors.isEmpty()) {
            return failed(contentErrors);
        }
        Report report = report(root.resolve("templates"));
        Report.Result rendered = progress.stage("pages", () -> report.render(inputs, results, charts, pages, build, editionView, o.baseUrl(),
                new Report.LayoutExtras<>(slug -> Publishing.page(inputs, results, slug, o.baseUrl()), Publishing.print(inputs, o.baseUrl()))));
        if (rendered instanceof Report.Result.Failed f) {
            return failed(f.errors());
        }
        Report.Output output = ((Report.Result.Ok) rendered).output();

        Map<String, byte[]> files = new TreeMap<>();
        output.pages().forEach(p -> files.put(p.href(), utf8(p.html())));
        charts.forEach(c -> {
            files.put("charts/" + c.id() + ".svg", utf8(c.svg()));
            files.put("charts/" + c.id() + "-narrow.svg", utf8(c.narrowSvg()));
        });
        ResultCsv.published(results).forEach((name, csv) -> files.put("data/" + name, utf8(csv)));
        addAssets(root.resolve("templates/assets"), files);
        Map<String, byte[]> assets = new TreeMap<>(files);
        assets.keySet().removeIf(k -> !k.startsWith("assets/"));
        PdfJob job = new PdfJob(output.printHtml(), assets, edition, hash, whatIf);
        printReady.accept(job);
        // After the PDF's assets: the Explore page's model and inputs (about a megabyte) have no place in print.
        files.putAll(progress.stage("explore", () -> ExploreAssets.files(inputs.model())));

        files.putAll(progress.stage("extras", () -> Publishing.files(inputs, results, charts, output.pages(), build.hash(),
                root.resolve("data"), whatIf, o.baseUrl())));
        files.put(PDF_NAME, new byte[0]);
        List<InputError> linkErrors = progress.stage("check", () -> SiteCheck.check(files, pages, "site", o.baseUrl()));
        if (!linkErrors.isEmpty()) {
            return failed(linkErrors);
        }
        files.remove(PDF_NAME);
        return new Outcome(List.of(), warnings, files, List.of(job));
    }

    private byte[] renderPdf(String html, Map<String, byte[]> files, Edition edition, String hash, WhatIf whatIf)
            throws IOException {
        Path staging = PrintFolder.create();
        try {
            for (var e : files.entrySet()) {
                if (e.getKey().startsWith("assets/")) {
                    Path f = staging.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.write(f, e.getValue());
                }
            }
            String keywords = "EuroMesh; federated compute; sovereign AI; grid connection; DiLoCo";
            // A what-if says so in the title a viewer shows, in the subject and in the keywords.
            PdfMetadata meta = whatIf.active()
                    ? new PdfMetadata(WhatIf.HEADING + ": " + edition.title(), whatIf.sentence(), edition.author(),
                            "what-if; " + keywords, "en", edition.date(), hash)
                    : new PdfMetadata(edition.title(), edition.subtitle(), edition.author(), keywords, "en", edition.date(), hash);
            return renderer().render(html, staging.toUri().toString(), meta);
        } finally {
            OutputFolder.deleteTree(staging);
        }
    }

    private static void addAssets(Path assets, Map<String, byte[]> files) throws IOException {
        for (var f : InputFiles.list(assets.getParent(), InputFiles.TEMPLATES).files().entrySet()) {
            if (f.getKey().startsWith(InputFiles.ASSETS)) {
                files.put(f.getKey().substring(InputFiles.TEMPLATES.length() + 1), Files.readAllBytes(f.getValue()));
            }
        }
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

    private static Outcome failed(List<InputError> errors) {
        List<InputError> sorted = new ArrayList<>(errors);
        return new Outcome(sorted, List.of(), Map.of(), List.of());
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
