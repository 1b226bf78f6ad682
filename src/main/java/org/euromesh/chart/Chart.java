package org.euromesh.chart;

import java.util.regex.Pattern;

/**
 * One rendered chart in its two layouts: {@code svg} for screens from 40rem up and for the PDF,
 * {@code narrowSvg} for phones, the same data, palette and words in both. {@code id} is also the
 * file name stem: {@code site/charts/<id>.svg} and {@code <id>-narrow.svg}; {@code csv} is the
 * data download it is drawn from, e.g. {@code "ramp.csv"}.
 */
public record Chart(String id, String title, String description, String altText, String svg, String narrowSvg, String csv) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Chart {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must be lower-case words joined by '-', got " + id);
        }
        for (String part : new String[] {title, description, altText, svg, narrowSvg, csv}) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("chart " + id + " needs a title, description, alt text, both SVGs and a CSV name");
            }
        }
    }

    /** The wide and the narrow drawing of one chart; they must say the same thing. */
    static Chart of(Drawing wide, Drawing narrow) {
        if (!wide.id().equals(narrow.id()) || !wide.title().equals(narrow.title())
                || !wide.description().equals(narrow.description()) || !wide.altText().equals(narrow.altText())
                || !wide.csv().equals(narrow.csv())) {
            throw new IllegalStateException("the two layouts of chart " + wide.id() + " differ in their words");
        }
        return new Chart(wide.id(), wide.title(), wide.description(), wide.altText(), wide.svg(), narrow.svg(), wide.csv());
    }
}
