package org.euromesh.report.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps every word of a table cell on one line in the PDF. The line breaker may break after a
 * slash or a hyphen ("Nordics (NO/SE" then "/FI)"), which cuts a region name in two in a narrow
 * column; each such word is wrapped in {@code <span class="unbroken">}, which print.css sets
 * {@code white-space: nowrap}, so a cell breaks only between words.
 */
final class UnbrokenWords {

    /** A run of non-space characters holding a slash, hyphen or dash between two other characters. */
    private static final Pattern BREAKABLE = Pattern.compile("\\S*[^\\s/\\-‐–][/\\-‐–]+[^\\s/\\-‐–]\\S*");

    private UnbrokenWords() {
    }

    static void addTo(Document document) {
        for (Element cell : document.select("td, th")) {
            List<TextNode> texts = new ArrayList<>();
            for (Node node : cell.childNodes()) {
                collect(node, texts);
            }
            for (TextNode text : texts) {
                wrap(text);
            }
        }
    }

    private static void collect(Node node, List<TextNode> texts) {
        if (node instanceof TextNode t) {
            texts.add(t);
        } else if (node instanceof Element e && !e.hasClass("unbroken") && !e.normalName().equals("math")) {
            for (Node child : e.childNodes()) {
                collect(child, texts);
            }
        }
    }

    private static void wrap(TextNode text) {
        String s = text.getWholeText();
        Matcher m = BREAKABLE.matcher(s);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new TextNode(s.substring(at, m.start())));
            }
            parts.add(new Element("span").addClass("unbroken").text(m.group()));
            at = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (at < s.length()) {
            parts.add(new TextNode(s.substring(at)));
        }
        Node anchor = text;
        for (Node part : parts) {
            anchor.after(part);
            anchor = part;
        }
        text.remove();
    }
}
