package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.euromesh.data.DataLoader;
import org.euromesh.problem.InputError;
import org.euromesh.data.LoadResult;
import org.euromesh.data.PastEdition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog: past editions kept as data, this edition from the model, the differences computed. */
class ChangelogTest {

    @TempDir
    static Path tmp;
    static Path root;

    @BeforeAll
    static void copy() throws IOException {
        root = Project.copy(tmp.resolve("project"));
    }

    static final YearMonth END = YearMonth.of(2035, 12);

    static Changelog.Headline headline(String mesh, String campus) {
        return new Changelog.Headline("405B", Optional.ofNullable(mesh).map(YearMonth::parse),
                Optional.ofNullable(campus).map(YearMonth::parse), END);
    }

    @Test
    void unchangedNumbersSayUnchanged() {
        assertEquals(List.of("Mesh: October 2028, unchanged.", "Campus: February 2033, unchanged.",
                "Lead: mesh first by 52 months (4.3 years), unchanged."),
                Changelog.changes(headline("2028-10", "2033-02"), headline("2028-10", "2033-02")));
    }

    @Test
    void movedDatesSayByHowMuchAndWhichWay() {
        assertEquals(List.of("Mesh: September 2028, 1 month earlier (was October 2028).",
                "Campus: February 2034, 12 months (1.0 years) later (was February 2033).",
                "Lead: mesh first by 65 months (5.4 years); was: mesh first by 52 months (4.3 years)."),
                Changelog.changes(headline("2028-10", "2033-02"), headline("2028-09", "2034-02")));
    }

    @Test
    void aCampusThatOvertakesTheMeshIsNamedFirst() {
        assertEquals("Lead: campus first by 3 months; was: mesh first by 52 months (4.3 years).",
                Changelog.changes(headline("2028-10", "2033-02"), headline("2030-05", "2030-02")).get(2));
    }

    @Test
    void aDeliveryBeyondTheHorizonIsWordedAsCensored() {
        List<String> changes = Changelog.changes(headline("2028-10", "2033-02"), headline("2028-10", null));
        assertEquals("Campus: after December 2035 (was February 2033).", changes.get(1));
        assertEquals("Lead: mesh first, by more than 86 months (7.2 years); was: mesh first by 52 months (4.3 years).", changes.get(2));
    }

    @Test
    void aDifferentTargetIsFlagged() {
        Changelog.Headline other = new Changelog.Headline("70B", Optional.of(YearMonth.of(2028, 10)), Optional.of(YearMonth.of(2033, 2)), END);
        assertTrue(Changelog.changes(headline("2028-10", "2033-02"), other).get(0).startsWith("Target: 70B (was 405B)"));
    }

    @Test
    void theChangelogPageListsThisBuildFirstThenThePastEditions() throws Exception {
        Project.Rendered r = Project.stages(root, List.of("scenarios.baseline.tau_mega_years=8"), "");
        List<Changelog.Entry> entries = Changelog.of(r.inputs(), r.results());
        assertEquals(List.of("1.1.0", "1.0.0", "0.1.0"), entries.stream().map(Changelog.Entry::version).toList());
        assertTrue(entries.get(0).current());
        assertEquals("February 2035", entries.get(0).campus(), "this edition's numbers come from the model of the build");
        assertEquals("1.0.0", entries.get(0).previous());
        assertEquals("Campus: February 2035, 24 months (2.0 years) later (was February 2033).", entries.get(0).changes().get(1));
        assertEquals(List.of("euromesh-2026"), entries.get(1).sources());
        assertEquals("30 June 2026", entries.get(1).date());
        Document page = Jsoup.parse(r.page("changelog.html"));
        assertEquals(List.of("Edition 1.1.0 (current)", "Edition 1.0.0", "Edition 0.1.0"), page.select(".edition h2").eachText());
        assertTrue(page.select("#edition-1-1-0 li").eachText().contains("Campus: February 2035, 24 months (2.0 years) later (was February 2033)."));
        assertTrue(page.selectFirst("#edition-0-1-0 a[href=sources.html#src-euromesh-2026]") != null, "the past edition names its source");
        assertTrue(Jsoup.parse(r.page("index.html")).selectFirst(".edition-line").text().startsWith("Edition 1.1.0 · 1 December 2026"));
        assertTrue(Jsoup.parse(r.page("report.html")).selectFirst(".edition-line a[href=changelog.html]") != null);
    }

