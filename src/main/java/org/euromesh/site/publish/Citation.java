package org.euromesh.site.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.euromesh.data.Edition;

/**
 * How to cite this edition of the report: a sentence, BibTeX and CSL-JSON, all from
 * {@code data/edition.yaml} and the public address of the site ({@code url}, "" when unknown).
 */
public record Citation(String author, String title, String year, String version, String date, String url,
        String licence, String text, String bibtex, String cslJson) {

    public static final String BIBTEX_FILE = "euromesh.bib";
    public static final String CSL_FILE = "euromesh.csl.json";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The citation of {@code edition} as published at {@code baseUrl} ("" when the address is unknown). */
    public static Citation of(Edition edition, String baseUrl) {
        String url = baseUrl.isBlank() ? "" : baseUrl;
        String year = Integer.toString(edition.date().getYear());
        String date = edition.date().format(DAY);
        String licence = "Text: " + edition.licenseText() + "; data: " + edition.licenseData();
        String text = edition.author() + " (" + year + "). " + sentence(edition.title()) + " Edition " + edition.version()
                + ", " + date + "." + (url.isEmpty() ? "" : " " + url);
        return new Citation(edition.author(), edition.title(), year, edition.version(), date, url, licence, text,
                bibtex(edition, url, licence), cslJson(edition, url, licence));
    }

    /** The BibTeX key: the author's letters and the year ("euromesh2026"). */
    public String key() {
        return key(author, year);
    }

    private static String key(String author, String year) {
        return author.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + year;
    }

    /** A title ends with its own punctuation when it has some ("...at Home?"), else with a full stop. */
    private static String sentence(String title) {
        return title.matches(".*[.?!]$") ? title : title + ".";
    }

    static String bibtex(Edition e, String url, String licence) {
        LocalDate d = e.date();
        StringBuilder sb = new StringBuilder("@techreport{").append(key(e.author(), Integer.toString(d.getYear()))).append(",\n");
        field(sb, "author", "{" + tex(e.author()) + "}");
        field(sb, "title", "{" + tex(e.title()) + "}");
        field(sb, "institution", tex(e.author()));
        field(sb, "type", "Report");
        field(sb, "year", Integer.toString(d.getYear()));
        sb.append("  month       = ").append(MONTHS[d.getMonthValue() - 1]).append(",\n");
        field(sb, "date", d.toString());
        field(sb, "version", tex(e.version()));
        field(sb, "note", tex("Edition " + e.version() + ", " + d.format(DAY) + ". " + licence));
        if (!url.isEmpty()) {
            field(sb, "url", url);
        }
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" ".repeat(Math.max(1, 12 - name.length()))).append("= {").append(value).append("},\n");
    }

    /** Escapes the characters BibTeX and LaTeX treat as commands. */
    static String tex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String cslJson(Edition e, String url, String licence) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key(e.author(), Integer.toString(e.date().getYear())));
        item.put("type", "report");
        item.put("title", e.title());
        item.put("author", List.of(Map.of("literal", e.author())));
        item.put("publisher", e.author());
        item.put("issued", Map.of("date-parts", List.of(List.of(e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth()))));
        item.put("version", e.version());
        item.put("genre", "Report");
        item.put("language", "en");
        item.put("license", licence);
        if (!url.isEmpty()) {
            item.put("URL", url);
        }
        try {
            return StructuredData.inert(JSON.writeValueAsString(List.of(item)).replace("\r\n", "\n")) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a map of strings always serialises", ex);
        }
    }
}
