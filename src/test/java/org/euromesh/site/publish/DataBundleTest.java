package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.euromesh.model.Parameter;
import org.euromesh.report.WhatIf;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** euromesh-data.zip: everything the data page offers, the inputs and a column guide, the same bytes every build. */
class DataBundleTest {

    static Path root;
    static Map<String, byte[]> first;
    static Map<String, byte[]> zip;

    @BeforeAll
    static void render() throws Exception {
        root = Project.shippedRoot();
        first = Project.shippedFiles();
        zip = entries(first.get(DataBundle.FILE));
    }

    static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void twoBuildsOfTheSameInputsGiveTheSameZipBytes() throws Exception {
        assertArrayEquals(first.get(DataBundle.FILE), Project.shippedFilesAgain().get(DataBundle.FILE));
    }

    @Test
    void theZipHoldsEveryFileTheDataPageLinksTo() {
        List<String> linked = new ArrayList<>();
        for (Element a : Jsoup.parse(new String(first.get("data.html"), StandardCharsets.UTF_8)).select("main a[href^=data/]")) {
            String href = a.attr("href");
            linked.add(href);
            byte[] inZip = zip.get(DataBundle.RESULTS + href.substring("data/".length()));
            assertTrue(inZip != null, href + " is in the zip");
            assertArrayEquals(first.get(href), inZip, href + " is the same file as on the site");
        }
        linked.sort(null);
        assertEquals(first.keySet().stream().filter(k -> k.startsWith("data/") && k.endsWith(".csv")).sorted().toList(), linked,
                "the data page links every CSV of the build");
        assertTrue(Jsoup.parse(new String(first.get("data.html"), StandardCharsets.UTF_8))
                .selectFirst("main a[href=" + DataBundle.FILE + "]") != null, "the data page links the zip");
    }

    @Test
    void theZipHoldsTheInputsWithTheSourcesRegistry() throws IOException {
        Path data = root.resolve("data");
        try (Stream<Path> s = Files.walk(data)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(f).toString().replace('\\', '/');
                assertArrayEquals(Files.readAllBytes(f), zip.get(DataBundle.INPUTS + name), name + " is in inputs/");
            }
        }
        assertTrue(zip.containsKey(DataBundle.INPUTS + "assumptions/euromesh-2026.yaml"), "the assumption sets travel with the data");
        assertTrue(zip.containsKey(DataBundle.INPUTS + "sources.yaml"));
    }

    @Test
    void entriesAreSortedAndStampedWithTheEditionDate() throws IOException {
        List<String> names = new ArrayList<>(zip.keySet());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first.get(DataBundle.FILE)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(2026, 12, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
    }

    // The result CSVs' guides are their declarations (ResultTable); the input tables' are written in ColumnGuide.
    @Test
    void theReadmeExplainsEveryColumnOfEveryInputTableWithItsUnit() {
        String readme = new String(zip.get(DataBundle.README), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (var e : zip.entrySet()) {
            if (!e.getKey().endsWith(".csv") || !e.getKey().startsWith(DataBundle.INPUTS)) {
                continue;
            }
            ColumnGuide.FileGuide guide = ColumnGuide.INPUTS.get(e.getKey().substring(DataBundle.INPUTS.length()));
            String header = new String(e.getValue(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            List<String> described = guide == null ? List.of() : guide.columns().stream().map(ColumnGuide.Column::name).toList();
            if (!List.of(header.split(",")).equals(described)) {
                missing.add(e.getKey() + ": header " + header + ", guide " + described);
            }
        }
        assertEquals(List.of(), missing, "add the columns to ColumnGuide.INPUTS");
        assertFalse(readme.contains("no column guide"), readme);
        assertTrue(readme.contains("gap_months: campus delivery minus mesh delivery (months; positive = the mesh is first)"), readme);
        assertTrue(readme.contains("Input hash "), readme);
    }

    // The parameters' guide and the model page's tables are read from the declarations (model/Parameter.java), no other list.
    @Test
    void everyDeclaredParameterIsInTheReadmeAndInTheModelPagesTablesWithItsLabel() {
        String readme = new String(zip.get(DataBundle.README), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document model = Jsoup.parse(new String(first.get("model.html"), StandardCharsets.UTF_8));
        for (Parameter p : Parameter.values()) {
            assertTrue(readme.contains("\n  " + p.key() + ": " + p.meaning() + " (" + p.unit().symbol() + ", "), p.key() + " in " + readme);
            String key = p.leadTime() ? "baseline." + p.key() : p.key();
            Optional<Element> row = model.select("table code").stream().filter(c -> c.text().equals(key)).findFirst()
                    .flatMap(c -> c.parents().stream().filter(e -> e.tagName().equals("tr")).findFirst());
            assertTrue(row.isPresent(), key + " has a row in the model page's parameter tables");
            assertTrue(row.get().text().contains(p.label()), key + " row shows its label: " + row.get().text());
        }
    }

    @Test
    void theReadmeNamesTheOverridesOfAWhatIfBuild() {
        org.euromesh.data.Edition edition = new org.euromesh.data.Edition("1.0.0", java.time.LocalDate.of(2026, 6, 30), "T", "S",
                "EuroMesh", "CC BY 4.0", "CC BY 4.0");
        String readme = DataBundle.readme(Map.of(), List.of("sources.yaml"), edition, "0123456789ab",
                new WhatIf(List.of(new WhatIf.Change("scenarios.baseline.tau_mega_years", "8", Optional.of("1 GW campus lead time"), Optional.of("7 years")))));
        assertTrue(readme.contains("--set scenarios.baseline.tau_mega_years=8"), readme);
        assertTrue(readme.startsWith("EuroMesh data, a what-if on edition 1.0.0"), readme);
        assertTrue(readme.contains("WHAT-IF, NOT THE EDITION"), readme);
        assertTrue(readme.contains("scenarios.baseline.tau_mega_years = 8 (1 GW campus lead time; edition: 7 years)"), readme);
        assertTrue(readme.contains("the files in inputs/ are as written, without them"), readme);
    }
}
