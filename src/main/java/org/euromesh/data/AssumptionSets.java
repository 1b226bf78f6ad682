package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named assumption sets: files {@code data/assumptions/NAME.yaml}, each a list of changes, each
 * change a group of {@code --set}-style overrides with a note, a tier and its sources. A build
 * with {@code --assumptions NAME} applies the set's overrides before any {@code --set}.
 */
public final class AssumptionSets {

    /** The folder of {@code data/} that holds the sets. */
    public static final String FOLDER = "assumptions";
    /** The assumptions the June 2026 edition was published with; every default build runs them beside its own. */
    public static final String ORIGINAL = "euromesh-2026";

    static final String EXPECTED = "a mapping with title, note and changes: a list of {change, note, tier, source, set: [key=value, ...]}";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** One change of a set: what it is, why, where it comes from, and the overrides that make it. */
    public record Change(String label, String note, String tier, List<String> sources, List<String> overrides) {
        public Change {
            sources = List.copyOf(sources);
            overrides = List.copyOf(overrides);
        }
    }

    /** A set: its name, title, note and changes in file order. */
    public record AssumptionSet(String name, String title, String note, List<Change> changes) {
        public AssumptionSet {
            changes = List.copyOf(changes);
        }

        /** Every override of every change, in file order. */
        public List<String> overrides() {
            return changes.stream().flatMap(c -> c.overrides().stream()).toList();
        }

        /** The overrides of every change but {@code skipped}: the set with that one change undone. */
        public List<String> overridesWithout(Change skipped) {
            return changes.stream().filter(c -> c != skipped).flatMap(c -> c.overrides().stream()).toList();
        }
    }

    private AssumptionSets() {
    }

    /** The names of the sets in {@code data/assumptions/}, sorted. */
    public static List<String> names(Path dataDir) {
        List<String> names = new ArrayList<>();
        Path dir = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.yaml")) {
            s.forEach(p -> {
                String base = p.getFileName().toString();
                String name = base.substring(0, base.length() - ".yaml".length());
                if (NAME.matcher(name).matches()) {
                    names.add(name);
                }
            });
        } catch (IOException e) {
            return names;
        }
        names.sort(null);
        return names;
    }

    /** Reads and checks the set {@code name}; every problem goes to {@code problems}. */
    static Optional<AssumptionSet> read(Path dataDir, String name, Citations citations, Problems problems) {
        String file = DocumentReader.DATA + FOLDER + "/" + name + ".yaml";
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(dataDir.resolve(FOLDER).resolve(name + ".yaml"))) {
            List<String> known = names(dataDir);
            problems.inFile(file, 0, 0, "", "no assumption set called \"" + name + "\"" + Suggest.didYouMean(name, known)
                    + "; available sets: " + (known.isEmpty() ? "none (add data/assumptions/NAME.yaml)" : String.join(", ", known)));
            return Optional.empty();
        }
        Optional<Document> read = DocumentReader.yaml(dataDir, FOLDER + "/" + name + ".yaml", EXPECTED, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Document doc = read.get();
        int before = problems.count();
        if (!doc.root.isObject()) {
            problems.at(doc, Pointer.ROOT, "expected " + EXPECTED + ", got " + Binder.shown(doc.root));
            return Optional.empty();
        }
        for (var it = doc.root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!List.of("title", "note", "changes").contains(key)) {
                problems.at(doc, Pointer.child(Pointer.ROOT, key), "unknown key \"" + key + "\"; expected " + EXPECTED);
            }
        }
        String title = text(doc, Pointer.child(Pointer.ROOT, "title"), problems);
        String note = text(doc, Pointer.child(Pointer.ROOT, "note"), problems);
        String list = Pointer.child(Pointer.ROOT, "changes");
        JsonNode changesNode = doc.at(list);
        List<Change> changes = new ArrayList<>();
        if (changesNode == null || !changesNode.isArray() || changesNode.isEmpty()) {
            problems.at(doc, changesNode == null || changesNode.isMissingNode() ? Pointer.ROOT : list,
                    "expected changes: a non-empty list of {change, note, tier, source, set}");
        } else {
            for (int i = 0; i < changesNode.size(); i++) {
                change(doc, Pointer.index(list, i), citations, problems).ifPresent(changes::add);
            }
        }
        return problems.count() == before ? Optional.of(new AssumptionSet(name, title, note, changes)) : Optional.empty();
    }

    private static Optional<Change> change(Document doc, String at, Citations citations, Problems problems) {
        JsonNode node = doc.at(at);
        if (!node.isObject()) {
            problems.at(doc, at, "expected {change, note, tier, source, set}, got " + Binder.shown(node));
            return Optional.empty();
        }
        int before = problems.count();
        for (var it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!List.of("change", "note", "tier", "source", "set").contains(key)) {
                problems.at(doc, Pointer.child(at, key), "unknown key \"" + key + "\"; a change has change, note, tier, source and set");
            }
        }
        String label = text(doc, Pointer.child(at, "change"), problems);
        String note = text(doc, Pointer.child(at, "note"), problems);
        String tier = text(doc, Pointer.child(at, "tier"), problems);
        List<String> sources = texts(doc, Pointer.child(at, "source"), "a source id", problems);
        List<String> sets = texts(doc, Pointer.child(at, "set"), "an override key=value", problems);
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).indexOf('=') <= 0) {
                problems.at(doc, Pointer.index(Pointer.child(at, "set"), i),
                        "expected key=value, as for --set (e.g. scenarios.baseline.tau_mega_years=7.0), got \"" + sets.get(i) + "\"");
            }
        }
        citations.check(doc, at, tier, sources, problems);
        return problems.count() == before ? Optional.of(new Change(label, note, tier, sources, sets)) : Optional.empty();
    }

    private static String text(Document doc, String at, Problems problems) {
        JsonNode node = doc.at(at);
        if (node == null || node.isMissingNode()) {
            problems.at(doc, Pointer.parent(at), "missing \"" + last(at) + "\" (text)");
            return "";
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.at(doc, at, "expected text, got " + Binder.shown(node));
            return "";
        }
        return node.asText();
    }

    private static List<String> texts(Document doc, String at, String what, Problems problems) {
        JsonNode node = doc.at(at);
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode()) {
            problems.at(doc, Pointer.parent(at), "missing \"" + last(at) + "\" (a list of " + what + ")");
            return out;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.at(doc, at, "expected a non-empty list of " + what + ", got " + Binder.shown(node));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                problems.at(doc, Pointer.index(at, i), "expected " + what + " as text, got " + Binder.shown(node.get(i)));
            } else {
                out.add(node.get(i).asText());
            }
        }
        return out;
    }

    private static String last(String pointer) {
        List<String> s = Pointer.segments(pointer);
        return s.isEmpty() ? "" : s.get(s.size() - 1);
    }
}
