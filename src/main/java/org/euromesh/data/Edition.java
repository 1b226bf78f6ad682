package org.euromesh.data;

import java.time.LocalDate;

/** The published edition; {@code date} is the input-derived build date shown in footers, never the wall clock. */
public record Edition(String version, LocalDate date, String title, String subtitle, String author,
        String licenseText, String licenseData) {
}
