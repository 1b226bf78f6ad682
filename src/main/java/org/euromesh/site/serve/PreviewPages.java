package org.euromesh.site.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.euromesh.problem.InputError;

/**
 * What the preview adds to the HTML it serves (never to the files on disk): the live-reload
 * script, the banner of a broken build, and its own small pages (building, 400, 404, 405).
 */
final class PreviewPages {

    static final String EVENTS_PATH = "/__euromesh/events";
    private static final int MAX_LISTED = 20;
    private static final Pattern BODY_OPEN = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    // Reloads when the server reports a build other than the one this page came from; without EventSource nothing happens.
    private static final String SCRIPT = """
            <script>(function(){if(!window.EventSource)return;var shown="%d";\
            var s=new EventSource("%s");s.addEventListener("build",function(e){if(e.data!==shown){s.close();location.reload();}});})();</script>
            """;

    private PreviewPages() {
    }

    /** A served page: the banner right after {@code <body>} when the latest build failed, the script before {@code </body>}. */
    static String decorate(String html, long generation, List<InputError> errors) {
        StringBuilder page = new StringBuilder(html);
        int close = lastBodyClose(html);
        page.insert(close < 0 ? page.length() : close, script(generation));
        if (!errors.isEmpty()) {
            Matcher open = BODY_OPEN.matcher(html);
            page.insert(open.find() ? open.end() : 0, banner(errors));
        }
        return page.toString();
    }

    private static int lastBodyClose(String html) {
        for (int i = html.length() - "</body>".length(); i >= 0; i--) {
            if (html.regionMatches(true, i, "</body>", 0, "</body>".length())) {
                return i;
            }
        }
        return -1;
    }

    static String building(long generation, List<InputError> errors) {
        String text = errors.isEmpty()
                ? "<p>The first build is running; this page reloads when it is done.</p>"
                : "<p>No site has been built yet: fix the problem below and save again.</p>";
        return decorate(page("Building…", "<meta http-equiv=\"refresh\" content=\"2\">", "<h1>Building the EuroMesh site…</h1>\n" + text),
                generation, errors);
    }

    static String notFound(String path, long generation, List<InputError> errors) {
        return decorate(page("Not found", "", "<h1>Not found</h1>\n<p>There is no <code>" + escape(path)
                + "</code> in the site. <a href=\"/\">Home</a></p>"), generation, errors);
    }

    static String badRequest(String reason) {
        return page("Bad request", "", "<h1>Bad request</h1>\n<p>" + escape(reason) + ".</p>");
    }

    static String methodNotAllowed() {
        return page("Method not allowed", "", "<h1>Method not allowed</h1>\n<p>The preview answers only GET and HEAD.</p>");
    }

    static String script(long generation) {
        return SCRIPT.formatted(generation, EVENTS_PATH);
    }

    /** The problems of the latest build, one line each: where (file:line:column) and what. */
    static String banner(List<InputError> errors) {
        StringBuilder b = new StringBuilder("""
                <div id="euromesh-build-errors" role="alert" style="position:sticky;top:0;z-index:2147483647;margin:0;\
                padding:.75em 1em;background:#8b1a1a;color:#fff;font:15px/1.45 system-ui,sans-serif;text-align:left">
                <p style="margin:0 0 .4em"><strong>The last save did not build.</strong> \
                This is the last good build; fix the problem and save again.</p>
                <ul style="margin:0;padding-left:1.2em">
                """);
        for (InputError e : errors.subList(0, Math.min(errors.size(), MAX_LISTED))) {
            String what = e.path().isEmpty() ? e.message() : e.path() + ": " + e.message();
            b.append("<li><code style=\"color:inherit;background:none;font-weight:bold\">").append(escape(where(e)))
                    .append("</code> ").append(escape(what)).append("</li>\n");
        }
        if (errors.size() > MAX_LISTED) {
            b.append("<li>and ").append(errors.size() - MAX_LISTED).append(" more (see the terminal)</li>\n");
        }
        return b.append("</ul>\n</div>\n").toString();
    }

    private static String where(InputError e) {
        StringBuilder w = new StringBuilder(e.file());
        if (e.line() > 0) {
            w.append(':').append(e.line());
            if (e.column() > 0) {
                w.append(':').append(e.column());
            }
        }
        return w.toString();
    }

    private static String page(String title, String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · EuroMesh preview</title>
                %s
                </head>
                <body style="font:16px/1.5 system-ui,sans-serif;margin:2em auto;max-width:40em;padding:0 1em">
                %s
                </body>
                </html>
                """.formatted(escape(title), head, body);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
