package org.euromesh.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.ModelInputs;

/**
 * Everything loaded from {@code data/}: the model inputs, the sources registry, every cited scalar
 * and the provenance of every table row and block, the edition and the past editions (oldest
 * first), and the assumption set applied, if any. Both maps keep the order of the files.
 */
public record Inputs(ModelInputs model, List<Source> sources, Map<String, Cited> cited,
        Map<String, RowMeta> rows, Edition edition, List<PastEdition> editions, Optional<AssumptionSets.AssumptionSet> assumptions) {

    public Inputs {
        sources = List.copyOf(sources);
        cited = Collections.unmodifiableMap(new LinkedHashMap<>(cited));
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        editions = List.copyOf(editions);
    }

    /** Inputs without past editions, built on the edition's own assumptions. */
    public Inputs(ModelInputs model, List<Source> sources, Map<String, Cited> cited, Map<String, RowMeta> rows, Edition edition) {
        this(model, sources, cited, rows, edition, List.of(), Optional.empty());
    }
}
