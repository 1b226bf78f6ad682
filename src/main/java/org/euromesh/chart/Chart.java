package org.euromesh.chart;

import java.util.regex.Pattern;

/**
 * One rendered chart. {@code id} is also the file name stem: {@code site/charts/<id>.svg};
 * {@code csv} is the data download it is drawn from, e.g. {@code "ramp.csv"}.
 */
public record Chart(String id, String title, String description, String altText, String svg, String csv) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Chart {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must be lower-case words joined by '-', got " + id);
        }
        for (String part : new String[] {title, description, altText, svg, csv}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("chart " + id + " needs a title, description, alt text, SVG and CSV name");
            }
        }
    }
}
