package org.euromesh.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Blocks;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.MonteCarlo;

/**
 * One whole process for bench/montecarlo.sh: loads data/, runs the edition's Monte Carlo once with
 * {@code DRAWS} draws on every core (as the build does), and prints the time of the run and a few
 * of its figures. Not a test: it asserts nothing. Usage: MonteCarloMain DRAWS [REPEATS]
 */
public final class MonteCarloMain {

    /** The build's runner: the Monte Carlo's blocks on every core. */
    private static final Blocks ALL_CORES = (count, block) -> IntStream.range(0, count).parallel().forEach(block);

    private MonteCarloMain() {
    }

    public static void main(String[] args) {
        int draws = Integer.parseInt(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        LoadResult r = DataLoader.load(Path.of("data"), List.of());
        if (!(r instanceof LoadResult.Ok ok)) {
            throw new IllegalStateException("data/ does not load: " + r);
        }
        ModelInputs in = ok.inputs().model();
        MonteCarlo.Spec edition = in.monteCarlo();
        MonteCarlo.Spec spec = new MonteCarlo.Spec(draws, edition.seed(), edition.inputs(), edition.histogramBinMonths(),
                edition.leadTimeCorrelation());
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            MonteCarlo.Result mc = MonteCarlo.run(in.headlineParameters(), in.headline(), spec, in.horizonMonths(),
                    in.generations(), ALL_CORES);
            long nanos = System.nanoTime() - start;
            System.out.printf("draws %d  run %.1f ms  %.2f million draws/s  mesh p50 %s mean %s  gap p50 %s%n", draws,
                    nanos / 1e6, draws / (nanos / 1e3), mc.mesh().p50(), mc.mesh().mean(), mc.gap().p50());
        }
    }
}
