package org.euromesh.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.euromesh.report.Report;

/**
 * What a {@link Site} keeps between builds, so a preview's save redoes only what the save can
 * change: the last {@link Computation} (reused while data/ and the overrides are unchanged) and
 * the parsed layouts (one {@link Report} per templates folder; Freemarker re-reads an edited
 * layout itself). A single build uses each once.
 */
final class PreviewCache {

    private record Layouts(Path folder, Report report) {
    }

    private Optional<Computation.Computed> computed = Optional.empty();
    private Optional<Layouts> layouts = Optional.empty();

    /** The computation for {@code o}, reused when data/ and the overrides are as last time. */
    Computation.Computed computed(Site.Options o, Progress progress) throws IOException, Refused {
        String key = Computation.key(o);
        if (computed.isPresent() && computed.get().key().equals(key)) {
            progress.line("inputs, model and charts unchanged: reused");
            return computed.get();
        }
        Computation.Computed fresh = Computation.run(o, key, progress);
        computed = Optional.of(fresh);
        return fresh;
    }

    /** The layouts of {@code templates}, parsed once per folder. */
    Report report(Path templates) throws IOException {
        if (layouts.isEmpty() || !layouts.get().folder().equals(templates)) {
            layouts = Optional.of(new Layouts(templates, new Report(templates, "templates")));
        }
        return layouts.get().report();
    }
}
