package org.euromesh.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses the YAML and CSV files of {@code data/} into {@link Document}s that remember positions;
 * a YAML file's tree is built by {@link YamlWalker}.
 */
final class DocumentReader {

    static final String DATA = "data/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Duplicate keys are refused while parsing, since a tree would silently keep the last one. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private DocumentReader() {
    }

    static String stem(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /** The YAML file {@code name} of {@code dir}, or nothing (with the reason added to {@code problems}). */
    static Optional<Document> yaml(Path dir, String name, String expected, Problems problems) {
        String file = DATA + name;
        Optional<String> text = text(dir, name, expected, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlWalker walker = new YamlWalker(stem(name));
        try (JsonParser p = YAML.createParser(text.get())) {
            if (p.nextToken() == null) {
                problems.inFile(file, 1, 0, "", "the file is empty; expected " + expected);
                return Optional.empty();
            }
            JsonNode root = walker.value(p, Pointer.ROOT, stem(name));
            JsonToken extra = p.nextToken();
            if (extra != null) {
                Position at = position(p.currentTokenLocation());
                problems.inFile(file, at.line(), at.column(), "",
                        "unexpected content after the end of the YAML document; keep one document per file (remove the extra \"---\" and what follows)");
                return Optional.empty();
            }
            if (!walker.ambiguous.isEmpty()) {
                walker.ambiguous.forEach(a -> problems.inFile(file, a.at().line(), a.at().column(), a.path(), a.message()));
                return Optional.empty();
            }
            return Optional.of(new Document(file, stem(name), root, walker.values, walker.keys));
        } catch (StreamReadException e) {
            yamlSyntax(file, walker.where, e, problems);
            return Optional.empty();
        } catch (IOException e) {
            problems.inFile(file, 0, 0, "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void yamlSyntax(String file, String where, StreamReadException e, Problems problems) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            Position at = position(e.getLocation());
            String key = original.replaceFirst("^Duplicate field '(.*)'.*$", "$1");
            problems.inFile(file, at.line(), at.column(), where,
                    "duplicate key \"" + key + "\"; a key may appear only once in a mapping (remove or rename one)");
            return;
        }
        if (e.getCause() instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
            Mark start = m.getContextMark();
            String context = m.getContext() == null ? ""
                    : " (" + m.getContext() + (start != null && start.getLine() + 1 != line ? " that starts on line " + (start.getLine() + 1) : "") + ")";
            problems.inFile(file, line, column, "", "YAML syntax error: " + problem + context
                    + "; check indentation, colons and brackets");
            return;
        }
        Position at = position(e.getLocation());
        String problem = original.startsWith("Expected a field name") ? "a mapping key must be plain text, not a list or a mapping"
                : firstLine(original);
        problems.inFile(file, at.line(), at.column(), "", "YAML syntax error: " + problem);
    }

    /** The CSV file {@code name}: a list of rows, each a mapping from column to text, checked against {@code columns}. */
    static Optional<Document> csv(Path dir, String name, List<String> columns, Problems problems) {
        String file = DATA + name;
        String expected = "the header " + String.join(",", columns);
        Optional<String> text = text(dir, name, expected, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<Position>> positions = new ArrayList<>();
        int rowLine = 1;
        try (JsonParser p = CSV.createParser(text.get())) {
            ((CsvParser) p).setSchema(CsvSchema.emptySchema());
            if (p.nextToken() != JsonToken.START_ARRAY) {
                problems.inFile(file, 1, 0, "", "the file is empty; expected " + expected);
                return Optional.empty();
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                List<Position> cellPositions = new ArrayList<>();
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    Position at = position(p.currentTokenLocation());
                    if (cells.isEmpty()) {
                        rowLine = at.line();
                    }
                    cells.add(p.getText());
                    cellPositions.add(at);
                }
                rows.add(cells);
                positions.add(cellPositions);
            }
        } catch (StreamReadException e) {
            String original = String.valueOf(e.getOriginalMessage());
            Position at = position(e.getLocation());
            if (original.contains("Missing closing quote")) {
                problems.inFile(file, rowLine, 0, "", "a quoted value in this row is never closed; end it with \" (write \"\" for a quote inside a value)");
            } else if (original.contains("Expected column separator")) {
                problems.inFile(file, rowLine, 0, "", "a quoted value in this row ends on line " + at.line() + ", column "
                        + at.column() + " but more text follows it; check for an unbalanced quote (write \"\" for a quote inside a value)");
            } else {
                problems.inFile(file, at.line(), at.column(), "", "CSV syntax error: " + firstLine(original)
                        + "; quote values that contain commas or quotes");
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.inFile(file, 0, 0, "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isEmpty)) {
            problems.inFile(file, 1, 0, "", "the file is empty; expected " + expected);
            return Optional.empty();
        }
        return table(file, stem(name), columns, rows, positions, problems);
    }

    private static Optional<Document> table(String file, String stem, List<String> columns, List<List<String>> rows,
            List<List<Position>> positions, Problems problems) {
        int before = problems.count();
        List<String> header = rows.get(0);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            Position at = positions.get(0).get(c);
            if (!seen.add(column)) {
                problems.inFile(file, at.line(), at.column(), stem, "duplicate column \"" + column + "\"; each column may appear once");
            } else if (!columns.contains(column)) {
                problems.inFile(file, at.line(), at.column(), stem, "unknown column \"" + column + "\""
                        + Suggest.didYouMean(column, columns) + "; allowed columns: " + String.join(", ", columns));
            }
        }
        for (String column : columns) {
            if (!header.contains(column)) {
                problems.inFile(file, 1, 0, stem, "missing column \"" + column + "\"; the header must name: " + String.join(",", columns));
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                Position at = positions.get(r).get(0);
                problems.inFile(file, at.line(), 0, stem + "[" + (r - 1) + "]", "this row has " + rows.get(r).size()
                        + " fields but the header has " + header.size() + "; quote values that contain commas");
            }
        }
        if (rows.size() == 1) {
            problems.inFile(file, 1, 0, stem, "no rows below the header; the table needs at least one row");
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        ArrayNode root = NODES.arrayNode();
        Map<String, Position> values = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            ObjectNode row = root.addObject();
            String rowPointer = Pointer.index(Pointer.ROOT, r - 1);
            values.put(rowPointer, positions.get(r).get(0));
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), rows.get(r).get(c));
                values.put(Pointer.child(rowPointer, header.get(c)), positions.get(r).get(c));
            }
        }
        return Optional.of(new Document(file, stem, root, values, Map.of()));
    }

    private static Optional<String> text(Path dir, String name, String expected, Problems problems) {
        Path path = dir.resolve(name);
        String file = DATA + name;
        if (!Files.isRegularFile(path)) {
            problems.inFile(file, 0, 0, "", "missing file; the build needs " + file + " with " + expected);
            return Optional.empty();
        }
        Optional<String> refused = InputFiles.refusal(path, file);
        if (refused.isPresent()) {
            problems.inFile(file, 0, 0, "", refused.get());
            return Optional.empty();
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            // Spreadsheet programs start UTF-8 files with a byte-order mark, which would stick to the first key.
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.inFile(file, 0, 0, "", "is not valid UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            problems.inFile(file, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Where the parser saw {@code location}; line and column 0 when it does not know. */
    static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(0, 0);
        }
        return new Position(location.getLineNr(), Math.max(0, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
