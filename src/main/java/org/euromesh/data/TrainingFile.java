package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.euromesh.model.Parameter;
import org.euromesh.model.Target;

/** The tables of {@code training.yaml} beside its parameters: targets, the sweep and the grids of the efficiency, bandwidth and substrate tables. */
final class TrainingFile {

    static final String TARGETS = "targets";
    static final String HEADLINE = "headline_target";
    static final String SWEEP = "sweep";
    static final String EFFICIENCY = "efficiency_table";
    static final String BANDWIDTH = "bandwidth_table";
    static final String FRACTIONS = "substrate_fractions";
    static final String SHARES = "public_shares";
    static final List<String> KEYS = List.of(TARGETS, HEADLINE, SWEEP, EFFICIENCY, BANDWIDTH, FRACTIONS, SHARES);

    private static final ObjectReader TARGET = Binder.YAML.readerFor(Entries.TargetEntry.class);
    private static final ObjectReader TEXT = Binder.YAML.readerFor(String.class);
    private static final ObjectReader SWEEP_BLOCK = Binder.YAML.readerFor(Entries.SweepBlock.class);
    private static final ObjectReader EFFICIENCY_BLOCK = Binder.YAML.readerFor(Entries.EfficiencyBlock.class);
    private static final ObjectReader BANDWIDTH_BLOCK = Binder.YAML.readerFor(Entries.BandwidthBlock.class);
    private static final ObjectReader FRACTIONS_BLOCK = Binder.YAML.readerFor(Entries.FractionsBlock.class);

    /** What the model needs from this file; every part is checked before it is kept. */
    record Tables(List<Target> targets, String headlineTarget, List<Double> sweepExtraFlop, List<Integer> replicas,
            List<Double> efficiencyInnerSteps, int evidenceMaxReplicas, double evidenceMaxParameters, List<Double> linkGbps,
            List<Double> bandwidthInnerSteps, List<Double> substrateFractions, List<Double> publicShares) {
    }

    private final Document doc;
    private final Citations citations;
    private final Provenance out;
    private final Problems problems;

    private TrainingFile(Document doc, Citations citations, Provenance out, Problems problems) {
        this.doc = doc;
        this.citations = citations;
        this.out = out;
        this.problems = problems;
    }

    static Optional<Tables> read(Document doc, Citations citations, Provenance out, Problems problems) {
        if (!doc.root.isObject()) {
            return Optional.empty();
        }
        int before = problems.count();
        for (String key : KEYS) {
            if (!doc.root.has(key)) {
                problems.at(doc, Pointer.ROOT, "missing key \"" + key + "\"; training.yaml needs " + String.join(", ", KEYS)
                        + " beside its parameters");
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        TrainingFile file = new TrainingFile(doc, citations, out, problems);
        Optional<List<Target>> targets = file.targets();
        Optional<String> headline = file.headline(targets);
        Optional<Entries.SweepBlock> sweep = file.sweep();
        Optional<Entries.EfficiencyBlock> efficiency = file.efficiency();
        Optional<Entries.BandwidthBlock> bandwidth = file.bandwidth();
        Optional<Entries.FractionsBlock> fractions = file.fractions(FRACTIONS);
        Optional<Entries.FractionsBlock> shares = file.fractions(SHARES);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Tables(targets.orElseThrow(), headline.orElseThrow(),
                sweep.orElseThrow().extraTargetsFlop(), efficiency.orElseThrow().replicas(),
                efficiency.orElseThrow().innerSteps(), efficiency.orElseThrow().evidenceMaxReplicas(),
                efficiency.orElseThrow().evidenceMaxParameters(), bandwidth.orElseThrow().linkGbps(),
                bandwidth.orElseThrow().innerSteps(), fractions.orElseThrow().values(), shares.orElseThrow().values()));
    }

    private Optional<List<Target>> targets() {
        String list = Pointer.child(Pointer.ROOT, TARGETS);
        JsonNode node = doc.at(list);
        if (!node.isArray() || node.isEmpty()) {
            problems.at(doc, list, "expected a non-empty list of targets, each {id, parameters, tokens, tier, source}, got " + Binder.shown(node));
            return Optional.empty();
        }
        int before = problems.count();
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = Pointer.index(list, i);
            Binder.defaultTo(doc.at(at), "note", "");
            if (doc.at(at) instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !o.has("include")) {
                o.put("include", true);
            }
            Optional<Entries.TargetEntry> bound = Binder.bind(TARGET, doc, at, problems);
            if (bound.isEmpty()) {
                continue;
            }
            Entries.TargetEntry e = bound.get();
            String idAt = Pointer.child(at, "id");
            boolean ok = Checks.id(doc, idAt, e.id(), problems);
            Integer first = firstLine.putIfAbsent(e.id(), doc.position(idAt).line());
            if (first != null) {
                problems.at(doc, idAt, "duplicate target id \"" + e.id() + "\"; already defined on line " + first);
                ok = false;
            }
            ok &= Checks.above(doc, Pointer.child(at, "parameters"), e.parameters(), 0, problems);
            ok &= Checks.above(doc, Pointer.child(at, "tokens"), e.tokens(), 0, problems);
            citations.check(doc, at, e.tier(), e.source(), problems);
            out.rows.put("targets." + e.id(), new RowMeta(doc.file, e.id(), e.tier(), e.source(), e.note()));
            if (ok && e.include()) {
                targets.add(new Target(e.id(), e.parameters(), e.tokens()));
            }
        }
        return problems.count() == before ? Optional.of(targets) : Optional.empty();
    }

