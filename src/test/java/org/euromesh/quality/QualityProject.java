package org.euromesh.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.euromesh.cli.Main;
import org.euromesh.site.Site;

/**
 * Throw-away copies of the project's inputs, and the shipped project built once per test run for
 * the test classes that only read the output (browser, validator, accessibility).
 */
final class QualityProject {

    /** What a command line run printed, and its exit code. */
    record Run(int code, String out, String err) {
    }

    static final List<String> INPUT_FOLDERS = List.of("data", "content", "templates");

    private static Path shippedRoot;
    private static Throwable shippedFailure;

    private QualityProject() {
    }

    /** Copies data/, content/ and templates/ of the working directory into {@code into}. */
    static Path copy(Path into) throws IOException {
        return org.euromesh.site.TestProject.copy(into);
    }

    /**
     * The shipped inputs built with the PDF into a temporary folder, once per JVM: several test
     * classes read it and a build takes half a minute on a small machine. Removed when the JVM exits.
     */
    static synchronized Path shippedSite() throws Exception {
        if (shippedFailure != null) {
            throw new AssertionError("the shipped project does not build (see the first failure)", shippedFailure);
        }
        if (shippedRoot == null) {
            Path root = Files.createTempDirectory("euromesh-quality-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            try {
                copy(root);
                build(root, List.of());
            } catch (Exception | AssertionError e) {
                shippedFailure = e;
                throw e;
            }
            shippedRoot = root;
        }
        return shippedRoot.resolve("site");
    }

    /** Builds {@code root} into {@code root/site}; fails the test with every problem when the build fails. */
    static Site.Outcome build(Path root, List<String> overrides) throws Exception {
        Site.Outcome o = new Site().build(new Site.Options(root, root.resolve("site"), overrides, true), quiet());
        if (!o.ok()) {
            throw new AssertionError("the build failed:\n" + String.join("\n", o.errors().stream().map(e -> e.format()).toList()));
        }
        return o;
    }

    /** Runs the command line as a user would, capturing what it prints. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The generated pages of a built site: file name to HTML, sorted. */
    static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> s = Files.list(site)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".html")).toList()) {
                pages.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " no longer contains '" + from + "'; update the test");
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
