package org.euromesh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Layer 3: where to build, for the headline run trained on one site, and how stable that ranking
 * is ({@link RankStability} ranks the regions again under the other variants).
 */
public final class Scorecard {

    public static final String DISTRIBUTED_ID = "distributed_eu_mesh";
    /** The id of the stability variant that repeats the published ranking: base weights, min-max scaling. */
    public static final String BASE_VARIANT = "base";

    private Scorecard() {
    }

    /**
     * The stated sovereignty criteria, each the share (0 to 1) of the region's accessible MW in
     * countries that meet it: EU membership, membership of the EuroHPC Joint Undertaking, and the
     * GDPR applying. A single country has 0 or 1; a composite the accessible-MW-weighted mean.
     */
    public record Sovereignty(double euMember, double euroHpcMember, double gdpr) {
        public Sovereignty {
            for (double v : new double[] {euMember, euroHpcMember, gdpr}) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("a sovereignty criterion lies in [0, 1], got " + v);
                }
            }
        }
    }

    /** A grid region with its scorecard inputs. */
    public record Region(String id, String displayName, double accessibleMw, double powerPriceEurPerMwh,
            double carbonIntensityGPerKwh, double mediumYears, double hyperscaleYears, double fibreGbps,
            Sovereignty sovereignty) {
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

    /** Relative weights of the sovereignty criteria (each >= 0, not all 0); the score is their weighted mean. */
    public record SovereigntyWeights(double euMember, double euroHpcMember, double gdpr) {
        public double sum() {
            return euMember + euroHpcMember + gdpr;
        }

        public double score(Sovereignty s) {
            return (euMember * s.euMember() + euroHpcMember * s.euroHpcMember() + gdpr * s.gdpr()) / sum();
        }
    }

    /**
     * Weights, sovereignty weights, the network speed that counts as full, and the alternative
     * weight sets of the stability check (by id, in order).
     */
    public record Spec(Weights weights, SovereigntyWeights sovereignty, double fullNetworkGbps,
            Map<String, Weights> alternativeWeights) {
        public Spec {
            alternativeWeights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alternativeWeights));
        }
    }

    /** One scored region; {@code rank} is 0 for the reference row that is not ranked. */
    public record Row(String region, String displayName, double timeYears, double energyMwh, double costEur,
            double carbonT, double sovereignty, double feasibility, double timeScore, double costScore,
            double carbonScore, double feasibilityScore, double composite, int rank) {
        public boolean ranked() {
            return rank > 0;
        }
    }

    /** How raw criterion values become comparable scores. */
    public enum Normalisation {
        /** (v - min) / (max - min), 1 = best region, 0 = worst. */
        MIN_MAX("min–max"),
        /** The share of the other regions a region beats (ties count half): only the order matters. */
        RANK("rank-based"),
        /** (v - mean) / standard deviation, sign turned so that higher is better. */
        Z_SCORE("z-score");

        private final String label;

        Normalisation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One way of ranking: a weight set and a normalisation. */
    public record Variant(String id, Weights weights, Normalisation normalisation) {
    }

    /** A region's rank under every variant, in the variants' order. */
    public record Placing(String region, String displayName, List<Integer> ranks) {
        public Placing {
            ranks = List.copyOf(ranks);
        }

        public int best() {
            return ranks.stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        public int worst() {
            return ranks.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** The ranking under each variant; the first variant is the base ranking. Placings follow the base order. */
    public record Stability(List<Variant> variants, List<Placing> placings) {
        public Stability {
            variants = List.copyOf(variants);
            placings = List.copyOf(placings);
        }

        /** The regions ranked first by some variant, in the variants' order, each once. */
        public List<Placing> firstPlaces() {
            LinkedHashSet<Placing> firsts = new LinkedHashSet<>();
            for (int v = 0; v < variants.size(); v++) {
                int variant = v;
                placings.stream().filter(p -> p.ranks().get(variant) == 1).forEach(firsts::add);
            }
            return List.copyOf(firsts);
        }

        public int distinctFirstPlaces() {
            return firstPlaces().size();
        }

        /** True when every variant ranks the same region first (and there is a region to rank). */
        public boolean firstPlaceStable() {
            return distinctFirstPlaces() == 1;
        }

        /** The ranks, by region id, under one variant. */
        public Map<String, Integer> ranks(String variantId) {
            int v = variants.stream().map(Variant::id).toList().indexOf(variantId);
            if (v < 0) {
                throw new IllegalArgumentException("no stability variant " + variantId);
            }
            Map<String, Integer> out = new LinkedHashMap<>();
            placings.forEach(p -> out.put(p.region(), p.ranks().get(v)));
            return out;
        }
    }

    /** The scored rows (ranked best first, then the reference row) and the rank-stability check beside them. */
    public record Result(List<Row> rows, Stability stability) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    /** A region's criterion values before scaling: years, MWh, euros, tonnes and the two 0-to-1 scores. */
    record Raw(Region region, double time, double energy, double cost, double carbon, double sovereignty,
            double feasibility) {
    }

    /** Ranked rows (best first), then the accessible-MW-weighted distributed reference row; and the stability check. */
    public static Result score(Parameters p, Target headline, List<Region> regions, Spec spec) {
        double energyMwh = energyMwh(p, headline);
        List<Raw> raws = regions.stream().map(r -> raw(p, r, energyMwh, spec)).toList();

        Range time = Range.of(raws, Raw::time);
        Range cost = Range.of(raws, Raw::cost);
        Range carbon = Range.of(raws, Raw::carbon);
        Range feas = Range.of(raws, Raw::feasibility);

        List<Row> sorted = new ArrayList<>(raws.stream().map(raw -> row(raw, time, cost, carbon, feas, spec.weights(), 0)).toList());
        sorted.sort(BEST_FIRST);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            out.add(new Row(r.region(), r.displayName(), r.timeYears(), r.energyMwh(), r.costEur(), r.carbonT(),
                    r.sovereignty(), r.feasibility(), r.timeScore(), r.costScore(), r.carbonScore(), r.feasibilityScore(),
                    r.composite(), i + 1));
        }
        double totalMw = Sums.sum(regions, Region::accessibleMw);
        if (totalMw > 0) {
            Region distributed = new Region(DISTRIBUTED_ID, "Distributed EU mesh (weighted mean)", totalMw, 0, 0, 0, 0, 0,
                    new Sovereignty(0, 0, 0));
            Raw mean = new Raw(distributed, weighted(raws, Raw::time, totalMw), energyMwh, weighted(raws, Raw::cost, totalMw),
                    weighted(raws, Raw::carbon, totalMw), weighted(raws, Raw::sovereignty, totalMw),
                    weighted(raws, Raw::feasibility, totalMw));
            out.add(row(mean, time, cost, carbon, feas, spec.weights(), 0));
        }
        return new Result(out, RankStability.stability(raws, out, spec));
    }

    /** Facility energy of the headline run on one site: GPU-seconds at the one-replica alpha, times kW and PUE. */
    public static double energyMwh(Parameters p, Target headline) {
        double gpuSeconds = headline.requiredFlop() * Efficiency.alpha(p, 1) / (p.gpuPeakFlopPerS() * p.mfuLocal());
        return gpuSeconds / 3600 * p.gpuKw() * p.pue() / 1000;
    }

    private static Raw raw(Parameters p, Region r, double energyMwh, Spec spec) {
        double sovereignty = spec.sovereignty().score(r.sovereignty());
        double capacity = Math.min(1, r.accessibleMw() / (p.maxReplicas() * p.siteMw()));
        double network = Math.min(1, r.fibreGbps() / spec.fullNetworkGbps());
        return new Raw(r, r.mediumYears(), energyMwh, energyMwh * r.powerPriceEurPerMwh(),
                energyMwh * r.carbonIntensityGPerKwh() / 1000, sovereignty, (capacity + sovereignty + network) / 3);
    }

    private static final Comparator<Row> BEST_FIRST = Comparator.comparingDouble(Row::composite).reversed()
            .thenComparing(Row::region);

    private static Row row(Raw raw, Range time, Range cost, Range carbon, Range feas, Weights w, int rank) {
        double ts = time.lowerIsBetter(raw.time());
        double cs = cost.lowerIsBetter(raw.cost());
        double cas = carbon.lowerIsBetter(raw.carbon());
        double fs = feas.higherIsBetter(raw.feasibility());
        double composite = w.time() * ts + w.cost() * cs + w.carbon() * cas + w.feasibility() * fs;
        return new Row(raw.region().id(), raw.region().displayName(), raw.time(), raw.energy(), raw.cost(),
                raw.carbon(), raw.sovereignty(), raw.feasibility(), ts, cs, cas, fs, composite, rank);
    }

    private static double weighted(List<Raw> raws, ToDoubleFunction<Raw> f, double totalMw) {
        return Sums.sum(raws, r -> f.applyAsDouble(r) * r.region().accessibleMw()) / totalMw;
    }

    /** Min-max scaling to [0, 1]; when every region is equal, every region scores 1. */
    record Range(double min, double max) {
        static Range of(List<Raw> raws, ToDoubleFunction<Raw> f) {
            return of(raws.stream().mapToDouble(f).toArray());
        }

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
