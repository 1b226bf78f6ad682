package org.euromesh.site.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request's raw path, percent-decoded exactly once and checked segment by segment: either a
 * relative file path inside the site or a rejection. Nothing here touches the file system.
 */
sealed interface RequestPath {

    /** A path inside the site, "/"-separated without leading slash ("" is the root); folder when the URL ended in "/". */
    record Inside(String relative, boolean folder) implements RequestPath {
        public Inside {
            if (relative == null) {
                throw new IllegalArgumentException("relative path is required");
            }
        }
    }

    /** A path the server will not look up, with the reason for the 400 page. */
    record Rejected(String reason) implements RequestPath {
        public Rejected {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }

    int MAX_LENGTH = 2048;

    /** Parses {@code URI.getRawPath()}; the only place a request path is decoded. */
    static RequestPath parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Rejected("the path must start with /");
        }
        if (rawPath.length() > MAX_LENGTH) {
            return new Rejected("the path is too long");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        // An encoded separator would let one segment become two after decoding.
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return new Rejected("encoded slashes, backslashes and NUL are not allowed");
        }
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new Rejected(e.getMessage());
        }
        List<String> segments = new ArrayList<>();
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                    return new Rejected("control characters, backslashes and colons are not allowed");
                }
            }
            // ".", "..", and Windows' trailing-dot forms such as "..." or ". ." all mean "not a name".
            if (segment.chars().allMatch(c -> c == '.' || c == ' ')) {
                return new Rejected("dot segments are not allowed");
            }
            segments.add(segment);
        }
        boolean folder = segments.isEmpty() || decoded.endsWith("/");
        return new Inside(String.join("/", segments), folder);
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("a % escape is cut short");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("a % escape needs two hex digits");
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the path is not valid UTF-8");
        }
    }
}
