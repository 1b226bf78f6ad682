package org.euromesh.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.euromesh.chart.Chart;
import org.euromesh.chart.Charts;
import org.euromesh.data.DataFiles;
import org.euromesh.data.DataLoader;
import org.euromesh.data.Inputs;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Blocks;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;
import org.euromesh.model.SelfChecks;
import org.euromesh.problem.InputError;

/**
 * The build's first stages, from data/ to charts: read, inputs, model, reference, self-checks,
 * charts. Everything here depends only on data/ and the overrides, so a preview that only edits
 * content/ or templates/ reuses it (see {@link PreviewCache}).
 */
final class Computation {

    /** The Monte Carlo's blocks on every core; the model itself stays sequential so it also runs in the browser. */
    static final Blocks PARALLEL_BLOCKS = (count, block) -> IntStream.range(0, count).parallel().forEach(block);

    /** Inputs, model results and charts of one state of data/ and the overrides ({@code key}). */
    record Computed(String key, List<String> warnings, Inputs inputs, ModelResults results, Charts.Stamp stamp, List<Chart> charts) {
        Computed {
            warnings = List.copyOf(warnings);
            charts = List.copyOf(charts);
        }
    }

    private Computation() {
    }

    /** The key of what {@link #run} reads: data/ and the overrides. */
    static String key(Site.Options o) throws IOException {
        return InputHash.of(o.root(), List.of("data"), o.inputsKey());
    }

    static Computed run(Site.Options o, String key, Progress progress) throws Refused {
        Path data = o.root().resolve("data");
        DataLoader.Folder folder = progress.stage("read", () -> DataLoader.read(data));
        LoadResult loaded = progress.stage("inputs", () -> DataLoader.load(folder, o.assumptions(), o.overrides()));
        if (loaded instanceof LoadResult.Failed f) {
            throw new Refused(f.errors());
        }
        Inputs inputs = ((LoadResult.Ok) loaded).inputs();
        ModelResults edition = progress.stage("model", () -> Model.run(inputs.model(), PARALLEL_BLOCKS));
        ReferenceRun.Outcome reference = progress.stage("reference",
                () -> ReferenceRun.compare(data, folder, o.assumptions(), PARALLEL_BLOCKS));
        if (reference instanceof ReferenceRun.Outcome.Failed f) {
            throw new Refused(f.errors());
        }
        ModelResults results = reference instanceof ReferenceRun.Outcome.Compared c ? edition.withComparison(c.comparison()) : edition;
        List<String> warnings = selfChecks(results, progress);
        Charts.Stamp stamp = new Charts.Stamp(inputs.edition().version(), inputs.edition().licenseData());
        List<Chart> charts = progress.stage("charts", () -> Charts.render(results, stamp));
        return new Computed(key, warnings, inputs, results, stamp, charts);
    }

    /** A failed self-check stops the build; a skipped one is a warning, printed and returned. */
    private static List<String> selfChecks(ModelResults results, Progress progress) throws Refused {
        List<SelfChecks.Check> checks = SelfChecks.run(results);
        List<String> warnings = checks.stream().filter(c -> c.status() == SelfChecks.Status.SKIPPED)
                .map(c -> "self-check " + c.number() + " (" + c.name() + ") skipped: " + DataFiles.explained(c)).toList();
        warnings.forEach(progress::line);
        Refused.unless(checks.stream().filter(SelfChecks.Check::failed)
                .map(c -> new InputError("self-check " + c.number(), 0, 0, "", c.name() + ": " + DataFiles.explained(c))).toList());
        return warnings;
    }
}
