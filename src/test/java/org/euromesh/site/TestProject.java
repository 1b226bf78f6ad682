package org.euromesh.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A throw-away copy of the project's inputs (data/, content/, templates/) to build from. */
public final class TestProject {

    private TestProject() {
    }

    /** Copies data/, content/ and templates/ of the working directory (the project root under Maven) into {@code into}. */
    public static Path copy(Path into) throws IOException {
        for (String folder : Site.INPUT_FOLDERS) {
            Path from = Path.of(folder);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path to = into.resolve(p.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return into;
    }

    /** Builds {@code root} into {@code root/site} with the given overrides; fails the test on any error. */
    static Site.Outcome build(Site site, Path root, List<String> overrides) throws Exception {
        Site.Outcome o = site.build(new Site.Options(root, root.resolve("site"), overrides, true), quiet());
        if (!o.ok()) {
            throw new AssertionError("build failed: " + o.errors().stream().map(e -> e.format()).toList());
        }
        return o;
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
