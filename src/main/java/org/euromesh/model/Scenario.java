package org.euromesh.model;

import java.util.List;
import java.util.Map;

/**
 * A named scenario: the baseline parameters with some values overridden (at least the two
 * lead times). The three published scenarios are optimistic, baseline and pessimistic.
 */
public record Scenario(String name, Map<Parameter, Double> overrides) {
    public static final List<String> PUBLISHED = List.of("optimistic", "baseline", "pessimistic");

    public Scenario {
        overrides = Map.copyOf(overrides);
    }

    public Parameters apply(Parameters base) {
        return base.with(overrides);
    }
}
