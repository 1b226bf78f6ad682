package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it (after `mvn package`). */
class PackagedCliIT {

    record Run(int code, String out, String err) {
    }

    static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/euromesh.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarBuildsTheSiteFromAProjectFolder(@TempDir Path tmp) throws Exception {
        MainTest.copyProject(tmp);
        Run r = java(tmp, "build");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("site/euromesh-report.pdf")));
        for (String stage : List.of("inputs", "model", "charts", "pages", "pdf", "write")) {
            assertTrue(r.out().contains(stage), "progress line for " + stage + ": " + r.out());
        }
    }

    @Test
    void theJarRejectsBadInputWithOneLineAndExitCodeOne(@TempDir Path tmp) throws Exception {
        MainTest.copyProject(tmp);
        Files.writeString(tmp.resolve("data/training.yaml"), Files.readString(tmp.resolve("data/training.yaml"))
                .replaceFirst("(mfu_local:\\s*\\n\\s*value:\\s*)[0-9.]+", "$11.4"));
        Run r = java(tmp, "build", "--quiet");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("data/training.yaml:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("site")), "nothing was written");
    }

    @Test
    void theLauncherBuildsTheSameBytesAsTheJarAndKeepsItsClassArchive(@TempDir Path tmp) throws Exception {
        MainTest.copyProject(tmp);
        Path launcher = Path.of("bin/euromesh").toAbsolutePath();
        for (String out : List.of("site-a", "site-b")) {
            Process p = new ProcessBuilder(launcher.toString(), "build", "--quiet", "--out", out).directory(tmp.toFile())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve(out + ".log").toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher finished");
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve(out + ".log")));
            assertEquals("", Files.readString(tmp.resolve(out + ".log")), "a quiet build prints nothing, not even JVM warnings");
        }
        assertTrue(Files.isRegularFile(Path.of("target/euromesh.jsa")), "the first run wrote the class-data archive");
        Run jar = java(tmp, "build", "--quiet", "--out", "site-c");
        assertEquals(0, jar.code(), jar.err());
        for (String f : List.of("index.html", "report.html", "euromesh-report.pdf", "data/montecarlo.csv")) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("site-a/" + f), tmp.resolve("site-c/" + f)), f + " differs from the jar's");
            assertEquals(-1L, Files.mismatch(tmp.resolve("site-b/" + f), tmp.resolve("site-c/" + f)), f + " differs from the jar's");
        }
    }
}
