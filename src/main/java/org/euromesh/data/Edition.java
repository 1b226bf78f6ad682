package org.euromesh.data;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The published edition; {@code date} is the input-derived build date shown in footers, never the
 * wall clock; {@code repository} is the address of the project's source repository, when known.
 */
public record Edition(String version, LocalDate date, String title, String subtitle, String author,
        String licenseText, String licenseData, Optional<String> repository) {

    public Edition(String version, LocalDate date, String title, String subtitle, String author, String licenseText, String licenseData) {
        this(version, date, title, subtitle, author, licenseText, licenseData, Optional.empty());
    }
}
