package org.euromesh.site;

import static org.euromesh.site.OutputFiles.FILE_TMP;
import static org.euromesh.site.OutputFiles.FRESH;
import static org.euromesh.site.OutputFiles.MOVING;
import static org.euromesh.site.OutputFiles.OLD;
import static org.euromesh.site.OutputFiles.deleteTree;
import static org.euromesh.site.OutputFiles.entries;
import static org.euromesh.site.OutputFiles.isEmptyFolder;
import static org.euromesh.site.OutputFiles.list;
import static org.euromesh.site.OutputOwnership.isOurs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.euromesh.site.OutputFolder.Disk;

/**
 * What an interrupted build left, put back or removed before the next one writes: the folders of a
 * swap beside the output, the steps of a swap inside a mount point, a file a preview was writing.
 */
final class OutputLeftovers {

    private OutputLeftovers() {
    }

    /** Puts back or removes what an interrupted build left at {@code target}; one line for each. */
    static List<String> recover(Path target, Path shown, boolean inPlace, Disk disk) throws IOException {
        List<String> recovered = new ArrayList<>(inPlace ? List.of() : recoverBeside(target, shown, disk));
        if (Files.isDirectory(target)) {
            // Also after a swap beside: a bind mount is found only when its rename fails, and then swapped inside.
            recovered.addAll(recoverInPlace(target, disk));
        }
        return recovered;
    }

    /** Beside the folder: puts back a site.old-X when site is missing, removes other site.old-X and site.tmp-X. */
    private static List<String> recoverBeside(Path target, Path shown, Disk disk) throws IOException {
        String name = target.getFileName().toString();
        List<Path> olds = new ArrayList<>();
        List<Path> tmps = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), p -> p.getFileName().toString().startsWith(name + "."))) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + ".old-") && isOurs(p)) {
                    olds.add(p);
                } else if (n.startsWith(name + ".tmp-") && (isOurs(p) || isEmptyFolder(p))) {
                    tmps.add(p);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (Path tmp : tmps) {
            deleteTree(tmp);
            notes.add("removed " + tmp.getFileName() + ", the unfinished output of an interrupted build");
        }
        olds.sort(Comparator.comparing(OutputLeftovers::modified).reversed());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path back = olds.remove(0);
            disk.move(back, target);
            notes.add("put back " + EnvironmentFault.shown(shown) + " from " + back.getFileName() + ", where an interrupted build had moved it");
        }
        for (Path old : olds) {
            deleteTree(old);
            notes.add("removed " + old.getFileName() + ", the previous output an interrupted build left");
        }
        return notes;
    }

    /** Inside a mount point: undoes a swap interrupted before its new entries were all in, finishes one after. */
    static List<String> recoverInPlace(Path target, Disk disk) throws IOException {
        List<String> notes = new ArrayList<>();
        for (Path p : list(target)) {
            String n = p.getFileName().toString();
            boolean fresh = n.startsWith(FRESH);
            if (!fresh && !n.startsWith(MOVING)) {
                continue;
            }
            Path old = target.resolve(OLD + n.substring((fresh ? FRESH : MOVING).length()));
            if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                if (!fresh) {
                    // Step 3 had begun: what is in the folder now is new; send it back before the old comes home.
                    for (Path e : entries(target)) {
                        disk.move(e, p.resolve(e.getFileName().toString()));
                    }
                }
                for (Path e : entries(old)) {
                    disk.move(e, target.resolve(e.getFileName().toString()));
                }
                deleteTree(old);
                notes.add("put back the previous contents of " + target + ", which an interrupted build had begun to replace");
            }
            deleteTree(p);
        }
        for (Path p : list(target)) {
            if (p.getFileName().toString().startsWith(OLD)) {
                deleteTree(p);
                notes.add("removed " + p.getFileName() + ", the previous contents an interrupted build left");
            }
        }
        notes.addAll(removeFileLeftovers(target));
        return notes;
    }

    private static List<String> removeFileLeftovers(Path dir) throws IOException {
        List<String> notes = new ArrayList<>();
        for (Path p : list(dir)) {
            if (p.getFileName().toString().startsWith(FILE_TMP) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
                notes.add("removed " + p.getFileName() + ", a file an interrupted preview was writing");
            }
        }
        return notes;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
