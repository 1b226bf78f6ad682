package org.euromesh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.euromesh.model.Scorecard.Normalisation;
import org.euromesh.model.Scorecard.Placing;
import org.euromesh.model.Scorecard.Range;
import org.euromesh.model.Scorecard.Raw;
import org.euromesh.model.Scorecard.Row;
import org.euromesh.model.Scorecard.Spec;
import org.euromesh.model.Scorecard.Stability;
import org.euromesh.model.Scorecard.Variant;
import org.euromesh.model.Scorecard.Weights;

/**
 * The scorecard's rank-stability check: the regions ranked again under each alternative weight
 * set and each other normalisation, so the report can say whether the first place depends on
 * those choices.
 */
final class RankStability {

    private RankStability() {
    }

    /** The variants: base weights with min-max (the published ranking), each alternative weight set, then base weights with the other normalisations. */
    private static List<Variant> variants(Spec spec) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(Scorecard.BASE_VARIANT, spec.weights(), Normalisation.MIN_MAX));
        spec.alternativeWeights().forEach((id, w) -> variants.add(new Variant(id, w, Normalisation.MIN_MAX)));
        variants.add(new Variant("rank_based", spec.weights(), Normalisation.RANK));
        variants.add(new Variant("z_score", spec.weights(), Normalisation.Z_SCORE));
        return variants;
    }

    /** The rank of each ranked row under every variant; the placings follow the rows' order. */
    static Stability stability(List<Raw> raws, List<Row> rows, Spec spec) {
        List<Variant> variants = variants(spec);
        List<List<String>> orders = variants.stream().map(v -> order(raws, v)).toList();
        List<Placing> placings = new ArrayList<>();
        for (Row r : rows) {
            if (r.ranked()) {
                placings.add(new Placing(r.region(), r.displayName(),
                        orders.stream().map(o -> o.indexOf(r.region()) + 1).toList()));
            }
        }
        return new Stability(variants, placings);
    }

    /** Region ids best first under one variant; ties by region id, as in the base ranking. */
    private static List<String> order(List<Raw> raws, Variant v) {
        double[][] scores = {
            normalise(raws, Raw::time, v.normalisation(), true),
            normalise(raws, Raw::cost, v.normalisation(), true),
            normalise(raws, Raw::carbon, v.normalisation(), true),
            normalise(raws, Raw::feasibility, v.normalisation(), false)};
        Weights w = v.weights();
        double[] weights = {w.time(), w.cost(), w.carbon(), w.feasibility()};
        Map<String, Double> composite = new LinkedHashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            double c = 0;
            for (int k = 0; k < weights.length; k++) {
                c += weights[k] * scores[k][i];
            }
            composite.put(raws.get(i).region().id(), c);
        }
        return composite.keySet().stream()
                .sorted(Comparator.comparingDouble((String id) -> composite.get(id)).reversed().thenComparing(id -> id))
                .toList();
    }

    /** Scores of one criterion across the regions, higher = better, under a normalisation. */
    private static double[] normalise(List<Raw> raws, ToDoubleFunction<Raw> f, Normalisation n, boolean lowerIsBetter) {
        double[] raw = raws.stream().mapToDouble(f).toArray();
        double[] out = new double[raw.length];
        if (n == Normalisation.MIN_MAX) {
            Range range = Range.of(raw);
            for (int i = 0; i < raw.length; i++) {
                out[i] = lowerIsBetter ? range.lowerIsBetter(raw[i]) : range.higherIsBetter(raw[i]);
            }
            return out;
        }
        double[] v = java.util.Arrays.stream(raw).map(x -> lowerIsBetter ? -x : x).toArray();
        if (n == Normalisation.RANK) {
            for (int i = 0; i < v.length; i++) {
                double beaten = 0;
                for (int j = 0; j < v.length; j++) {
                    beaten += j == i ? 0 : v[i] > v[j] ? 1 : v[i] == v[j] ? 0.5 : 0;
                }
                out[i] = v.length > 1 ? beaten / (v.length - 1) : 1;
            }
            return out;
        }
        double mean = Sums.mean(v, 0);
        double sd = Math.sqrt(Sums.mean(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).toArray(), 0));
        for (int i = 0; i < v.length; i++) {
            out[i] = sd > 0 ? (v[i] - mean) / sd : 0;
        }
        return out;
    }
}
