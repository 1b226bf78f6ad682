package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reading the report PDF back as a reader sees it, for {@link PdfLayoutIT}: words with their boxes
 * from poppler's {@code pdftotext -bbox-layout}, the text block from print.css, and the checks'
 * findings (pages left too empty, table cells broken inside a word, bibliography punctuation and
 * numbering, chart text below nine points).
 */
final class PdfReading {

    static final double MAX_EMPTY = 0.15;
    private static final double MM = 72 / 25.4;

    private PdfReading() {
    }


    record Word(String text, double x0, double y0, double x1, double y1) {
    }

    record Page(double width, double height, List<Word> words) {
    }

    static boolean pdftotextPresent() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    static List<Page> pages(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-bbox-layout", pdf.toString(), "-").start();
        String xml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext failed on " + pdf);
        List<Page> pages = new ArrayList<>();
        Matcher m = PAGE.matcher(xml);
        while (m.find()) {
            List<Word> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.group(3));
            while (w.find()) {
                words.add(new Word(org.jsoup.parser.Parser.unescapeEntities(w.group(5), false), Double.parseDouble(w.group(1)),
                        Double.parseDouble(w.group(2)), Double.parseDouble(w.group(3)), Double.parseDouble(w.group(4))));
            }
            pages.add(new Page(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), words));
        }
        return pages;
    }

    /** The page's top and bottom margins in points, from the @page rule of the shipped print.css. */
    static double[] margins() throws IOException {
        String css = Files.readString(Path.of("templates", "assets", "print.css"));
        Matcher m = Pattern.compile("@page\\s*\\{[^}]*?margin:\\s*([\\d.]+)mm\\s+([\\d.]+)mm\\s+([\\d.]+)mm").matcher(css);
        assertTrue(m.find(), "print.css sets the page margins in mm");
        return new double[] {Double.parseDouble(m.group(1)) * MM, Double.parseDouble(m.group(3)) * MM};
    }

    /** Each page's share of the text block left empty below its last text, except where none can follow. */
    static List<String> emptyPages(Path pdf, double[] margins) throws Exception {
        List<Page> pages = pages(pdf);
        List<String> sections = topLevelSections(pdf);
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < pages.size() - 1; i++) { // the cover and the last page are exempt
            Page page = pages.get(i);
            double top = margins[0];
            double bottom = page.height() - margins[1];
            double last = page.words().stream().filter(w -> w.y0() >= top - 1 && w.y1() <= bottom + 1)
                    .mapToDouble(Word::y1).max().orElse(top);
            double empty = (bottom - last) / (bottom - top);
            if (empty > MAX_EMPTY && !startsSection(pages.get(i + 1), margins, sections)) {
                problems.add(String.format(java.util.Locale.ROOT, "page %d of %d ends %.1f%% empty (at most %.0f%% unless a section ends there)",
                        i + 1, pages.size(), empty * 100, MAX_EMPTY * 100));
            }
        }
        return problems;
    }

    /** The titles of the PDF's top-level bookmarks: one for each h2. */
    static List<String> topLevelSections(Path pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                for (PDOutlineItem item : outline.children()) {
                    titles.add(item.getTitle().strip());
                }
            }
        }
        return titles;
    }

    private static boolean startsSection(Page next, double[] margins, List<String> sections) {
        double top = margins[0];
        List<Word> body = next.words().stream().filter(w -> w.y0() >= top - 1).toList();
        if (body.isEmpty()) {
            return true;
        }
        double firstLine = body.get(0).y0();
        String line = String.join(" ", body.stream().filter(w -> Math.abs(w.y0() - firstLine) < 3).map(Word::text).toList());
        return sections.stream().anyMatch(s -> !s.isEmpty() && (line.startsWith(s) || s.startsWith(line)));
    }

    /** Each table of a page: its caption label ("Table 3.") and the words of its cells. */
    record TableWords(String label, List<String> words) {
    }

    static List<TableWords> tables(String html) {
        Document d = Jsoup.parse(html);
        List<TableWords> out = new ArrayList<>();
        for (Element figure : d.select("figure.table")) {
            Element label = figure.selectFirst("figcaption .label");
            List<String> words = new ArrayList<>();
            for (Element cell : figure.select("td, th")) {
                for (String w : cell.text().split("\\s+")) {
                    // Words of letters, digits and joining marks only: the ones a line breaker could cut.
                    if (w.length() >= 4 && w.matches("[\\p{L}\\p{N}()/\\-–.,%€]+")) {
                        words.add(w);
                    }
                }
            }
            out.add(new TableWords(label == null ? "" : label.text().strip(), words));
        }
        return out;
    }

    /** Cell words that appear whole on none of the pages from the table's caption to the next page. */
    static List<String> brokenCells(Path pdf, List<TableWords> tables) throws Exception {
        List<Page> pages = pages(pdf);
        List<String> problems = new ArrayList<>();
        for (TableWords table : tables) {
            String[] label = table.label().split("\\s+");
            int at = -1;
            for (int i = 0; i < pages.size() && at < 0; i++) {
                List<Word> words = pages.get(i).words();
                for (int k = 0; k + 1 < words.size(); k++) {
                    if (words.get(k).text().equals(label[0]) && words.get(k + 1).text().equals(label[label.length - 1])) {
                        at = i;
                        break;
                    }
                }
            }
            if (at < 0) {
                problems.add(table.label() + " not found in the PDF");
                continue;
            }
            Set<String> whole = new HashSet<>();
            for (int i = at; i < Math.min(pages.size(), at + 2); i++) {
                pages.get(i).words().forEach(w -> whole.add(w.text()));
            }
            for (String w : table.words()) {
                if (!whole.contains(w)) {
                    problems.add(table.label() + " breaks the word \"" + w + "\" in a cell");
                }
            }
        }
        return problems;
    }

    private static final Pattern BAD_PUNCTUATION = Pattern.compile("n\\.d\\.\\s?\\.|\\?\\s?\\.|(?<!\\.)\\.\\s?\\.(?!\\.)|,\\s*[,.]|\\(\\s*\\)");
    private static final Pattern NUMBER = Pattern.compile("^\\[(\\d+)]$");

    /** Punctuation faults in the bibliography's text, and a numbering that does not run 1, 2, 3, ... */
    static List<String> bibliography(Path pdf) throws Exception {
        List<Page> pages = pages(pdf);
        List<String> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        boolean in = false;
        for (Page page : pages) {
            List<Word> words = page.words();
            for (int k = 0; k < words.size(); k++) {
                String w = words.get(k).text();
                if (!in && w.equals("Bibliography") && k + 1 < words.size() && NUMBER.matcher(words.get(k + 1).text()).matches()) {
                    in = true;
                    continue;
                }
                if (in && w.equals("Cite") && k + 2 < words.size() && words.get(k + 1).text().equals("this")) {
                    in = false;
                }
                if (in) {
                    Matcher n = NUMBER.matcher(w);
                    if (n.matches()) {
                        numbers.add(Integer.parseInt(n.group(1)));
                        text.append('\n');
                    }
                    text.append(w).append(' ');
                }
            }
        }
        if (numbers.isEmpty()) {
            problems.add("no bibliography found");
        }
        for (String entry : text.toString().split("\n")) {
            // A URL may hold "..", "?." and the like: check the words that are not addresses. pdftotext sets a
            // space between a title and the full stop in another face ("hub ."), so a space may stand before
            // the second mark.
            String words = String.join(" ", java.util.Arrays.stream(entry.split(" "))
                    .map(w -> w.contains("://") || w.matches("[\\w./%?=&#~+-]*/[\\w./%?=&#~+-]*") ? "ADDRESS" : w).toList());
            Matcher bad = BAD_PUNCTUATION.matcher(words);
            if (bad.find()) {
                problems.add("bad punctuation \"" + bad.group() + "\" in: " + entry.strip());
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                problems.add("the bibliography is not numbered 1, 2, 3, ...: " + numbers);
                break;
            }
        }
        return problems;
    }

    static final double MIN_CHART_POINTS = 9;
    /** The charts' face (chart/ChartFonts), as the PDF names its subset ("AAAAAA+LiberationSans"); the pages are set in IBM Plex. */
    private static final String CHART_FONT = "LiberationSans";

    /** Every run of chart text whose glyphs render below {@link #MIN_CHART_POINTS}, as "page N: text (size pt)". */
    static List<String> smallChartText(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    double smallest = Double.POSITIVE_INFINITY;
                    for (org.apache.pdfbox.text.TextPosition g : glyphs) {
                        if (g.getFont().getName() != null && g.getFont().getName().endsWith(CHART_FONT) && !g.getUnicode().isBlank()) {
                            // The text rendering matrix holds the font size, the SVG's scale and the page's.
                            smallest = Math.min(smallest, g.getTextMatrix().getScalingFactorY());
                        }
                    }
                    if (smallest < MIN_CHART_POINTS) {
                        problems.add(String.format(java.util.Locale.ROOT, "page %d: %s (%.1f pt)", getCurrentPageNo(), text, smallest));
                    }
                }
            };
            stripper.getText(doc);
        }
        return problems;
    }
}
