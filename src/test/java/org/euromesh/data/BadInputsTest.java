package org.euromesh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bad inputs: each folder of {@code bad-inputs/} changes a copy of the real data/ by a
 * {@code patch.diff} (a unified diff against data/, applied by {@link UnifiedPatch}; regenerate it
 * with {@code diff -u --label data/NAME --label data/NAME data/NAME changed/NAME}), or removes the
 * files named in {@code remove.txt}, passes the {@code --set} lines of {@code overrides.txt}, or
 * runs the {@code setup.txt} steps below; {@code expected.txt} lists every formatted error the
 * load must report, in order and nothing more ({@code *} matches anything, for line numbers of
 * files the fixture does not change and for long lists of allowed keys).
 * {@code warnings.txt}, when present, is the whole list of files the input listing ignores.
 * Setup steps, for what a patch cannot say: {@code link NAME} (NAME becomes a link to a copy
 * outside the project), {@code rename FROM TO} and {@code pad NAME BYTES} (comment lines appended
 * until the file is bigger than BYTES).
 */
class BadInputsTest {

    private static final List<String> CONTROL = List.of("expected.txt", "patch.diff", "remove.txt", "overrides.txt", "setup.txt", "warnings.txt");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\(|\\.java:\\d+");

    static Path fixtures() {
        try {
            return Path.of(BadInputsTest.class.getResource("/bad-inputs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> fileCases() throws IOException {
        return cases().filter(name -> !Files.exists(fixtures().resolve(name).resolve("overrides.txt")));
    }

    static Stream<String> overrideCases() throws IOException {
        return cases().filter(name -> Files.exists(fixtures().resolve(name).resolve("overrides.txt")));
    }

    private static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(fixtures())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Path copyOfShippedData(Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(DataLoaderTest.DATA)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        return data;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void badDataFileFailsNamingTheFileAndLine(String name, @TempDir Path tmp) throws IOException {
        List<InputError> errors = load(name, tmp);
        for (InputError e : errors) {
            // A problem with the whole file (missing, a link out of the project, too big) has no line.
            boolean located = !e.file().startsWith("data/") || e.message().startsWith("missing file")
                    || e.message().startsWith("is ") || e.line() > 0;
            assertTrue(located, () -> "no line number: " + e.format());
        }
        assertTrue(errors.stream().anyMatch(e -> e.file().startsWith("data/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrideCases")
    void badSetOverrideFailsNamingTheKey(String name, @TempDir Path tmp) throws IOException {
        List<InputError> errors = load(name, tmp);
        for (InputError e : errors) {
            boolean located = e.file().equals("--set") ? e.line() == 0 && !e.path().isEmpty() : e.line() > 0;
            assertTrue(located, () -> "badly located: " + e.format());
        }
    }

    @Test
    void thereAreAtLeastThirtyDistinctCases() throws IOException {
        assertTrue(cases().count() >= 30);
        assertTrue(fileCases().count() >= 30);
    }

    /** Loads the shipped data with the fixture applied and checks what every case must satisfy. */
    private static List<InputError> load(String name, Path tmp) throws IOException {
        Path fixture = fixtures().resolve(name);
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path data = copyOfShippedData(project);
        try (Stream<Path> files = Files.list(fixture)) {
            // A fixture says what it changes; a whole copy of a data file would go stale as data/ moves on.
            List<String> others = files.map(f -> f.getFileName().toString()).filter(f -> !CONTROL.contains(f)).sorted().toList();
            assertEquals(List.of(), others, name + " may hold only " + CONTROL + " (left over in target/test-classes? mvn clean)");
        }
        if (Files.exists(fixture.resolve("patch.diff"))) {
            UnifiedPatch.apply(fixture.resolve("patch.diff"), project, name);
        }
        for (String removed : lines(fixture.resolve("remove.txt"))) {
            Files.delete(data.resolve(removed));
        }
        for (String step : lines(fixture.resolve("setup.txt"))) {
            setUp(step.split("\\s+"), data, tmp);
        }
        List<String> overrides = lines(fixture.resolve("overrides.txt"));

        LoadResult result = DataLoader.load(data, overrides);
        List<InputError> errors = assertInstanceOf(LoadResult.Failed.class, result, name + " should fail").errors();
        List<String> formatted = errors.stream().map(InputError::format).toList();
        String all = String.join("\n", formatted);
        List<String> expected = lines(fixture.resolve("expected.txt"));
        assertFalse(expected.isEmpty(), name + " has no expected.txt");
        for (String line : expected) {
            assertTrue(line.matches("(data/[\\w.]+|--set):.+"), name + ": each expected line begins with the file it names: " + line);
        }
        Supplier<String> both = () -> "expected\n  " + String.join("\n  ", expected) + "\nbut got\n  " + String.join("\n  ", formatted);
        assertEquals(expected.size(), formatted.size(), both);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(glob(expected.get(i)).matcher(formatted.get(i)).matches(), both);
        }
        Path warnings = fixture.resolve("warnings.txt");
        if (Files.exists(warnings)) {
            assertEquals(lines(warnings), InputFiles.list(data, InputFiles.DATA).warnings());
        }
        assertFalse(all.contains("Exception"), all);
        assertFalse(STACK_FRAME.matcher(all).find(), all);
        assertEquals(errors.stream().sorted(InputError.ORDER).toList(), errors, "errors are sorted by file and line");
        return errors;
    }

    private static void setUp(String[] step, Path data, Path tmp) throws IOException {
        switch (step[0]) {
            case "link" -> {
                Path outside = Files.createDirectories(tmp.resolve("outside")).resolve(step[1]);
                Files.move(data.resolve(step[1]), outside);
                Files.createSymbolicLink(data.resolve(step[1]), outside);
            }
            case "rename" -> Files.move(data.resolve(step[1]), data.resolve(step[2]));
            case "pad" -> {
                long bytes = Long.parseLong(step[2]);
                String line = "#" + "-".repeat(1022) + "\n";
                StringBuilder padding = new StringBuilder();
                for (long size = Files.size(data.resolve(step[1])); size <= bytes; size += line.length()) {
                    padding.append(line);
                }
                Files.writeString(data.resolve(step[1]), padding, StandardOpenOption.APPEND);
            }
            default -> throw new IllegalArgumentException("unknown setup step " + String.join(" ", step));
        }
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(Stream.of(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
