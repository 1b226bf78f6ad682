package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder on its own, with small sites: the swap, its undoing, leftovers, the lock, modes,
 * links. Over 300 lines because every way a swap can fail is staged here against the one
 * {@code Disk} seam, so the cases read side by side.
 */
class OutputFolderTest {

    @TempDir
    Path tmp;
    Path root;
    Path out;

    static final Map<String, byte[]> FIRST = files("index.html", "<p>first</p>", "data/a.csv", "a\n1\n", "assets/fonts/f.ttf", "font");
    static final Map<String, byte[]> SECOND = files("index.html", "<p>second</p>", "charts/c.svg", "<svg/>");

    static Map<String, byte[]> files(String... pathThenText) {
        Map<String, byte[]> m = new TreeMap<>();
        for (int i = 0; i < pathThenText.length; i += 2) {
            m.put(pathThenText[i], pathThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @BeforeEach
    void project() throws IOException {
        root = tmp.resolve("project");
        for (String f : Site.INPUT_FOLDERS) {
            Files.createDirectories(root.resolve(f));
            Files.writeString(root.resolve(f).resolve("README.md"), f);
        }
        out = root.resolve("site");
    }

    /** Every file under {@code dir} (the marker included), path to text. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    static Map<String, String> expected(Map<String, byte[]> files) {
        Map<String, String> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        m.put(OutputFolder.MARKER, "marker");
        return m;
    }

    static Map<String, String> withoutMarkerText(Map<String, String> tree) {
        Map<String, String> m = new TreeMap<>(tree);
        m.computeIfPresent(OutputFolder.MARKER, (k, v) -> "marker");
        return m;
    }

    void write(Map<String, byte[]> files) throws IOException {
        try (OutputFolder folder = OutputFolder.claim(root, out, "build")) {
            folder.replace(files);
        }
    }

    List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("site")).sorted().toList();
        }
    }

    /** Real moves and writes, except the n-th move (1-based), which fails as {@code failure} says. */
    static OutputFolder.Disk failingMove(int n, IOException failure) {
        return failingMoveAt(n, () -> {
            throw failure;
        });
    }

    /** As {@link #failingMove}, but the n-th move is a kill: an exception no catch of the build expects. */
    static OutputFolder.Disk killedAtMove(int n) {
        return failingMoveAt(n, () -> {
            throw new IllegalStateException("killed");
        });
    }

    private interface Failure {
        void raise() throws IOException;
    }

    private static OutputFolder.Disk failingMoveAt(int n, Failure failure) {
        AtomicInteger moves = new AtomicInteger();
        return new OutputFolder.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                OutputFolder.REAL_DISK.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (moves.incrementAndGet() == n) {
                    failure.raise();
                }
                OutputFolder.REAL_DISK.move(from, to);
            }

            @Override
            public boolean isMountPoint(Path folder) throws IOException {
                return OutputFolder.REAL_DISK.isMountPoint(folder);
            }
        };
    }

    /** The real disk, but every folder counts as a mount point, so contents are swapped in place. */
    static OutputFolder.Disk mountPoint(OutputFolder.Disk disk) {
        return new OutputFolder.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                disk.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                disk.move(from, to);
            }

            @Override
            public boolean isMountPoint(Path folder) {
                return Files.isDirectory(folder);
            }
        };
    }

    @Test
    void aBuildWritesItsFilesAndTheMarkerAndReplacesThePreviousOneWhole() throws IOException {
        write(FIRST);
        assertEquals(expected(FIRST), withoutMarkerText(tree(out)));
        write(SECOND);
        assertEquals(expected(SECOND), withoutMarkerText(tree(out)), "nothing of the first build is left");
        assertEquals(List.of("site"), siblings(), "no temporary or old folder is left beside it");
    }

    @Test
    void filesAre0644AndFolders0755WhateverTheTemporaryFolderWasMadeWith() throws IOException {
        write(FIRST);
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertEquals(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--", mode, out.relativize(p).toString());
            }
        }
    }

    @Test
    void whenTheSecondRenameFailsThePreviousSiteIsPutBack() throws IOException {
        write(FIRST);
        Map<String, String> before = tree(out);
        OutputFolder folder = OutputFolder.claim(root, out, "build", failingMove(2, new FileSystemException("site", null, "Input/output error")));
        EnvironmentFault f = assertThrows(EnvironmentFault.class, () -> folder.replace(SECOND));
        folder.close();
        assertEquals(before, tree(out));
        assertEquals(List.of("site"), siblings(), "neither the new nor the old folder is left beside it");
        assertEquals(out + ": cannot write the site: Input/output error; check the disk and the permissions there, or choose another folder", f.line());
    }

    @Test
    void whenTheOldSiteCannotBePutBackTheNextBuildDoesIt() throws IOException {
        write(FIRST);
        Map<String, String> before = tree(out);
        AtomicInteger moves = new AtomicInteger();
        OutputFolder.Disk stuck = new OutputFolder.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                OutputFolder.REAL_DISK.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (moves.incrementAndGet() >= 2) {
                    throw new FileSystemException(from.toString(), null, "Input/output error");
                }
                OutputFolder.REAL_DISK.move(from, to);
            }

            @Override
            public boolean isMountPoint(Path folder) {
                return false;
            }
        };
        OutputFolder folder = OutputFolder.claim(root, out, "build", stuck);
        EnvironmentFault f = assertThrows(EnvironmentFault.class, () -> folder.replace(SECOND));
        folder.close();
        assertTrue(f.line().contains("nor the previous one back from site.old-") && f.line().contains("the next build puts it back"), f.line());
        assertFalse(Files.exists(out));
        try (OutputFolder next = OutputFolder.claim(root, out, "build")) {
            assertTrue(next.recovered().get(0).startsWith("put back "), next.recovered().toString());
        }
        assertEquals(before, tree(out));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aFullDiskWhileWritingLeavesThePreviousSiteAndNoTemporaryFolder() throws IOException {
        write(FIRST);
        Map<String, String> before = tree(out);
        AtomicInteger writes = new AtomicInteger();
        OutputFolder.Disk full = new OutputFolder.Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (writes.incrementAndGet() == 3) {
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                OutputFolder.REAL_DISK.write(file, bytes);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                OutputFolder.REAL_DISK.move(from, to);
            }

            @Override
            public boolean isMountPoint(Path folder) {
                return false;
            }
        };
        try (OutputFolder folder = OutputFolder.claim(root, out, "build", full)) {
            EnvironmentFault f = assertThrows(EnvironmentFault.class, () -> folder.replace(SECOND));
            assertEquals("site: cannot write the site: the disk is full (No space left on device); "
                    + "free some space on that disk, or choose a folder on another disk with --out", f.line().replace(out.toString(), "site"));
        }
        assertEquals(before, tree(out));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsUndoneByTheNext() throws IOException {
        write(FIRST);
        Map<String, String> before = tree(out);
        // What a kill leaves: the new site written beside, the old one moved aside, no site.
        Files.move(out, root.resolve("site.old-1234"));
        Path unfinished = Files.createDirectories(root.resolve("site.tmp-5678/data"));
        Files.writeString(unfinished.getParent().resolve(OutputFolder.MARKER), "marker");
        Files.writeString(unfinished.resolve("half.csv"), "a\n");
        try (OutputFolder next = OutputFolder.claim(root, out, "build")) {
            assertEquals(List.of("removed site.tmp-5678, the unfinished output of an interrupted build",
                    "put back " + out + " from site.old-1234, where an interrupted build had moved it"), next.recovered());
        }
        assertEquals(before, tree(out));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aKillDuringTheSwapItselfIsUndoneByTheNextBuild() throws IOException {
        write(FIRST);
        Map<String, String> before = tree(out);
        // A kill is not an exception the build can catch: this one escapes between the renames.
        OutputFolder.Disk kill = killedAtMove(2);
        OutputFolder folder = OutputFolder.claim(root, out, "build", kill);
        assertThrows(IllegalStateException.class, () -> folder.replace(SECOND));
        folder.close();
        assertFalse(Files.exists(out), "the kill came after the old site was moved aside");
        write(SECOND);
        assertEquals(expected(SECOND), withoutMarkerText(tree(out)));
        assertEquals(List.of("site"), siblings());
        assertEquals(expected(FIRST), withoutMarkerText(before));
    }

    @Test
    void aLeftoverOldSiteIsRemovedWhenTheSwapHadFinished() throws IOException {
        write(SECOND);
        Path old = Files.createDirectories(root.resolve("site.old-99"));
        Files.writeString(old.resolve(OutputFolder.MARKER), "marker");
        Files.writeString(old.resolve("index.html"), "old");
        try (OutputFolder next = OutputFolder.claim(root, out, "build")) {
            assertEquals(List.of("removed site.old-99, the previous output an interrupted build left"), next.recovered());
        }
        assertEquals(expected(SECOND), withoutMarkerText(tree(out)));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aFolderThatOnlyLooksLikeALeftoverIsLeftAlone() throws IOException {
        Path notOurs = Files.createDirectories(root.resolve("site.old-notes"));
        Files.writeString(notOurs.resolve("mine.txt"), "keep");
        write(FIRST);
        assertEquals(Map.of("mine.txt", "keep"), tree(notOurs));
    }

    @Test
    void aSecondClaimIsRefusedWithThePidAndCommandOfTheFirst() throws IOException {
        try (OutputFolder first = OutputFolder.claim(root, out, "serve")) {
            EnvironmentFault f = assertThrows(EnvironmentFault.class, () -> OutputFolder.claim(root, out, "build"));
            assertEquals(out + ": is in use by another EuroMesh process (pid " + ProcessHandle.current().pid() + ", euromesh serve) that holds "
                    + root.toRealPath().resolve(".site.lock") + "; wait for it to finish, or stop it", f.line());
            // Through a link to the same folder it is the same lock.
            Path link = Files.createSymbolicLink(tmp.resolve("link"), out.getParent());
            assertThrows(EnvironmentFault.class, () -> OutputFolder.claim(root, link.resolve("site"), "build"));
        }
        try (OutputFolder again = OutputFolder.claim(root, out, "build")) {
            again.replace(FIRST);
        }
        assertEquals(expected(FIRST), withoutMarkerText(tree(out)));
    }

    @Test
    void aLinkedOutputStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path published = tmp.resolve("published/euromesh");
        Files.createSymbolicLink(out, published);
        write(FIRST);
        write(SECOND);
        assertTrue(Files.isSymbolicLink(out), "site is still a link");
        assertEquals(published, Files.readSymbolicLink(out));
        assertEquals(expected(SECOND), withoutMarkerText(tree(published)));
        try (Stream<Path> s = Files.list(published.getParent())) {
            assertEquals(List.of(".euromesh.lock", "euromesh"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aLinkIntoAnInputFolderIsRefusedLikeTheFolder() throws IOException {
        Files.createSymbolicLink(out, root.resolve("templates"));
        EnvironmentFault f = assertThrows(EnvironmentFault.class, () -> OutputFolder.claim(root, out, "build"));
        assertEquals(out + ": is the input folder templates/; choose a folder of its own with --out, e.g. --out site", f.line());
        assertEquals(Map.of("README.md", "templates"), tree(root.resolve("templates")));
    }

    @Test
    void aMountPointIsWrittenIntoInsteadOfRenamed() throws IOException {
        Files.createDirectories(out);
        OutputFolder.Disk disk = mountPoint(OutputFolder.REAL_DISK);
        for (Map<String, byte[]> files : List.of(FIRST, SECOND)) {
            try (OutputFolder folder = OutputFolder.claim(root, out, "build", disk)) {
                folder.replace(files);
            }
        }
        Map<String, String> inside = withoutMarkerText(tree(out));
        assertEquals("pid " + ProcessHandle.current().pid() + "\ncommand build\n", inside.remove(".euromesh-site.lock"));
        assertEquals(expected(SECOND), inside);
        assertEquals(List.of("site"), siblings(), "nothing was written beside the mount point");
    }

    @Test
    void aFolderThatCannotBeRenamedBecauseItIsBusyIsSwappedInPlace() throws IOException {
        write(FIRST);
        // What rename(2) says of a bind mount, which has its parent's device number.
        try (OutputFolder folder = OutputFolder.claim(root, out, "build", failingMove(1, new FileSystemException(out.toString(), null, "Device or resource busy")))) {
            folder.replace(SECOND);
        }
        assertEquals(expected(SECOND), withoutMarkerText(tree(out)));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aMountPointSwapThatFailsHalfwayPutsTheOldContentsBack() throws IOException {
        Files.createDirectories(out);
        OutputFolder.Disk disk = mountPoint(OutputFolder.REAL_DISK);
        try (OutputFolder folder = OutputFolder.claim(root, out, "build", disk)) {
            folder.replace(FIRST);
        }
        Map<String, String> before = tree(out);
        // FIRST has three entries moved aside (assets, data, index.html), then the rename, then the new ones: fail at the second new one.
        try (OutputFolder folder = OutputFolder.claim(root, out, "build", mountPoint(failingMove(6, new FileSystemException("x", null, "Input/output error"))))) {
            assertThrows(EnvironmentFault.class, () -> folder.replace(SECOND));
        }
        assertEquals(before, tree(out));
    }

    @Test
    void aMountPointSwapKilledHalfwayIsUndoneByTheNextBuild() throws IOException {
        Files.createDirectories(out);
        try (OutputFolder folder = OutputFolder.claim(root, out, "build", mountPoint(OutputFolder.REAL_DISK))) {
            folder.replace(FIRST);
        }
        Map<String, String> before = tree(out);
        for (int killAt : List.of(2, 5)) {
            OutputFolder.Disk kill = mountPoint(killedAtMove(killAt));
            OutputFolder folder = OutputFolder.claim(root, out, "build", kill);
            assertThrows(IllegalStateException.class, () -> folder.replace(SECOND));
            folder.close();
            assertFalse(before.equals(tree(out)), "the kill left a half-swapped folder");
            try (OutputFolder next = OutputFolder.claim(root, out, "build", mountPoint(OutputFolder.REAL_DISK))) {
                assertFalse(next.recovered().isEmpty());
            }
            assertEquals(before, tree(out), "killed at move " + killAt);
        }
    }

    @Test
    void aWhatIfHasAFolderOfItsOwnNamedByItsOverrides() {
        assertEquals(Path.of("site"), OutputFolder.defaultFor(List.of()));
        Path a = OutputFolder.defaultFor(List.of("hardware.gpu_kw=1.7"));
        assertTrue(a.toString().matches("site-whatif-[0-9a-f]{8}"), a.toString());
        assertEquals(a, OutputFolder.defaultFor(List.of("hardware.gpu_kw=1.7")));
        assertFalse(a.equals(OutputFolder.defaultFor(List.of("hardware.gpu_kw=1.8"))));
    }

    @Test
    void printFoldersOfEndedProcessesAreLeftoversAndTheirOwnAreNot() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Instant now = Instant.now();
        Path dead = Files.createDirectories(tmp.resolve(PrintFolder.PREFIX + "-" + ended.pid() + "-1"));
        Path alive = Files.createDirectories(tmp.resolve(PrintFolder.PREFIX + "-" + ProcessHandle.current().pid() + "-2"));
        Path legacy = Files.createDirectories(tmp.resolve(PrintFolder.PREFIX + "3"));
        for (Path p : List.of(dead, alive, legacy)) {
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofHours(2))));
        }
        assertTrue(PrintFolder.isLeftover(dead, now), "its process has ended");
        assertFalse(PrintFolder.isLeftover(alive, now), "its process is this one");
        assertFalse(PrintFolder.isLeftover(legacy, now), "no process named, and only two hours old");
        assertTrue(PrintFolder.isLeftover(legacy, now.plus(Duration.ofDays(1))), "a day later it is abandoned");
        assertFalse(PrintFolder.isLeftover(dead, Files.getLastModifiedTime(dead).toInstant().plusSeconds(60)), "a minute old: may still be rendering");
    }
}
