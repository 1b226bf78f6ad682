package org.euromesh.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.euromesh.problem.InputError;
import org.euromesh.report.ContentPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * The pre-publication check of the rendered pages, on top of {@link LinkCheck}: every figure is
 * referenced on its page, every citation reaches a bibliography entry, and every page is
 * well-formed HTML without duplicate ids, images without alt text, skipped heading levels or
 * links without text. Problems in the editors' text name the content file and line.
 */
public final class SiteCheck {

    /** What a check looked at, for the one-line summary. */
    public record Summary(int pages, int links, int anchors, int figures, int tables, int citations, int sources) {

        /** "9 pages, 1,012 internal links, 431 anchors, 25 figures, 23 tables, 248 citations of 57 sources". */
        public String describe() {
            return String.format(Locale.ROOT, "%,d pages, %,d internal links, %,d anchors, %,d figures, %,d tables, %,d citations of %,d sources",
                    pages, links, anchors, figures, tables, citations, sources);
        }
    }

    /** The problems (empty when the site may be published) and what was checked. */
    public record Result(List<InputError> errors, Summary summary) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /** How many parse errors per page are worth reporting; the first usually explains the rest. */
    private static final int MAX_PARSE_ERRORS = 20;
    private static final Pattern FIGURE_MACRO = Pattern.compile("<@figure\\b((?:\"[^\"]*\"|[^\"/>])*)/?>");
    private static final Pattern MACRO_ARG = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final String BIBLIOGRAPHY_ENTRY = "ol.bibliography > li[id^=src-]";

    /** One generated page: its parsed tree, its lines and the content file it was made from, if any. */
    private record Page(String href, String display, Document doc, List<String> lines, List<ParseError> parseErrors,
            Optional<ContentPage> content) {
    }

    private SiteCheck() {
    }

    /**
     * The errors of {@link #run}; what the build calls before it writes anything, while the files
     * named in {@code pending} (the PDF) are still being made: links to them count as links to
     * files of this build. {@code baseUrl} is the site's public address ("" when unknown).
     */
    public static List<InputError> check(Map<String, byte[]> files, Set<String> pending, List<ContentPage> pages, String outDisplay,
            String baseUrl) {
        return run(files, pending, pages, outDisplay, baseUrl).errors();
    }

    /** What {@link #run} counts on a site that passed, without naming content files. */
    public static Summary summarize(Map<String, byte[]> files) {
        return run(files, Set.of(), List.of(), "site", "").summary();
    }

    /**
     * Checks every generated page of {@code files} (path to bytes); {@code pages} are the content
     * files the pages were made from (matched by their href), {@code outDisplay} names the output
     * folder in messages.
     */
    public static Result run(Map<String, byte[]> files, List<ContentPage> pages, String outDisplay) {
        return run(files, Set.of(), pages, outDisplay, "");
    }

