package org.euromesh.data;

import java.util.List;

/** A cited scalar; key like "hardware.gpu_kw" or "scenarios.optimistic.tau_mega_years"; insertion-ordered map. */
public record Cited(String key, double value, String unit, String tier, List<String> sources, String note) {
    public Cited {
        sources = List.copyOf(sources);
    }
}
