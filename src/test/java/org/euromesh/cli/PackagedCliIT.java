package org.euromesh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
    void theLauncherBuildsTheSameBytesAsTheJarAndKeepsItsStartUpCache(@TempDir Path tmp) throws Exception {
        MainTest.copyProject(tmp);
        Path launcher = Path.of("bin/euromesh").toAbsolutePath();
        String testJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The launcher's own choice of JDK (the newest it finds) twice, so the second run uses the
        // cache the first wrote; then the JDK running this test, with its class-data archive.
        Map<String, String> runs = new LinkedHashMap<>();
        runs.put("site-a", "");
        runs.put("site-b", "");
        runs.put("site-d", testJava);
        for (Map.Entry<String, String> run : runs.entrySet()) {
            String out = run.getKey();
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "build", "--quiet", "--out", out).directory(tmp.toFile())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve(out + ".log").toFile());
            pb.environment().remove("EUROMESH_JAVA");
            if (!run.getValue().isEmpty()) {
                pb.environment().put("EUROMESH_JAVA", run.getValue());
            }
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher finished");
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve(out + ".log")));
            assertEquals("", Files.readString(tmp.resolve(out + ".log")), "a quiet build prints nothing, not even JVM messages");
        }
        FileTime jarTime = Files.getLastModifiedTime(Path.of("target/euromesh.jar"));
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            List<String> caches = target.filter(f -> f.getFileName().toString().matches("euromesh(\\.jsa|-jdk\\d+\\.aot)"))
                    .filter(f -> uncheckedTime(f).compareTo(jarTime) > 0).map(f -> f.getFileName().toString()).toList();
            assertTrue(caches.contains("euromesh.jsa"), "the run on the test's JDK wrote its class-data archive: " + caches);
        }
        Run jar = java(tmp, "build", "--quiet", "--out", "site-c");
        assertEquals(0, jar.code(), jar.err());
        for (String f : List.of("index.html", "report.html", "euromesh-report.pdf", "data/montecarlo.csv")) {
            for (String site : runs.keySet()) {
                assertEquals(-1L, Files.mismatch(tmp.resolve(site + "/" + f), tmp.resolve("site-c/" + f)), site + "/" + f + " differs from the jar's");
            }
        }
    }

    @Test
    void theLauncherGivenNoJavaSaysSoInOneLine(@TempDir Path tmp) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/euromesh").toAbsolutePath().toString(), "build", "--quiet")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.log").toFile());
        pb.environment().put("EUROMESH_JAVA", tmp.resolve("no-such-jdk/bin/java").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(2, p.exitValue());
        List<String> lines = Files.readAllLines(tmp.resolve("out.log"));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("euromesh: no Java at") && lines.get(0).contains("EUROMESH_JAVA"), lines.get(0));
        assertFalse(Files.exists(tmp.resolve("site")), "nothing was written");
    }

    private static FileTime uncheckedTime(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
