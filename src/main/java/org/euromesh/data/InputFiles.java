package org.euromesh.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.euromesh.problem.InputError;

/**
 * The one place that decides what is an input: which files of {@code data/}, {@code content/}
 * and {@code templates/} feed the build, the input hash, the data zip and the published assets.
 * Only regular files with the expected names and extensions count; editor backups and stray
 * files are ignored with a warning; a link that leaves the project, a broken link or a file over
 * the size limit is an error. Names are plain ASCII so the input hash cannot depend on how the
 * machine decodes file names, and files are listed in {@link String} order, never by locale.
 */
public final class InputFiles {

    /** Data, content and layouts are text an editor writes: a few hundred kB at most. */
    public static final long TEXT_LIMIT = 4L << 20;
    /** Published assets (styles, scripts, images) may be bigger. */
    public static final long ASSET_LIMIT = 16L << 20;

    public static final String DATA = "data";
    public static final String CONTENT = "content";
    public static final String TEMPLATES = "templates";
    public static final String ASSETS = TEMPLATES + "/assets/";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DATA_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.(yaml|csv)|README\\.md"
            + "|assumptions/[a-z0-9][a-z0-9_-]*\\.yaml");
    private static final Pattern CONTENT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.md");
    private static final Pattern LAYOUT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.(ftlh|ftl)");
    private static final Pattern ASSET_FILE = Pattern.compile(
            ".*\\.(css|js|svg|png|jpg|jpeg|gif|webp|ico|woff|woff2|ttf|otf|txt|json|xml)");
    private static final Pattern BACKUP = Pattern.compile(".*~|\\.#.*|#.*#|.*\\.sw[op]|.*\\.bak|.*\\.orig");

    /**
     * The inputs of one folder: display name ("data/regions.csv") to file, sorted by name; the
     * refused files as errors; the ignored ones as warnings ("content/a.md~: ignored: ...").
     */
    public record Listing(SortedMap<String, Path> files, List<InputError> errors, List<String> warnings) {
        public Listing {
            files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private InputFiles() {
    }

    /** The inputs of {@code dir}, which is the project's {@code folder} (data, content or templates). */
    public static Listing list(Path dir, String folder) {
        TreeMap<String, Path> files = new TreeMap<>();
        List<InputError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(files, errors, warnings);
        }
        walk(dir, folder, "", files, errors, warnings);
        errors.sort(InputError.ORDER);
        Collections.sort(warnings);
        return new Listing(files, errors, warnings);
    }

    /** Why the input file {@code file}, shown as {@code name} ("data/regions.csv"), may not be read, if it may not. */
    public static Optional<String> refusal(Path file, String name) {
        Path project = file.toAbsolutePath().normalize();
        for (int i = 0; i < name.split("/").length && project.getParent() != null; i++) {
            project = project.getParent();
        }
        try {
            // Any link on the way (the file, or the folder above it) may lead out of the project.
            if (!file.toRealPath().startsWith(project.toRealPath())) {
                return Optional.of("is a symbolic link that leads outside the project; copy the file into the project instead");
            }
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            if (!target.isRegularFile()) {
                return Optional.of("is not a regular file; an input must be a plain file");
            }
            long limit = name.startsWith(ASSETS) ? ASSET_LIMIT : TEXT_LIMIT;
            if (target.size() > limit) {
                return Optional.of("is " + target.size() + " bytes, more than the " + (limit >> 20) + " MiB (" + limit
                        + " bytes) an input file may have; keep large files out of the project's input folders");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Files.isSymbolicLink(file) ? "is a broken symbolic link; remove it or point it at a file in the project"
                    : "cannot be read (" + e.getClass().getSimpleName() + "); check that the file exists and is readable");
        }
    }

    private static void walk(Path dir, String folder, String prefix, TreeMap<String, Path> files,
            List<InputError> errors, List<String> warnings) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(entries::add);
        } catch (IOException e) {
            errors.add(new InputError(folder + "/" + prefix, 0, 0, "", "cannot list this folder: " + e.getClass().getSimpleName()));
            return;
        }
        for (Path p : entries) {
            String base = p.getFileName().toString();
            String rel = prefix + base;
            String name = folder + "/" + rel;
            boolean directory = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            if (BACKUP.matcher(base).matches()) {
                warnings.add(name + ": ignored: an editor's backup or lock file");
            } else if (!SEGMENT.matcher(base).matches()) {
                warnings.add(name + ": ignored: input names use only the letters A-Z, a-z, digits, '.', '-' and '_'"
                        + (base.startsWith(".") ? " (hidden files are not inputs)" : ""));
            } else if (directory) {
                if (folder.equals(TEMPLATES) && (prefix.startsWith("assets/") || rel.equals("assets"))
                        || folder.equals(DATA) && rel.equals("assumptions")) {
                    walk(p, folder, rel + "/", files, errors, warnings);
                } else {
                    warnings.add(name + "/: ignored: " + folder + "/ reads no sub-folders"
                            + (folder.equals(TEMPLATES) ? " but assets/" : folder.equals(DATA) ? " but assumptions/" : ""));
                }
            } else if (!expected(folder, rel)) {
                warnings.add(name + ": ignored: not an input; " + folder + "/ reads " + expectedNames(folder));
            } else if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
                warnings.add(name + ": ignored: a linked folder is not followed");
            } else {
                Optional<String> refused = refusal(p, name);
                if (refused.isPresent()) {
                    errors.add(new InputError(name, 0, 0, "", refused.get()));
                } else {
                    files.put(name, p);
                }
            }
        }
    }

    private static boolean expected(String folder, String rel) {
        return switch (folder) {
            case DATA -> DATA_FILE.matcher(rel).matches();
            case CONTENT -> CONTENT_FILE.matcher(rel).matches();
            case TEMPLATES -> rel.startsWith("assets/") ? ASSET_FILE.matcher(rel).matches() : LAYOUT_FILE.matcher(rel).matches();
            default -> throw new IllegalArgumentException("not an input folder: " + folder);
        };
    }

    private static String expectedNames(String folder) {
        return switch (folder) {
            case DATA -> "*.yaml, *.csv and README.md, and assumptions/*.yaml (lower-case names)";
            case CONTENT -> "*.md";
            default -> "*.ftlh and *.ftl, and web assets (css, js, svg, png, jpg, fonts ...) under assets/";
        };
    }
}
