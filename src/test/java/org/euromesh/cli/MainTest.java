package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, no stack traces. */
class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path copyProject(Path into) throws IOException {
        return org.euromesh.site.TestProject.copy(into);
    }

    @Test
    void anUnknownArgumentExitsWithTwoAndSaysWhatIsAllowed() {
        Run r = run("--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown argument '--frobnicate'"), r.err());
    }

    @Test
    void setWithoutAnEqualsSignIsRejected() {
        Run r = run("build", "--set", "scenarios.baseline.tau_mega_years");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("KEY=VALUE"), r.err());
    }

    @Test
    void helpPrintsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("build") && r.out().contains("check") && r.out().contains("--set"));
    }

    @Test
    void anUnknownSetKeyFailsWithOneLineAndNoStackTrace(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Run r = run("check", "--root", root.toString(), "--set", "scenarios.baseline.tau_mega_yrs=8", "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("--set"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aBrokenDataFileNamesTheFileAndLine(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path regions = root.resolve("data/regions.csv");
        String csv = Files.readString(regions).replaceFirst("\n(\\w+),", "\n$1,\"unclosed,");
        Files.writeString(regions, csv);
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("data/regions.csv:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void checkWritesNothing(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Run r = run("check", "--root", root.toString(), "--out", root.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(root.resolve("site")));
        assertTrue(r.out().contains("inputs") && r.out().contains("model"), "one progress line per stage: " + r.out());
    }

    @Test
    void anUnknownValueInMarkdownNamesTheContentFileAndLine(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path page = root.resolve("content/results.md");
        Files.writeString(page, Files.readString(page) + "\nThe gap is ${s.baseline.gapp}.\n");
        long lines = Files.readAllLines(page).size();
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/results.md:" + lines + ":"), r.err());
        assertTrue(r.err().contains("s.baseline.gapp"), r.err());
    }

    @Test
    void anUnknownCitationNamesTheContentFileAndLine(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path page = root.resolve("content/results.md");
        Files.writeString(page, Files.readString(page) + "\nA claim <@cite \"no-such-source\"/>.\n");
        long lines = Files.readAllLines(page).size();
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/results.md:" + lines + ":"), r.err());
        assertTrue(r.err().contains("no-such-source"), r.err());
    }

    @Test
    void aFreemarkerErrorInALayoutNamesTheTemplate(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path layout = root.resolve("templates/page.ftlh");
        Files.writeString(layout, Files.readString(layout).replaceFirst("</body>", "<#if>\n</body>"));
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("templates/page.ftlh:"), r.err());
    }

    @Test
    void markdownCannotReachJavaInternals(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path page = root.resolve("content/results.md");
        Files.writeString(page, Files.readString(page) + "\n<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/results.md:"), r.err());
    }

    @Test
    void aLayoutCannotCallTheApiBuiltIn(@TempDir Path tmp) throws IOException {
        Path root = copyProject(tmp);
        Path layout = root.resolve("templates/page.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "${page?api.getClass()}</body>"));
        Run r = run("check", "--root", root.toString(), "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("templates/page.ftlh:"), r.err());
    }
}
