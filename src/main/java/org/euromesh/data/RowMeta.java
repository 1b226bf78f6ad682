package org.euromesh.data;

import java.util.List;

/** Provenance of a table row or block; key like "regions.nordics", "grid_queue.nordics", "substrate.jupiter_booster", "targets.405B", "scenarios.sensitivity", "scenarios.monte_carlo", "training.efficiency_table". */
public record RowMeta(String file, String id, String tier, List<String> sources, String note) {
    public RowMeta {
        sources = List.copyOf(sources);
    }
}
