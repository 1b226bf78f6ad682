package org.euromesh.chart;

/** One chart drawn in one {@link Layout}; {@link Charts} pairs the wide and the narrow drawing into a {@link Chart}. */
record Drawing(String id, String title, String description, String altText, String svg, String csv) {
}
