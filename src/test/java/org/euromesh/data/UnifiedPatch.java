package org.euromesh.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff ({@code diff -u}) applied to files under a project folder, for the golden bad
 * inputs: each fixture stores only its change to the shipped files. A hunk applies where its
 * context and removed lines stand in the file, at the stated line or the nearest place it fits
 * (as {@code patch} does, without fuzz); a hunk that fits nowhere fails, naming the fixture, the
 * file, the hunk and the first line that no longer matches, so a change to data/ that breaks a
 * fixture says which fixture to regenerate.
 */
public final class UnifiedPatch {

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    /** One hunk: the lines it expects (context and removed) and the lines it leaves (context and added). */
    record Hunk(String header, int oldStart, List<String> before, List<String> after, boolean beforeEndsFile,
                boolean afterEndsFile) {
    }

    /** The hunks for one file, named as in the {@code ---} and {@code +++} lines. */
    record FilePatch(String path, List<Hunk> hunks) {
    }

    private UnifiedPatch() {
    }

    /** Applies {@code patch} to the files under {@code root}; {@code fixture} names the patch in failures. */
    public static void apply(Path patch, Path root, String fixture) throws IOException {
        for (FilePatch file : parse(Files.readString(patch, StandardCharsets.UTF_8), fixture)) {
            Path target = root.resolve(file.path());
            if (!Files.isRegularFile(target)) {
                throw new AssertionError(fixture + ": the patch changes " + file.path() + ", which does not exist");
            }
            Files.writeString(target, applyTo(Files.readString(target, StandardCharsets.UTF_8), file, fixture), StandardCharsets.UTF_8);
        }
    }

    static List<FilePatch> parse(String text, String fixture) {
        List<String> lines = text.lines().toList();
        List<FilePatch> files = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("--- ")) {
                i++;
                continue;
            }
            String path = name(lines.get(i), fixture);
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("+++ ") || !name(lines.get(i + 1), fixture).equals(path)) {
                throw new AssertionError(fixture + ": '" + lines.get(i) + "' must be followed by '+++ " + path + "'");
            }
            i += 2;
            List<Hunk> hunks = new ArrayList<>();
            while (i < lines.size() && lines.get(i).startsWith("@@")) {
                Matcher m = HUNK.matcher(lines.get(i));
                if (!m.matches()) {
                    throw new AssertionError(fixture + ": not a hunk header: " + lines.get(i));
                }
                String header = lines.get(i++);
                int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                boolean beforeEnds = false;
                boolean afterEnds = false;
                char last = ' ';
                while (i < lines.size() && (before.size() < oldCount || after.size() < newCount || lines.get(i).equals(NO_NEWLINE))) {
                    String line = lines.get(i++);
                    if (line.equals(NO_NEWLINE)) {
                        beforeEnds |= last != '+';
                        afterEnds |= last != '-';
                        continue;
                    }
                    last = line.isEmpty() ? ' ' : line.charAt(0);
                    String body = line.isEmpty() ? "" : line.substring(1);
                    switch (last) {
                        case ' ' -> {
                            before.add(body);
                            after.add(body);
                        }
                        case '-' -> before.add(body);
                        case '+' -> after.add(body);
                        default -> throw new AssertionError(fixture + ": in " + path + " " + header
                                + ", a line starts with neither ' ', '-' nor '+': " + line);
                    }
                }
                if (before.size() != oldCount || after.size() != newCount) {
                    throw new AssertionError(fixture + ": " + path + " " + header + " is cut short: it has " + before.size()
                            + " old and " + after.size() + " new lines");
                }
                hunks.add(new Hunk(header, Integer.parseInt(m.group(1)), before, after, beforeEnds, afterEnds));
            }
            if (hunks.isEmpty()) {
                throw new AssertionError(fixture + ": the patch of " + path + " has no hunk");
            }
            files.add(new FilePatch(path, hunks));
        }
        if (files.isEmpty()) {
            throw new AssertionError(fixture + ": the patch changes no file (no '--- NAME' line)");
        }
        return files;
    }

    /** The relative path of a {@code ---} or {@code +++} line, without a timestamp; never absolute nor leaving the root. */
    private static String name(String line, String fixture) {
        String path = line.substring(4).split("\t", 2)[0].strip();
        Path p = Path.of(path);
        if (p.isAbsolute() || !p.normalize().equals(p) || path.startsWith("..")) {
            throw new AssertionError(fixture + ": the patch names " + path + "; name files relative to the project, like data/hardware.yaml");
        }
        return path;
    }

    static String applyTo(String text, FilePatch file, String fixture) {
        boolean endsWithNewline = text.isEmpty() || text.endsWith("\n");
        List<String> lines = new ArrayList<>(text.lines().toList());
        // Hunks in order; each later one is searched below the place the previous one left off.
        int shift = 0;
        int floor = 0;
        for (Hunk h : file.hunks()) {
            int stated = Math.max(0, h.oldStart() - 1 + shift) + (h.before().isEmpty() ? 1 : 0);
            int at = find(lines, h.before(), stated, floor);
            if (at < 0) {
                throw new AssertionError(fixture + ": " + file.path() + " " + h.header() + " no longer applies to the shipped file: "
                        + firstMismatch(lines, h.before(), Math.min(stated, lines.size())) + "; regenerate the fixture's patch.diff with diff -u");
            }
            if (h.beforeEndsFile() && at + h.before().size() != lines.size()) {
                throw new AssertionError(fixture + ": " + file.path() + " " + h.header() + " expects the end of the file after line "
                        + (at + h.before().size()));
            }
            lines.subList(at, at + h.before().size()).clear();
            lines.addAll(at, h.after());
            shift += h.after().size() - h.before().size();
            floor = at + h.after().size();
            if (h.beforeEndsFile() || h.afterEndsFile()) {
                endsWithNewline = !h.afterEndsFile();
            }
        }
        return String.join("\n", lines) + (endsWithNewline && !lines.isEmpty() ? "\n" : "");
    }

    /** The index nearest {@code stated} (not below {@code floor}) where {@code block} stands in {@code lines}, or -1. */
    private static int find(List<String> lines, List<String> block, int stated, int floor) {
        for (int d = 0; d <= lines.size(); d++) {
            for (int at : new int[] {stated - d, stated + d}) {
                if (at >= floor && at + block.size() <= lines.size() && lines.subList(at, at + block.size()).equals(block)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static String firstMismatch(List<String> lines, List<String> block, int at) {
        for (int k = 0; k < block.size(); k++) {
            int n = at + k;
            if (n >= lines.size()) {
                return "it expects line " + (n + 1) + " to be '" + block.get(k) + "' but the file has " + lines.size() + " lines";
            }
            if (!lines.get(n).equals(block.get(k))) {
                return "line " + (n + 1) + " is '" + lines.get(n) + "', the patch expects '" + block.get(k) + "' (and it fits nowhere else)";
            }
        }
        return "its lines stand at line " + (at + 1) + " but below an earlier hunk";
    }
}
