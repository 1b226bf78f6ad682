package org.euromesh.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 over every file of data/, content/ and templates/ (sorted paths, then bytes), plus the --set overrides. */
public final class InputHash {

    private InputHash() {
    }

    public static String of(Path root, List<String> folders, List<String> overrides) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                digest.update(rel.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
        }
        for (String o : overrides) {
            digest.update(("--set " + o).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first 12 hex digits, as printed in footers. */
    public static String shortForm(String hash) {
        return hash.substring(0, 12);
    }
}
