package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.euromesh.site.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged jar and its output folder, as a user in a shell meets them: relative --out values, the umask, a running preview. */
class OutputFolderIT {

    @TempDir
    Path tmp;
    // Apart from the project's folder, so that what the jar prints is not a change around the project.
    @TempDir
    Path logs;

    static PackagedCliIT.Run jar(Path dir, Path logs, String... args) throws IOException, InterruptedException {
        return jar(dir, logs, List.of(), args);
    }

    /** Runs the jar in {@code dir}, prefixed by {@code as} (a command that runs it as another user), its output in {@code logs}. */
    static PackagedCliIT.Run jar(Path dir, Path logs, List<String> as, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(as);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", Path.of("target/euromesh.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the jar finished");
        return new PackagedCliIT.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "build --out \"{0}\" from the project folder")
    @ValueSource(strings = {"", ".", "./", "data", "templates/", "..", "../..", "content/../data"})
    void theJarRefusesADangerousOutFromTheProjectFolder(String out) throws Exception {
        Path project = MainTest.copyProject(tmp.resolve("project"));
        Map<String, String> before = DangerousOutTest.snapshot(tmp);
        PackagedCliIT.Run r = jar(project, logs, "build", "--out", out);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("euromesh: "), r.err());
        assertEquals(before, DangerousOutTest.snapshot(tmp), "the copy is byte-identical");
    }

    @Test
    void aWhatIfBuildUnderUmask077WritesItsOwnFolderWithOrdinaryModes() throws Exception {
        Path project = MainTest.copyProject(tmp.resolve("project"));
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", Path.of("target/euromesh.jar").toAbsolutePath().toString(),
                "build", "--quiet", "--set", "hardware.gpu_kw=1.7"));
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(logs.resolve("build.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the build finished");
        assertEquals(0, p.exitValue(), Files.readString(logs.resolve("build.log")));
        Path whatIf = project.resolve(OutputFolder.defaultFor(List.of("hardware.gpu_kw=1.7")));
        assertTrue(Files.isRegularFile(whatIf.resolve("index.html")), "the what-if has its own folder " + whatIf.getFileName());
        assertFalse(Files.exists(project.resolve("site")), "the edition's folder is untouched");
        assertTrue(Files.isRegularFile(whatIf.resolve(OutputFolder.MARKER)));
        int checked = 0;
        try (Stream<Path> s = Files.walk(whatIf)) {
            for (Path f : s.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS));
                assertEquals(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--", mode, whatIf.relativize(f).toString());
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked + " files and folders");
    }

    @Test
    void asAUserFileModesBindAnUnreadableInputAndAReadOnlyParentAreOneLineEach() throws Exception {
        // Root reads and writes whatever the modes: run the jar as the unprivileged user "nobody" (setpriv, util-linux).
        Optional<Path> setpriv = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(d -> Path.of(d, "setpriv")).filter(Files::isExecutable).findFirst();
        assumeTrue(System.getProperty("user.name").equals("root") && setpriv.isPresent(), "needs root and setpriv to become another user");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = MainTest.copyProject(tmp.resolve("project"));
        Path hardware = project.resolve("data/hardware.yaml");
        Files.setPosixFilePermissions(hardware, PosixFilePermissions.fromString("---------"));
        Path published = Files.createDirectories(tmp.resolve("published"));
        Files.setPosixFilePermissions(published, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> asNobody = List.of(setpriv.get().toString(), "--reuid=65534", "--regid=65534", "--clear-groups");

        PackagedCliIT.Run unreadable = jar(project, logs, asNobody, "check", "--quiet");
        assertEquals(2, unreadable.code(), unreadable.err());
        assertEquals("euromesh: ./data/hardware.yaml: cannot open it: permission denied; give your user access to it (chmod, chown), or choose another folder",
                unreadable.err().strip());

        Files.setPosixFilePermissions(hardware, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> before = DangerousOutTest.snapshot(tmp);
        PackagedCliIT.Run readOnly = jar(project, logs, asNobody, "build", "--quiet", "--out", published.resolve("site").toString());
        assertEquals(2, readOnly.code(), readOnly.err());
        assertEquals("euromesh: " + published.toRealPath().resolve(".site.lock") + ": cannot make the lock file of the output folder: permission denied; "
                + "give your user access to it (chmod, chown), or choose another folder", readOnly.err().strip());
        assertEquals(before, DangerousOutTest.snapshot(tmp));
    }

    @Test
    void aBuildWhileThePreviewServesTheSameFolderIsRefusedWithThePreviewsPid() throws Exception {
        Path project = MainTest.copyProject(tmp.resolve("project"));
        Path log = logs.resolve("serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-jar", Path.of("target/euromesh.jar").toAbsolutePath().toString(), "serve", "--port", "0")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("serving http://") && System.nanoTime() < deadline) {
                assertTrue(serve.isAlive(), Files.readString(log));
                Thread.sleep(100);
            }
            PackagedCliIT.Run r = jar(project, logs, "build", "--quiet");
            assertEquals(2, r.code(), r.err());
            assertEquals("euromesh: site: is in use by another EuroMesh process (pid " + serve.pid() + ", euromesh serve) that holds "
                    + project.toRealPath().resolve(".site.lock") + "; wait for it to finish, or stop it", r.err().strip());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
