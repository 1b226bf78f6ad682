package org.euromesh.explore;

import java.nio.file.Path;
import java.util.List;

import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.ModelResults;

/** The project's own data/, loaded as the build loads it, with optional --set overrides. */
final class Edition {

    private Edition() {
    }

    static ModelInputs inputs(List<String> overrides) {
        LoadResult r = DataLoader.load(Path.of("data"), overrides);
        if (!(r instanceof LoadResult.Ok ok)) {
            throw new AssertionError("data/ does not load with " + overrides + ": " + r);
        }
        return ok.inputs().model();
    }

    static ModelResults results(List<String> overrides) {
        return Model.run(inputs(overrides));
    }

    /** The explorer's inputs as the page receives them: through JSON, as the build writes it. */
    static ExploreInputs explore() {
        return ExploreInputs.fromJson(ExploreInputs.of(inputs(List.of())).toJson());
    }
}
