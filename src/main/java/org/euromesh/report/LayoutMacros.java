package org.euromesh.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.euromesh.problem.InputError;
import org.jsoup.nodes.Entities;

/**
 * The designer's markup in templates/macros.ftlh, called from Java with one record each: the code
 * numbers, names the ids and links and builds the chart's SVG and the table's body; the macro writes
 * the tags, and Freemarker escapes every text value. The records are what the macros can read.
 */
final class LayoutMacros {

    /** The layout file that holds the macros. */
    static final String FILE = "macros.ftlh";

    /** A figure: {@code id} is the element's, {@code svg} the chart inline (markup, for print; "" on the site). */
    public record Figure(int number, String id, String caption, String alt, String src, Box wide, String narrowSrc, Box narrow,
            String svg, DataLink csv, boolean print) {
    }

    /** The width and height of a chart's viewBox, in pixels of the image. */
    public record Box(long width, long height) {
    }

    /**
     * A caption's data file: on the site {@code href} is relative; in print it is the file's full
     * address, or "" when the site's address is unknown. {@code name} is "" when there is no file.
     */
    public record DataLink(String name, String href, boolean print) {
    }

    /** A table: {@code html} is its {@code <table>} element, built in code (markup). */
    public record Table(int number, String id, String caption, DataLink csv, String html) {
    }

    /** "Figure 3" or "Table 2", linking to {@code href}. */
    public record CrossReference(boolean figure, int number, String href) {
    }

    /** One or more citations written together: "[4, 9]". */
    public record CitationGroup(List<Cite> cites) {
        public CitationGroup {
            cites = List.copyOf(cites);
        }
    }

    /** One citation: the source's number, the citation's own id (the back-reference's target) and the link to the source. */
    public record Cite(int number, String id, String href) {
    }

    /** The Data page's table of result CSVs. */
    public record Downloads(List<Download> files) {
        public Downloads {
            files = List.copyOf(files);
        }
    }

    public record Download(String name, String href, List<String> columns, int rows) {
        public Download {
            columns = List.copyOf(columns);
        }
    }

    /** The data model of a call: the one value handed to the macro. */
    public record Argument(Object it) {
    }

    /** A failure inside macros.ftlh: the designer's, reported at its line whichever page called the macro. */
    static final class Failure extends RuntimeException {
        private final transient InputError error;

        Failure(InputError error) {
            super(error.message());
            this.error = error;
        }

        InputError error() {
            return error;
        }
    }

    /**
     * HTML escaped as jsoup's {@link Entities#escape(String)} escapes it ({@code &apos;}, {@code &nbsp;}
     * where Freemarker's HTML writes {@code &#39;} and the character): the markup moved from Java into
     * macros.ftlh writes the bytes the Java wrote.
     */
    static final class MacroHtml extends HTMLOutputFormat {
        static final MacroHtml INSTANCE = new MacroHtml();

        private MacroHtml() {
        }

        @Override
        public String getName() {
            return "EuroMeshMacroHTML";
        }

        @Override
        public void output(String textToEsc, Writer out) throws IOException {
            out.write(Entities.escape(textToEsc));
        }

        @Override
        public String escapePlainText(String plainTextContent) {
            return Entities.escape(plainTextContent);
        }

        @Override
        protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
            return new Markup(plainTextContent, markupContent);
        }

        private static final class Markup extends TemplateHTMLOutputModel {
            Markup(String plainTextContent, String markupContent) {
                super(plainTextContent, markupContent);
            }

            @Override
            public HTMLOutputFormat getOutputFormat() {
                return INSTANCE;
            }
        }
    }

    private static final List<String> MACROS = List.of("figure", "table", "ref", "cite", "bibliography", "downloads");

    private final Configuration layouts;
    private final String display;
    private final Map<String, Template> calls = new HashMap<>();

    /** {@code layouts} loads the templates folder, shown in messages as {@code templatesDisplay}. */
    LayoutMacros(Configuration layouts, String templatesDisplay) {
        this.layouts = layouts;
        this.display = templatesDisplay + "/" + FILE;
        for (String macro : MACROS) {
            try {
                // Imported at each call, so an edited macros.ftlh counts at once (the preview reuses this object).
                calls.put(macro, new Template("(the build calling " + macro + ")",
                        "<#import \"/" + FILE + "\" as m><@m." + macro + " it/>", layouts));
            } catch (IOException e) {
                throw new IllegalStateException("the call of " + macro, e);
            }
        }
    }

    /** The macro file's syntax errors, before any page calls it. */
    List<InputError> check() {
        try {
            layouts.getTemplate(FILE);
            return List.of();
        } catch (ParseException e) {
            return List.of(Templating.error(display, e));
        } catch (IOException e) {
            return List.of(new InputError(display, 0, 0, "", "cannot read the macros: " + e.getMessage()
                    + "; the build calls " + String.join(", ", MACROS) + " from it"));
        }
    }

    String figure(Figure f) {
        return call("figure", f);
    }

    String table(Table t) {
        return call("table", t);
    }

    String ref(CrossReference r) {
        return call("ref", r);
    }

    String cite(CitationGroup g) {
        return call("cite", g);
    }

    /** The Sources page's list, every source with where it is cited. */
    String bibliography(List<LayoutModels.BibliographyItem> sources) {
        return call("bibliography", List.copyOf(sources));
    }

    String downloads(Downloads d) {
        return call("downloads", d);
    }

    private String call(String macro, Object value) {
        StringWriter out = new StringWriter();
        try {
            calls.get(macro).process(new Argument(value), out);
        } catch (TemplateException e) {
            throw new Failure(error(macro, e));
        } catch (IOException e) {
            throw new Failure(new InputError(display, 0, 0, "", "cannot read the macros: " + e.getMessage()));
        }
        return out.toString();
    }

    private InputError error(String macro, TemplateException e) {
        if (FILE.equals(e.getTemplateSourceName())) {
            return Templating.error(display, e);
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ParseException p) {
                return Templating.error(display, p);
            }
        }
        if (e instanceof InvalidReferenceException) {
            return new InputError(display, 0, 0, "", "no macro '" + macro + "': the build calls <#macro " + macro
                    + " value> with one value; keep " + String.join(", ", MACROS));
        }
        return new InputError(display, 0, 0, "", Templating.firstLine(e.getMessageWithoutStackTop()));
    }
}
