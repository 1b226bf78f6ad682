package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs written as an adversary would: markup and a spreadsheet formula in data fields, links to
 * files outside the project, editor backups. Whatever lands in a generated file is escaped for
 * that file's format, and nothing outside the project is read or published.
 */
class HostileInputsIT {

    private static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private static final String QUOTES = "\"quotes\" & ampersands";
    private static final String HOSTILE = MARKUP + " " + QUOTES;
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"x\")";

    @Test
    void markupInDataIsEscapedInEveryGeneratedFile(@TempDir Path tmp) throws Exception {
        Path root = TestProject.copy(tmp.resolve("project"));
        replace(root.resolve("data/regions.csv"), "france,France,", "france,\"France " + csv(HOSTILE) + "\",");
        String regions = Files.readString(root.resolve("data/regions.csv"), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("data/regions.csv"), regions.replaceFirst(",\"?(Accessible MW is an estimate[^\"\n]*)\"?\n",
                java.util.regex.Matcher.quoteReplacement(",\"" + csv(FORMULA) + " ") + "$1\"\n"), StandardCharsets.UTF_8);
        replace(root.resolve("data/grid_queue.csv"), "france,France,", "france,\"France " + csv(HOSTILE) + "\",");
        replace(root.resolve("data/substrate.csv"), "alps,Alps,Lugano,", "alps,\"Alps " + csv(HOSTILE) + "\",-Lugano,");
        replace(root.resolve("data/sources.yaml"), "title: \"Frontier supercomputer", "title: \"" + yaml(HOSTILE) + " Frontier supercomputer");
        replace(root.resolve("data/scenarios.yaml"), "note: \"lower half of IEA", "note: \"" + yaml(HOSTILE) + " lower half of IEA");
        replace(root.resolve("data/edition.yaml"), "title: \"Power First", "title: \"" + yaml(HOSTILE) + " Power First");

        Site.Outcome built = TestProject.build(new Site(), root, List.of());
        Map<String, byte[]> files = new TreeMap<>(built.files());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.get("euromesh-data.zip")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                files.put("euromesh-data.zip!" + e.getName(), zip.readAllBytes());
            }
        }

        List<String> markupSeenEscaped = new ArrayList<>();
        for (var f : files.entrySet()) {
            String name = f.getKey();
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (name.matches(".*\\.(html|svg|xml|json)")) {
                // Markup formats: no tag and no bare quote-and-ampersand from the data, in text, attributes or JSON-LD.
                assertFalse(text.contains("<script>alert"), name + " holds a raw <script> from data/");
                assertFalse(text.contains("<img src=x"), name + " holds a raw <img> from data/");
                assertFalse(text.contains("\" & ampersands"), name + " holds a raw \" & from data/");
                if (text.contains("&lt;script&gt;alert(1)") || text.contains("\\u003cscript\\u003ealert(1)")) {
                    markupSeenEscaped.add(name);
                }
            } else if (name.endsWith(".csv")) {
                // Plain text: the data is written as it is, but no cell may start a formula.
                for (String line : text.split("\n")) {
                    assertFalse(line.matches("(^|.*,)\"?[=+@].*") && !line.matches("(^|.*,)\"?'[=+@-].*"), name + ": " + line);
                    assertFalse(line.matches("(^|.*,)\"?-[^0-9i].*"), name + " has a text cell starting with '-': " + line);
                }
            }
        }
        assertTrue(markupSeenEscaped.containsAll(List.of("grid-queue.html", "results.html", "sources.html", "report.html",
                "data.html", "charts/scorecard.svg", "euromesh.csl.json")), "the data reached the pages: " + markupSeenEscaped);
        String inputs = new String(files.get("euromesh-data.zip!euromesh-data/inputs/regions.csv"), StandardCharsets.UTF_8);
        assertTrue(inputs.contains(",\"'" + csv(FORMULA)), "the formula in the inputs of the data zip is guarded");
        String substrate = new String(files.get("data/substrate.csv"), StandardCharsets.UTF_8);
        assertTrue(substrate.contains(",'-Lugano,"), substrate);
        assertTrue(new String(files.get("euromesh.bib"), StandardCharsets.UTF_8).contains("\\textless{}script\\textgreater{}"));
        pdfShowsTheMarkupAsText(root.resolve("site").resolve(Site.PDF_NAME));
    }

    /** The print HTML escaped the data if the PDF shows the markup as words (an interpreted tag would vanish). */
    private static void pdfShowsTheMarkupAsText(Path pdf) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException noPdftotext) {
            return; // the check needs poppler's pdftotext; the bytes of the print HTML are checked above through the pages
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(text.replaceAll("\\s+", " ").contains(MARKUP), "the PDF shows the region name as it was written");
    }

    @Test
    void linksOutOfTheProjectAreRefusedAndNeverPublished(@TempDir Path tmp) throws Exception {
        Path root = TestProject.copy(tmp.resolve("project"));
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.css"), "SECRET-HOST-FILE");
        Files.createSymbolicLink(root.resolve("templates/assets/secret.css"), secret);
        Site.Outcome o = new Site().render(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        assertEquals(List.of("templates/assets/secret.css: is a symbolic link that leads outside the project; copy the file into the project instead"),
                o.errors().stream().map(InputError::format).toList());
        assertTrue(o.files().isEmpty());

        Files.delete(root.resolve("templates/assets/secret.css"));
        Path data = Files.move(root.resolve("data/substrate.csv"), tmp.resolve("outside/substrate.csv"));
        Files.createSymbolicLink(root.resolve("data/substrate.csv"), data);
        o = new Site().check(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        assertEquals(List.of("data/substrate.csv: is a symbolic link that leads outside the project; copy the file into the project instead"),
                o.errors().stream().map(InputError::format).toList());
    }

    @Test
    void backupsAndStrayFilesAreIgnoredWithAWarning(@TempDir Path tmp) throws Exception {
        Path root = TestProject.copy(tmp.resolve("project"));
        Files.writeString(root.resolve("templates/assets/site.css~"), "BACKUP");
        Files.writeString(root.resolve("templates/assets/.#site.css"), "LOCK");
        Files.writeString(root.resolve("content/#index.md#"), "AUTOSAVE");
        Files.writeString(root.resolve("data/.regions.csv.swp"), "SWAP");
        Files.writeString(root.resolve("data/notes.txt"), "STRAY");
        Files.writeString(root.resolve("content/README.md.orig"), "ORIG");
        Site.Outcome o = new Site().render(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        assertTrue(o.ok(), () -> o.errors().toString());
        assertEquals(List.of(
                "data/.regions.csv.swp: ignored: an editor's backup or lock file",
                "data/notes.txt: ignored: not an input; data/ reads *.yaml, *.csv and README.md, and assumptions/*.yaml (lower-case names)",
                "content/#index.md#: ignored: an editor's backup or lock file",
                "content/README.md.orig: ignored: an editor's backup or lock file",
                "templates/assets/.#site.css: ignored: an editor's backup or lock file",
                "templates/assets/site.css~: ignored: an editor's backup or lock file"),
                o.warnings().stream().filter(w -> w.contains(": ignored: ")).toList());
        for (var f : o.files().entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
            for (String planted : List.of("BACKUP", "LOCK", "AUTOSAVE", "SWAP", "STRAY", "ORIG")) {
                assertFalse(text.contains(planted), f.getKey() + " publishes " + planted);
            }
        }
        assertFalse(o.files().keySet().stream().anyMatch(k -> k.endsWith("~") || k.contains(".#")), o.files().keySet().toString());
        assertEquals(InputHash.of(TestProject.copy(tmp.resolve("clean")), Site.INPUT_FOLDERS, List.of()),
                InputHash.of(root, Site.INPUT_FOLDERS, List.of()), "ignored files do not change the input hash");
    }

    private static void replace(Path file, String old, String with) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(old), file + " has no " + old);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(old), java.util.regex.Matcher.quoteReplacement(with)),
                StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.replace("\"", "\"\"");
    }

    private static String yaml(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
