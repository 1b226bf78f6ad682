package org.euromesh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.euromesh.problem.InputError;

/**
 * The raw-HTML policy of content/*.md (content/README.md): editors are trusted with plain HTML,
 * but nothing that runs code in a reader's browser: no script, iframe, object, embed, frame,
 * applet or base element, no event-handler attribute (on...=), and no javascript:, vbscript: or
 * data: URL other than an image, in a Markdown link or in an HTML href or src.
 *
 * <p>Equations are written in MathML. Inside a {@code <math>} element the policy is an allow-list:
 * only the presentation elements of {@link #MATHML} and the layout attributes of
 * {@link #MATHML_ATTRIBUTES}, so no link, no embedded HTML and nothing a browser would run.
 */
final class RawHtml {

    private static final Set<String> ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame", "frameset", "applet", "base");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction", "data",
            "poster", "background", "cite", "srcset");
    /** The MathML elements content may use (presentation markup and a plain-text annotation). */
    static final Set<String> MATHML = Set.of("math", "mrow", "mi", "mo", "mn", "msub", "msup", "msubsup", "mfrac",
            "msqrt", "mtext", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mspace", "semantics", "annotation");
    /** The attributes those elements may carry: layout only (encoding names an annotation's notation, width an mspace's). */
    static final Set<String> MATHML_ATTRIBUTES = Set.of("display", "mathvariant", "stretchy", "fence", "separator",
            "accent", "columnalign", "encoding", "width");
    private static final String MATH_RULE = "; equations may use only the MathML elements " + String.join(", ", sorted(MATHML))
            + " and the attributes " + String.join(", ", sorted(MATHML_ATTRIBUTES)) + " (see content/README.md)";
    private static final String RULE = "; content may hold plain HTML but nothing that runs code (see content/README.md)";

    private RawHtml() {
    }

    /** What {@code document} (parsed from {@code file}, whose line 1 is the document's first) breaks of the policy. */
    static List<InputError> problems(String file, Node document) {
        List<InputError> errors = new ArrayList<>();
        visit(file, document, errors, new int[1]);
        return errors;
    }

    // mathDepth counts the <math> elements open across inline HTML: Markdown splits an equation
    // inside a sentence into one node per tag, so an inline tag is inside <math> by what came before.
    private static void visit(String file, Node node, List<InputError> errors, int[] mathDepth) {
        if (node instanceof HtmlInline inline && inline.getChars().toString().strip().matches("(?is)</math\\s*>")) {
            mathDepth[0] = Math.max(0, mathDepth[0] - 1);
        } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            html(file, node, errors, node instanceof HtmlInline && mathDepth[0] > 0);
            if (node instanceof HtmlInline && node.getChars().toString().strip().matches("(?is)<math[\\s>].*")) {
                mathDepth[0]++;
            }
        } else if (node instanceof Link l) {
            url(file, node.getLineNumber() + 1, "link", l.getUrl().toString(), errors);
        } else if (node instanceof Image i) {
            url(file, node.getLineNumber() + 1, "image", i.getUrl().toString(), errors);
        } else if (node instanceof AutoLink a) {
            url(file, node.getLineNumber() + 1, "link", a.getUrl().toString(), errors);
        } else if (node instanceof Reference r) {
            url(file, node.getLineNumber() + 1, "link reference", r.getUrl().toString(), errors);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(file, child, errors, mathDepth);
        }
    }

    // One tag without attributes (<mi>, </mrow>, <br/>): most inline HTML, above all in equations.
    private static final Pattern BARE_TAG = Pattern.compile("\\s*<(/?)([a-zA-Z][a-zA-Z0-9]*)\\s*/?>\\s*");

    private static void html(String file, Node node, List<InputError> errors, boolean insideMath) {
        String chars = node.getChars().toString();
        int first = node.getLineNumber() + 1;
        Matcher bare = BARE_TAG.matcher(chars);
        if (bare.matches()) {
            // What the parser would make of it: one element of that name without attributes (an end
            // tag makes none), checked by the same rules as below, where there are no attributes to check.
            if (bare.group(1).isEmpty()) {
                int line = first + (int) chars.substring(0, bare.start(2)).chars().filter(c -> c == '\n').count();
                element(file, line, bare.group(2).toLowerCase(Locale.ROOT), insideMath, errors);
            }
            return;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Element body = parser.parseInput("<body>" + chars, "").body();
        int[] before = new int[chars.length() + 1]; // the number of line breaks before each position
        for (int i = 0; i < chars.length(); i++) {
            before[i + 1] = before[i] + (chars.charAt(i) == '\n' ? 1 : 0);
        }
        for (Element e : body.getAllElements()) {
            int line = first + before[Math.max(0, Math.min(chars.length(), e.sourceRange().startPos() - 6))];
            String tag = e.normalName();
            // The wrapper <body> is never in an equation (it carries the attributes of a <body> typed in content).
            boolean inMath = e != body && insideMath || insideMathElement(e);
            element(file, line, tag, inMath, errors);
            if (tag.equals("math") || inMath) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    if (!MATHML_ATTRIBUTES.contains(name)) {
                        errors.add(new InputError(file, line, 0, "", "the attribute " + name + "= on <" + tag
                                + "> is not allowed inside <math>" + MATH_RULE));
                    }
                }
                continue;
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    errors.add(new InputError(file, line, 0, "", "the event-handler attribute " + name + "= on <" + tag
                            + "> is not allowed" + RULE));
                } else if (URL_ATTRIBUTES.contains(name)) {
                    url(file, line, "<" + tag + " " + name + ">", a.getValue(), errors);
                }
            }
        }
    }

    /** The rules on the element's name alone: which elements content and equations may hold. */
    private static void element(String file, int line, String tag, boolean inMath, List<InputError> errors) {
        if (tag.equals("math") || inMath) {
            if (!MATHML.contains(tag) || tag.equals("math") && inMath) {
                errors.add(new InputError(file, line, 0, "", "<" + tag + "> is not allowed inside <math>" + MATH_RULE));
            }
        } else if (ELEMENTS.contains(tag)) {
            errors.add(new InputError(file, line, 0, "", "<" + tag + "> is not allowed in content" + RULE));
        }
    }

    private static boolean insideMathElement(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("math")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static void url(String file, int line, String where, String url, List<InputError> errors) {
        String scheme = scheme(url);
        if (scheme.equals("javascript:") || scheme.equals("vbscript:")
                || scheme.equals("data:") && !url.strip().toLowerCase(Locale.ROOT).matches("data:image/(png|jpeg|gif|webp)[;,].*")) {
            errors.add(new InputError(file, line, 0, "", "a " + scheme + " URL in a " + where + " is not allowed" + RULE));
        }
    }

    /** The URL's scheme as a browser reads it: case, spaces and control characters ignored ("JaVa\tscript:" is javascript:). */
    private static String scheme(String url) {
        String plain = Parser.unescapeEntities(url, true).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = plain.indexOf(':');
        return colon > 0 && plain.substring(0, colon).matches("[a-z][a-z0-9+.-]*") ? plain.substring(0, colon + 1) : "";
    }
}
