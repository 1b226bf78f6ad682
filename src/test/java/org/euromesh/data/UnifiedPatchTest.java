package org.euromesh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patch applier the bad-input fixtures rely on, on diffs written by {@code diff -u}. */
class UnifiedPatchTest {

    private static final String SHIPPED = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n";

    @TempDir
    Path root;

    private String applied(String shipped, String patch) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/x.yaml"), shipped);
        Files.writeString(root.resolve("patch.diff"), patch);
        UnifiedPatch.apply(root.resolve("patch.diff"), root, "99-example");
        return Files.readString(root.resolve("data/x.yaml"));
    }

    @Test
    void aHunkWithContextReplacesItsLine() throws IOException {
        String patch = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -2,5 +2,5 @@
                 b: 2
                 c: 3
                -d: 4
                +d: four
                 e: 5
                 f: 6
                """;
        assertEquals(SHIPPED.replace("d: 4", "d: four"), applied(SHIPPED, patch));
    }

    @Test
    void aHunkStillAppliesWhenLinesWereAddedAboveIt() throws IOException {
        String patch = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -3,3 +3,4 @@
                 c: 3
                 d: 4
                +d2: 4.5
                 e: 5
                """;
        String grown = "# a new comment\n# and another\n" + SHIPPED;
        assertEquals(grown.replace("d: 4\n", "d: 4\nd2: 4.5\n"), applied(grown, patch));
    }

    @Test
    void twoFilesAndSeveralHunksApplyInOrder() throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/y.csv"), "h\n1\n2\n");
        String patch = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -1,2 +1,2 @@
                -a: 1
                +a: one
                 b: 2
                @@ -6,2 +6,1 @@
                 f: 6
                -g: 7
                --- data/y.csv
                +++ data/y.csv
                @@ -1,3 +1,4 @@
                 h
                 1
                +1
                 2
                """;
        assertEquals("a: one\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n", applied(SHIPPED, patch));
        assertEquals("h\n1\n1\n2\n", Files.readString(root.resolve("data/y.csv")));
    }

    @Test
    void aPatchCanEmptyAFileAndDropItsLastNewline() throws IOException {
        String emptied = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -1,2 +0,0 @@
                -a: 1
                -b: 2
                """;
        assertEquals("", applied("a: 1\nb: 2\n", emptied));
        String noNewline = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -1,2 +1,2 @@
                 a: 1
                -b: 2
                +b: 3
                \\ No newline at end of file
                """;
        assertEquals("a: 1\nb: 3", applied("a: 1\nb: 2\n", noNewline));
    }

    @Test
    void aHunkThatNoLongerFitsFailsNamingTheFixtureFileAndLine() {
        String patch = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -3,3 +3,3 @@
                 c: 3
                -d: 40
                +d: 41
                 e: 5
                """;
        AssertionError e = assertThrows(AssertionError.class, () -> applied(SHIPPED, patch));
        assertTrue(e.getMessage().startsWith("99-example: data/x.yaml @@ -3,3 +3,3 @@ no longer applies to the shipped file: "
                + "line 4 is 'd: 4', the patch expects 'd: 40'"), e.getMessage());
    }

    @Test
    void aPatchMayNotNameAFileOutsideTheProjectOrOneThatDoesNotExist() {
        String outside = """
                --- ../x.yaml
                +++ ../x.yaml
                @@ -1,1 +1,1 @@
                -a: 1
                +a: 2
                """;
        AssertionError up = assertThrows(AssertionError.class, () -> applied(SHIPPED, outside));
        assertTrue(up.getMessage().contains("names ../x.yaml"), up.getMessage());
        AssertionError missing = assertThrows(AssertionError.class, () -> applied(SHIPPED, outside.replace("../x.yaml", "data/z.yaml")));
        assertEquals("99-example: the patch changes data/z.yaml, which does not exist", missing.getMessage());
    }

    @Test
    void aPatchWithoutAFileOrCutShortIsRefused() {
        AssertionError none = assertThrows(AssertionError.class, () -> applied(SHIPPED, "nothing to see\n"));
        assertEquals("99-example: the patch changes no file (no '--- NAME' line)", none.getMessage());
        String cut = """
                --- data/x.yaml
                +++ data/x.yaml
                @@ -1,3 +1,3 @@
                 a: 1
                -b: 2
                """;
        AssertionError shortHunk = assertThrows(AssertionError.class, () -> applied(SHIPPED, cut));
        assertTrue(shortHunk.getMessage().contains("is cut short"), shortHunk.getMessage());
    }
}
