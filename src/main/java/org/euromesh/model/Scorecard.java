package org.euromesh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Layer 3: where to build, for the headline run trained on one site. */
public final class Scorecard {

    public static final String DISTRIBUTED_ID = "distributed_eu_mesh";

    private Scorecard() {
    }

    /** A grid region with its scorecard inputs. */
    public record Region(String id, String displayName, double accessibleMw, double powerPriceEurPerMwh,
            double carbonIntensityGPerKwh, double mediumYears, double hyperscaleYears, double fibreGbps,
            String sovereigntyRegime) {
    }

    /** Criterion weights; they must sum to 1. */
    public record Weights(double time, double cost, double carbon, double feasibility) {
        public static final double TOLERANCE = 1e-9;

        public double sum() {
            return time + cost + carbon + feasibility;
        }

        public boolean sumToOne() {
            return Math.abs(sum() - 1) <= TOLERANCE;
        }
    }

    /** Weights, sovereignty scores by regime, and the network speed that counts as full. */
    public record Spec(Weights weights, Map<String, Double> sovereigntyScores, double fullNetworkGbps) {
        public Spec {
            sovereigntyScores = Map.copyOf(sovereigntyScores);
        }
    }

    /** One scored region; {@code rank} is 0 for the reference row that is not ranked. */
    public record Row(String region, String displayName, double timeYears, double energyMwh, double costEur,
            double carbonT, double feasibility, double timeScore, double costScore, double carbonScore,
            double feasibilityScore, double composite, int rank) {
        public boolean ranked() {
            return rank > 0;
        }
    }

    private record Raw(Region region, double time, double energy, double cost, double carbon, double feasibility) {
    }

    /** Ranked rows (best first), then the accessible-MW-weighted distributed reference row. */
    public static List<Row> score(Parameters p, Target headline, List<Region> regions, Spec spec) {
        double energyMwh = energyMwh(p, headline);
        List<Raw> raws = regions.stream().map(r -> new Raw(r, r.mediumYears(), energyMwh,
                energyMwh * r.powerPriceEurPerMwh(), energyMwh * r.carbonIntensityGPerKwh() / 1000,
                feasibility(p, r, spec))).toList();

        Range time = Range.of(raws.stream().mapToDouble(Raw::time).toArray());
        Range cost = Range.of(raws.stream().mapToDouble(Raw::cost).toArray());
        Range carbon = Range.of(raws.stream().mapToDouble(Raw::carbon).toArray());
        Range feas = Range.of(raws.stream().mapToDouble(Raw::feasibility).toArray());

        List<Row> unranked = raws.stream().map(raw -> row(raw, time, cost, carbon, feas, spec.weights(), 0)).toList();
        List<Row> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparingDouble(Row::composite).reversed().thenComparing(Row::region));
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            out.add(new Row(r.region(), r.displayName(), r.timeYears(), r.energyMwh(), r.costEur(), r.carbonT(),
                    r.feasibility(), r.timeScore(), r.costScore(), r.carbonScore(), r.feasibilityScore(),
                    r.composite(), i + 1));
        }
        double totalMw = regions.stream().mapToDouble(Region::accessibleMw).sum();
        if (totalMw > 0) {
            Region distributed = new Region(DISTRIBUTED_ID, "Distributed EU mesh (weighted mean)", totalMw, 0, 0, 0, 0, 0, "");
            Raw mean = new Raw(distributed,
                    weighted(raws, Raw::time, totalMw), energyMwh, weighted(raws, Raw::cost, totalMw),
                    weighted(raws, Raw::carbon, totalMw), weighted(raws, Raw::feasibility, totalMw));
            out.add(row(mean, time, cost, carbon, feas, spec.weights(), 0));
        }
        return List.copyOf(out);
    }

    /** Facility energy of the headline run on one site: GPU-seconds at the one-replica alpha, times kW and PUE. */
    public static double energyMwh(Parameters p, Target headline) {
        double gpuSeconds = headline.requiredFlop() * Efficiency.alpha(p, 1) / (p.gpuPeakFlopPerS() * p.mfuLocal());
        return gpuSeconds / 3600 * p.gpuKw() * p.pue() / 1000;
    }

    /** Mean of capacity, sovereignty and network, each in [0, 1]. */
    static double feasibility(Parameters p, Region r, Spec spec) {
        double capacity = Math.min(1, r.accessibleMw() / (p.maxReplicas() * p.siteMw()));
        double sovereignty = spec.sovereigntyScores().getOrDefault(r.sovereigntyRegime(), 0.0);
        double network = Math.min(1, r.fibreGbps() / spec.fullNetworkGbps());
        return (capacity + sovereignty + network) / 3;
    }

    private static Row row(Raw raw, Range time, Range cost, Range carbon, Range feas, Weights w, int rank) {
        double ts = time.lowerIsBetter(raw.time());
        double cs = cost.lowerIsBetter(raw.cost());
        double cas = carbon.lowerIsBetter(raw.carbon());
        double fs = feas.higherIsBetter(raw.feasibility());
        double composite = w.time() * ts + w.cost() * cs + w.carbon() * cas + w.feasibility() * fs;
        return new Row(raw.region().id(), raw.region().displayName(), raw.time(), raw.energy(), raw.cost(),
                raw.carbon(), raw.feasibility(), ts, cs, cas, fs, composite, rank);
    }

    private static double weighted(List<Raw> raws, java.util.function.ToDoubleFunction<Raw> f, double totalMw) {
        return raws.stream().mapToDouble(r -> f.applyAsDouble(r) * r.region().accessibleMw()).sum() / totalMw;
    }

    /** Min-max scaling to [0, 1]; when every region is equal, every region scores 1. */
    private record Range(double min, double max) {
        static Range of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return new Range(min, max);
        }

        double lowerIsBetter(double v) {
            return max - min <= 0 ? 1.0 : clamp((max - v) / (max - min));
        }

        double higherIsBetter(double v) {
            return max - min <= 0 ? 1.0 : clamp((v - min) / (max - min));
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(1, v));
        }
    }
}
