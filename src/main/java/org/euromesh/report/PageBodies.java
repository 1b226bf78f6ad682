package org.euromesh.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import org.euromesh.chart.Chart;
import org.euromesh.data.Inputs;
import org.euromesh.model.ModelResults;

/**
 * What a {@link Report} keeps from one render to the next, so that a preview's save re-renders
 * only the pages it changed: each content page's parsed template (by its source), and each page's
 * body (its Markdown through the macros, before the layout) with all it was made from. A body is
 * reused only when its source, the model run, the layouts, the site's address and the numbering of
 * the sources are as they were, and the build's stamp too if the page read it; a reused body adds
 * again the back-references to the bibliography it added when it was rendered. A one-off build
 * starts empty and reuses nothing.
 */
final class PageBodies {

    /**
     * What every page's body may depend on beside its own source. The model run is compared by
     * identity: the build hands over the same objects while data/ and the overrides are unchanged.
     * {@code layouts} are the texts of the layout files, {@code numbering} the source ids in number order.
     */
    record Context(ModelResults results, Inputs inputs, List<Chart> charts, String base, List<String> layouts,
            List<String> numbering, EditorValues.BuildView build) {
        Context {
            layouts = List.copyOf(layouts);
            numbering = List.copyOf(numbering);
        }

        /** True when a body made in {@code earlier} is a body made now; {@code readsBuild} says whether it read the stamp. */
        boolean sameAs(Context earlier, boolean readsBuild) {
            return results == earlier.results && inputs == earlier.inputs && charts == earlier.charts && base.equals(earlier.base)
                    && layouts.equals(earlier.layouts) && numbering.equals(earlier.numbering)
                    && (!readsBuild || build.equals(earlier.build));
        }
    }

    /** A body to reuse, and the back-references its rendering added. */
    record Kept(Markdown.Html html, List<Citations.Cited> cited) {
    }

    private record Parsed(String source, Template template) {
    }

    private record Body(String source, Context context, boolean readsBuild, Kept kept) {
    }

    private final Map<String, Parsed> templates = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();

    /** The page's template, parsed again only when its source changed. */
    Template template(ContentPage page, Configuration config) throws IOException {
        Parsed parsed = templates.get(page.file());
        if (parsed == null || !parsed.source().equals(page.body())) {
            parsed = new Parsed(page.body(), new Template(page.file(), new StringReader(page.body()), config));
            templates.put(page.file(), parsed);
        }
        return parsed.template();
    }

    /** The body of {@code page} in {@code medium} made from the same inputs as now, if there is one. */
    Optional<Kept> reusable(ContentPage page, PageMacros.Medium medium, Context now) {
        Body body = bodies.get(key(page, medium));
        if (body == null || !body.source().equals(page.body()) || !now.sameAs(body.context(), body.readsBuild())) {
            return Optional.empty();
        }
        return Optional.of(body.kept());
    }

    /** Keeps a body just rendered from {@code context}; {@code values} is the data model it was rendered with. */
    void keep(ContentPage page, PageMacros.Medium medium, Context context, Reading values, Kept kept) {
        bodies.put(key(page, medium), new Body(page.body(), context, values.readAll() || values.read().contains("build"), kept));
    }

    private static String key(ContentPage page, PageMacros.Medium medium) {
        return medium + ":" + page.file();
    }

    /**
     * A page's data model that notes which of its names the page read, so that a body can say
     * whether it depends on the build's stamp (which changes on every save). Listing the names
     * counts as reading them all.
     */
    static final class Reading implements TemplateHashModelEx {

        private final Map<String, Object> values;
        private final ObjectWrapper wrapper;
        private final Set<String> read = new HashSet<>();
        private boolean all;

        Reading(Map<String, Object> values, ObjectWrapper wrapper) {
            this.values = values;
            this.wrapper = wrapper;
        }

        Set<String> read() {
            return read;
        }

        boolean readAll() {
            return all;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            read.add(key);
            Object value = values.get(key);
            return value == null ? null : wrapper.wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            all = true;
            return (TemplateCollectionModel) wrapper.wrap(values.keySet());
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            all = true;
            return (TemplateCollectionModel) wrapper.wrap(values.values());
        }
    }
}
