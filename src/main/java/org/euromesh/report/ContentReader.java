package org.euromesh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.euromesh.problem.InputError;
import org.euromesh.data.InputFiles;
import org.euromesh.data.YamlScalars;

/** Reads content/*.md (all but README.md): front matter, then the body for Freemarker. */
public final class ContentReader {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> KEYS = List.of("title", "slug", "order", "nav_title", "description");

    private ContentReader() {
    }

    /** Pages sorted by their front matter's order, then slug; problems are added to {@code errors}. */
    public static List<ContentPage> read(Path contentDir, String displayDir, List<InputError> errors) {
        if (!Files.isDirectory(contentDir)) {
            errors.add(new InputError(displayDir, 0, 0, "", "missing folder; the build needs the pages' Markdown in " + displayDir + "/"));
            return List.of();
        }
        List<Path> files = InputFiles.list(contentDir, InputFiles.CONTENT).files().entrySet().stream()
                .filter(e -> !e.getKey().endsWith("/README.md")).map(Map.Entry::getValue).toList();
        List<ContentPage> pages = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (Path f : files) {
            String name = displayDir + "/" + f.getFileName();
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                errors.add(new InputError(name, 0, 0, "", "cannot read: " + e.getMessage()));
                continue;
            }
            Optional<ContentPage> parsed = parse(name, text, errors);
            if (parsed.isEmpty()) {
                continue;
            }
            ContentPage page = parsed.get();
            List<InputError> unsafe = Markdown.policy(name, page.body());
            if (!unsafe.isEmpty()) {
                errors.addAll(unsafe);
                continue;
            }
            String other = slugs.putIfAbsent(page.frontMatter().slug(), name);
            if (other != null) {
                errors.add(new InputError(name, 2, 1, "slug", "slug '" + page.frontMatter().slug()
                        + "' is already used by " + other + "; each page needs its own slug"));
                continue;
            }
            pages.add(page);
        }
        pages.sort(Comparator.comparingInt((ContentPage p) -> p.frontMatter().order()).thenComparing(p -> p.frontMatter().slug()));
        return List.copyOf(pages);
    }

    static Optional<ContentPage> parse(String name, String text, List<InputError> errors) {
        if (!text.startsWith("---\n")) {
            errors.add(new InputError(name, 1, 1, "", "expected front matter: a first line '---', then title, slug, order, nav_title, description, then '---'"));
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            errors.add(new InputError(name, 1, 1, "", "front matter is not closed: add a line '---' after it"));
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        long frontLines = text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        String body = "\n".repeat((int) frontLines) + text.substring(bodyStart);
        JsonNode node;
        try {
            if (ambiguous(name, yaml, errors)) {
                return Optional.empty();
            }
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 2 : loc.getLineNr() + 1;
            errors.add(new InputError(name, line, loc == null ? 0 : loc.getColumnNr(), "", "front matter is not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            errors.add(new InputError(name, 2, 1, "", "front matter must be key: value lines (" + String.join(", ", KEYS) + ")"));
            return Optional.empty();
        }
        boolean ok = true;
        for (var it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                errors.add(new InputError(name, lineOf(yaml, key), 1, key, "unknown front matter key '" + key + "'; allowed: " + String.join(", ", KEYS)));
                ok = false;
            }
        }
        for (String required : List.of("title", "slug", "order", "description")) {
            if (!node.hasNonNull(required) || node.get(required).asText().isBlank()) {
                errors.add(new InputError(name, 2, 1, required, "front matter needs '" + required + "'"));
                ok = false;
            }
        }
        if (ok && !(node.get("order").isIntegralNumber() && node.get("order").canConvertToInt())) {
            errors.add(new InputError(name, lineOf(yaml, "order"), 1, "order", "order must be a whole number, got '" + node.get("order").asText() + "'"));
            ok = false;
        }
        String slug = node.path("slug").asText();
        if (ok && !slug.matches("[a-z0-9][a-z0-9-]*")) {
            errors.add(new InputError(name, lineOf(yaml, "slug"), 1, "slug", "slug must be lower-case letters, digits and '-', got '" + slug + "'"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ContentPage(name, new ContentPage.FrontMatter(node.get("title").asText(), slug,
                node.get("order").asInt(), node.path("nav_title").asText(""), node.get("description").asText()), body));
    }

    /** Adds an error for each front matter value YAML 1.1 and 1.2 read differently (see YamlScalars); true if any. */
    private static boolean ambiguous(String name, String yaml, List<InputError> errors) throws JsonProcessingException {
        boolean any = false;
        try (JsonParser p = YAML.getFactory().createParser(yaml)) {
            while (p.nextToken() != null) {
                Optional<String> problem = YamlScalars.problem(p);
                if (problem.isPresent()) {
                    JsonLocation at = p.currentTokenLocation();
                    errors.add(new InputError(name, at.getLineNr() + 1, at.getColumnNr(), Objects.toString(p.currentName(), ""), problem.get()));
                    any = true;
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading front matter from memory", e);
        }
        return any;
    }

    /** 1-based line of a top-level key in the file (front matter starts on line 2). */
    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 2;
    }
}
