package org.euromesh.data;

/** One entry of the sources registry ({@code data/sources.yaml}); {@code accessed} is "YYYY-MM". */
public record Source(String id, String title, String publisher, String date, String url, String accessed) {
}
