package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.euromesh.site.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the machine rather than of the inputs: each is one line naming the path and the fix,
 * exit code 2, and the output folder and the project are as they were.
 */
class EnvironmentFaultsTest {

    @TempDir
    Path tmp;

    static void assertOneLine(MainTest.Run r, String start) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aMissingTemplatesFolderNamesItAndSaysWhereToRun() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        deleteTree(root.resolve("templates"));
        Map<String, String> before = DangerousOutTest.snapshot(tmp);
        for (String verb : List.of("build", "check")) {
            MainTest.Run r = MainTest.run(verb, "--root", root.toString(), "--out", root.resolve("site").toString(), "--quiet");
            assertOneLine(r, "euromesh: " + root.resolve("templates") + ": the input folder templates/ is missing; "
                    + "run euromesh in the project folder (the one holding data/, content/ and templates/) or name it with --root DIR");
        }
        assertEquals(before, DangerousOutTest.snapshot(tmp), "nothing was written, not even a lock");
    }

    @Test
    void aMissingTemporaryFolderIsNamedBeforeAnyWork() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path missing = tmp.resolve("no-such-tmp");
        Map<String, String> before = DangerousOutTest.snapshot(tmp);
        String saved = System.getProperty("java.io.tmpdir");
        MainTest.Run r;
        try {
            System.setProperty("java.io.tmpdir", missing.toString());
            r = MainTest.run("build", "--root", root.toString(), "--out", root.resolve("site").toString(), "--quiet");
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }
        assertOneLine(r, "euromesh: " + missing + ": the temporary folder (java.io.tmpdir) does not exist; "
                + "create it, or start Java with -Djava.io.tmpdir=DIR naming a writable folder");
        assertEquals(before, DangerousOutTest.snapshot(tmp));
    }

    @Test
    void aFileWhereTheOutputsFolderShouldBeIsNamed() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path file = Files.writeString(tmp.resolve("public"), "a file, not a folder\n");
        Map<String, String> before = DangerousOutTest.snapshot(tmp);
        MainTest.Run r = MainTest.run("build", "--root", root.toString(), "--out", file.resolve("site").toString(), "--quiet");
        assertOneLine(r, "euromesh: " + file + ": cannot make the folder that holds the output: a file of that name is in the way; "
                + "move that file away, or choose another folder with --out");
        assertEquals(before, DangerousOutTest.snapshot(tmp));
    }

    @Test
    void anOutputInUseByAnotherBuildNamesItsProcess() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path out = root.resolve("site");
        try (OutputFolder held = OutputFolder.claim(root, out, "build")) {
            Map<String, String> before = DangerousOutTest.snapshot(tmp);
            MainTest.Run r = MainTest.run("build", "--root", root.toString(), "--out", out.toString(), "--quiet");
            assertOneLine(r, "euromesh: " + out + ": is in use by another EuroMesh process (pid " + ProcessHandle.current().pid()
                    + ", euromesh build) that holds ");
            assertTrue(r.err().strip().endsWith(".site.lock; wait for it to finish, or stop it"), r.err());
            assertEquals(before, DangerousOutTest.snapshot(tmp));
        }
    }

    @Test
    void anUnreadableInputFileIsNamed() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path hardware = root.resolve("data/hardware.yaml");
        Files.setPosixFilePermissions(hardware, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its mode: there the fault cannot be made this way.
        assumeFalse(Files.isReadable(hardware), "this user can read a file of mode 000 (root)");
        MainTest.Run r = MainTest.run("check", "--root", root.toString(), "--quiet");
        assertOneLine(r, "euromesh: " + hardware + ": cannot open it: permission denied");
    }

    @Test
    void aReadOnlyOutputParentIsNamed() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path parent = Files.createDirectories(tmp.resolve("published"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "this user writes into a folder of mode 555 (root)");
            MainTest.Run r = MainTest.run("build", "--root", root.toString(), "--out", parent.resolve("site").toString(), "--quiet");
            assertOneLine(r, "euromesh: " + parent.resolve(".site.lock") + ": cannot make the lock file of the output folder: permission denied");
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutOfRangeDateIsBadInputWithItsLineNotAFault() throws IOException {
        Path root = MainTest.copyProject(tmp.resolve("project"));
        Path edition = root.resolve("data/edition.yaml");
        Files.writeString(edition, Files.readString(edition).replaceFirst("(?m)^date: .*$", "date: 2026-13-01"));
        MainTest.Run r = MainTest.run("build", "--root", root.toString(), "--out", root.resolve("site").toString(), "--quiet");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("data/edition.yaml:"), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void aWhatIfGoesToAFolderOfItsOwnUnlessOutIsGiven() {
        Main.Command whatIf = Main.parse(new String[] {"build", "--set", "hardware.gpu_kw=1.7"});
        assertEquals(OutputFolder.defaultFor(List.of("hardware.gpu_kw=1.7")), whatIf.out());
        assertTrue(whatIf.out().toString().startsWith("site-whatif-"), whatIf.out().toString());
        assertEquals(Path.of("site"), Main.parse(new String[] {"build"}).out());
        assertEquals(Path.of("site"), Main.parse(new String[] {"build", "--set", "hardware.gpu_kw=1.7", "--out", "site"}).out());
        assertEquals(Path.of("mine"), Main.parse(new String[] {"serve", "--set=hardware.gpu_kw=1.7", "--out=mine"}).out());
        assertEquals(Path.of(""), Main.parse(new String[] {"build", "--out", ""}).out(), "an empty --out is kept, to be refused");
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
