package org.euromesh.report.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts a copy of each h2's text inside it as {@code <span class="running-section">}, which the
 * print CSS takes out of the flow into the page header. openhtmltopdf has no {@code string-set},
 * so running elements are its way to show the current section; inside the heading, the copy
 * moves to the next page whenever the heading does.
 */
final class RunningHeads {

    private RunningHeads() {
    }

    static void addTo(Document document) {
        for (Element heading : document.body().select("h2")) {
            String text = heading.text().strip();
            if (!text.isEmpty()) {
                heading.prependChild(new Element("span").addClass("running-section").attr("aria-hidden", "true").text(text));
            }
        }
    }
}
