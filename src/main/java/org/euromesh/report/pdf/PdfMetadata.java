package org.euromesh.report.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the PDF says about itself: the document information dictionary, the XMP packet, the
 * catalog language and the fixed document id all come from this one value.
 *
 * @param title     the report title, shown by viewers instead of the file name
 * @param subject   one sentence on what the report answers
 * @param author    the author or publisher
 * @param keywords  comma-separated keywords; may be empty
 * @param language  BCP 47 tag such as "en"
 * @param date      the build date of the inputs; creation and modification dates are this day at 00:00 UTC
 * @param inputHash the hash of the inputs; the PDF's document id is derived from it
 */
public record PdfMetadata(String title, String subject, String author, String keywords, String language,
                          LocalDate date, String inputHash) {

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(inputHash, "inputHash");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a PDF needs a title: PDF/UA viewers show it instead of the file name");
        }
        if (language.isBlank()) {
            throw new IllegalArgumentException("a PDF needs a language tag such as \"en\"");
        }
    }
}
