package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.Generation;
import org.euromesh.model.Parameter;

/** The accelerator generations of {@code hardware.yaml}: {@code generations: [{id, name, available, ...}]}. */
final class GenerationsFile {

    static final String KEY = "generations";
    private static final ObjectReader ENTRY = Binder.YAML.readerFor(Entries.GenerationEntry.class);

    /** A checked generation; its month of first volume delivery becomes an index once the decision month is known. */
    record Row(String id, String name, YearMonth available, double peakFlopPerS, double gpuKw, double priceEur) {
        Generation at(YearMonth decision) {
            return new Generation(id, name, (int) ChronoUnit.MONTHS.between(decision, available), peakFlopPerS, gpuKw, priceEur);
        }
    }

    private GenerationsFile() {
    }

    static Optional<List<Row>> read(Document doc, Citations citations, Provenance out, Problems problems) {
        String list = Pointer.child(Pointer.ROOT, KEY);
        JsonNode node = doc.at(list);
        if (node == null || node.isMissingNode()) {
            problems.at(doc, Pointer.ROOT, "missing key \"" + KEY + "\"; hardware.yaml lists the accelerator generations as "
                    + "generations: [{id, name, available: \"YYYY-MM\", peak_flop_per_s, gpu_kw, price_eur, tier, source, note}]");
            return Optional.empty();
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.at(doc, list, "expected a non-empty list of generations, got " + Binder.shown(node));
            return Optional.empty();
        }
        int before = problems.count();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = Pointer.index(list, i);
            Binder.defaultTo(doc.at(at), "note", "");
            Optional<Entries.GenerationEntry> bound = Binder.bind(ENTRY, doc, at, problems);
            if (bound.isEmpty()) {
                continue;
            }
            Entries.GenerationEntry e = bound.get();
            String idAt = Pointer.child(at, "id");
            boolean ok = Checks.id(doc, idAt, e.id(), problems);
            Integer first = firstLine.putIfAbsent(e.id(), doc.position(idAt).line());
            if (first != null) {
                problems.at(doc, idAt, "duplicate generation id \"" + e.id() + "\"; already defined on line " + first);
                ok = false;
            }
            ok &= Checks.parameter(doc, Pointer.child(at, "peak_flop_per_s"), Parameter.GPU_PEAK_FLOP_PER_S, e.peakFlopPerS(), problems);
            ok &= Checks.parameter(doc, Pointer.child(at, "gpu_kw"), Parameter.GPU_KW, e.gpuKw(), problems);
            ok &= Checks.parameter(doc, Pointer.child(at, "price_eur"), Parameter.GPU_PRICE_EUR, e.priceEur(), problems);
            YearMonth available = null;
            try {
                available = YearMonth.parse(e.available());
            } catch (DateTimeParseException ex) {
                problems.at(doc, Pointer.child(at, "available"), "expected a month as \"YYYY-MM\", got \"" + e.available() + "\"");
                ok = false;
            }
            citations.check(doc, at, e.tier(), e.source(), problems);
            out.rows.put("generations." + e.id(), new RowMeta(doc.file, e.id(), e.tier(), e.source(), e.note()));
            if (ok) {
                rows.add(new Row(e.id(), e.name(), available, e.peakFlopPerS(), e.gpuKw(), e.priceEur()));
            }
        }
        return problems.count() == before ? Optional.of(rows) : Optional.empty();
    }
}
