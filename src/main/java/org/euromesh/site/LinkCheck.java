package org.euromesh.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.euromesh.problem.InputError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every internal link and anchor of the generated pages resolves to a file of the same build, and
 * no page loads anything (style, script, image, font) from outside the site.
 */
public final class LinkCheck {

    /** One bad link: the page (path in the build), the line of the element, its URL and what is wrong. */
    record Broken(String page, int line, String url, String message) {
    }

    /** The bad links found, and how many internal links and anchors (links with a #fragment) were followed. */
    record Tally(List<Broken> broken, int links, int anchors) {
        Tally {
            broken = List.copyOf(broken);
        }
    }

    private static final String SELECTOR = "a[href], link[href], img[src], script[src], source[src], iframe[src]";

    private LinkCheck() {
    }

    /** Problems, each naming the generated page and the line of the offending element. */
    public static List<InputError> check(Map<String, byte[]> files, String outDisplay) {
        Map<String, Document> docs = new TreeMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                Parser parser = Parser.htmlParser().setTrackPosition(true);
                docs.put(e.getKey(), Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8), "", parser));
            }
        }
        List<InputError> errors = new ArrayList<>();
        for (Broken b : check(files.keySet(), docs, el -> false).broken()) {
            errors.add(new InputError(outDisplay + "/" + b.page(), b.line(), 0, "", b.message()));
        }
        errors.sort(InputError.ORDER);
        return errors;
    }

    /**
     * Checks the already parsed pages (parsed with position tracking, for line numbers); elements
     * for which {@code handled} is true were reported by a more specific check and are skipped.
     */
    static Tally check(Set<String> files, Map<String, Document> docs, Predicate<Element> handled) {
        return check(files, docs, handled, "");
    }

    /**
     * As {@link #check(Set, Map, Predicate)} ({@code files}: the names of the build's files); a URL under {@code baseUrl} (the site's own public
     * address, "" when unknown) is an internal link from the site's root, checked like the others.
     */
    static Tally check(Set<String> files, Map<String, Document> docs, Predicate<Element> handled, String baseUrl) {
        Map<String, Set<String>> ids = new TreeMap<>();
        docs.forEach((page, d) -> ids.put(page, d.select("[id]").stream().map(Element::id).collect(Collectors.toSet())));
        List<Broken> errors = new ArrayList<>();
        int links = 0;
        int anchors = 0;
        for (var e : docs.entrySet()) {
            String page = e.getKey();
            for (Element el : e.getValue().select(SELECTOR)) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String url = el.attr(attr);
                int line = el.sourceRange().start().lineNumber();
                String from = page;
                if (!baseUrl.isEmpty() && url.startsWith(baseUrl)) {
                    url = url.substring(baseUrl.length());
                    from = "index.html";
                }
                if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                    if (!el.tagName().equals("a")) {
                        errors.add(new Broken(page, line, url, "<" + el.tagName() + "> loads " + url
                                + " from outside the site; ship it under assets/ instead"));
                    }
                    continue;
                }
                if (url.startsWith("//")) {
                    errors.add(new Broken(page, line, url, "protocol-relative URL " + url + " leaves the site"));
                    continue;
                }
                links++;
                if (handled.test(el)) {
                    anchors += url.contains("#") ? 1 : 0;
                    continue;
                }
                String path = url;
                String fragment = "";
                int hash = url.indexOf('#');
                if (hash >= 0) {
                    path = url.substring(0, hash);
                    fragment = url.substring(hash + 1);
                }
                String target = target(files, from, path);
                if (!files.contains(target)) {
                    errors.add(new Broken(page, line, url, "broken link " + url + ": no file " + target + " in this build"));
                    continue;
                }
                if (!fragment.isEmpty() && target.endsWith(".html")) {
                    anchors++;
                    if (!ids.getOrDefault(target, Set.of()).contains(fragment)) {
                        errors.add(new Broken(page, line, url, "broken anchor " + url + ": " + target + " has no id '" + fragment + "'"));
                    }
                }
            }
        }
        return new Tally(errors, links, anchors);
    }

    /** The file a relative link of {@code page} points to; a folder means its index.html. */
    static String target(Set<String> files, String page, String path) {
        String target = path.isEmpty() ? page : resolve(page, path);
        String index = target.isEmpty() ? "index.html" : target + "/index.html";
        return !files.contains(target) && files.contains(index) ? index : target;
    }

    /** Resolves a relative path against the folder of {@code page}; ".." cannot leave the site. */
    static String resolve(String page, String path) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return "../" + path;
                }
                parts.remove(parts.size() - 1);
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }
}
