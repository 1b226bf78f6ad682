package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
