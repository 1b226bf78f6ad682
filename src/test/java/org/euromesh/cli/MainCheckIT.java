package org.euromesh.cli;

import static org.euromesh.cli.MainTest.copyProject;
import static org.euromesh.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.euromesh.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} through the command line over a whole copy of the project: each case renders every page. */
class MainCheckIT {

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
