package org.euromesh.site;

import static org.euromesh.site.OutputFiles.isEmpty;
import static org.euromesh.site.OutputFolder.MARKER;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Which folders a build may replace: only one it made (the marker says so) or an empty one, never
 * a file, the project, its inputs or a folder that holds them, wherever links lead.
 */
final class OutputOwnership {

    private static final String CHOOSE = "choose a folder of its own with --out, e.g. --out site";

    private OutputOwnership() {
    }

    /**
     * The folder {@code out} really is (links followed) when a build may replace it; otherwise
     * the one-line reason it may not. Reads only.
     */
    static Path refuseUnlessOurs(Path root, Path out) throws EnvironmentFault {
        if (out.toString().isEmpty()) {
            throw EnvironmentFault.at(out, "the output folder is an empty path", CHOOSE);
        }
        try {
            Path target = located(out);
            Path project = located(root);
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw EnvironmentFault.at(out, Files.isRegularFile(target) ? "is a file, not a folder" : "is not a folder", CHOOSE);
            }
            if (target.equals(project)) {
                throw EnvironmentFault.at(out, "is the project folder (it holds data/, content/ and templates/)", CHOOSE);
            }
            if (project.startsWith(target)) {
                throw EnvironmentFault.at(out, "contains the project folder " + project, CHOOSE);
            }
            for (String folder : Site.INPUT_FOLDERS) {
                Path input = located(project.resolve(folder));
                if (target.equals(input)) {
                    throw EnvironmentFault.at(out, "is the input folder " + folder + "/", CHOOSE);
                }
                if (target.startsWith(input)) {
                    throw EnvironmentFault.at(out, "is inside the input folder " + folder + "/", CHOOSE);
                }
                if (input.startsWith(target)) {
                    throw EnvironmentFault.at(out, "contains the input folder " + folder + "/ (" + input + ")", CHOOSE);
                }
            }
            if (Files.isDirectory(target) && !isEmpty(target) && !isOurs(target)) {
                throw EnvironmentFault.at(out, "is not empty and has no " + MARKER + " file, so EuroMesh did not make it",
                        "choose a new or empty folder with --out; if it is the output of an older EuroMesh, delete it once");
            }
            return target;
        } catch (EnvironmentFault f) {
            throw f;
        } catch (FileSystemException e) {
            throw EnvironmentFault.of(e, "look at the output folder");
        } catch (IOException e) {
            throw OutputFolder.unexpected(out, e);
        }
    }

    static boolean isOurs(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Where a path really leads: links followed as the system would follow them, including a last
     * link whose target does not exist yet (the link stays; its target is what gets written).
     */
    static Path located(Path path) throws IOException {
        return located(path.toAbsolutePath(), 0);
    }

    private static Path located(Path abs, int depth) throws IOException {
        if (depth > 40) {
            throw new FileSystemException(abs.toString(), null, "too many levels of symbolic links");
        }
        int n = abs.getNameCount();
        int existing = n;
        while (existing > 0 && !Files.exists(prefix(abs, existing))) {
            existing--;
        }
        Path base = existing == 0 ? abs.getRoot() : prefix(abs, existing).toRealPath();
        if (existing == n) {
            return base;
        }
        Path next = base.resolve(abs.getName(existing).toString());
        Path rest = existing + 1 < n ? abs.subpath(existing + 1, n) : null;
        if (Files.isSymbolicLink(next)) {
            Path to = base.resolve(Files.readSymbolicLink(next));
            return located(rest == null ? to : to.resolve(rest.toString()), depth + 1);
        }
        return (rest == null ? next : next.resolve(rest.toString())).normalize();
    }

    private static Path prefix(Path abs, int names) {
        return abs.getRoot().resolve(abs.subpath(0, names).toString());
    }
}
