package org.euromesh.report.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BookmarksTest {

    @Test
    void subsectionsNestUnderTheSectionBeforeThem() {
        Document doc = Jsoup.parse("<h2 id='a'>A</h2><h3 id='a1'>A.1</h3><h3 id='a2'>A.2</h3><h2 id='b'>B</h2>");
        Bookmarks.addTo(doc);
        Element outline = doc.head().selectFirst("bookmarks");
        assertEquals(2, outline.children().size());
        assertEquals("#a", outline.child(0).attr("href"));
        assertEquals(2, outline.child(0).children().size());
        assertEquals("A.2", outline.child(0).child(1).attr("name"));
        assertEquals(0, outline.child(1).children().size());
    }

    @Test
    void headingsWithoutIdGetOneThatIsNotTaken() {
        Document doc = Jsoup.parse("<p id='heading-1'>x</p><h2>Untitled section</h2>");
        Bookmarks.addTo(doc);
        assertEquals("heading-2", doc.selectFirst("h2").id());
        assertEquals("#heading-2", doc.head().selectFirst("bookmark").attr("href"));
    }

    @Test
    void aSubsectionBeforeAnySectionStaysAtTheTop() {
        Document doc = Jsoup.parse("<h3 id='x'>X</h3><h3 id='y'>Y</h3>");
        Bookmarks.addTo(doc);
        assertEquals(2, doc.head().selectFirst("bookmarks").children().size());
    }
}
