package org.euromesh.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.euromesh.data.AssumptionSets;
import org.euromesh.data.DataLoader;
import org.euromesh.problem.InputError;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Blocks;
import org.euromesh.model.Comparison;
import org.euromesh.model.Model;
import org.euromesh.model.ModelResults;

/**
 * The build's reference stage: the original assumptions ({@link AssumptionSets#ORIGINAL}) run
 * beside the edition, and each of their changes undone alone, so the report can say what moved
 * the headline and why. A build that is itself on the original assumptions compares nothing.
 */
final class ReferenceRun {

    sealed interface Outcome {
        record Compared(Comparison comparison) implements Outcome {
        }

        record NotCompared() implements Outcome {
        }

        record Failed(List<InputError> errors) implements Outcome {
        }
    }

    private ReferenceRun() {
    }

    /** {@code folder} is data/ as the edition's own load read it: every run here shares that reading. */
    static Outcome compare(Path data, DataLoader.Folder folder, Optional<String> assumptions, Blocks blocks) {
        if (assumptions.filter(AssumptionSets.ORIGINAL::equals).isPresent()
                || !AssumptionSets.names(data).contains(AssumptionSets.ORIGINAL)) {
            return new Outcome.NotCompared();
        }
        LoadResult loaded = DataLoader.load(folder, Optional.of(AssumptionSets.ORIGINAL), List.of());
        if (loaded instanceof LoadResult.Failed f) {
            return new Outcome.Failed(f.errors());
        }
        var inputs = ((LoadResult.Ok) loaded).inputs();
        AssumptionSets.AssumptionSet set = inputs.assumptions().orElseThrow();
        ModelResults original = Model.run(inputs.model(), blocks);
        List<Comparison.Variant> variants = new ArrayList<>();
        for (AssumptionSets.Change change : set.changes()) {
            LoadResult one = DataLoader.load(folder, Optional.empty(), set.overridesWithout(change));
            if (one instanceof LoadResult.Failed f) {
                return new Outcome.Failed(f.errors());
            }
            var model = ((LoadResult.Ok) one).inputs().model();
            variants.add(new Comparison.Variant(change.label(), change.note(), change.sources(), Model.headline(model),
                    model.startMonth(), model.horizonMonths()));
        }
        return new Outcome.Compared(new Comparison(original, variants));
    }
}
