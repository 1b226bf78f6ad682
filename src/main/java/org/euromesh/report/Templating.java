package org.euromesh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.euromesh.data.InputError;

/**
 * The two Freemarker configurations, made once: one for editors' Markdown (plain text, the
 * macros auto-included) and one for the HTML layouts in templates/ (.ftlh, auto-escaped).
 * Both are locked down: no ?new, no ?api, no class loading from templates.
 */
final class Templating {

    static {
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, "none");
    }

    private static final Pattern LOCATION = Pattern.compile("in template \"([^\"]+)\" at line (\\d+), column (\\d+)");

    private Templating() {
    }

    static Configuration content() {
        Configuration cfg = base();
        cfg.setTemplateLoader(new ClassTemplateLoader(Templating.class, "/org/euromesh/report/"));
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.addAutoInclude("editor-macros.ftl");
        return cfg;
    }

    static Configuration layouts(Path templatesDir) throws IOException {
        Configuration cfg = base();
        cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        cfg.setRecognizeStandardFileExtensions(true);
        // A preview reuses one configuration: an edited layout must be read again at once.
        cfg.setTemplateUpdateDelayMilliseconds(0);
        return cfg;
    }

    private static Configuration base() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setAttemptExceptionReporter(freemarker.template.AttemptExceptionReporter.LOG_WARN_REPORTER);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(java.util.Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }

    /** A Freemarker failure as one input error at the editor's line (not the macro library's). */
    static InputError error(String file, TemplateException e) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String stack = Optional.ofNullable(e.getFTLInstructionStack()).orElse("");
        Matcher m = LOCATION.matcher(stack);
        while (m.find()) {
            if (m.group(1).equals(file)) {
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
                break;
            }
        }
        return new InputError(file, line, column, "", message(e));
    }

    static InputError error(String file, ParseException e) {
        return new InputError(file, e.getLineNumber(), e.getColumnNumber(), "", "template syntax: " + firstLine(e.getEditorMessage()));
    }

    private static String message(TemplateException e) {
        if (e instanceof InvalidReferenceException) {
            String expr = Optional.ofNullable(e.getBlamedExpressionString()).orElse("?");
            return "unknown value '" + expr + "': not produced by the model; see the editors' API in content/README.md";
        }
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        return firstLine(e.getMessageWithoutStackTop());
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        List<String> lines = s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----")).toList();
        return lines.isEmpty() ? "" : String.join(" ", lines.subList(0, Math.min(2, lines.size())));
    }
}
