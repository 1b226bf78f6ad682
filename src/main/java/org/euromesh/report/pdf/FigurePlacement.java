package org.euromesh.report.pdf;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures that float to the next good position. openhtmltopdf has no CSS floats for paged media:
 * a figure kept whole ({@code page-break-inside: avoid}) that does not fit at the foot of a page goes
 * to the next one and leaves the gap empty. After a layout pass this finds every figure that left
 * more than {@link #MAX_GAP} of a page's text block empty and moves it after the paragraphs that
 * follow it (never past a heading or another figure), so the text fills the gap and the figure
 * comes after it, as a float would in a typeset report. When no text follows before the next heading,
 * the figure goes before the text that precedes it on the page of the gap, or, right after another
 * figure, that figure goes before its own preceding text. The caller lays out again after each move
 * until nothing moves.
 */
final class FigurePlacement {

    /** The largest share of a page's text block a figure may leave empty before it. */
    static final double MAX_GAP = 0.15;

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private FigurePlacement() {
    }

    /** The blocks of the report's flow, in order (none without a div.report). */
    static List<Element> flow(Document document) {
        Element report = document.selectFirst("div.report");
        return report == null ? List.of() : new ArrayList<>(report.children());
    }

    /**
     * The laid-out DOM's blocks of the report's flow, each with its index in {@link #flow}: the renderer's
     * document is a copy of the jsoup one, so its div.report has the same element children in the same order.
     */
    private static Map<org.w3c.dom.Element, Integer> indices(org.w3c.dom.Document laidOut) {
        Map<org.w3c.dom.Element, Integer> index = new IdentityHashMap<>();
        org.w3c.dom.NodeList divs = laidOut.getElementsByTagName("div");
        for (int k = 0; k < divs.getLength(); k++) {
            org.w3c.dom.Element div = (org.w3c.dom.Element) divs.item(k);
            if (Set.of(div.getAttribute("class").trim().split("\\s+")).contains("report")) {
                for (org.w3c.dom.Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof org.w3c.dom.Element e) {
                        index.put(e, index.size());
                    }
                }
                break;
            }
        }
        return index;
    }

    /** A block of the flow as laid out: its top and bottom in document units. */
    private record Laid(int top, int bottom) {
    }

    /**
     * Moves the first figure that left a large gap (after the text that follows it, or earlier), and says
     * whether one moved. {@code flow} is what {@link #flow} returned for the document the renderer laid out.
     */
    static boolean place(PdfBoxRenderer renderer, List<Element> flow, Set<Element> settled) {
        LayoutContext css = renderer.getSharedContext().newLayoutContextInstance();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<Integer, Laid> laid = new HashMap<>();
        collect(renderer.getRootBox(), indices(renderer.getDocument()), laid);
        // The first figure that left a gap: a move shifts everything after it, so the next pass lays out again.
        // (Planning later moves on the same layout was tried: the shift made them wrong, and the report ended
        // with more empty pages after as many passes.)
        for (int i = 1; i < flow.size(); i++) {
            boolean moved = false;
            Element figure = flow.get(i);
            if (!figure.normalName().equals("figure") || settled.contains(figure)) {
                continue;
            }
            Laid self = laid.get(i);
            Laid before = laid.get(i - 1);
            if (self == null || before == null) {
                continue;
            }
            int page = pageOf(pages, self.top());
            int previous = pageOf(pages, Math.max(before.top(), before.bottom() - 1));
            if (page <= 0 || previous != page - 1) {
                continue;
            }
            PageBox gapPage = pages.get(previous);
            int block = gapPage.getContentHeight(css);
            int gap = gapPage.getBottom() - before.bottom();
            if (block <= 0 || gap <= MAX_GAP * block) {
                continue;
            }
            int height = self.bottom() - self.top();
            // Bring forward, in order, as many of the text blocks that follow as fill the gap (skipping
            // later figures, which keep their order and float on too; never past a heading), and no
            // more than still leaves the figure room on the next page.
            List<Element> bring = new ArrayList<>();
            int filled = 0;
            for (int j = i + 1; j < flow.size() && filled < gap; j++) {
                Element next = flow.get(j);
                Laid l = laid.get(j);
                if (l == null || HEADINGS.contains(next.normalName()) || !next.select("h2, h3, h4").isEmpty()) {
                    break;
                }
                if (next.normalName().equals("figure") || !next.select("figure").isEmpty()) {
                    continue;
                }
                int h = l.bottom() - l.top();
                if (filled > 0 && filled + h - gap + height > block) {
                    break;
                }
                bring.add(next);
                filled += h;
            }
            for (Element text : bring) {
                text.remove();
                figure.before(text);
                moved = true;
            }
            if (!moved) {
                // Nothing to bring forward before the next heading: set the figure earlier instead, before
                // as many of the text blocks that precede it on the page of the gap as make room for it.
                int room = gap;
                Element earlier = null;
                for (int j = i - 1; j > 0 && room < height; j--) {
                    Element prev = flow.get(j);
                    Laid l = laid.get(j);
                    if (l == null || HEADINGS.contains(prev.normalName()) || prev.normalName().equals("figure")
                            || !prev.select("figure, h2, h3, h4").isEmpty() || pageOf(pages, l.top()) != previous) {
                        break;
                    }
                    room += l.bottom() - l.top();
                    earlier = prev;
                }
                if (earlier != null && room >= height) {
                    figure.remove();
                    earlier.before(figure);
                    moved = true;
                } else if (i >= 2 && flow.get(i - 1).normalName().equals("figure") && isText(flow.get(i - 2))) {
                    // Right after another figure: set that one before the text block that precedes it, so the
                    // text comes between the two figures and runs into the gap.
                    Element other = flow.get(i - 1);
                    settled.add(other); // set where it is now for good: no later pass takes its text again
                    other.remove();
                    flow.get(i - 2).before(other);
                    moved = true;
                }
            }
            if (moved) {
                return true; // the flow has changed: lay out again before the next move
            }
        }
        return false;
    }

    private static boolean isText(Element e) {
        return !HEADINGS.contains(e.normalName()) && !e.normalName().equals("figure") && e.select("figure, h2, h3, h4").isEmpty();
    }

    private static void collect(Box box, Map<org.w3c.dom.Element, Integer> indices, Map<Integer, Laid> laid) {
        org.w3c.dom.Element e = box.getElement();
        Integer index = e == null ? null : indices.get(e);
        if (index != null) {
            int top = box.getAbsY();
            int bottom = box.getAbsY() + box.getHeight();
            laid.merge(index, new Laid(top, bottom), (a, b) -> new Laid(Math.min(a.top(), b.top()), Math.max(a.bottom(), b.bottom())));
            return;
        }
        for (int k = 0; k < box.getChildCount(); k++) {
            collect(box.getChild(k), indices, laid);
        }
    }

    private static int pageOf(List<PageBox> pages, int y) {
        for (int p = 0; p < pages.size(); p++) {
            if (y < pages.get(p).getBottom()) {
                return p;
            }
        }
        return pages.size() - 1;
    }
}
