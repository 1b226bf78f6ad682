package org.euromesh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.euromesh.format.Format;
import org.euromesh.model.InputGroup;
import org.euromesh.model.Parameter;
import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter is declared once, in {@link Parameter}: from that declaration and its value in
 * data/ alone it loads, takes {@code --set}, is validated against its range and is named in the
 * messages, with no other list of parameters to edit.
 */
class ParameterDeclarationTest {

    static final Path DATA = Path.of("data");

    /** The {@code --set} key of a parameter's baseline value. */
    static String setKey(Parameter p) {
        return p.leadTime() ? "scenarios.baseline." + p.key() : p.group().key() + "." + p.key();
    }

    @Test
    void everyDeclarationHasALabelAMeaningAUnitAndARange() {
        for (Parameter p : Parameter.values()) {
            assertFalse(p.label().isBlank(), p.key());
            assertFalse(p.meaning().isBlank(), p.key());
            assertFalse(p.unit().symbol().isBlank(), p.key());
            assertFalse(p.chartName().isBlank(), p.key());
            assertTrue(p.min() <= p.max(), p.key());
            assertTrue(List.of(InputGroup.HARDWARE, InputGroup.TRAINING, InputGroup.SCENARIOS).contains(p.group()), p.key());
            assertTrue(!p.integer() || p.min() == Math.rint(p.min()) && p.max() == Math.rint(p.max()), p.key() + " is whole, so is its range");
        }
        assertEquals(Parameter.values().length, Stream.of(Parameter.values()).map(Parameter::key).distinct().count(), "keys are unique");
    }

    @Test
    void everyParameterTakesASetOfItsOwnKeyAndRefusesAValueOutsideItsRange() {
        DataLoader.Folder folder = DataLoader.read(DATA);
        LoadResult.Ok shipped = assertInstanceOf(LoadResult.Ok.class, DataLoader.load(folder, Optional.empty(), List.of()));
        for (Parameter p : Parameter.values()) {
            double value = shipped.inputs().model().base().get(p);
            LoadResult same = DataLoader.load(folder, Optional.empty(), List.of(setKey(p) + "=" + Format.written(value)));
            assertInstanceOf(LoadResult.Ok.class, same, setKey(p));

            double outside = p.max() * 2 + 1;
            LoadResult bad = DataLoader.load(folder, Optional.empty(), List.of(setKey(p) + "=" + Format.written(outside)));
            List<String> messages = assertInstanceOf(LoadResult.Failed.class, bad, setKey(p)).errors().stream()
                    .map(InputError::format).toList();
            String expected = p.key() + " must lie in [" + Format.written(p.min()) + ", " + Format.written(p.max()) + "] "
                    + p.unit().symbol();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.get(0).contains(expected) && messages.get(0).startsWith(DataFiles.path(p.group()) + ":"),
                    messages.get(0));
        }
    }

    @Test
    void aParameterMissingFromItsFileIsNamedWithItsUnitAndWhereItBelongs(@TempDir Path tmp) throws IOException {
        for (Parameter p : Parameter.values()) {
            if (p.leadTime()) {
                continue;
            }
            Path data = copyWithout(tmp.resolve(p.key()), p);
            List<String> messages = assertInstanceOf(LoadResult.Failed.class, DataLoader.load(data, List.of()), p.key()).errors()
                    .stream().map(InputError::format).toList();
            assertTrue(messages.stream().anyMatch(m -> m.startsWith(DataFiles.path(p.group()) + ":")
                    && m.contains("missing parameter \"" + p.key() + "\" (" + p.unit().symbol() + ")")), messages.toString());
        }
    }

    /** A copy of data/ with {@code p}'s top-level block removed from the file of its group. */
    private static Path copyWithout(Path into, Parameter p) throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path f : files.toList()) {
                Path target = into.resolve(DATA.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path file = into.resolve(DataFiles.name(p.group()));
        List<String> kept = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(file)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                inside = line.startsWith(p.key() + ":");
            }
            if (!inside) {
                kept.add(line);
            }
        }
        Files.write(file, kept);
        return into;
    }
}
