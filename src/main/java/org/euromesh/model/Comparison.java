package org.euromesh.model;

import java.util.List;

/**
 * What changed since the original: the headline of the original assumptions, then of the
 * original with one change of this edition applied at a time, in the order of the assumption set.
 * The edition's own headline (every change at once) is the results this comparison is attached to.
 */
public record Comparison(ModelResults original, List<Variant> variants) {

    public Comparison {
        variants = List.copyOf(variants);
    }

    /**
     * One change alone: its label, note and sources, the headline delivery it gives, and the
     * decision month and horizon its month indices count from.
     */
    public record Variant(String change, String note, List<String> sources, ScenarioResult.TargetDelivery headline,
            java.time.YearMonth startMonth, int horizonMonths) {
        public Variant {
            sources = List.copyOf(sources);
        }
    }
}
