package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;

import org.euromesh.data.Source;
import org.jsoup.nodes.Entities;

/**
 * One source as the bibliography prints it, on the site and in the PDF alike:
 * {@code Title. Publisher, Date. URL (accessed YYYY-MM).} Every separator is set only between two
 * parts that are both present, and never after a part that already ends a sentence: a title that
 * ends in "?" or "!" or an undated "n.d." takes no second full stop, a trailing comma, colon or
 * semicolon of a field is dropped, and a missing field leaves no stray comma or space behind.
 */
public final class BibliographyEntry {

    private BibliographyEntry() {
    }

    /** A piece of the entry: its plain text and its HTML. */
    private record Part(String text, String html) {
    }

    /** The entry as HTML: the title in {@code span.src-title}, the address as a link. */
    public static String html(Source s) {
        return join(parts(s), true);
    }

    /** The entry as plain text, as a reader sees it. */
    public static String text(Source s) {
        return join(parts(s), false);
    }

    private static List<List<Part>> parts(Source s) {
        // Sentences of the entry; each sentence is a list of comma-separated parts.
        List<List<Part>> sentences = new ArrayList<>();
        String title = clean(s.title());
        if (!title.isEmpty()) {
            sentences.add(List.of(new Part(title, "<span class=\"src-title\">" + Entities.escape(title) + "</span>")));
        }
        List<Part> who = new ArrayList<>();
        String publisher = clean(s.publisher());
        if (!publisher.isEmpty()) {
            who.add(new Part(publisher, Entities.escape(publisher)));
        }
        String date = clean(s.date());
        if (!date.isEmpty()) {
            who.add(new Part(date, Entities.escape(date)));
        }
        if (!who.isEmpty()) {
            sentences.add(who);
        }
        String url = s.url() == null ? "" : s.url().strip();
        String accessed = clean(s.accessed());
        if (!url.isEmpty()) {
            String e = Entities.escape(url);
            String text = url + (accessed.isEmpty() ? "" : " (accessed " + accessed + ")");
            String html = "<a href=\"" + e + "\">" + e + "</a>" + (accessed.isEmpty() ? "" : " (accessed " + Entities.escape(accessed) + ")");
            sentences.add(List.of(new Part(text, html)));
        } else if (!accessed.isEmpty()) {
            sentences.add(List.of(new Part("Accessed " + accessed, "Accessed " + Entities.escape(accessed))));
        }
        return sentences;
    }

    private static String join(List<List<Part>> sentences, boolean html) {
        StringBuilder out = new StringBuilder();
        String last = "";
        for (int i = 0; i < sentences.size(); i++) {
            List<Part> sentence = sentences.get(i);
            if (i > 0) {
                out.append(endsSentence(last) ? " " : ". ");
            }
            for (int j = 0; j < sentence.size(); j++) {
                if (j > 0) {
                    out.append(", ");
                }
                Part p = sentence.get(j);
                out.append(html ? p.html() : p.text());
                last = p.text();
            }
        }
        boolean bareAddress = !sentences.isEmpty() && last.equals(lastUrl(sentences));
        if (!out.isEmpty() && !endsSentence(last) && !bareAddress) {
            out.append('.');
        }
        return out.toString();
    }

    /** The address when the entry ends with it alone: a full stop after a bare address would read as part of it. */
    private static String lastUrl(List<List<Part>> sentences) {
        List<Part> tail = sentences.get(sentences.size() - 1);
        String t = tail.get(tail.size() - 1).text();
        return t.matches("https?://\\S+") ? t : null;
    }

    /** True when the text already closes a sentence (".", "?", "!", also inside a closing quote or bracket). */
    static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            char c = t.charAt(t.length() - 1);
            if (c == ')' || c == ']') {
                break; // "(accessed 2026-06)" does not end a sentence
            }
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".?!…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Trims a field and drops the separators it ends with (a comma, colon or semicolon), and blank values. */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String t = value.strip().replaceAll("\\s+", " ");
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
