package org.euromesh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.euromesh.data.Source;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The bibliography's punctuation for every combination of present, missing and self-punctuated fields. */
class BibliographyEntryTest {

    private static final String URL = "https://example.org/report";

    /** Doubled or clashing punctuation, a separator before nothing, or a stray space before punctuation. */
    private static final Pattern BAD = Pattern.compile("\\.\\.(?!\\.)|[?!]\\.|[,;:]\\s*[.,;:?!]|\\s[.,;:]|^\\s*[.,;:]|\\(\\s*\\)|\\(accessed\\s*\\)|\\s{2}");

    @Test
    void aFullEntryReadsTitlePublisherDateAddressAccessed() {
        Source s = new Source("a", "Grids for data centres", "Ember", "19 Jun 2025", URL, "2026-06");
        assertEquals("Grids for data centres. Ember, 19 Jun 2025. " + URL + " (accessed 2026-06).", BibliographyEntry.text(s));
    }

    @Test
    void anUndatedEntryTakesOneFullStop() {
        Source s = new Source("a", "JUPITER configuration", "Jülich Supercomputing Centre", "n.d.", URL, "2026-06");
        assertEquals("JUPITER configuration. Jülich Supercomputing Centre, n.d. " + URL + " (accessed 2026-06).", BibliographyEntry.text(s));
    }

    @Test
    void aTitleThatAsksAQuestionTakesNoFullStop() {
        Source s = new Source("a", "Can AI scaling continue through 2030?", "Epoch AI", "Aug 2024", URL, "2026-06");
        assertEquals("Can AI scaling continue through 2030? Epoch AI, Aug 2024. " + URL + " (accessed 2026-06).", BibliographyEntry.text(s));
    }

    @Test
    void everyCombinationOfMissingAndSelfPunctuatedFieldsIsClean() {
        String[] titles = {"", "Plain title", "Is it a question?", "Ends with a stop.", "Wow!", "Ends with a colon:", "  Spaced   out  ",
                "\"A quoted title.\""};
        String[] publishers = {"", "Ember", "Acme Ltd.", "Someone,", null};
        String[] dates = {"", "n.d.", "2025", "19 Jun 2025", null};
        String[] urls = {"", URL, null};
        String[] accessed = {"", "2026-06", null};
        int checked = 0;
        for (String t : titles) {
            for (String p : publishers) {
                for (String d : dates) {
                    for (String u : urls) {
                        for (String a : accessed) {
                            Source s = new Source("x", t, p, d, u, a);
                            String text = BibliographyEntry.text(s);
                            String shown = Jsoup.parse(BibliographyEntry.html(s)).text();
                            assertEquals(text, shown, "the HTML reads as the text");
                            String withoutAddress = u == null || u.isEmpty() ? text : text.replace(URL, "ADDRESS");
                            assertFalse(BAD.matcher(withoutAddress).find(), "bad punctuation in: [" + text + "] from " + List.of(
                                    String.valueOf(t), String.valueOf(p), String.valueOf(d), String.valueOf(u), String.valueOf(a)));
                            assertFalse(text.startsWith(" ") || text.endsWith(" "), text);
                            for (String field : new ArrayList<>(java.util.Arrays.asList(t, p, d))) {
                                if (field != null && !field.isBlank()) {
                                    String core = field.strip().replaceAll("\\s+", " ").replaceAll("[,;:]$", "");
                                    assertTrue(text.contains(core), core + " missing from " + text);
                                }
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(titles.length * publishers.length * dates.length * urls.length * accessed.length, checked);
    }

    @Test
    void theCheckItselfCatchesTheOldFaults() {
        for (String bad : List.of("Title. Publisher, n.d.. ADDRESS", "Can it? . Publisher", "Can it?. Publisher", "Title. , 2025.",
                "Title. Publisher, . ADDRESS", "(accessed )")) {
            assertTrue(BAD.matcher(bad).find(), bad);
        }
    }

    @Test
    void aBareAddressEndsTheEntryWithoutAStop() {
        Source s = new Source("a", "Title", "Ember", "2025", URL, "");
        assertEquals("Title. Ember, 2025. " + URL, BibliographyEntry.text(s));
    }

    @Test
    void theHtmlEscapesAndLinks() {
        Source s = new Source("a", "A <b> & c", "P", "2025", URL + "?a=1&b=2", "2026-06");
        String html = BibliographyEntry.html(s);
        assertTrue(html.contains("<span class=\"src-title\">A &lt;b&gt; &amp; c</span>"), html);
        assertTrue(html.contains("<a href=\"" + URL + "?a=1&amp;b=2\">"), html);
    }
}
