package org.euromesh.model;

import java.util.Arrays;
import java.util.List;

/**
 * The Monte Carlo as it was before its summary streamed: every draw of the four routes kept in
 * memory, each sorted, the quantiles read from the sorted arrays and the mean summed over them in
 * ascending order (docs/MODEL.md §11.3 read literally). Only for tests: {@link MonteCarlo#run} must
 * give the same result, to the bit, except the mean above one wave of draws.
 */
final class InMemoryMonteCarlo {

    private InMemoryMonteCarlo() {
    }

    static MonteCarlo.Result run(Parameters base, Target headline, MonteCarlo.Spec spec, int horizonMonths, List<Generation> fleet) {
        int n = spec.draws();
        double[] mesh = new double[n];
        double[] campus = new double[n];
        double[] fastTrack = new double[n];
        double[] phased = new double[n];
        SplitMix64 root = new SplitMix64(spec.seed());
        int blocks = (n + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        for (int b = 0; b < blocks; b++) {
            SplitMix64 random = root.split();
            for (int i = b * MonteCarlo.BLOCK; i < Math.min(n, (b + 1) * MonteCarlo.BLOCK); i++) {
                Parameters p = draw(base, spec, random);
                double c = headline.requiredFlop();
                mesh[i] = Pathways.deliver(Pathways.mesh(p, fleet), horizonMonths, c).fractionalOrInfinity();
                campus[i] = Pathways.deliver(Pathways.campus(p, fleet), horizonMonths, c).fractionalOrInfinity();
                fastTrack[i] = Pathways.deliver(Pathways.fastTrackCampus(p, fleet), horizonMonths, c).fractionalOrInfinity();
                phased[i] = Pathways.deliver(Pathways.phasedCampus(p, fleet), horizonMonths, c).fractionalOrInfinity();
            }
        }
        int beforeFast = 0;
        int beforePhased = 0;
        int beforeAll = 0;
        int meshFirst = 0;
        double[] gaps = new double[n];
        int defined = 0;
        for (int i = 0; i < n; i++) {
            beforeFast += mesh[i] < fastTrack[i] ? 1 : 0;
            beforePhased += mesh[i] < phased[i] ? 1 : 0;
            beforeAll += mesh[i] < campus[i] && mesh[i] < fastTrack[i] && mesh[i] < phased[i] ? 1 : 0;
            meshFirst += mesh[i] < campus[i] ? 1 : 0;
            double g = campus[i] - mesh[i];
            if (!Double.isNaN(g)) {
                gaps[defined++] = g;
            }
        }
        gaps = Arrays.copyOf(gaps, defined);
        for (double[] a : List.of(mesh, campus, fastTrack, phased, gaps)) {
            Arrays.sort(a);
        }
        MonteCarlo.Quantiles none = new MonteCarlo.Quantiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
        return new MonteCarlo.Result(n, quantiles(mesh), quantiles(campus), gaps.length == 0 ? none : quantiles(gaps),
                meshFirst / (double) n, deliveredByMonth(mesh, horizonMonths), deliveredByMonth(campus, horizonMonths),
                histogram(gaps, spec.histogramBinMonths()), n - defined,
                new MonteCarlo.Routes(quantiles(fastTrack), quantiles(phased), beforeFast / (double) n,
                        beforePhased / (double) n, beforeAll / (double) n));
    }

    private static Parameters draw(Parameters base, MonteCarlo.Spec spec, SplitMix64 random) {
        double[] values = base.values();
        double rho = spec.leadTimeCorrelation();
        double common = rho == 0 ? 0 : MonteCarlo.normal(random);
        for (MonteCarlo.Input in : spec.inputs()) {
            if (rho != 0 && in.parameter().leadTime()) {
                double z = StrictMath.sqrt(rho) * common + StrictMath.sqrt(1 - rho) * MonteCarlo.normal(random);
                values[in.parameter().ordinal()] = in.distribution().quantile(MonteCarlo.normalCdf(z));
            } else {
                values[in.parameter().ordinal()] = in.distribution().sample(random);
            }
        }
        return Parameters.of(values);
    }

    private static MonteCarlo.Quantiles quantiles(double[] sorted) {
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new MonteCarlo.Quantiles(at(sorted, 0.05), at(sorted, 0.10), at(sorted, 0.25), at(sorted, 0.50),
                at(sorted, 0.75), at(sorted, 0.90), at(sorted, 0.95), sum / sorted.length);
    }

    private static double at(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double frac = pos - lo;
        if (frac == 0 || sorted[lo] == sorted[hi]) {
            return sorted[lo];
        }
        return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }

    private static double[] deliveredByMonth(double[] sorted, int horizonMonths) {
        double[] p = new double[horizonMonths];
        int idx = 0;
        for (int m = 0; m < horizonMonths; m++) {
            while (idx < sorted.length && sorted[idx] <= m + 1) {
                idx++;
            }
            p[m] = idx / (double) sorted.length;
        }
        return p;
    }

    private static MonteCarlo.Histogram histogram(double[] sortedGaps, double binMonths) {
        int from = 0;
        while (from < sortedGaps.length && !Double.isFinite(sortedGaps[from])) {
            from++;
        }
        int to = sortedGaps.length;
        while (to > from && !Double.isFinite(sortedGaps[to - 1])) {
            to--;
        }
        if (from == to) {
            return new MonteCarlo.Histogram(0, binMonths, new int[0]);
        }
        double start = Math.floor(sortedGaps[from] / binMonths) * binMonths;
        int bins = (int) Math.floor((sortedGaps[to - 1] - start) / binMonths) + 1;
        int[] counts = new int[bins];
        for (int i = from; i < to; i++) {
            counts[Math.min(bins - 1, (int) Math.floor((sortedGaps[i] - start) / binMonths))]++;
        }
        return new MonteCarlo.Histogram(start, binMonths, counts);
    }
}
