package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.euromesh.data.UnifiedPatch;
import org.euromesh.problem.InputError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bad content and layouts: each folder of {@code bad-content/} holds its change to content/
 * or templates/ as a {@code patch.diff} (a unified diff, applied to a copy of the project by
 * {@link UnifiedPatch}), and in {@code expected.txt} the whole list of errors {@code check} must
 * report, in order.
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
        try (Stream<Path> files = Files.list(fixture)) {
            assertEquals(List.of("expected.txt", "patch.diff"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    name + " holds its change as patch.diff, never a copy of a file (left over in target/test-classes? mvn clean)");
        }
        UnifiedPatch.apply(fixture.resolve("patch.diff"), root, name);
        Site.Outcome o = SITE.check(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        assertFalse(expected.isEmpty(), name + " has no expected.txt");
        assertEquals(String.join("\n", expected), String.join("\n", o.errors().stream().map(InputError::format).toList()));
    }
}
