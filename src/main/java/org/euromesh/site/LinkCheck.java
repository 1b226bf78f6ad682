package org.euromesh.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.euromesh.data.InputError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every internal link and anchor of the generated pages resolves to a file of the same build, and
 * no page loads anything (style, script, image, font) from outside the site.
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /** Problems, each naming the generated page and the line of the offending element. */
    public static List<InputError> check(Map<String, byte[]> files, String outDisplay) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> docs = new HashMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                Parser parser = Parser.htmlParser().setTrackPosition(true);
                Document d = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8), "", parser);
                docs.put(e.getKey(), d);
                Set<String> set = new HashSet<>();
                d.select("[id]").forEach(el -> set.add(el.id()));
                ids.put(e.getKey(), set);
            }
        }
        List<InputError> errors = new ArrayList<>();
        for (var e : docs.entrySet()) {
            String page = e.getKey();
            for (Element el : e.getValue().select("a[href], link[href], img[src], script[src], source[src], iframe[src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String url = el.attr(attr);
                int line = el.sourceRange().start().lineNumber();
                String file = outDisplay + "/" + page;
                if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                    if (!el.tagName().equals("a")) {
                        errors.add(new InputError(file, line, 0, "", "<" + el.tagName() + "> loads " + url
                                + " from outside the site; ship it under assets/ instead"));
                    }
                    continue;
                }
                if (url.startsWith("//")) {
                    errors.add(new InputError(file, line, 0, "", "protocol-relative URL " + url + " leaves the site"));
                    continue;
                }
                String path = url;
                String fragment = "";
                int hash = url.indexOf('#');
                if (hash >= 0) {
                    path = url.substring(0, hash);
                    fragment = url.substring(hash + 1);
                }
                String target = path.isEmpty() ? page : resolve(page, path);
                if (!files.containsKey(target) && files.containsKey(target.isEmpty() ? "index.html" : target + "/index.html")) {
                    target = target.isEmpty() ? "index.html" : target + "/index.html";
                }
                if (!files.containsKey(target)) {
                    errors.add(new InputError(file, line, 0, "", "broken link " + url + ": no file " + target + " in this build"));
                    continue;
                }
                if (!fragment.isEmpty() && target.endsWith(".html") && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
                    errors.add(new InputError(file, line, 0, "", "broken anchor " + url + ": " + target + " has no id '" + fragment + "'"));
                }
            }
        }
        errors.sort(InputError.ORDER);
        return errors;
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
