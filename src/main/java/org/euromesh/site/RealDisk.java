package org.euromesh.site;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The {@link OutputFolder.Disk} of every build: the file system itself, with atomic renames. */
final class RealDisk implements OutputFolder.Disk {

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // A full disk is a bare IOException from write(): give it the file it happened to.
            throw (FileSystemException) new FileSystemException(file.toString(), null, e.getMessage()).initCause(e);
        }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public boolean isMountPoint(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || folder.getParent() == null) {
            return false;
        }
        // The device number is one stat; a FileStore reads the whole mount table.
        if (folder.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return !Files.getAttribute(folder, "unix:dev").equals(Files.getAttribute(folder.getParent(), "unix:dev"));
        }
        return !Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()));
    }
}
