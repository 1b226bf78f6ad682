package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the tier and the source ids every value and row must carry (MODEL.md §6, check 6).
 * When the registry itself could not be read, ids are not checked, to avoid a cascade of
 * follow-on errors.
 */
final class Citations {

    static final List<String> TIERS = List.of("primary", "secondary", "derived", "estimate");

    private final Optional<Set<String>> known;

    private Citations(Optional<Set<String>> known) {
        this.known = known;
    }

    /** The ids written in the registry, even in entries that are otherwise broken; none to check against if it is not a list. */
    static Citations of(Document sources) {
        if (!sources.root.isArray() || sources.root.isEmpty()) {
            return unavailable();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode entry : sources.root) {
            if (entry.path("id").isTextual()) {
                ids.add(entry.path("id").asText());
            }
        }
        return new Citations(Optional.of(ids));
    }

    static Citations unavailable() {
        return new Citations(Optional.empty());
    }

    /** Checks {@code tier} and {@code source} of the YAML entry at {@code pointer}. */
    void check(Document doc, String pointer, String tier, List<String> sources, Problems problems) {
        checkTier(doc, Pointer.child(pointer, "tier"), tier, problems);
        String list = Pointer.child(pointer, "source");
        if (sources.isEmpty()) {
            problems.at(doc, list, "cites no source; list at least one id from data/sources.yaml");
        }
        for (int i = 0; i < sources.size(); i++) {
            checkId(doc, Pointer.index(list, i), sources.get(i), problems);
        }
    }

    /** Checks the tier and the ";"-separated source ids of the CSV row at {@code row}; returns the ids. */
    List<String> checkRow(Document doc, String row, String tier, String sources, Problems problems) {
        checkTier(doc, Pointer.child(row, "tier"), tier, problems);
        String cell = Pointer.child(row, "sources");
        List<String> ids = split(sources);
        if (ids.isEmpty()) {
            problems.at(doc, cell, "cites no source; list ids from data/sources.yaml separated by \";\"");
        }
        for (String id : ids) {
            checkId(doc, cell, id, problems);
        }
        return ids;
    }

    /** The ids of a CSV "sources" cell, which are separated by ";". */
    static List<String> split(String sources) {
        List<String> ids = new ArrayList<>();
        for (String id : sources.split(";")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    private void checkTier(Document doc, String pointer, String tier, Problems problems) {
        if (!TIERS.contains(tier)) {
            problems.at(doc, pointer, "unknown tier \"" + tier + "\"" + Suggest.didYouMean(tier, TIERS)
                    + "; allowed tiers: " + String.join(", ", TIERS));
        }
    }

    private void checkId(Document doc, String pointer, String id, Problems problems) {
        if (known.isPresent() && !known.get().contains(id)) {
            problems.at(doc, pointer, "unknown source id \"" + id + "\"" + Suggest.didYouMean(id, known.get())
                    + "; add it to data/sources.yaml or cite an id listed there");
        }
    }
}
