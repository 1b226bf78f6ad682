package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.euromesh.problem.InputError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bad content and layouts: each folder of {@code bad-content/} holds only the files of
 * content/ or templates/ it changes, copied over a copy of the project, and in
 * {@code expected.txt} the whole list of errors {@code check} must report, in order.
 */
class BadContentTest {

    // One build object for every case: the inputs, model and charts are computed once and reused.
    private static final Site SITE = new Site();

    static Path fixtures() throws URISyntaxException {
        return Path.of(BadContentTest.class.getResource("/bad-content").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(fixtures())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsExactlyTheExpectedErrors(String name, @TempDir Path tmp) throws Exception {
        Path root = TestProject.copy(tmp);
        Path fixture = fixtures().resolve(name);
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = fixture.relativize(f);
                if (rel.getNameCount() > 1) {
                    Files.copy(f, root.resolve(rel.toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Site.Outcome o = SITE.check(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", o.errors().stream().map(InputError::format).toList()));
    }
}
