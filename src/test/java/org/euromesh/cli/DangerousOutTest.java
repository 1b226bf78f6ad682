package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --out} that is not the build's own, given to {@code build} (and {@code serve}) on a
 * copy of the project: exit code 2, one line, and not one byte of the copy or around it changes.
 */
class DangerousOutTest {

    @TempDir
    static Path tmp;
    static Path project;

    @BeforeAll
    static void copy() throws IOException {
        project = MainTest.copyProject(tmp.resolve("project"));
        Files.createDirectories(project.resolve("notes"));
        Files.writeString(project.resolve("notes/ideas.md"), "years of work\n");
        Files.createSymbolicLink(project.resolve("content-link"), project.resolve("content"));
        Files.createSymbolicLink(project.resolve("project-link"), project);
    }

    /** Path (with "/" for a folder, "-> target" for a link) to the SHA-256 of its bytes, for every entry under {@code dir}. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String name = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(name, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(name + "/", "");
                } else {
                    m.put(name, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value from the table below, made absolute against the copy (the tests run from the real project). */
    static String out(String value) {
        return switch (value) {
            case "<empty>" -> "";
            case "<root>" -> "/";
            default -> project.resolve(value).toString();
        };
    }

    @ParameterizedTest(name = "build --out {0}")
    @ValueSource(strings = {"<empty>", ".", "data", "content", "templates", "templates/assets", "data/new-folder", "..", "<root>",
            "data/edition.yaml", "notes", "content-link", "project-link", "project-link/site/..", "../project"})
    void buildRefusesAnOutputThatIsNotItsOwn(String value) throws IOException {
        Map<String, String> before = snapshot(tmp);
        long start = System.nanoTime();
        MainTest.Run r = MainTest.run("build", "--root", project.toString(), "--out", out(value));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("euromesh: ") && r.err().endsWith("\n") && r.err().lines().count() == 1, "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out(), "no stage ran");
        assertEquals(before, snapshot(tmp), "nothing in or around the project changed");
        assertTrue(ms < 5_000, "refused before any work, in " + ms + " ms");
    }

    @ParameterizedTest(name = "serve --out {0}")
    @ValueSource(strings = {"<empty>", ".", "templates", "notes"})
    void serveRefusesThemToo(String value) throws IOException {
        Map<String, String> before = snapshot(tmp);
        MainTest.Run r = MainTest.run("serve", "--port", "0", "--root", project.toString(), "--out", out(value));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(before, snapshot(tmp));
    }

    @org.junit.jupiter.api.Test
    void theMessagesSayWhatTheFolderIsAndWhatToDo() {
        Map<String, String> expected = new TreeMap<>(Map.of(
                "<empty>", "euromesh: \"\": the output folder is an empty path; choose a folder of its own with --out, e.g. --out site",
                ".", "euromesh: " + out(".") + ": is the project folder (it holds data/, content/ and templates/); choose a folder of its own with --out, e.g. --out site",
                "templates", "euromesh: " + out("templates") + ": is the input folder templates/; choose a folder of its own with --out, e.g. --out site",
                "templates/assets", "euromesh: " + out("templates/assets") + ": is inside the input folder templates/; choose a folder of its own with --out, e.g. --out site",
                "data/edition.yaml", "euromesh: " + out("data/edition.yaml") + ": is a file, not a folder; choose a folder of its own with --out, e.g. --out site",
                "notes", "euromesh: " + out("notes") + ": is not empty and has no .euromesh-site file, so EuroMesh did not make it; "
                        + "choose a new or empty folder with --out; if it is the output of an older EuroMesh, delete it once",
                "content-link", "euromesh: " + out("content-link") + ": is the input folder content/; choose a folder of its own with --out, e.g. --out site"));
        for (var e : expected.entrySet()) {
            MainTest.Run r = MainTest.run("build", "--root", project.toString(), "--out", out(e.getKey()));
            assertEquals(e.getValue(), r.err().strip(), e.getKey());
        }
        MainTest.Run up = MainTest.run("build", "--root", project.toString(), "--out", out(".."));
        assertTrue(up.err().strip().matches("euromesh: .*: contains the project folder .*project; choose a folder of its own with --out, e.g. --out site"), up.err());
    }
}
