package org.euromesh.data;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code data/sources.yaml}: the registry every tier-and-source citation points into. */
final class SourcesFile {

    static final String NAME = "sources.yaml";
    static final String EXPECTED = "a list of sources, one \"- {id, title, publisher, date, url, accessed}\" per source";

    private static final ObjectReader ENTRY = Binder.YAML.readerFor(Entries.SourceEntry.class);

    private SourcesFile() {
    }

    static Optional<List<Source>> read(Document doc, Problems problems) {
        if (!doc.root.isArray()) {
            problems.at(doc, Pointer.ROOT, "expected " + EXPECTED + ", got " + Binder.shown(doc.root));
            return Optional.empty();
        }
        int before = problems.count();
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < doc.root.size(); i++) {
            String at = Pointer.index(Pointer.ROOT, i);
            Optional<Entries.SourceEntry> bound = Binder.bind(ENTRY, doc, at, problems);
            if (bound.isEmpty()) {
                continue;
            }
            Entries.SourceEntry e = bound.get();
            String idAt = Pointer.child(at, "id");
            if (Checks.id(doc, idAt, e.id(), problems)) {
                Integer first = firstLine.putIfAbsent(e.id(), doc.position(idAt).line());
                if (first != null) {
                    problems.at(doc, idAt, "duplicate source id \"" + e.id() + "\"; already defined on line " + first);
                }
            }
            Checks.text(doc, Pointer.child(at, "title"), e.title(), problems);
            Checks.text(doc, Pointer.child(at, "publisher"), e.publisher(), problems);
            Checks.text(doc, Pointer.child(at, "date"), e.date(), problems);
            if (!e.url().matches("https?://\\S+")) {
                problems.at(doc, Pointer.child(at, "url"), "expected a web address starting with https:// or http://, got "
                        + Binder.shown(doc.at(Pointer.child(at, "url"))));
            }
            if (!e.accessed().matches("\\d{4}-(0[1-9]|1[0-2])")) {
                problems.at(doc, Pointer.child(at, "accessed"), "expected the month of access as \"YYYY-MM\", got "
                        + Binder.shown(doc.at(Pointer.child(at, "accessed"))));
            }
            sources.add(new Source(e.id(), e.title(), e.publisher(), e.date(), e.url(), e.accessed()));
        }
        if (sources.isEmpty() && problems.count() == before) {
            problems.at(doc, Pointer.ROOT, "the registry lists no sources; add at least one");
        }
        return problems.count() == before ? Optional.of(sources) : Optional.empty();
    }
}
