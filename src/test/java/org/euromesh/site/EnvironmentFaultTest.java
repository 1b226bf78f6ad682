package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Test;

/** What the operating system says, turned into one line with the path and the fix (the cases a test cannot make for real as root). */
class EnvironmentFaultTest {

    static String line(FileSystemException e) {
        return EnvironmentFault.of(e).orElseThrow().line();
    }

    @Test
    void aReadOnlyDiskSaysSoAndSuggestsAnotherFolder() {
        assertEquals("site/index.html: cannot open it: the disk is mounted read-only; choose a writable folder with --out",
                line(new FileSystemException("site/index.html", null, "Read-only file system")));
    }

    @Test
    void anImmutableFolderNamesTheAttribute() {
        assertEquals("site: cannot open it: the operating system does not permit it (an immutable or protected file?); "
                + "clear the attribute (lsattr, chattr -i) or choose another folder with --out",
                line(new FileSystemException("site", null, "Operation not permitted")));
    }

    @Test
    void aPermissionDeniedFileSaysWhoseAccessToFix() {
        assertEquals("data/hardware.yaml: cannot open it: permission denied; give your user access to it (chmod, chown), or choose another folder",
                line(new AccessDeniedException("data/hardware.yaml")));
    }

    @Test
    void aFullDiskOrQuotaSaysToFreeSpace() {
        assertTrue(line(new FileSystemException("site", null, "Disk quota exceeded")).contains("the disk is full"));
    }

    @Test
    void aWrappedFaultIsFoundAndOneWithoutAPathIsNot() {
        assertTrue(EnvironmentFault.of(new UncheckedIOException(new AccessDeniedException("content/report.md"))).isPresent());
        assertTrue(EnvironmentFault.of(new IOException("stream closed")).isEmpty(), "without a path it may be our own bug: exit 3 with its trace");
        assertTrue(EnvironmentFault.of(new IllegalStateException("bug")).isEmpty());
    }
}
