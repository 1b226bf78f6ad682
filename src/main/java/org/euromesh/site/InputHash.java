package org.euromesh.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.euromesh.data.InputFiles;

/** SHA-256 over every input file of data/, content/ and templates/ (sorted names, then bytes; see InputFiles), plus the --set overrides. */
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
            for (var f : InputFiles.list(root.resolve(folder), folder).files().entrySet()) {
                digest.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f.getValue()));
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