    /** As {@link #run(Map, List, String)}; URLs under {@code baseUrl} are the site's own and checked as internal links. */
    private static Result run(Map<String, byte[]> files, Set<String> pending, List<ContentPage> pages, String outDisplay, String baseUrl) {
        Set<String> names = new HashSet<>(files.keySet());
        names.addAll(pending);
        Map<String, ContentPage> contentByHref = new HashMap<>();
        pages.forEach(p -> contentByHref.put(p.frontMatter().href(), p));
        Map<String, Page> parsed = new TreeMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                String html = new String(e.getValue(), StandardCharsets.UTF_8);
                Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_PARSE_ERRORS);
                Document doc = Jsoup.parse(html, "", parser);
                parsed.put(e.getKey(), new Page(e.getKey(), outDisplay + "/" + e.getKey(), doc, List.of(html.split("\n", -1)),
                        List.copyOf(parser.getErrors()), Optional.ofNullable(contentByHref.get(e.getKey()))));
            }
        }
        List<InputError> errors = new ArrayList<>();
        Set<Element> citationLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        int citations = citations(names, parsed, citationLinks, errors);
        Map<String, Document> docs = new TreeMap<>();
        parsed.forEach((href, p) -> docs.put(href, p.doc()));
        LinkCheck.Tally links = LinkCheck.check(names, docs, citationLinks::contains, baseUrl);
        for (LinkCheck.Broken b : links.broken()) {
            errors.add(at(parsed.get(b.page()), b.line(), List.of("(" + b.url() + ")", "\"" + b.url() + "\""), b.message()));
        }
        int figures = 0;
        int tables = 0;
        int sources = 0;
        for (Page page : parsed.values()) {
            figures += unreferencedFigures(page, errors);
            parseErrors(page, errors);
            duplicateIds(page, errors);
            imagesWithoutAlt(page, errors);
            headingLevels(page, errors);
            emptyLinks(page, errors);
            tables += page.doc().select("figure.table").size();
            sources += page.doc().select(BIBLIOGRAPHY_ENTRY).size();
        }
        errors.sort(InputError.ORDER);
        return new Result(errors, new Summary(parsed.size(), links.links(), links.anchors(), figures, tables, citations, sources));
    }

    /** Links to a bibliography entry (#src-ID) must reach an entry of a bibliography; returns how many there are. */
    private static int citations(Set<String> files, Map<String, Page> parsed, Set<Element> citationLinks, List<InputError> errors) {
        Map<String, Set<String>> entries = new HashMap<>();
        parsed.forEach((href, p) -> entries.put(href, p.doc().select(BIBLIOGRAPHY_ENTRY).stream().map(Element::id).collect(Collectors.toSet())));
        for (Page page : parsed.values()) {
            for (Element a : page.doc().select("a[href*=#src-]")) {
                String url = a.attr("href");
                if (url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                    continue;
                }
                citationLinks.add(a);
                int hash = url.indexOf('#');
                String fragment = url.substring(hash + 1);
                String target = LinkCheck.target(files, page.href(), url.substring(0, hash));
                Set<String> bibliography = entries.get(target);
                if (bibliography != null && bibliography.contains(fragment)) {
                    continue;
                }
                String id = fragment.substring("src-".length());
                String problem = bibliography == null ? target + " is not a page of this build"
                        : bibliography.isEmpty() ? target + " has no bibliography; put <@bibliography/> on that page"
                        : "the bibliography on " + target + " has no entry '" + id + "'; cite with <@cite \"id\"/> and an id from data/sources.yaml";
                errors.add(at(page, line(a), List.of("#" + fragment, "\"" + id + "\""),
                        "citation '" + a.text() + "' links to " + url + ", but " + problem));
            }
        }
        return citationLinks.size();
    }

    /** A figure nobody refers to is either missing its sentence or should go; returns the page's figures. */
    private static int unreferencedFigures(Page page, List<InputError> errors) {
        List<Element> figures = page.doc().select("figure.chart[id^=fig-]");
        Set<String> referenced = page.doc().select("a[href^=#fig-]").stream().map(a -> a.attr("href").substring(1)).collect(Collectors.toSet());
        for (Element figure : figures) {
            if (referenced.contains(figure.id())) {
                continue;
            }
            String id = figure.id().substring("fig-".length());
            String message = "figure '" + id + "' is never referenced; add <@ref figure=\"" + id + "\"/> or remove it";
            errors.add(page.content().flatMap(c -> figureMacroLine(c.body(), id).map(line -> new InputError(c.file(), line, 0, "", message)))
                    .orElseGet(() -> at(page, line(figure), List.of(), message)));
        }
        return figures.size();
    }

    /** The line of the {@code <@figure>} call that defines figure {@code id} (its id, or its chart when it has none). */
    private static Optional<Integer> figureMacroLine(String body, String id) {
        Matcher m = FIGURE_MACRO.matcher(body);
        while (m.find()) {
            Map<String, String> args = new HashMap<>();
            Matcher arg = MACRO_ARG.matcher(m.group(1));
            while (arg.find()) {
                args.put(arg.group(1), arg.group(2));
            }
            String figureId = args.getOrDefault("id", "").isBlank() ? args.getOrDefault("chart", "") : args.get("id");
            if (figureId.equals(id)) {
                return Optional.of(lineAt(body, m.start()));
            }
        }
        return Optional.empty();
    }

    private static void parseErrors(Page page, List<InputError> errors) {
        String html = String.join("\n", page.lines());
        for (ParseError e : page.parseErrors()) {
            int line = lineAt(html, Math.min(e.getPosition(), html.length()));
            errors.add(at(page, line, List.of(), "invalid HTML: " + e.getErrorMessage()));
        }
    }

    private static void duplicateIds(Page page, List<InputError> errors) {
        Map<String, Element> first = new HashMap<>();
        for (Element el : page.doc().select("[id]")) {
            Element earlier = first.putIfAbsent(el.id(), el);
            if (earlier != null) {
                errors.add(at(page, line(el), List.of("id=\"" + el.id() + "\"", "{#" + el.id() + "}"), "id '" + el.id()
                        + "' is used twice on " + page.href() + " (first on line " + line(earlier) + "); ids must be unique on a page"));
            }
        }
    }

    private static void imagesWithoutAlt(Page page, List<InputError> errors) {
        for (Element img : page.doc().select("img:not([alt])")) {
            errors.add(at(page, line(img), List.of(img.attr("src")), "<img src=\"" + img.attr("src")
                    + "\"> has no alt text; describe the image in alt=\"...\", or write alt=\"\" if it is decoration"));
        }
    }

    /** Headings go down one level at a time (h1, h2, h3), so the outline read by a screen reader has no holes. */
    private static void headingLevels(Page page, List<InputError> errors) {
        int previous = 0;
        for (Element h : page.doc().body().select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                String message = "heading '" + h.text() + "' is <" + h.tagName() + "> right after " + (previous == 0 ? "the start of the page"
                        : "an <h" + previous + ">") + ": a level is skipped; make it <h" + (previous + 1) + "> ("
                        + "#".repeat(previous + 1) + " in Markdown)";
                errors.add(page.content().flatMap(c -> markdownHeadingLine(c.body(), h.text()).map(line -> new InputError(c.file(), line, 0, "", message)))
                        .orElseGet(() -> at(page, line(h), List.of(), message)));
            }
            previous = level;
        }
    }

    private static Optional<Integer> markdownHeadingLine(String body, String text) {
        String wanted = text.replaceAll("\\s+", " ").strip();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKDOWN_HEADING.matcher(lines[i]);
            if (m.matches() && m.group(1).replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip().equals(wanted)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** A link with nothing to read out is announced as its bare address. */
    private static void emptyLinks(Page page, List<InputError> errors) {
        for (Element a : page.doc().select("a[href]")) {
            boolean named = !a.text().isBlank() || !a.attr("aria-label").isBlank() || !a.attr("aria-labelledby").isBlank()
                    || !a.attr("title").isBlank() || a.select("img[alt]").stream().anyMatch(img -> !img.attr("alt").isBlank());
            if (!named) {
                errors.add(at(page, line(a), List.of("(" + a.attr("href") + ")", "href=\"" + a.attr("href") + "\""),
                        "link to " + a.attr("href") + " has no text; give it words a reader can follow"));
            }
        }
    }

    /**
     * Where a problem on {@code line} of a generated page comes from: the content file's line that
     * holds the same text or one of {@code needles}, else the generated page itself, naming its sources.
     */
    private static InputError at(Page page, int line, List<String> needles, String message) {
        String generated = line >= 1 && line <= page.lines().size() ? page.lines().get(line - 1).strip() : "";
        if (page.content().isPresent()) {
            ContentPage content = page.content().get();
            String[] body = content.body().split("\n", -1);
            for (int i = 0; i < body.length; i++) {
                String text = body[i].strip();
                boolean sameLine = text.length() >= 8 && generated.contains(text);
                boolean holdsNeedle = needles.stream().anyMatch(n -> !n.isBlank() && text.contains(n));
                if (sameLine || holdsNeedle) {
                    return new InputError(content.file(), i + 1, 0, "", message + " (" + page.display() + ":" + line + ")");
                }
            }
        }
        String from = page.content().map(c -> "; the page is made from " + c.file() + " and the layout in templates/").orElse("");
        String excerpt = generated.isEmpty() ? "" : "; the line reads: " + (generated.length() > 120 ? generated.substring(0, 117) + "..." : generated);
        return new InputError(page.display(), line, 0, "", message + excerpt + from);
    }

    private static int line(Element el) {
        return el.sourceRange().start().lineNumber();
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
