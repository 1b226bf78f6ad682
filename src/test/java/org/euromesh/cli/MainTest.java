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

/** The command line as a user meets it: exit codes, one-line errors, no stack traces (checks of whole pages: MainCheckIT). */
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
}
