package org.euromesh.report.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;

/**
 * Builds openhtmltopdf's {@code <bookmarks>} outline from the body's h2 and h3 headings, nested
 * h3 under the h2 before it. Added to the parsed tree because an HTML5 parser moves unknown
 * elements out of {@code <head>}.
 */
final class Bookmarks {

    private Bookmarks() {
    }

    static void addTo(Document document) {
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));

        Element outline = new Element("bookmarks");
        Element section = null;
        int generated = 0;
        for (Element heading : document.body().select("h2, h3")) {
            String text = heading.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (heading.id().isEmpty()) {
                String id;
                do {
                    id = "heading-" + (++generated);
                } while (ids.contains(id));
                ids.add(id);
                heading.id(id);
            }
            Element mark = new Element("bookmark").attr("name", text).attr("href", "#" + heading.id());
            if (heading.normalName().equals("h2")) {
                outline.appendChild(mark);
                section = mark;
            } else {
                (section == null ? outline : section).appendChild(mark);
            }
        }
        document.head().appendChild(outline);
    }
}