    private Optional<String> headline(Optional<List<Target>> targets) {
        String at = Pointer.child(Pointer.ROOT, HEADLINE);
        Optional<String> headline = Binder.bind(TEXT, doc, at, problems);
        if (headline.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = targets.get().stream().map(Target::id).toList();
        if (!ids.contains(headline.get())) {
            problems.at(doc, at, "headline target \"" + headline.get() + "\" is not defined" + Suggest.didYouMean(headline.get(), ids)
                    + "; defined targets: " + String.join(", ", ids));
            return Optional.empty();
        }
        return headline;
    }

    private Optional<Entries.SweepBlock> sweep() {
        String at = block(SWEEP);
        return Binder.<Entries.SweepBlock>bind(SWEEP_BLOCK, doc, at, problems).filter(b -> {
            boolean ok = eachAbove(Pointer.child(at, "extra_targets_flop"), b.extraTargetsFlop(), 0, false);
            return cite(at, "training." + SWEEP, b.tier(), b.source(), b.note()) && ok;
        });
    }

    private Optional<Entries.EfficiencyBlock> efficiency() {
        String at = block(EFFICIENCY);
        return Binder.<Entries.EfficiencyBlock>bind(EFFICIENCY_BLOCK, doc, at, problems).filter(b -> {
            String replicas = Pointer.child(at, "replicas");
            boolean ok = nonEmpty(replicas, b.replicas());
            for (int i = 0; i < b.replicas().size(); i++) {
                ok &= Checks.atLeast(doc, Pointer.index(replicas, i), b.replicas().get(i), 1, problems);
            }
            ok &= innerSteps(Pointer.child(at, "inner_steps"), b.innerSteps());
            ok &= Checks.atLeast(doc, Pointer.child(at, "evidence_max_replicas"), b.evidenceMaxReplicas(), 1, problems);
            ok &= Checks.above(doc, Pointer.child(at, "evidence_max_parameters"), b.evidenceMaxParameters(), 0, problems);
            return cite(at, "training." + EFFICIENCY, b.tier(), b.source(), b.note()) && ok;
        });
    }

    private Optional<Entries.BandwidthBlock> bandwidth() {
        String at = block(BANDWIDTH);
        return Binder.<Entries.BandwidthBlock>bind(BANDWIDTH_BLOCK, doc, at, problems).filter(b -> {
            boolean ok = eachAbove(Pointer.child(at, "link_gbps"), b.linkGbps(), 0, true);
            ok &= innerSteps(Pointer.child(at, "inner_steps"), b.innerSteps());
            return cite(at, "training." + BANDWIDTH, b.tier(), b.source(), b.note()) && ok;
        });
    }

    private Optional<Entries.FractionsBlock> fractions(String key) {
        String at = block(key);
        return Binder.<Entries.FractionsBlock>bind(FRACTIONS_BLOCK, doc, at, problems).filter(b -> {
            String values = Pointer.child(at, "values");
            boolean ok = nonEmpty(values, b.values());
            for (int i = 0; i < b.values().size(); i++) {
                double f = b.values().get(i);
                if (!(f > 0 && f <= 1)) {
                    problems.at(doc, Pointer.index(values, i), "expected a fraction in (0, 1], got " + Checks.plain(f));
                    ok = false;
                }
            }
            return cite(at, "training." + key, b.tier(), b.source(), b.note()) && ok;
        });
    }

    private String block(String key) {
        String at = Pointer.child(Pointer.ROOT, key);
        Binder.defaultTo(doc.at(at), "note", "");
        return at;
    }

    private boolean cite(String at, String key, String tier, List<String> sources, String note) {
        int before = problems.count();
        citations.check(doc, at, tier, sources, problems);
        out.rows.put(key, new RowMeta(doc.file, key.substring(key.indexOf('.') + 1), tier, sources, note));
        return problems.count() == before;
    }

    private boolean innerSteps(String at, List<Double> steps) {
        boolean ok = nonEmpty(at, steps);
        for (int i = 0; i < steps.size(); i++) {
            ok &= Checks.parameter(doc, Pointer.index(at, i), Parameter.INNER_STEPS, steps.get(i), problems);
        }
        return ok;
    }

    private boolean eachAbove(String at, List<Double> values, double min, boolean required) {
        boolean ok = !required || nonEmpty(at, values);
        for (int i = 0; i < values.size(); i++) {
            ok &= Checks.above(doc, Pointer.index(at, i), values.get(i), min, problems);
        }
        return ok;
    }

    private boolean nonEmpty(String at, List<?> values) {
        if (values.isEmpty()) {
            problems.at(doc, at, "the list is empty; give at least one value");
            return false;
        }
        return true;
    }
}
