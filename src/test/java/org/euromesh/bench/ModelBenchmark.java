package org.euromesh.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.euromesh.data.DataLoader;
import org.euromesh.data.LoadResult;
import org.euromesh.model.Blocks;
import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The model layers on the shipped inputs: run with bench/jmh.sh (numbers go to docs/PERFORMANCE.md). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelBenchmark {

    /** The build's runner (Site's): the Monte Carlo's blocks on every core. */
    private static final Blocks ALL_CORES = (count, block) -> IntStream.range(0, count).parallel().forEach(block);

    ModelInputs inputs;

    @Setup
    public void load() {
        LoadResult r = DataLoader.load(Path.of("data"), List.of());
        if (!(r instanceof LoadResult.Ok ok)) {
            throw new IllegalStateException("data/ does not load: " + r);
        }
        inputs = ok.inputs().model();
    }

    /** 100 000 draws (the shipped setting) on all cores. */
    @Benchmark
    public MonteCarlo.Result monteCarlo100k() {
        return MonteCarlo.run(inputs.headlineParameters(), inputs.headline(), inputs.monteCarlo(), inputs.horizonMonths(),
                ALL_CORES);
    }

    /** Everything: scenarios, tables, sweep, substrate, scorecard, tornado and Monte Carlo. */
    @Benchmark
    public ModelResults fullModel() {
        return Model.run(inputs, ALL_CORES);
    }
}
