package org.euromesh.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code data/editions.yaml}: the past editions and their headline numbers, oldest first, for the changelog. */
final class EditionsFile {

    static final String NAME = "editions.yaml";
    static final String EXPECTED = "a mapping with \"editions\": a list of past editions, each {version, date, title, summary, "
            + "headline: {target, mesh, campus}, tier, source, note}";

    record HeadlineEntry(String target, String mesh, String campus) {
    }

    record EditionEntry(String version, String date, String title, String summary, HeadlineEntry headline,
            String tier, List<String> source, String note) {
    }

    private static final ObjectReader ENTRY = Binder.YAML.readerFor(EditionEntry.class);

    private EditionsFile() {
    }

    /** The past editions of {@code dataDir}; none when the file is absent (a first edition has no history). */
    static Optional<List<PastEdition>> load(Path dataDir, Citations citations, Optional<Edition> current, Problems problems) {
        if (!Files.exists(dataDir.resolve(NAME))) {
            return Optional.of(List.of());
        }
        return DocumentReader.yaml(dataDir, NAME, EXPECTED, problems).flatMap(d -> read(d, citations, current, problems));
    }

    /** The past editions, checked on their own and against the current edition when it could be read. */
    static Optional<List<PastEdition>> read(Document doc, Citations citations, Optional<Edition> current, Problems problems) {
        String list = Pointer.child(Pointer.ROOT, "editions");
        if (!doc.root.isObject() || !doc.at(list).isArray()) {
            problems.at(doc, doc.root.isObject() ? list : Pointer.ROOT, "expected " + EXPECTED + ", got " + Binder.shown(doc.at(list)));
            return Optional.empty();
        }
        if (doc.root.size() > 1) {
            problems.at(doc, Pointer.ROOT, "unexpected keys beside \"editions\"; " + EXPECTED);
            return Optional.empty();
        }
        int before = problems.count();
        JsonNode node = doc.at(list);
        List<PastEdition> editions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = Pointer.index(list, i);
            Binder.defaultTo(doc.at(at), "note", "");
            Optional<EditionEntry> bound = Binder.bind(ENTRY, doc, at, problems);
            if (bound.isEmpty()) {
                continue;
            }
            EditionEntry e = bound.get();
            int mine = problems.count();
            String versionAt = Pointer.child(at, "version");
            if (!e.version().matches("\\d+\\.\\d+\\.\\d+")) {
                problems.at(doc, versionAt, "expected a version like \"1.0.0\", got " + Binder.shown(doc.at(versionAt)));
            }
            Checks.text(doc, Pointer.child(at, "title"), e.title(), problems);
            Checks.text(doc, Pointer.child(at, "summary"), e.summary(), problems);
            String headlineAt = Pointer.child(at, "headline");
            Checks.id(doc, Pointer.child(headlineAt, "target"), e.headline().target(), problems);
            Optional<YearMonth> mesh = month(doc, Pointer.child(headlineAt, "mesh"), e.headline().mesh(), problems);
            Optional<YearMonth> campus = month(doc, Pointer.child(headlineAt, "campus"), e.headline().campus(), problems);
            Optional<LocalDate> date = date(doc, Pointer.child(at, "date"), e.date(), problems);
            citations.check(doc, at, e.tier(), e.source(), problems);
            if (problems.count() > mine) {
                continue;
            }
            PastEdition edition = new PastEdition(e.version(), date.orElseThrow(), e.date().length() > 7, e.title(), e.summary(),
                    e.headline().target(), mesh.orElseThrow(), campus.orElseThrow(), e.tier(), e.source(), e.note());
            if (!editions.isEmpty()) {
                PastEdition previous = editions.get(editions.size() - 1);
                if (PastEdition.compareVersions(edition.version(), previous.version()) <= 0) {
                    problems.at(doc, versionAt, "version " + edition.version() + " is not newer than " + previous.version()
                            + " listed before it; list the editions oldest first, each with its own version");
                }
                if (edition.date().isBefore(previous.date())) {
                    problems.at(doc, Pointer.child(at, "date"), "date " + e.date() + " is before the date of " + previous.version()
                            + " listed before it; list the editions oldest first");
                }
            }
            current.ifPresent(c -> {
                if (PastEdition.compareVersions(edition.version(), c.version()) >= 0) {
                    problems.at(doc, versionAt, "version " + edition.version() + " is not older than the current edition "
                            + c.version() + " of data/edition.yaml; list only past editions here (the current one comes from the build)");
                }
                if (edition.date().isAfter(c.date())) {
                    problems.at(doc, Pointer.child(at, "date"), "date " + e.date() + " is after the current edition's date "
                            + c.date() + " in data/edition.yaml; list only past editions here");
                }
            });
            editions.add(edition);
        }
        return problems.count() == before ? Optional.of(List.copyOf(editions)) : Optional.empty();
    }

    private static Optional<YearMonth> month(Document doc, String pointer, String text, Problems problems) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(text));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.at(doc, pointer, "expected a month as YYYY-MM, got " + Binder.shown(doc.at(pointer)));
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Document doc, String pointer, String text, Problems problems) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(text).atDay(1));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.at(doc, pointer, "expected a date as YYYY-MM-DD (or YYYY-MM when only the month is known), got "
                + Binder.shown(doc.at(pointer)));
        return Optional.empty();
    }
}