    static List<String> load(String editions) throws IOException {
        Path project = Project.copy(tmp.resolve("bad-" + Integer.toHexString(editions.hashCode())));
        Files.writeString(project.resolve("data/editions.yaml"), editions);
        LoadResult r = DataLoader.load(project.resolve("data"), List.of());
        return r instanceof LoadResult.Failed f ? f.errors().stream().map(InputError::format).toList() : List.of();
    }

    static final String ENTRY = """
              - version: "%s"
                date: "%s"
                title: "Earlier"
                summary: "An earlier edition."
                headline: {target: 405B, mesh: "%s", campus: "2033-02"}
                tier: %s
                source: [%s]
            """;

    @Test
    void pastEditionsAreReadWithTheirTierAndSources() throws IOException {
        LoadResult r = DataLoader.load(root.resolve("data"), List.of());
        List<PastEdition> editions = ((LoadResult.Ok) r).inputs().editions();
        assertEquals(2, editions.size());
        assertEquals(YearMonth.of(2028, 10), editions.get(0).mesh());
        assertEquals("secondary", editions.get(0).tier());
        assertEquals(false, editions.get(0).dayKnown());
    }

    @Test
    void anUnknownSourceOrTierIsRefusedWithItsLine() throws IOException {
        List<String> errors = load("editions:\n" + ENTRY.formatted("0.9.0", "2026-05-01", "2028-10", "guess", "no-such-source"));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("data/editions.yaml:7:") && e.contains("unknown tier \"guess\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("data/editions.yaml:8:") && e.contains("unknown source id \"no-such-source\"")), errors.toString());
    }

    @Test
    void anEditionNotOlderThanTheCurrentOneIsRefused() throws IOException {
        List<String> errors = load("editions:\n" + ENTRY.formatted("1.1.0", "2026-12-02", "2028-10", "secondary", "euromesh-2026"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("version 1.1.0 is not older than the current edition 1.1.0")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("is after the current edition's date")), errors.toString());
    }

    @Test
    void editionsOutOfOrderAndBadMonthsAreRefused() throws IOException {
        List<String> errors = load("editions:\n" + ENTRY.formatted("0.2.0", "2026-05", "2028-10", "secondary", "euromesh-2026")
                + ENTRY.formatted("0.1.0", "2026-04", "October 2028", "secondary", "euromesh-2026"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("expected a month as YYYY-MM, got \"October 2028\"")), errors.toString());
        List<String> order = load("editions:\n" + ENTRY.formatted("0.2.0", "2026-05", "2028-10", "secondary", "euromesh-2026")
                + ENTRY.formatted("0.1.0", "2026-04", "2028-10", "secondary", "euromesh-2026"));
        assertTrue(order.stream().anyMatch(e -> e.contains("version 0.1.0 is not newer than 0.2.0")), order.toString());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheAllowedKeys() throws IOException {
        List<String> errors = load("editions:\n" + ENTRY.formatted("0.9.0", "2026-05-01", "2028-10", "secondary", "euromesh-2026")
                + "    gap_months: 52\n");
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown key \"gap_months\"")), errors.toString());
    }

    @Test
    void withoutTheFileThereAreNoPastEditions() throws IOException {
        Path project = Project.copy(tmp.resolve("no-editions"));
        Files.delete(project.resolve("data/editions.yaml"));
        LoadResult r = DataLoader.load(project.resolve("data"), List.of());
        assertEquals(List.of(), ((LoadResult.Ok) r).inputs().editions());
    }
}
