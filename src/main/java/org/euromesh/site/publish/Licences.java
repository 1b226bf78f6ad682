package org.euromesh.site.publish;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The licence names editions use, with their deed URL and SPDX id, for links and machine-readable metadata. */
final class Licences {

    record Known(String spdx, String url) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            "cc by 4.0", new Known("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
            "cc by-sa 4.0", new Known("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
            "cc0 1.0", new Known("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
            "odbl 1.0", new Known("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"));

    private Licences() {
    }

    /** "CC BY 4.0", "CC-BY-4.0" and "cc by 4.0" are the same licence. */
    static Optional<Known> of(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace("by sa", "by-sa");
        return Optional.ofNullable(KNOWN.get(key));
    }

    /** The licence's URL when it is a known one, else its name as written. */
    static String urlOrName(String name) {
        return of(name).map(Known::url).orElse(name);
    }
}
