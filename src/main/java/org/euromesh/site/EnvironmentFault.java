package org.euromesh.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A fault of the machine rather than of the inputs or of our code: the path it concerns, what is
 * wrong there, and what to do. The command line prints it as one line and exits with code 2.
 */
public final class EnvironmentFault extends IOException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final String fix;

    public EnvironmentFault(String path, String problem, String fix) {
        this(path, problem, fix, null);
    }

    public EnvironmentFault(String path, String problem, String fix, Throwable cause) {
        super(path + ": " + problem + "; " + fix, cause);
        if (path.isBlank() || problem.isBlank() || fix.isBlank()) {
            throw new IllegalArgumentException("an environment fault needs a path, a problem and a fix");
        }
        this.path = path;
        this.problem = problem;
        this.fix = fix;
    }

    static EnvironmentFault at(Path path, String problem, String fix) {
        return new EnvironmentFault(shown(path), problem, fix);
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    /** "site: is not empty and has no .euromesh-site marker ...; choose ..." */
    public String line() {
        return getMessage();
    }

    /**
     * What the operating system said about a file, as a fault naming that file, when the
     * exception names one (a {@link FileSystemException}, bare or wrapped in an unchecked one).
     */
    public static Optional<EnvironmentFault> of(Throwable e) {
        if (e instanceof EnvironmentFault f) {
            return Optional.of(f);
        }
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return Optional.of(of(fs, "open it"));
        }
        return Optional.empty();
    }

    /** A failed file operation as a fault; {@code doing} is the verb phrase, e.g. "write the site". */
    static EnvironmentFault of(FileSystemException e, String doing) {
        return of(e, doing, e.getFile() == null ? "." : e.getFile());
    }

    /** As {@link #of(FileSystemException, String)}, naming {@code file} rather than the one the system named. */
    static EnvironmentFault of(FileSystemException e, String doing, String file) {
        String reason = e.getReason() == null ? "" : e.getReason();
        String r = reason.toLowerCase(Locale.ROOT);
        String problem;
        String fix;
        if (r.contains("no space left") || r.contains("quota")) {
            problem = "cannot " + doing + ": the disk is full (" + reason + ")";
            fix = "free some space on that disk, or choose a folder on another disk with --out";
        } else if (r.contains("read-only file system")) {
            problem = "cannot " + doing + ": the disk is mounted read-only";
            fix = "choose a writable folder with --out";
        } else if (r.contains("operation not permitted")) {
            problem = "cannot " + doing + ": the operating system does not permit it (an immutable or protected file?)";
            fix = "clear the attribute (lsattr, chattr -i) or choose another folder with --out";
        } else if (e instanceof AccessDeniedException) {
            problem = "cannot " + doing + ": permission denied";
            fix = "give your user access to it (chmod, chown), or choose another folder";
        } else if (e instanceof FileAlreadyExistsException) {
            problem = "cannot " + doing + ": a file of that name is in the way";
            fix = "move that file away, or choose another folder with --out";
        } else if (e instanceof NoSuchFileException) {
            problem = "cannot " + doing + ": no such file or folder";
            fix = "check that the path exists and was not removed while the build ran";
        } else if (e instanceof NotDirectoryException || r.contains("not a directory")) {
            problem = "cannot " + doing + ": a part of this path is a file, not a folder";
            fix = "choose a path whose folders are folders";
        } else {
            problem = "cannot " + doing + (reason.isEmpty() ? "" : ": " + reason);
            fix = "check the disk and the permissions there, or choose another folder";
        }
        return new EnvironmentFault(file, problem, fix, e);
    }

    /** A path as the user wrote it, or "." for the current folder. */
    static String shown(Path path) {
        String s = path.toString();
        return s.isEmpty() ? "\"\"" : s;
    }
}
