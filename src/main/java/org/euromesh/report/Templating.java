package org.euromesh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.euromesh.problem.InputError;

/**
 * The two Freemarker configurations, made once: one for editors' Markdown (plain text, the
 * macros auto-included) and one for the HTML layouts in templates/ (.ftlh, auto-escaped; macros.ftlh
 * escaped as jsoup escapes, see {@link LayoutMacros.MacroHtml}).
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
        // ${...} in content is escaped: a region name from data/ is text, never markup.
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.addAutoInclude("editor-macros.ftl");
        return cfg;
    }

    static Configuration layouts(Path templatesDir) throws IOException {
        Configuration cfg = base();
        cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        // Every .ftlh is HTML, auto-escaped; macros.ftlh escapes as the Java it replaced did. (The standard
        // extensions are off: they would win over the configurations below.)
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(LayoutMacros.FILE),
                        outputFormat(LayoutMacros.MacroHtml.INSTANCE)),
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), outputFormat(HTMLOutputFormat.INSTANCE)))
                .allowNoMatch(true));
        // A preview reuses one configuration: an edited layout must be read again at once.
        cfg.setTemplateUpdateDelayMilliseconds(0);
        return cfg;
    }

    private static TemplateConfiguration outputFormat(OutputFormat format) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(format);
        return tc;
    }

    private static Configuration base() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(new NoToString());
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

    // Special variables that are harmless in a macro library; every other one reads the clock, the
    // machine or the template machinery (.now, .locale_object, .vars, .template_name, .version ...).
    private static final java.util.Set<String> SPECIAL_VARIABLES = java.util.Set.of("main", "namespace", "node");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern FTL = Pattern.compile("\\$\\{[^}]*}|#\\{[^}]*}|</?[#@][^>]*>");
    private static final Pattern SPECIAL = Pattern.compile("(?<![\\w)\\]}.?!\"'])\\.\\s*([A-Za-z_][A-Za-z_0-9]*)");
    private static final Pattern BUILTIN = Pattern.compile("\\?\\s*(api|new|eval|interpret|eval_json|has_api)\\b");

    /**
     * What {@code source} (the text of {@code file}) uses that would make the output depend on the
     * clock or the build machine, or run text as a template: special variables such as ${.now},
     * and ?api, ?new, ?eval, ?interpret. Comments are not looked at.
     */
    static List<InputError> refused(String file, String source) {
        List<InputError> errors = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder(source);
        Matcher comment = COMMENT.matcher(source);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        Matcher ftl = FTL.matcher(text);
        while (ftl.find()) {
            String expression = ftl.group();
            Matcher special = SPECIAL.matcher(expression);
            while (special.find()) {
                if (!SPECIAL_VARIABLES.contains(special.group(1))) {
                    errors.add(at(file, source, ftl.start() + special.start(), "." + special.group(1)
                            + " is not allowed: it reads the clock, the build machine or the template engine, so the "
                            + "output would change from one build to the next; use the values the model gives (see content/README.md)"));
                }
            }
            Matcher builtin = BUILTIN.matcher(expression);
            while (builtin.find()) {
                errors.add(at(file, source, ftl.start() + builtin.start(), "?" + builtin.group(1)
                        + " is not allowed: it would reach Java objects or run text as a template; use the values and macros "
                        + "the build provides (see content/README.md)"));
            }
        }
        return errors;
    }

    private static InputError at(String file, String source, int offset, String message) {
        int line = 1 + (int) source.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - source.lastIndexOf('\n', offset - 1);
        return new InputError(file, line, column, "", message);
    }

    /**
     * A Freemarker failure as one input error at the editor's line (not the macro library's); a
     * failure inside templates/macros.ftlh is the designer's, at its own line.
     */
    static InputError error(String file, TemplateException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof LayoutMacros.Failure f) {
                return f.error();
            }
        }
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
        return new InputError(file, line, column, "", message(file, e));
    }

    static InputError error(String file, ParseException e) {
        return new InputError(file, e.getLineNumber(), e.getColumnNumber(), "", "template syntax: " + syntax(e.getEditorMessage()));
    }

    private static final Pattern EXPECTED_LITERAL = Pattern.compile("^\\s+(\"[^\"]+\")$", Pattern.MULTILINE);

    /** "Encountered X, but was expecting one of these patterns:" on one line, with the patterns one can type ("}", "."). */
    private static String syntax(String message) {
        String head = message == null ? "" : message.lines().findFirst().orElse("").strip();
        if (!head.endsWith("one of these patterns:")) {
            return firstLine(message);
        }
        List<String> literals = new java.util.ArrayList<>();
        Matcher m = EXPECTED_LITERAL.matcher(message);
        while (m.find()) {
            literals.add(m.group(1));
        }
        return head.substring(0, head.length() - "these patterns:".length()) + String.join(", ", literals);
    }

    private static String message(String file, TemplateException e) {
        if (e instanceof InvalidReferenceException) {
            String expr = Optional.ofNullable(e.getBlamedExpressionString()).orElse("?");
            return "unknown value '" + expr + "': " + (file.endsWith("/" + LayoutMacros.FILE)
                    ? "the macro is not given it; the values each macro gets are listed above it in " + LayoutMacros.FILE
                    : "not produced by the model; see the editors' API in content/README.md");
        }
        if (e instanceof freemarker.core.NonStringException || e instanceof freemarker.core.NonStringOrTemplateOutputException) {
            String expr = Optional.ofNullable(e.getBlamedExpressionString()).orElse("this value");
            return "'" + expr + "' is a group of values, not text; print one of its values instead (see content/README.md)";
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

    /**
     * The object wrapper: safe exposure (the default), and a Java object that is not text, a number,
     * a date, a list, a map or an enum cannot be printed, so ${x} never writes a class name or a
     * toString() of the build (a record's keys stay readable: ${build.hash}).
     */
    private static final class NoToString extends freemarker.template.DefaultObjectWrapper {
        NoToString() {
            super(safe(), true);
        }

        private static DefaultObjectWrapperBuilder safe() {
            DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
            b.setExposureLevel(freemarker.ext.beans.BeansWrapper.EXPOSE_SAFE);
            return b;
        }

        @Override
        protected freemarker.template.TemplateModel handleUnknownType(Object obj) throws freemarker.template.TemplateModelException {
            if (obj instanceof Enum<?> || obj instanceof CharSequence) {
                return super.handleUnknownType(obj);
            }
            return new freemarker.ext.beans.BeanModel(obj, this);
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        List<String> lines = s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----")).toList();
        return lines.isEmpty() ? "" : String.join(" ", lines.subList(0, Math.min(2, lines.size())));
    }
}
