package org.euromesh.data;

import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code data/edition.yaml}: version, date and titles of this edition of the report, and where its source lives. */
final class EditionFile {

    static final String NAME = "edition.yaml";
    static final String EXPECTED = "a mapping with version, date, title, subtitle, author, license_text, license_data"
            + " and, optionally, repository";
    /** An address a reader can open: https, a host, no spaces, quotes or angle brackets. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("https://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s\"'<>`]*)?");

    private static final ObjectReader ENTRY = Binder.YAML.readerFor(Entries.EditionEntry.class);

    private EditionFile() {
    }

    static Optional<Edition> read(Document doc, Problems problems) {
        Binder.defaultTo(doc.at(Pointer.ROOT), "repository", "");
        Optional<Entries.EditionEntry> bound = Binder.bind(ENTRY, doc, Pointer.ROOT, problems);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        Entries.EditionEntry e = bound.get();
        if (!e.version().matches("\\d+\\.\\d+\\.\\d+")) {
            problems.at(doc, "/version", "expected a version like \"1.0.0\", got " + Binder.shown(doc.at("/version")));
        }
        Checks.text(doc, "/title", e.title(), problems);
        Checks.text(doc, "/subtitle", e.subtitle(), problems);
        Checks.text(doc, "/author", e.author(), problems);
        Checks.text(doc, "/license_text", e.licenseText(), problems);
        Checks.text(doc, "/license_data", e.licenseData(), problems);
        Optional<LocalDate> date = date(doc, e.date(), problems);
        if (!e.repository().isEmpty() && !ADDRESS.matcher(e.repository()).matches()) {
            problems.at(doc, "/repository", "expected the address of the project's repository as https://host/path, got "
                    + Binder.shown(doc.at("/repository")));
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Edition(e.version(), date.orElseThrow(), e.title(), e.subtitle(), e.author(), e.licenseText(), e.licenseData(),
                e.repository().isEmpty() ? Optional.empty() : Optional.of(e.repository())));
    }

    private static Optional<LocalDate> date(Document doc, String text, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.at(doc, "/date", "expected a date as YYYY-MM-DD, got " + Binder.shown(doc.at("/date")));
            return Optional.empty();
        }
    }
}
